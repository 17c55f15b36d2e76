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
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from jsperf.codes import finding
from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Finding, Row, Source, Span
from jsperf.readers.decode import count_elements, open_zip, read_bytes

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


def _cells(xml: bytes) -> int:
    """The cells a sheet's XML makes openpyxl build: its `<c>` elements, and the cells
    of each merged range (openpyxl fills a range's edges with placeholder cells)."""
    merged = sum((abs(int(bottom) - int(top)) + 1) * (abs(_column_number(right) - _column_number(left)) + 1)
                 for left, top, right, bottom in _MERGE_TAG.findall(xml))
    return count_elements(xml, b"c") + merged


def _sheet_parts(data: bytes, file: str) -> list[bytes]:
    """The sheet XML of a workbook, after checking that the whole archive expands to no
    more than jsperf reads and that its sheets hold no more cells than it lays out
    (counted in the XML, whatever a sheet's `<dimension>` claims)."""
    try:
        with open_zip(data, file) as archive:
            names = [n for n in archive.namelist() if re.fullmatch(r"xl/worksheets/[^/]+\.xml", n)]
            parts = []
            cells = 0
            for name in names:
                parts.append(_read_sheet(archive, name, cells, file))
                cells += _cells(parts[-1])
                check_cells(cells, file)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, KeyError, ValueError, OSError, EOFError,
            NotImplementedError) as error:
        raise InputError(t("xlsx.unreadable", error=error), Span(file, 1)) from None
    return parts


def _read_sheet(archive: zipfile.ZipFile, name: str, cells: int, file: str) -> bytes:
    """A sheet's XML, read a few megabytes at a time and refused as soon as its `<c>`
    elements (with the `cells` of the sheets before it) pass the limit: a sheet of a
    gigabyte is stopped after its first megabytes."""
    chunks: list[bytes] = []
    tail = b""
    with archive.open(name) as handle:
        while chunk := handle.read(4 * 2**20):
            cells += count_elements(tail + chunk, b"c", prefixed=False)  # a tag cut in two is counted once
            check_cells(cells, file)
            chunks.append(chunk)
            tail = chunk[-2:]
    return b"".join(chunks)


def _unsaved_formulas(parts: list[bytes]) -> bool:
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


def rows_of_xlsx(path: Path) -> Source:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    file = str(path)
    data = read_bytes(path)
    parts = _sheet_parts(data, file)
    book = _load(data, file, data_only=True)
    formulas = _load(data, file, data_only=False) if _unsaved_formulas(parts) else None
    rows: list[Row] = []
    notes: list[Finding] = []
    try:
        for sheet in book.worksheets:
            where = f"{file}[{sheet.title}]"
            check_cells(sheet.max_row * sheet.max_column, where)  # one cell at XFD1048576 is 17 billion to lay out
            formula_sheet = formulas[sheet.title] if formulas is not None else None
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
                    if isinstance(value, int | float) and not isinstance(value, bool) and _is_percent(cell.number_format):
                        texts.append(percent_text(value if isinstance(value, float) else Decimal(value)))
                    else:
                        texts.append(cell_text(value))
                grid.append(texts)
            for merged in sheet.merged_cells.ranges:
                top_left = grid[merged.min_row - 1][merged.min_col - 1] if merged.min_row <= len(grid) else ""
                for r in range(merged.min_row - 1, min(merged.max_row, len(grid))):
                    if len(grid[r]) < merged.max_col:
                        grid[r].extend([""] * (merged.max_col - len(grid[r])))
                    grid[r][merged.min_col - 1] = top_left  # down the rows; across the columns shown once
            for number, cells in enumerate(grid, start=1):
                rows.append(Row(tuple(cells), Span(where, number), tuple(range(1, len(cells) + 1))))
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    return Source(file, "xlsx", tuple(rows), notes=tuple(notes))


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
