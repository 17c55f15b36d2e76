"""Word documents (.docx): body paragraphs and tables in document order.  A table row
becomes a row of cells with merged cells expanded down the rows (python-docx repeats a
vertically merged cell in every row it covers: a 一级指标 stands in each) and shown once
across the columns (python-docx repeats it there too; the copies become blanks, so a title
merged over ten columns is one cell); a nested table's text stays in its cell.  A
paragraph becomes a row of one cell: the form's title, the year line and the narrative
live there.

The legacy binary formats (.doc, .wps) are not read: Word and WPS save them as .docx
in one step, which is more reliable than any reader of the binary format.
"""

from __future__ import annotations

import functools
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import columns, open_zip, read_bytes

SUFFIXES = (".docx", ".docm")
LEGACY = (".doc", ".dot", ".wps", ".wpt")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _T, _TAB, _BR, _CR, _TR, _TC = (f"{_W}{tag}" for tag in ("p", "t", "tab", "br", "cr", "tr", "tc"))
_TRPR, _TCPR, _GRID_BEFORE, _GRID_AFTER, _GRID_SPAN, _VMERGE, _VAL = (
    f"{_W}{tag}" for tag in ("trPr", "tcPr", "gridBefore", "gridAfter", "gridSpan", "vMerge", "val"))
_TBL = f"{_W}tbl"
_ELEMENTS = (_TR, _TC, _GRID_BEFORE, _GRID_AFTER, _GRID_SPAN, _VMERGE, _P, _T, _TAB, _BR, _CR)
_SPACED = frozenset((_P, _TAB, _BR, _CR))  # a paragraph begins, a tab, a break: a space


def _text(element: Any) -> str:
    """All the text under an element (a paragraph, or a cell with nested tables), its
    paragraphs joined by spaces, tabs and breaks as spaces, whitespace collapsed."""
    return " ".join("".join([(node.text or "") if node.tag == _T else " "
                             for node in element.iter(_P, _T, _TAB, _BR, _CR)]).split())


def _properties(element: Any, tag: str) -> dict[str, str]:
    """The `w:val` of each property of a row or cell (`w:gridSpan`, `w:vMerge` …), by
    tag: the properties element is the first child (lxml's `find` costs more than the
    rest of reading a cell)."""
    first = element[0] if len(element) else None
    if first is None or first.tag != tag:
        return {}
    return {prop.tag: prop.get(_VAL, "") for prop in first}


def _count(value: str | None) -> int:
    return int(value) if value is not None and value.isdecimal() else 0


def _table_rows(table: Any) -> list[tuple[str, ...]]:
    """A table's rows on its grid: a cell spanning columns shown once with blanks after
    it, a vertically merged cell repeated down the rows it covers (a 一级指标 stands in
    each), the empty grid positions before and after a row's own cells kept as blanks.
    One pass over the elements that matter (lxml makes an object for each element
    visited: the cell widths and run formats are never visited); a table holding a
    table is read cell by cell, the inner table's text staying in its cell."""
    nested = table.find(f".//{_TBL}") is not None
    above: dict[int, str] = {}  # grid column → the text of the merge open there
    rows: list[tuple[str, ...]] = []
    cells: list[str] = []
    parts: list[str] | None = None  # the text of the cell being read
    column = after = 0
    span, merge = 1, None
    rows_open = False
    for element in _shallow(table) if nested else table.iter(*_ELEMENTS):
        tag = element.tag
        if tag == _T:
            if parts is not None:
                parts.append(element.text or "")
        elif tag in _SPACED:
            if parts is not None:
                parts.append(" ")
        elif tag in (_TC, _TR):
            if parts is not None:
                column = _close_cell(cells, parts, span, merge, column, above)
                parts = None
            if tag == _TC:
                span, merge = 1, None
                parts = [_text(element)] if nested else []
                if nested:
                    props = _properties(element, _TCPR)
                    span, merge = _count(props.get(_GRID_SPAN)), props.get(_VMERGE)
            else:
                if rows_open:
                    rows.append((*cells, *([""] * after)))
                rows_open, cells, column, after = True, [], 0, 0
        elif tag == _GRID_SPAN:
            span = _count(element.get(_VAL))
        elif tag == _VMERGE:
            merge = element.get(_VAL, "")
        elif tag == _GRID_BEFORE:
            column = _count(element.get(_VAL))
            cells = [""] * column
        elif tag == _GRID_AFTER:
            after = _count(element.get(_VAL))
    if parts is not None:
        _close_cell(cells, parts, span, merge, column, above)
    if rows_open:
        rows.append((*cells, *([""] * after)))
    return rows


def _close_cell(cells: list[str], parts: list[str], span: int, merge: str | None, column: int,
                above: dict[int, str]) -> int:
    """A cell read to its end: its text (whitespace collapsed; a merge going on down
    takes the text above it) added to `cells` with a blank for each further grid column
    it spans; the grid column after it."""
    text = " ".join("".join(parts).split())
    if merge is not None:
        if merge in ("", "continue"):  # the cell above goes on down (its own text, when nothing is above)
            text = above.get(column) or text
        above[column] = text
    elif column in above:
        del above[column]  # the merge above ends here
    cells.append(text)
    if span > 1:
        cells.extend([""] * (span - 1))
        return column + span
    return column + 1


def _shallow(table: Any) -> Iterator[Any]:
    """A table's rows, their grid positions and their cells, not what the cells hold."""
    for tr in table.iterchildren(_TR):
        yield tr
        first = tr[0] if len(tr) else None
        if first is not None and first.tag == _TRPR:
            yield from first.iterchildren(_GRID_BEFORE, _GRID_AFTER)
        yield from tr.iterchildren(_TC)


def _main_part(archive: zipfile.ZipFile) -> str:
    """The document's main part, as the package's relationships name it."""
    from lxml import etree

    relations = etree.fromstring(archive.read("_rels/.rels"))
    for relation in relations:
        if relation.get("Type", "").endswith("/officeDocument"):
            return relation.get("Target", "").lstrip("/")
    return "word/document.xml"


def _legacy(path: Path, why: str) -> InputError:
    return InputError(t("docx.save_as", why=why), Span(str(path), 1))


def _check_cells(body: Any, file: str) -> None:
    """Refuse a document whose tables spread over more grid cells than jsperf lays out
    (`gridSpan`, `gridBefore` and `gridAfter` widen a row without adding its cells):
    counted in the parsed body, by lxml, before a cell is laid out."""
    widened = sum(_count(element.get(_VAL)) for element in body.iter(_GRID_SPAN, _GRID_BEFORE, _GRID_AFTER))
    check_cells(int(_cells_in()(body)) + widened, file)


@functools.cache
def _cells_in() -> Any:
    """An XPath counting the table cells under an element, in C."""
    from lxml import etree

    return etree.XPath("count(.//w:tc)", namespaces={"w": _W[1:-1]})


def rows_of_docx(path: Path) -> Source:
    file = str(path)
    if path.suffix.lower() in LEGACY:
        raise _legacy(path, t("docx.legacy", suffix=path.suffix.lower()))
    data = read_bytes(path)
    if data.startswith(OLE2):
        raise _legacy(path, t("docx.binary"))
    if data.startswith(b"{\\rtf"):
        raise _legacy(path, t("docx.rtf"))
    if not data.startswith(b"PK"):
        raise InputError(t("docx.not_zip"), Span(file, 1))

    from lxml import etree  # only when a Word file is read: not on every start

    parser = etree.XMLParser(resolve_entities=False, huge_tree=True)  # a long report is a large document
    try:  # the XML itself, not python-docx's object for every cell: several times faster on a long table
        with open_zip(data, file) as archive:  # its parts' expanded size capped
            main = archive.read(_main_part(archive))
        body = etree.fromstring(main, parser).find(f"{_W}body")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, etree.XMLSyntaxError) as error:
        raise InputError(t("docx.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None
    if body is None:
        raise InputError(t("docx.unreadable", kind="KeyError", error="w:body"), Span(file, 1))
    _check_cells(body, file)

    rows: list[Row] = []
    tables = paragraphs = 0

    def visit(parent: Any) -> None:
        nonlocal tables, paragraphs
        for child in parent.iterchildren():
            if child.tag == _P:
                paragraphs += 1
                text = _text(child)
                if text:
                    rows.append(Row((text,), Span(f"{file}[段落]", paragraphs), (1,)))
            elif child.tag == f"{_W}tbl":
                tables += 1
                where = f"{file}[表{tables}]"
                for number, cells in enumerate(_table_rows(child), start=1):
                    rows.append(Row(cells, Span(where, number), columns(len(cells))))
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
                visit(child)  # content controls and tracked insertions hold paragraphs and tables too

    visit(body)
    return Source(file, "docx", tuple(rows))
