"""HTML reports (a page saved from a portal, a report exported as HTML): every table row
becomes a row of cells, with rowspan and colspan expanded so that a merged cell's text
stands in every position it covers (a 一级指标 spanning three rows appears in each of
them); text outside tables (headings, paragraphs) becomes rows of one cell, in document
order, since the form's title and the narrative's claims live there.

The standard library's `html.parser` is enough: forms are plain tables, and it tolerates
the unclosed `<td>`s and `<tr>`s that exported pages are full of.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from pathlib import Path

from jsperf.errors import InputError
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import decode

SUFFIXES = (".html", ".htm", ".xhtml")
_LIMIT = 64 * 1024 * 1024  # bytes; a report page is a few megabytes at most
_MAX_COLSPAN = 1000  # the HTML standard's own caps
_MAX_ROWSPAN = 65534
_SKIP = frozenset({"script", "style", "title", "template", "head"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
_BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav",
    "ol", "p", "pre", "section", "ul",
})
_SPACE = re.compile(r"\s+")
_META = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_GB = frozenset({"gb2312", "gbk", "gb18030", "cp936", "euc-cn", "x-gbk", "hz-gb-2312"})


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _rowspan(value: str | None) -> int:
    """A rowspan as browsers read it: its leading digits; 0 means to the end of the table."""
    match = re.match(r"\s*(\d+)", value or "")
    return 1 if match is None else min(int(match.group(1)), _MAX_ROWSPAN)


def _colspan(value: str | None) -> int:
    match = re.match(r"\s*(\d+)", value or "")
    return 1 if match is None else max(1, min(int(match.group(1)), _MAX_COLSPAN))


class _Cell:
    __slots__ = ("colspan", "parts", "rowspan")

    def __init__(self, rowspan: int, colspan: int) -> None:
        self.rowspan = rowspan
        self.colspan = colspan
        self.parts: list[str] = []


class _Table:
    def __init__(self) -> None:
        # each row: (its slot in the output, its source line, its cells)
        self.rows: list[tuple[int, int, list[_Cell]]] = []
        self.cell: _Cell | None = None

    def resolve(self) -> list[tuple[int, int, tuple[str, ...]]]:
        """Lay the cells out on a grid, a cell spanning rows copied into each row it
        covers (a 一级指标 over three rows stands in each), a cell spanning columns kept
        once with blanks after it, as a spreadsheet shows it (a title over ten columns is
        one cell, and the columns keep their places); (slot, line, cells) for each row."""
        count = len(self.rows)
        grid: list[dict[int, str]] = [{} for _ in range(count)]
        for r, (_, _, cells) in enumerate(self.rows):
            col = 0
            for cell in cells:
                while col in grid[r]:
                    col += 1
                text = _collapse("".join(cell.parts))
                last_row = count if cell.rowspan == 0 else min(count, r + cell.rowspan)
                for rr in range(r, last_row):
                    for cc in range(col, col + cell.colspan):
                        grid[rr].setdefault(cc, text if cc == col else "")
                col += cell.colspan
        resolved = []
        for (slot, line, _), placed in zip(self.rows, grid, strict=True):
            width = max(placed) + 1 if placed else 0
            resolved.append((slot, line, tuple(placed.get(c, "") for c in range(width))))
        return resolved


class _Parser(HTMLParser):
    def __init__(self, file: str) -> None:
        super().__init__(convert_charrefs=True)
        self.file = file
        self.slots: list[Row | None] = []  # rows in document order; a table's rows are filled when it ends
        self.tables: list[_Table] = []
        self.skipping: list[str] = []
        self.block: list[str] = []
        self.block_line = 1
        self.block_started = False

    # -- text outside tables

    def flush(self) -> None:
        text = _collapse("".join(self.block))
        if text:
            self.slots.append(Row((text,), Span(self.file, self.block_line), (1,)))
        self.block = []
        self.block_started = False

    def add_text(self, text: str) -> None:
        table = self.tables[-1] if self.tables else None
        if table is not None and table.cell is not None:
            table.cell.parts.append(text)
            return
        if not self.block_started and text.strip():
            self.block_line, self.block_started = self.getpos()[0], True
        self.block.append(text)

    # -- tables

    def end_cell(self) -> None:
        if self.tables:
            self.tables[-1].cell = None

    def start_row(self) -> None:
        table = self.tables[-1]
        table.cell = None
        self.slots.append(None)
        table.rows.append((len(self.slots) - 1, self.getpos()[0], []))

    def end_table(self) -> None:
        table = self.tables.pop()
        for slot, line, cells in table.resolve():
            self.slots[slot] = Row(cells, Span(self.file, line), tuple(range(1, len(cells) + 1)))

    # -- the parser's events

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skipping:
            if tag == "body" and self.skipping[0] == "head":  # a head never closed
                self.skipping.clear()
            elif tag == self.skipping[-1] and tag not in _VOID:
                self.skipping.append(tag)
                return
            else:
                return
        if tag in _SKIP:
            self.skipping.append(tag)
            return
        if tag == "br":
            if self.tables and self.tables[-1].cell is not None:
                self.add_text(" ")
            else:
                self.flush()
            return
        if tag == "table":
            if self.tables and self.tables[-1].cell is not None:
                self.add_text(" ")  # the enclosing cell's text around a nested table
            self.flush()
            self.tables.append(_Table())
        elif tag == "tr" and self.tables:
            self.flush()
            self.start_row()
        elif tag in ("td", "th") and self.tables:
            table = self.tables[-1]
            if not table.rows:
                self.start_row()
            named = dict(attrs)
            cell = _Cell(_rowspan(named.get("rowspan")), _colspan(named.get("colspan")))
            table.rows[-1][2].append(cell)
            table.cell = cell
        elif tag in _BLOCKS:
            if self.tables and self.tables[-1].cell is not None:
                self.add_text(" ")
            else:
                self.flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if tag == "table" and self.tables:
            self.flush()
            self.end_table()
            if self.tables and self.tables[-1].cell is not None:
                self.add_text(" ")
        elif tag in ("td", "th"):
            self.end_cell()
        elif tag == "tr" and self.tables:
            self.tables[-1].cell = None
        elif tag in _BLOCKS:
            if self.tables and self.tables[-1].cell is not None:
                self.add_text(" ")
            else:
                self.flush()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.add_text(data)

    def finish(self) -> list[Row]:
        self.close()
        self.flush()
        while self.tables:  # tables left open at the end of the file
            self.end_table()
        self.flush()
        return [row for row in self.slots if row is not None]


def rows_of_html_text(text: str, file: str) -> list[Row]:
    """The rows of an HTML page already decoded."""
    parser = _Parser(file)
    parser.feed(text)
    return parser.finish()


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


def _detect(data: bytes, file: str) -> tuple[str, str]:
    """(text, encoding) of bytes that neither a BOM nor a meta tag explains."""
    decoded = decode(data, file)
    return decoded.text, decoded.encoding


def decode_html(data: bytes, file: str) -> tuple[str, str]:
    """(text, encoding): a byte-order mark first, then the page's own `<meta charset>`,
    then detection."""
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                raise InputError(f"the file starts with a {encoding} byte-order mark but is not {encoding}",
                                 Span(file, 1)) from None
    declared = _declared(data[:4096])
    if declared is not None:
        # browsers read gb2312 and gbk as GBK; GB18030 is its superset and decodes both
        codec = "gb18030" if declared.replace("_", "-") in _GB else declared
        try:
            return data.decode(codec), declared
        except (UnicodeDecodeError, LookupError):
            pass  # the page lies about its encoding: detect it instead
    return _detect(data, file)


def rows_of_html(path: Path) -> Source:
    file = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(_LIMIT + 1)
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})", Span(file, 1)) from None
    if len(data) > _LIMIT:
        raise InputError(f"the HTML file is larger than {_LIMIT // (1024 * 1024)} MB; is it a report?", Span(file, 1))
    text, encoding = decode_html(data, file)
    return Source(file, "html", tuple(rows_of_html_text(text, file)), encoding=encoding)
