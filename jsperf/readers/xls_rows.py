"""Legacy Excel workbooks (.xls, BIFF8), as budget systems still export them: every
sheet becomes rows of cells, with merged ranges expanded down the rows (the top-left value
copied into each row the range covers, so a 一级指标 merged over three rows stands in
each) and shown once across the columns, as Excel shows it, so that a title merged over
ten columns is one cell and every column keeps its place.

Numbers are read through their shortest decimal form (`cell_text`), as for .xlsx:
8.38569 stays 8.38569, and a whole number is printed without `.0`.  A cell formatted as
a percentage is printed as one (0.796 → 79.6%), as Excel shows it.  Dates are ISO, and
an error cell is its error text (`#REF!`), never the code number xlrd stores.
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.limits import check_cells
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import read_bytes
from jsperf.readers.workbook import cell_text, percent_text

SUFFIXES = (".xls", ".et")


def _value_text(book: Any, sheet: Any, row: int, col: int) -> str:
    import xlrd

    kind = sheet.cell_type(row, col)
    value = sheet.cell_value(row, col)
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
        return ""
    if kind == xlrd.XL_CELL_NUMBER:
        number = float(value)
        if book.formatting_info and _is_percent(book, sheet.cell_xf_index(row, col)):
            return percent_text(number)
        return cell_text(int(number) if number.is_integer() and abs(number) < 1e15 else number)
    if kind == xlrd.XL_CELL_DATE:
        try:
            moment = xlrd.xldate_as_datetime(value, book.datemode)
        except (ValueError, OverflowError, xlrd.xldate.XLDateError):
            return cell_text(float(value))
        return cell_text(moment.date() if moment.time() == datetime.time() else moment)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return "TRUE" if value else "FALSE"
    if kind == xlrd.XL_CELL_ERROR:
        return str(xlrd.error_text_from_code.get(value, f"#ERROR{value}"))
    return cell_text(value)


def _is_percent(book: Any, xf_index: int) -> bool:
    try:
        key = book.xf_list[xf_index].format_key
        return "%" in _unquoted(book.format_map[key].format_str)
    except (IndexError, KeyError, AttributeError):
        return False


def _unquoted(format_str: str) -> str:
    """A number format without its quoted literals (`0.00"%"` shows no percentage)."""
    return "".join(part for i, part in enumerate(format_str.split('"')) if i % 2 == 0)


def rows_of_xls(path: Path) -> Source:
    file = str(path)
    data = read_bytes(path)  # a missing file, a folder, a pipe or a file too large is bad input here
    if data.startswith(b"PK"):
        raise InputError(t("xls.is_xlsx"), Span(file, 1))

    import xlrd

    try:
        # xlrd writes its warnings about damaged files to stdout: kept out of jsperf's output
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, on_demand=True, logfile=io.StringIO())
    except Exception as error:  # xlrd raises XLRDError, struct.error, AssertionError, IndexError … on bad input
        raise InputError(t("xls.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None
    rows: list[Row] = []
    try:
        for index in range(book.nsheets):
            sheet = book.sheet_by_index(index)
            where = f"{file}[{sheet.name}]"
            check_cells(sheet.nrows * max([sheet.ncols, *(chi for _, _, _, chi in sheet.merged_cells)]), where)
            grid = [[_value_text(book, sheet, r, c) for c in range(sheet.row_len(r))] for r in range(sheet.nrows)]
            for rlo, rhi, clo, chi in sheet.merged_cells:
                if rlo >= len(grid):
                    continue
                top_left = grid[rlo][clo] if clo < len(grid[rlo]) else ""
                for r in range(rlo, min(rhi, len(grid))):
                    if len(grid[r]) < chi:
                        grid[r].extend([""] * (chi - len(grid[r])))
                    grid[r][clo] = top_left  # down the rows; across the columns the merged cell shows once
            for number, cells in enumerate(grid, start=1):
                rows.append(Row(tuple(cells), Span(where, number), tuple(range(1, len(cells) + 1))))
            book.unload_sheet(index)
    except InputError:
        raise
    except Exception as error:  # a damaged sheet record surfaces only when the sheet is loaded
        raise InputError(t("xls.unreadable", kind=type(error).__name__, error=error), Span(file, 1)) from None
    finally:
        book.release_resources()
    return Source(file, "xls", tuple(rows))

