"""Excel workbooks (.xlsx): every sheet becomes rows of cells, merged ranges expanded down
the rows (the top-left value copied into each row the range covers) and shown once across
the columns, as Excel shows it, for the card reader.

Excel stores numbers as doubles; each is read through its shortest decimal form, which
is the decimal that was typed (8.38569 stays 8.38569), never through binary arithmetic.
A cell formatted as a percentage is printed as Excel shows it (0.796 → 79.6%).

Formulas are read as the values Excel saved with them.  A workbook written by a program
and never opened in Excel has formulas without saved values; the simple ones a scorecard
uses (`=SUM(B2:B4)`, `=B5/A5*100`, `=ROUND(x,2)`) are computed here in decimal
arithmetic, and every such cell is noted (JS412) so that nobody takes a blank or a
recomputed number for a printed one.
"""

from __future__ import annotations

import datetime
import io
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from pathlib import Path
from typing import Any, NamedTuple

from jsperf.codes import finding
from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Finding, Row, Source, Span
from jsperf.readers.decode import columns, count_elements, open_zip, read_bytes

SUFFIXES = (".xlsx", ".xlsm")
_MERGE_TAG = re.compile(rb"<(?:\w+:)?mergeCell\s+ref=\"([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)\"")
_CELL_XML = re.compile(rb"<(?:\w+:)?c\b[^>]*?(?<!/)>(.*?)</(?:\w+:)?c>", re.S)
_FORMULA_XML = re.compile(rb"<(?:\w+:)?f\b")
_VALUE_XML = re.compile(rb"<(?:\w+:)?v>[^<]")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split("\n")).strip()


def percent_text(value: float | Decimal) -> str:
    """A number formatted as a percentage, as Excel shows it: 0.796 → `79.6%`."""
    number = (value if isinstance(value, Decimal) else Decimal(repr(value))) * 100
    return format(number.normalize(), "f") + "%"


def _plain(number: Decimal) -> str:
    """A computed number as printed: no exponent, no trailing zeros."""
    return format(number.normalize(), "f")


def _is_percent(number_format: str | None) -> bool:
    """Does a number format show a percentage (`0.00%`, not `0.00"%"`)?"""
    return "%" in "".join(part for i, part in enumerate((number_format or "").split('"')) if i % 2 == 0)


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - 64
    return number


def _merged_cells(xml: bytes) -> int:
    """The cells of a sheet's merged ranges: openpyxl fills each range with placeholder
    cells, and jsperf lays each out."""
    first = xml.find(b"mergeCell")  # the ranges follow the cells: the regular expression skips those
    return 0 if first < 0 else sum(
        (abs(int(bottom) - int(top)) + 1) * (abs(_column_number(right) - _column_number(left)) + 1)
        for left, top, right, bottom in _MERGE_TAG.findall(xml, max(0, first - 16)))


def _sheet_parts(data: bytes, file: str) -> dict[str, bytes]:
    """The sheet XML of a workbook by part name, after checking that the whole archive
    expands to no more than jsperf reads and that its sheets hold no more cells than it
    lays out (counted in the XML, whatever a sheet's `<dimension>` claims)."""
    try:
        with open_zip(data, file) as archive:
            names = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)]
            parts = {}
            cells = 0
            for name in names:
                parts[name], cells = _read_sheet(archive, name, cells, file)
                cells += _merged_cells(parts[name])
                check_cells(cells, file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, ValueError, OSError, EOFError,
            NotImplementedError) as error:
        raise InputError(t("xlsx.unreadable", error=error), Span(file, 1)) from None
    return parts


def _read_sheet(archive: zipfile.ZipFile, name: str, cells: int, file: str) -> tuple[bytes, int]:
    """A sheet's XML, read a few megabytes at a time and refused as soon as its `<c>`
    elements (with the `cells` of the sheets before it) pass the limit: a sheet of a
    gigabyte is stopped after its first megabytes.  With the cells counted so far (its
    `<c>`s and `<x:c>`s: those are the cells openpyxl builds)."""
    chunks: list[bytes] = []
    tail = b""
    with archive.open(name) as handle:
        while chunk := handle.read(4 * 2**20):
            cells += count_elements(tail + chunk, b"c")  # a tag cut in two is counted once
            check_cells(cells, file)
            chunks.append(chunk)
            tail = chunk[-2:]
    return b"".join(chunks), cells


def _unsaved_formulas(parts: Iterable[bytes]) -> bool:
    """Does any cell hold a formula without a saved value?"""
    for xml in parts:
        if _FORMULA_XML.search(xml) and any(
                _FORMULA_XML.search(m.group(1)) and not _VALUE_XML.search(m.group(1)) for m in _CELL_XML.finditer(xml)):
            return True
    return False


def _load(data: bytes, file: str, data_only: bool) -> Any:
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(data), data_only=data_only)
    except Exception as error:  # openpyxl lets zip, XML, KeyError and TypeError through from damaged parts
        raise InputError(t("xlsx.unreadable", error=f"{type(error).__name__}: {error}"), Span(file, 1)) from None


# a merged range: (top, left, bottom, right), 1-based
_Merge = tuple[int, int, int, int]


def rows_of_xlsx(path: Path) -> Source:
    file = str(path)
    data = read_bytes(path)
    parts = _sheet_parts(data, file)
    quick = _fast_rows(data, parts, file)
    if quick is not None:
        return Source(file, "xlsx", tuple(quick))
    rows, notes = _openpyxl_rows(data, file, _unsaved_formulas(parts.values()))
    return Source(file, "xlsx", tuple(rows), notes=tuple(notes))


def _sheet_rows(where: str, grid: list[list[str]], merges: Iterable[_Merge]) -> list[Row]:
    """A sheet's rows: each merged range's top-left text copied down the rows it covers
    (shown once across the columns, as Excel shows it)."""
    for top, left, bottom, right in merges:
        top_left = grid[top - 1][left - 1] if top <= len(grid) else ""
        for r in range(top - 1, min(bottom, len(grid))):
            if len(grid[r]) < right:
                grid[r].extend([""] * (right - len(grid[r])))
            grid[r][left - 1] = top_left
    return [Row(tuple(cells), Span(where, number), columns(len(cells))) for number, cells in enumerate(grid, start=1)]


def _openpyxl_rows(data: bytes, file: str, formulas: bool) -> tuple[list[Row], list[Finding]]:
    """The workbook read by openpyxl: for formulas without saved values (computed from
    its cells) and for a workbook the quick reading does not take."""
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    book = _load(data, file, data_only=True)
    formula_book = _load(data, file, data_only=False) if formulas else None
    rows: list[Row] = []
    notes: list[Finding] = []
    try:
        for sheet in book.worksheets:
            where = f"{file}[{sheet.title}]"
            check_cells(sheet.max_row * sheet.max_column, where)  # one cell at XFD1048576 is 17 billion to lay out
            formula_sheet = formula_book[sheet.title] if formula_book is not None else None
            computer = _Computer(sheet, formula_sheet)
            grid: list[list[str]] = []
            for row in sheet.iter_rows():
                texts = []
                for cell in row:
                    value = cell.value
                    if value is None and formula_sheet is not None:
                        formula = formula_sheet[cell.coordinate].value
                        if isinstance(formula, str) and formula.startswith("="):
                            value = computer.value(cell.coordinate)
                            shown = "" if value is None else percent_text(value) if _is_percent(
                                cell.number_format) else _plain(value)
                            computed = f"（已按公式算得 {shown}）" if value is not None else ""
                            notes.append(finding("JS412", Span(where, cell.row, cell.column),
                                                 cell=cell.coordinate, formula=formula, computed=computed))
                            texts.append(shown)
                            continue
                        if isinstance(formula, ArrayFormula | DataTableFormula):
                            text = str(getattr(formula, "text", "") or "")
                            notes.append(finding("JS412", Span(where, cell.row, cell.column),
                                                 cell=cell.coordinate, formula=text, computed=""))
                    texts.append(_shown(value, _is_percent(cell.number_format)))
                grid.append(texts)
            merges = [(m.min_row, m.min_col, m.max_row, m.max_col) for m in sheet.merged_cells.ranges]
            rows.extend(_sheet_rows(where, grid, merges))
    finally:
        book.close()
        if formula_book is not None:
            formula_book.close()
    return rows, notes


def _shown(value: object, percent: bool) -> str:
    """A cell's value as Excel shows it: a number formatted as a percentage as one."""
    if percent and isinstance(value, int | float) and not isinstance(value, bool):
        return percent_text(value if isinstance(value, float) else Decimal(value))
    return cell_text(value)


# ---------------------------------------------------------------- the quick reading


class _Unusual(Exception):
    """Something in a workbook the quick reading leaves to openpyxl."""


def _fast_rows(data: bytes, parts: dict[str, bytes], file: str) -> list[Row] | None:
    """The workbook's rows read from its XML with lxml, many times faster than openpyxl
    builds a cell object for each cell, and the same texts: openpyxl's own code reads
    the package, the workbook and the styles (small parts), and what the quick reading
    does not expect (a formula without its saved value, overlapping merges, a DTD, a
    damaged part) is left to openpyxl, None, which reads it or says what is wrong with it."""
    try:
        sheets = _fast_sheets(data, parts, file)
    except InputError:
        raise
    except Exception:  # whatever it is, openpyxl reads the workbook as before
        return None
    rows: list[Row] = []
    for sheet in sheets:
        where = f"{file}[{sheet.title}]"
        check_cells(sheet.height * sheet.width, where)  # one cell at XFD1048576 is 17 billion to lay out
        if not sheet.cells and not sheet.merges:  # a sheet with nothing in it has no rows
            continue
        grid = [[""] * sheet.width for _ in range(sheet.height)]
        for (row, column), text in sheet.cells.items():
            grid[row - 1][column - 1] = text
        for top, left, bottom, right in sheet.merges:  # openpyxl empties a merged range but for its top-left cell
            for r in range(top - 1, bottom):
                grid[r][left - 1:right] = [""] * (right - left + 1)
            grid[top - 1][left - 1] = sheet.cells.get((top, left), "")
        rows.extend(_sheet_rows(where, grid, sheet.merges))
    return rows


def _fast_sheets(data: bytes, parts: dict[str, bytes], file: str) -> list[_Sheet]:
    """Each worksheet's title, cell texts and merged ranges, in the workbook's order."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet
    from openpyxl.workbook.child import INVALID_TITLE_REGEX, avoid_duplicate_name
    from openpyxl.xml.constants import SHARED_STRINGS

    reader = ExcelReader(io.BytesIO(data), read_only=True, data_only=True)
    try:  # as `load_workbook` does, but for the shared strings and the sheets
        reader.read_manifest()
        reader.read_workbook()
        reader.read_properties()
        reader.read_custom()
        apply_stylesheet(reader.archive, reader.wb)
        strings_part = reader.package.find(SHARED_STRINGS)
        strings = _shared_strings(reader.archive.read(strings_part.PartName[1:])) if strings_part is not None else []
        book = reader.wb
        styles = _Styles(book)
        titles: list[str] = []
        sheets = []
        for sheet, relation in reader.parser.find_sheets():
            if relation.target not in reader.valid_files:
                continue
            if not sheet.name or INVALID_TITLE_REGEX.search(sheet.name):
                raise _Unusual(sheet.name)
            titles.append(avoid_duplicate_name(titles, sheet.name))
            if "chartsheet" in relation.Type:
                continue
            if relation.target not in parts:  # a sheet outside xl/worksheets/: its cells were not counted
                raise _Unusual(relation.target)
            sheets.append(_sheet_cells(titles[-1], parts[relation.target], strings, styles, f"{file}[{titles[-1]}]"))
    finally:
        reader.archive.close()
    return sheets


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _F, _IS, _T, _MERGE_CELL = (f"{_MAIN}{tag}" for tag in ("row", "c", "v", "f", "is", "t", "mergeCell"))


def _parser() -> Any:
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, huge_tree=True)


def _text_content(element: Any) -> str:
    """A string item's text (`<si>`, `<is>`) as openpyxl reads it: its `<t>`, or its
    rich-text runs' (phonetic guides left out)."""
    if len(element) == 1 and element[0].tag == _T:
        return element[0].text or ""
    from xml.etree import ElementTree

    from lxml import etree
    from openpyxl.cell.text import Text

    return str(Text.from_tree(ElementTree.fromstring(etree.tostring(element))).content)


def _shared_strings(xml: bytes) -> list[str]:
    """The shared strings, each as a cell shows it (`cell_text`): a string needs no
    style to be shown."""
    from lxml import etree

    if b"<!DOCTYPE" in xml:
        raise _Unusual("DOCTYPE")  # entities: expat and libxml2 differ
    root = etree.fromstring(xml, _parser())
    return [cell_text(_text_content(item).replace("x005F_", "")) for item in root.iter(f"{_MAIN}si")]


class _Styles:
    """What a cell's style says about its value, by style number: a date, a duration, a
    percentage (openpyxl's own tables, read once)."""

    def __init__(self, book: Any) -> None:
        from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

        self.epoch = book.epoch
        self.dates = book._date_formats
        self.durations = book._timedelta_formats
        formats = [BUILTIN_FORMATS.get(style.numFmtId, "General") if style.numFmtId < BUILTIN_FORMATS_MAX_SIZE
                   else book._number_formats[style.numFmtId - BUILTIN_FORMATS_MAX_SIZE] for style in book._cell_styles]
        self.percent = [_is_percent(number_format) for number_format in formats]


class _Sheet(NamedTuple):
    """A worksheet as the quick reading found it: its cells' texts by (row, column), its
    merged ranges, and the rows and columns they reach (openpyxl's `max_row`, `max_column`)."""

    title: str
    cells: dict[tuple[int, int], str]
    merges: list[_Merge]
    height: int
    width: int


def _sheet_cells(title: str, xml: bytes, strings: list[str], styles: _Styles, where: str) -> _Sheet:
    """A sheet's cell texts and merged ranges, as openpyxl reads them with their saved
    values (`data_only`).  A cell holding one value (a `<v>`, an inline string's `<t>`:
    nearly all) is looked up by its type, style and value: a sheet repeats a few hundred
    of them many times."""
    from lxml import etree
    from openpyxl.utils.cell import column_index_from_string
    from openpyxl.worksheet.cell_range import CellRange

    if b"<!DOCTYPE" in xml:
        raise _Unusual("DOCTYPE")
    root = etree.fromstring(xml, _parser())
    cells: dict[tuple[int, int], str] = {}
    known: dict[tuple[str | None, str | None, str | None, str | None], str] = {}  # (t, s, tag, text) → shown
    numbers: dict[str, int] = {}  # column letters → number
    height = width = row_number = 0
    for row in root.iter(_ROW):
        given = row.get("r")
        row_number = row_number + 1 if given is None else int(given)
        column = 0
        for cell in row:
            if cell.tag != _C:
                raise _Unusual(cell.tag)
            coordinate = cell.get("r")
            if coordinate is None:
                column += 1
                at = (row_number, column)
            else:
                letters = coordinate.rstrip("0123456789")
                column = numbers.get(letters) or numbers.setdefault(letters, column_index_from_string(letters))
                at = (int(coordinate[len(letters):]), column)
            if at[0] < 1:
                raise _Unusual(coordinate)
            if at[0] > height:
                height = at[0]
            if column > width:
                width = column
            count = len(cell)
            only = cell[0] if count == 1 else None  # a `<v>`, or an inline string's `<is>`
            if only is not None and only.tag == _IS:
                only = only[0] if len(only) == 1 and only[0].tag == _T else None  # its one `<t>`
            if count == 0 or only is not None:
                key = (cell.get("t"), cell.get("s"), None, None) if only is None else (
                    cell.get("t"), cell.get("s"), only.tag, only.text)
                text = known.get(key)
                if text is None:
                    text = known[key] = _cell_value_text(cell, strings, styles)
                cells[at] = text
            else:
                cells[at] = _cell_value_text(cell, strings, styles)
    merges: list[_Merge] = []
    covered: set[tuple[int, int]] = set()
    merged = 0
    for merge in root.iter(_MERGE_CELL):
        bounds = CellRange(merge.get("ref"))
        merges.append((bounds.min_row, bounds.min_col, bounds.max_row, bounds.max_col))
        height, width = max(height, bounds.max_row), max(width, bounds.max_col)
        merged += bounds.size["rows"] * bounds.size["columns"]
        check_cells(merged, where)  # `$A$1:$XFD$1048576` escapes the count of the XML: refused before it is walked
        for place in bounds.cells:
            if place in covered:  # openpyxl keeps merged ranges in a set: overlapping ones in no fixed order
                raise _Unusual(merge.get("ref"))
            covered.add(place)
    return _Sheet(title, cells, merges, max(height, 1), max(width, 1))


def _cell_value_text(cell: Any, strings: list[str], styles: _Styles) -> str:
    """One `<c>`'s text, its value taken as openpyxl's `WorkSheetParser.parse_cell` does."""
    if len(cell) and cell.find(_F) is not None and not cell.findtext(_V):
        raise _Unusual("a formula without its saved value")  # openpyxl's reading computes it, and notes it
    kind = cell.get("t", "n")
    given = cell.get("s")
    style = 0 if given is None else int(given)
    value: object = None
    if kind == "inlineStr":
        inline = cell.find(_IS)
        value = None if inline is None else _text_content(inline)
    elif len(cell):
        first = cell[0]
        value = (first.text if first.tag == _V else cell.findtext(_V)) or None
    if value is None or kind == "inlineStr":
        pass
    elif kind == "s":
        styles.percent[style]  # a style the workbook lacks: openpyxl refuses the workbook
        return strings[int(str(value))]
    elif kind == "n":
        value = _number(str(value), style, styles)
    elif kind == "b":
        value = bool(int(str(value)))
    elif kind == "d":
        from openpyxl.utils.datetime import from_ISO8601

        value = from_ISO8601(value)
    return _shown(value, styles.percent[style])


def _number(text: str, style: int, styles: _Styles) -> object:
    from openpyxl.worksheet._reader import _cast_number

    number = _cast_number(text)
    if style not in styles.dates:
        return number
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(number, styles.epoch, timedelta=style in styles.durations)
    except (OverflowError, ValueError):
        return "#VALUE!"  # as openpyxl marks a date out of range


# ---------------------------------------------------------------- simple formulas

_TOKEN = re.compile(r"""\s*(?:
    (?P<num>\d+(?:\.\d*)?(?:[eE][+-]?\d+)?%?|\.\d+%?)
  | (?P<ref>\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![\w!(])
  | (?P<fn>[A-Za-z][A-Za-z0-9.]*)\s*\(
  | (?P<op>[-+*/(),])
)""", re.X)
_DIVIDE = Context(prec=15)  # Excel's own precision: a quotient keeps 15 significant digits


class _NotSimple(Exception):
    """A formula jsperf does not compute: left blank, with a note."""


class _Computer:
    """Computes the simple formulas of one sheet from the values saved in it (and from
    other simple formulas), in decimal arithmetic: + - * /, parentheses, SUM and ROUND
    over numbers, cells and ranges of this sheet."""

    def __init__(self, values: Any, formulas: Any) -> None:
        self.values = values
        self.formulas = formulas
        self.done: dict[str, Decimal | None] = {}
        self.busy: set[str] = set()

    def value(self, coordinate: str) -> Decimal | None:
        """The computed value of a formula cell, None when it is not simple."""
        if coordinate in self.done:
            return self.done[coordinate]
        if coordinate in self.busy:  # a circular reference
            return None
        self.busy.add(coordinate)
        try:
            result: Decimal | None = self.evaluate(str(self.formulas[coordinate].value)[1:])
        except (_NotSimple, InvalidOperation, ZeroDivisionError, ValueError, IndexError, OverflowError):
            result = None
        finally:
            self.busy.discard(coordinate)
        self.done[coordinate] = result
        return result

    def cell(self, coordinate: str, in_range: bool = False) -> Decimal:
        coordinate = coordinate.replace("$", "").upper()
        saved = self.values[coordinate].value
        if saved is None and self.formulas is not None:
            formula = self.formulas[coordinate].value
            if isinstance(formula, str) and formula.startswith("="):
                computed = self.value(coordinate)
                if computed is None:
                    raise _NotSimple(coordinate)
                return computed
        if saved is None or saved == "":
            return Decimal(0)  # a blank cell counts as 0, as in Excel
        if isinstance(saved, bool) or not isinstance(saved, int | float):
            if in_range:
                return Decimal(0)  # SUM over a range passes over text, as in Excel
            raise _NotSimple(coordinate)
        return Decimal(repr(saved)) if isinstance(saved, float) else Decimal(saved)

    def evaluate(self, text: str) -> Decimal:
        tokens: list[tuple[str, str]] = []
        position = 0
        text = text.strip()
        while position < len(text):
            match = _TOKEN.match(text, position)
            if match is None or match.end() == position:
                raise _NotSimple(text)
            kind = match.lastgroup or ""
            tokens.append((kind, match.group(kind)))
            position = match.end()
        parser = _Parser(tokens, self)
        result = parser.expression()
        if parser.index != len(tokens):
            raise _NotSimple(text)
        return result


def _coordinates(reference: str) -> list[str]:
    from openpyxl.utils.cell import get_column_letter, range_boundaries

    left, top, right, bottom = range_boundaries(reference.replace("$", "").upper())
    if left is None or top is None or right is None or bottom is None:
        raise _NotSimple(reference)
    if (right - left + 1) * (bottom - top + 1) > 100_000:
        raise _NotSimple(reference)
    return [f"{get_column_letter(c)}{r}" for r in range(top, bottom + 1) for c in range(left, right + 1)]


class _Parser:
    def __init__(self, tokens: list[tuple[str, str]], computer: _Computer) -> None:
        self.tokens = tokens
        self.index = 0
        self.computer = computer
        self.functions: dict[str, Callable[[list[list[Decimal]]], Decimal]] = {"SUM": _sum, "ROUND": _round}

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.index] if self.index < len(self.tokens) else ("end", "")

    def take(self, value: str) -> None:
        if self.peek() != ("op", value):
            raise _NotSimple(value)
        self.index += 1

    def expression(self) -> Decimal:
        result = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.peek()[1]
            self.index += 1
            right = self.term()
            result = result + right if op == "+" else result - right
        return result

    def term(self) -> Decimal:
        result = self.unary()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.peek()[1]
            self.index += 1
            right = self.unary()
            result = result * right if op == "*" else _DIVIDE.divide(result, right)
        return result

    def unary(self) -> Decimal:
        if self.peek() in (("op", "-"), ("op", "+")):
            negative = self.peek()[1] == "-"
            self.index += 1
            value = self.unary()
            return -value if negative else value
        return self.atom()

    def atom(self) -> Decimal:
        kind, text = self.peek()
        self.index += 1
        if kind == "num":
            return Decimal(text[:-1]) / 100 if text.endswith("%") else Decimal(text)
        if kind == "ref":
            if ":" in text:
                raise _NotSimple(text)  # a range outside SUM
            return self.computer.cell(text)
        if kind == "op" and text == "(":
            value = self.expression()
            self.take(")")
            return value
        if kind == "fn" and text.upper() in self.functions:
            return self.functions[text.upper()](self.arguments())
        raise _NotSimple(text)

    def arguments(self) -> list[list[Decimal]]:
        """A call's arguments, each the values it stands for (a range: all of them)."""
        arguments: list[list[Decimal]] = []
        if self.peek() == ("op", ")"):
            self.index += 1
            return arguments
        while True:
            kind, text = self.peek()
            following = self.tokens[self.index + 1] if self.index + 1 < len(self.tokens) else ("end", "")
            if kind == "ref" and following in (("op", ","), ("op", ")")):
                self.index += 1
                cells = _coordinates(text) if ":" in text else [text]
                arguments.append([self.computer.cell(c, in_range=len(cells) > 1) for c in cells])
            else:
                arguments.append([self.expression()])
            if self.peek() == ("op", ","):
                self.index += 1
                continue
            self.take(")")
            return arguments


def _sum(arguments: list[list[Decimal]]) -> Decimal:
    return sum((value for values in arguments for value in values), Decimal(0))


def _round(arguments: list[list[Decimal]]) -> Decimal:
    if len(arguments) != 2 or len(arguments[0]) != 1 or len(arguments[1]) != 1:
        raise _NotSimple("ROUND")
    value, places = arguments[0][0], arguments[1][0]
    if places != places.to_integral_value() or abs(places) > 15:
        raise _NotSimple("ROUND")
    return value.quantize(Decimal(1).scaleb(-int(places)), rounding=ROUND_HALF_UP)
