"""PDF reports with a text layer: each page's tables become rows of cells (the text
between tables, such as the form's title and year, becomes rows of one cell), in the
order they stand on the page, and go through the same reader as report text.

pdfplumber finds the tables from the ruling lines PDFs of forms are drawn with; it is
pure Python over pdfminer.six, well kept, and gives each cell's text without OCR.  A PDF
without text (a scan) is reported as such, never read as an empty report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.model import Report, Row, Span
from jsperf.readers.report_text import read_rows


def _inside(box: tuple[float, float, float, float], line: dict[str, Any]) -> bool:
    x0, top, x1, bottom = box
    return bool(line["x0"] >= x0 - 1 and line["x1"] <= x1 + 1 and line["top"] >= top - 1 and line["bottom"] <= bottom + 1)


def _page_rows(page: Any, where: str) -> list[Row]:
    placed: list[tuple[float, tuple[str, ...]]] = []
    tables = page.find_tables()
    for table in tables:
        for row, cells in zip(table.rows, table.extract(), strict=True):
            texts = tuple(" ".join((cell or "").split("\n")).strip() for cell in cells)
            placed.append((row.bbox[1], texts))
    for line in page.extract_text_lines():
        if not any(_inside(table.bbox, line) for table in tables):
            placed.append((line["top"], (line["text"].strip(),)))
    placed.sort(key=lambda item: item[0])
    return [Row(cells, Span(where, number), tuple(range(1, len(cells) + 1)))
            for number, (_, cells) in enumerate(placed, start=1)]


def read_pdf(path: Path) -> Report:
    import pdfplumber
    from pdfminer.pdfparser import PDFSyntaxError

    rows: list[Row] = []
    characters = 0
    try:
        with pdfplumber.open(path) as document:
            for number, page in enumerate(document.pages, start=1):
                characters += len(page.chars)
                rows.extend(_page_rows(page, f"{path}[page {number}]"))
    except (PDFSyntaxError, ValueError, KeyError, OSError) as error:
        raise InputError(f"not a readable PDF ({type(error).__name__}: {error})", Span(str(path), 1)) from None
    if characters == 0:
        raise InputError("the PDF has no text layer (a scan?): run OCR on it first, then audit the text",
                         Span(str(path), 1))
    return read_rows(rows, str(path))
