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

import io
import re
import zipfile
import zlib
from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import count_elements, open_zip, read_bytes

SUFFIXES = (".docx", ".docm")
LEGACY = (".doc", ".dot", ".wps", ".wpt")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SPACE = re.compile(r"\s+")
_SPAN_TAG = re.compile(rb"<(?:\w+:)?(?:gridSpan|gridBefore|gridAfter)\b[^>]*?val=\"(\d{1,12})\"")


def _paragraph_text(paragraph: Any) -> str:
    """A `w:p` element's text: runs' text, tabs and breaks as spaces."""
    parts = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        parts.append((node.text or "") if node.tag == f"{_W}t" else " ")
    return "".join(parts)


def _text(element: Any) -> str:
    """All the text under an element (a cell, nested tables included), paragraphs joined
    by spaces, whitespace collapsed."""
    return _SPACE.sub(" ", " ".join(_paragraph_text(p) for p in element.iter(f"{_W}p"))).strip()


def _row_cells(row: Any) -> tuple[str, ...]:
    """A row's cells on the table's grid: merged cells repeated, empty grid positions
    before and after the row's own cells kept as blanks."""
    try:
        tcs = [cell._tc for cell in row.cells]
        # a cell spanning columns is repeated by python-docx: shown once, blanks after it
        cells = [_text(tc) if i == 0 or tc is not tcs[i - 1] else "" for i, tc in enumerate(tcs)]
        before, after = row.grid_cols_before, row.grid_cols_after
    except (AttributeError, IndexError, ValueError, TypeError):  # a vertical merge with nothing above it
        cells = [_text(tc) for tc in row._tr.findall(f"{_W}tc")]
        before = after = 0
    return (*([""] * before), *cells, *([""] * after))


def _check_cells(data: bytes, file: str) -> None:
    """Refuse a document that expands to more than jsperf reads, or whose tables spread
    over more grid cells than it lays out (python-docx repeats a cell for every column
    its `gridSpan` covers, and blanks for `gridBefore`/`gridAfter`)."""
    try:
        with open_zip(data, file) as archive:
            parts = [archive.read(n) for n in archive.namelist() if n.startswith("word/") and n.endswith(".xml")]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, ValueError, OSError, EOFError,
            NotImplementedError) as error:
        raise InputError(t("docx.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None
    check_cells(sum(count_elements(xml, b"tc")
                    + sum(int(m[1]) for m in _SPAN_TAG.finditer(xml)) for xml in parts), file)


def _legacy(path: Path, why: str) -> InputError:
    return InputError(t("docx.save_as", why=why), Span(str(path), 1))


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

    _check_cells(data, file)

    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as error:  # python-docx lets zip, XML and package errors through as they are
        raise InputError(t("docx.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None

    rows: list[Row] = []
    tables = paragraphs = 0

    def visit(parent: Any) -> None:
        nonlocal tables, paragraphs
        for child in parent.iterchildren():
            if child.tag == f"{_W}p":
                paragraphs += 1
                text = _text(child)
                if text:
                    rows.append(Row((text,), Span(f"{file}[段落]", paragraphs), (1,)))
            elif child.tag == f"{_W}tbl":
                tables += 1
                where = f"{file}[表{tables}]"
                for number, row in enumerate(Table(child, document).rows, start=1):
                    cells = _row_cells(row)
                    rows.append(Row(cells, Span(where, number), tuple(range(1, len(cells) + 1))))
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}ins"):
                visit(child)  # content controls and tracked insertions hold paragraphs and tables too

    try:
        visit(document.element.body)
    except (AttributeError, IndexError, ValueError, TypeError, KeyError) as error:
        raise InputError(t("docx.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None
    return Source(file, "docx", tuple(rows))
