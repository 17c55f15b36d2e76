"""How much of one input jsperf reads, and how to read more.

A scorecard is a few kilobytes; a department's report a few megabytes.  A file far
larger than that is a mistake (a disk image, `/dev/zero`) or an attack (a 3 MB .xlsx
whose sheet expands to a gigabyte), and reading it would take minutes and gigabytes
before anything could be said.  So each reader stops at a limit and says which one,
and how to raise it: each limit is an environment variable, read when it is needed (so
batch worker processes see what their parent was given):

- `JSPERF_MAX_MB` (64): bytes of one file read, text, web page, PDF or workbook;
- `JSPERF_MAX_UNZIPPED_MB` (256): bytes a zip (.xlsx, .docx) expands to, all parts;
- `JSPERF_MAX_CELLS` (1,000,000): cells of a workbook or a Word document's tables;
- `JSPERF_MAX_PAGES` (500): pages of a PDF.
"""

from __future__ import annotations

import os

from jsperf.errors import InputError
from jsperf.messages import t
from jsperf.model import Span

MAX_MB = "JSPERF_MAX_MB"
MAX_UNZIPPED_MB = "JSPERF_MAX_UNZIPPED_MB"
MAX_CELLS = "JSPERF_MAX_CELLS"
MAX_PAGES = "JSPERF_MAX_PAGES"
DEFAULTS = {MAX_MB: 64, MAX_UNZIPPED_MB: 256, MAX_CELLS: 1_000_000, MAX_PAGES: 500}


def limit(name: str) -> int:
    """The limit `name` (one of the variables above): the environment's, else the default."""
    given = os.environ.get(name, "").strip()
    if not given:
        return DEFAULTS[name]
    try:
        value = int(given)
    except ValueError:
        value = 0
    if value <= 0:
        raise InputError(t("limits.invalid", name=name, value=given))
    return value


def max_bytes() -> int:
    return limit(MAX_MB) * 2**20


def max_unzipped() -> int:
    return limit(MAX_UNZIPPED_MB) * 2**20


def check_cells(cells: int, where: str) -> None:
    """Refuse a table or sheet of more than `JSPERF_MAX_CELLS` cells (counted as they
    would be laid out: spans and merges included) before it is laid out."""
    most = limit(MAX_CELLS)
    if cells > most:
        raise InputError(t("file.too_many_cells", where=where, cells=cells, limit=most, name=MAX_CELLS),
                         Span(where, 1))
