"""Report text held in memory (a string, as tests, benchmarks and `samples` make it)
read into scorecards: split by `text_rows` like any text file, then the one card reader."""

from __future__ import annotations

from jsperf.model import Report
from jsperf.readers.card import read_rows
from jsperf.readers.text_rows import rows_of_text


def read_report(text: str, file: str) -> Report:
    return read_rows(rows_of_text(text, file)[0], file)
