"""Report text as extracted from a 部门决算 PDF, one table row a line, cells tab-separated.

The text becomes rows of cells (each with its `file:line:col`) and goes through the one
card reader, `readers/card.py`.
"""

from __future__ import annotations

from jsperf.model import Report, Row, Span
from jsperf.readers.card import read_rows


def rows_of_text(text: str, file: str) -> list[Row]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        cells = tuple(line.split("\t"))
        cols, col = [], 1
        for cell in cells:
            cols.append(col)
            col += len(cell) + 1
        rows.append(Row(cells, Span(file, number), tuple(cols)))
    return rows


def read_report(text: str, file: str) -> Report:
    return read_rows(rows_of_text(text, file), file)
