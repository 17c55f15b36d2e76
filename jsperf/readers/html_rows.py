"""HTML reports (a page saved from a portal, a report exported as HTML): every table row
becomes a row of cells, a rowspan expanded so that a merged cell's text stands in every
row it covers (a 一级指标 spanning three rows appears in each of them), a colspan kept
once with blanks after it; text outside tables (headings, paragraphs) becomes rows of
one cell, in document order, since the form's title and the narrative's claims live there.

The page is parsed with lxml: it tolerates the unclosed `<td>`s and `<tr>`s exported
pages are full of, and reads a large page many times faster than the standard library's
`html.parser`.
"""

from __future__ import annotations

import codecs
import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import columns, decode, read_bytes

SUFFIXES = (".html", ".htm", ".xhtml")
_MAX_COLSPAN = 1000  # the HTML standard's own caps
_MAX_ROWSPAN = 65534
_SKIP = frozenset({"script", "style", "title", "template", "head"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav",
    "ol", "p", "pre", "section", "ul",
})
_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPANNING = re.compile("rowspan|colspan", re.IGNORECASE)  # a page without these words spans nothing
_GB = frozenset({"gb2312", "gbk", "gb18030", "cp936", "euc-cn", "x-gbk", "hz-gb-2312"})


def _collapse(text: str) -> str:
    return " ".join(text.split())  # `\\s+` → " ", stripped: the same whitespace, without a regular expression


_SPAN = re.compile(r"\s*(\d+)")


def _rowspan(value: str | None) -> int:
    """A rowspan as browsers read it: its leading digits; 0 means to the end of the table."""
    match = _SPAN.match(value) if value else None  # most cells have none
    return 1 if match is None else min(int(match.group(1)), _MAX_ROWSPAN)


def _colspan(value: str | None) -> int:
    match = _SPAN.match(value) if value else None
    return 1 if match is None else max(1, min(int(match.group(1)), _MAX_COLSPAN))


@functools.cache
def _questions() -> tuple[Callable[[Any], bool], Callable[[Any], bool]]:
    """Two questions asked of a whole table, answered by lxml in C: does any cell hold
    elements (markup, a nested table)? does any cell span rows or columns?"""
    from lxml import etree

    return (etree.XPath("boolean(.//td/*|.//th/*)"),  # type: ignore[return-value]
            # the attributes, not the cells that have them: several times faster
            etree.XPath("boolean(.//td/@rowspan|.//td/@colspan|.//th/@rowspan|.//th/@colspan)"))


# ---------------------------------------------------------------- plain tables flattened by XSLT
#
# Walking a long table cell by cell from Python costs a proxy object for each element; an
# XSLT stylesheet (libxslt, in C) writes the whole table as one string instead, cells and
# rows separated by characters of the Private Use Area, which are then split.  Those are
# safe as separators only when the page holds none of them: `holds_marks` says when it
# might, and its tables are then walked cell by cell.

CELL, ROW = "\ue001", "\ue002"  # a cell begins, a row begins
_MARKS = re.compile("[\ue000-\ue00f]")
_REFERENCES = re.compile("&#(?:[xX]0*[eE]00|0*5734|0*5735)")  # any reference that could be one of them
# whitespace but the space (what `str.split` splits at: tests check the set)
OTHER_SPACE = re.compile("[\t-\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def holds_marks(page: str) -> bool:
    """Might this page hold a separator character, as itself or as a character reference?"""
    return _MARKS.search(page) is not None or ("&#" in page and _REFERENCES.search(page) is not None)


def flattened_rows(stream: str) -> list[tuple[str, ...]]:
    """The rows of a flattened table, `ROW CELL text CELL text … ROW …`, each cell's
    whitespace collapsed (`" ".join(text.split())`, for the whole table at once: after
    collapsing, a space next to a separator is a cell's leading or trailing one); what
    stands before a row's first cell or the first row is no cell's."""
    # most tables have no whitespace to collapse but single spaces: stripped, those come out the same
    uneven = "  " in stream or OTHER_SPACE.search(stream) is not None
    flat = " ".join(stream.split()) if uneven else stream.strip()
    for mark in (CELL, ROW):
        flat = flat.replace(" " + mark, mark).replace(mark + " ", mark)
    return [tuple(row.split(CELL)[1:]) for row in flat.split(ROW)[1:]]


@functools.cache
def _flattener() -> Callable[[Any], Any]:
    """`_PLAIN_TABLE` compiled once (lxml's `XSLT`: called on an element, it transforms
    the tree under it)."""
    from lxml import etree

    return etree.XSLT(etree.XML(_PLAIN_TABLE))  # type: ignore[no-any-return]


# a table's row as read: (its slot in the output, its source line, its cells' texts, their (rowspan, colspan)s)
_TableRow = tuple[int, int, list[str], list[tuple[int, int]]]


def _grid(rows: list[_TableRow], file: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Lay the cells out on a grid, a cell spanning rows copied into each row it covers
    (a 一级指标 over three rows stands in each), a cell spanning columns kept once with
    blanks after it, as a spreadsheet shows it (a title over ten columns is one cell, and
    the columns keep their places); (slot, line, cells) for each row."""
    count = len(rows)
    check_cells(sum((count - r if rowspan == 0 else min(count - r, rowspan)) * colspan
                    for r, (_, _, _, spans) in enumerate(rows) for rowspan, colspan in spans), file)
    grid: list[dict[int, str]] = [{} for _ in range(count)]
    for r, (_, _, texts, spans) in enumerate(rows):
        col = 0
        for text, (rowspan, colspan) in zip(texts, spans, strict=True):
            while col in grid[r]:
                col += 1
            text = _collapse(text)
            last_row = count if rowspan == 0 else min(count, r + rowspan)
            for rr in range(r, last_row):
                for cc in range(col, col + colspan):
                    grid[rr].setdefault(cc, text if cc == col else "")
            col += colspan
    resolved = []
    for (slot, line, _, _), placed in zip(rows, grid, strict=True):
        width = max(placed) + 1 if placed else 0
        resolved.append((slot, line, tuple(placed.get(c, "") for c in range(width))))
    return resolved


_PENDING = Row((), Span("", 1), ())  # a table row's place, kept until its table is laid out


class _Reader:
    """The page's tree (lxml, which tolerates the unclosed `<td>`s and `<tr>`s exported
    pages are full of) walked in document order: tables become rows, the text between
    them rows of one cell."""

    def __init__(self, file: str, page: str) -> None:
        self.file = file
        self.marked = holds_marks(page)  # the page may hold the separators `_plain_table` uses: none is flattened
        self.spanning = _SPANNING.search(page) is not None  # may any cell span rows or columns?
        self.rows: list[Row] = []
        self.block: list[str] = []
        self.block_line = 1
        self.spans: dict[int, Span] = {}  # line → its Span, shared by the rows on it

    def row(self, cells: tuple[str, ...], line: int) -> Row:
        span = self.spans.get(line)
        if span is None:
            span = self.spans[line] = Span(self.file, line)
        return Row(cells, span, columns(len(cells)))

    def flush(self) -> None:
        text = _collapse("".join(self.block))
        if text:
            self.rows.append(self.row((text,), self.block_line))
        self.block = []

    def text(self, text: str | None, line: int) -> None:
        if text:
            if not self.block or not "".join(self.block).strip():
                self.block_line = line
            self.block.append(text)

    def walk(self, element: Any) -> None:
        """The text and tables inside `element`, its own text first."""
        self.text(element.text, element.sourceline or self.block_line)
        for child in element:
            tag = child.tag if isinstance(child.tag, str) else ""
            line = child.sourceline or self.block_line
            if tag in _SKIP or not tag:
                pass
            elif tag == "br":
                self.flush()
            elif tag == "table":
                self.flush()
                self.table(child)
            elif tag in _BLOCKS:
                self.flush()
                self.walk(child)
                self.flush()
            else:
                self.walk(child)
            self.text(child.tail, line)

    def table(self, element: Any) -> None:
        """A table's rows, spans resolved; a table nested in a cell follows its row.  A
        table whose cells hold only text and span nothing (most exports) is flattened
        by XSLT (`_plain_table`), without a Python call for each cell."""
        holds, spans = _questions()
        nested, spanned = holds(element), self.spanning and spans(element)
        if not (nested or spanned or self.marked):
            self._plain_table(element)
            return
        rows: list[_TableRow] = []
        for tr in _rows(element):
            slot = len(self.rows)
            self.rows.append(_PENDING)
            cells = list(tr.iterchildren("td", "th"))
            inner: list[Any] = []
            texts = [_cell_text(td, inner) if nested else td.text or "" for td in cells]
            rows.append((slot, tr.sourceline or 1, texts,
                         [(_rowspan(td.get("rowspan")), _colspan(td.get("colspan"))) for td in cells]))
            for inside in inner:
                self.table(inside)
        laid = _grid(rows, self.file) if spanned else [
            (slot, line, tuple([_collapse(text) for text in texts])) for slot, line, texts, _ in rows]
        for slot, line, laid_cells in laid:
            self.rows[slot] = self.row(laid_cells, line)

    def _plain_table(self, element: Any) -> None:
        """A table of text cells that span nothing: its rows' texts (each cell's `text`)
        flattened by one XSLT call, and split."""
        trs = _rows(element)
        for tr, cells in zip(trs, flattened_rows(str(_flattener()(element))), strict=True):
            self.rows.append(self.row(cells, tr.sourceline or 1))


# A table's own rows (`_rows`) and in each its cells' texts, flattened (`flattened_rows`);
# a cell's string value is its `text`: it holds no element (comments and PIs are removed).
_PLAIN_TABLE = f"""<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="utf-8"/>
<xsl:template match="/"><xsl:apply-templates select="*/*"/></xsl:template>
<xsl:template match="thead|tbody|tfoot"><xsl:apply-templates select="tr"/></xsl:template>
<xsl:template match="tr">{ROW}<xsl:for-each select="td|th">{CELL}<xsl:value-of select="."/></xsl:for-each></xsl:template>
<xsl:template match="*"/>
</xsl:stylesheet>"""


def _rows(table: Any) -> list[Any]:
    """A table's own rows (in thead/tbody/tfoot or directly under it), not a nested table's."""
    found = []
    for child in table:
        if child.tag == "tr":
            found.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            found.extend(row for row in child if row.tag == "tr")
    return found


def _cell_text(element: Any, nested: list[Any]) -> str:
    """A cell's text, `<br>` and a nested table as a space (the nested table is read on
    its own, after the row)."""
    parts = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "table":
            nested.append(child)
            parts.append(" ")
        elif tag == "br" or tag in _BLOCKS:
            parts.append(" " + (_cell_text(child, nested) if tag != "br" else "") + " ")
        elif tag and tag not in _SKIP:
            parts.append(_cell_text(child, nested))
        parts.append(child.tail or "")
    return "".join(parts)


def rows_of_html_text(text: str, file: str) -> list[Row]:
    """The rows of an HTML page already decoded."""
    from lxml import etree

    if not text.strip():
        return []
    # lxml's own elements, not lxml.html's: those look up a Python class for every element visited
    parser = etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, ValueError):
        return []
    if root is None:
        return []
    reader = _Reader(file, text)
    reader.walk(root)
    reader.flush()
    return [row for row in reader.rows if row.cells]


def _declared(head: bytes) -> str | None:
    """The charset a `<meta charset>` or `<meta http-equiv=Content-Type>` names, if any
    and if Python knows it."""
    match = _META.search(head)
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def decode_html(data: bytes, file: str) -> tuple[str, str]:
    """(text, encoding): a byte-order mark first, then the page's own `<meta charset>`,
    then detection."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                raise InputError(t("file.bad_bom", encoding=encoding),
                                 Span(file, 1)) from None
    declared = _declared(data[:4096])
    if declared is not None:
        # browsers read gb2312 and gbk as GBK; GB18030 is its superset and decodes both
        codec = "gb18030" if declared.replace("_", "-") in _GB else declared
        try:
            return data.decode(codec), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the page lies about its encoding: detect it instead
    decoded = decode(data, file)  # neither a BOM nor a meta tag: detected
    return decoded.text, decoded.encoding


def rows_of_html(path: Path) -> Source:
    file = str(path)
    text, encoding = decode_html(read_bytes(path), file)
    return Source(file, "html", tuple(rows_of_html_text(text, file)), encoding=encoding)
