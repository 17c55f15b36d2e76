"""Excel workbooks laid out as the official form (the workbook `jsperf export` writes,
and the common variant with 指标性质 / 指标值 / 度量单位 columns): every sheet becomes
rows of cells and goes through the same reader as report text.

Excel stores numbers as doubles; each is read through its shortest decimal form, which
is the decimal that was typed (8.38569 stays 8.38569), never through binary arithmetic.
"""

from __future__ import annotations

import datetime
import zipfile
from decimal import Decimal
from pathlib import Path

from jsperf.errors import InputError
from jsperf.model import Report, Row, Span
from jsperf.readers.report_text import read_rows

SUFFIXES = (".xlsx", ".xlsm")


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f")
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return " ".join(str(value).split("\n")).strip()


def read_workbook(path: Path) -> Report:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise InputError(f"not an Excel workbook ({error})", Span(str(path), 1)) from None
    rows = []
    try:
        for sheet in book.worksheets:
            where = f"{path}[{sheet.title}]"
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
                cells = tuple(cell_text(value) for value in values)
                rows.append(Row(cells, Span(where, number), tuple(range(1, len(cells) + 1))))
    finally:
        book.close()
    return read_rows(rows, str(path))
