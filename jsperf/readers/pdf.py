"""PDF reports with a text layer: each page's tables become rows of cells (the text
between tables, such as the form's title and year, becomes rows of one cell), in the
order they stand on the page.  A page printed without ruling lines, where no table is
found, is read from its words by position: words on one baseline make a row, and a gap
wider than about one and a half characters separates its cells.

pdfplumber finds the tables from the ruling lines PDFs of forms are drawn with; it is
pure Python over pdfminer.six, well kept, and gives each cell's text without OCR.  A PDF
without text (a scan) is reported as such, never read as an empty report.
"""

from __future__ import annotations

import io
import itertools
import logging
from pathlib import Path
from typing import Any

from jsperf.errors import InputError
from jsperf.limits import MAX_PAGES, limit
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import read_bytes

SUFFIXES = (".pdf",)
_GAP = 1.5  # a gap wider than this many characters separates two cells


def _inside(box: tuple[float, float, float, float], line: dict[str, Any]) -> bool:
    x0, top, x1, bottom = box
    return bool(line["x0"] >= x0 - 1 and line["x1"] <= x1 + 1 and line["top"] >= top - 1 and line["bottom"] <= bottom + 1)


def _char_width(word: dict[str, Any]) -> float:
    text = str(word["text"])
    return (float(word["x1"]) - float(word["x0"])) / max(1, len(text))


def word_rows(words: list[dict[str, Any]]) -> list[tuple[float, tuple[str, ...]]]:
    """Words laid out as rows of cells: (top, cells) for each line of words, the words
    of a line joined into a cell while the gap between them is small."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        height = float(word["bottom"]) - float(word["top"])
        if lines:
            last = lines[-1]
            top = sum(float(w["top"]) for w in last) / len(last)
            if abs(float(word["top"]) - top) <= max(2.0, height * 0.5):
                last.append(word)
                continue
        lines.append([word])
    placed = []
    for line in lines:
        line.sort(key=lambda w: float(w["x0"]))
        cells: list[list[str]] = [[str(line[0]["text"])]]
        for before, word in itertools.pairwise(line):
            gap = float(word["x0"]) - float(before["x1"])
            width = max(_char_width(before), _char_width(word), 1.0)
            if gap > _GAP * width:
                cells.append([str(word["text"])])
            else:
                cells[-1].append(str(word["text"]))
        placed.append((float(line[0]["top"]), tuple(" ".join(cell) for cell in cells)))
    return placed


def _page_rows(page: Any, where: str) -> list[Row]:
    placed: list[tuple[float, tuple[str, ...]]] = []
    tables = page.find_tables()
    if tables:
        for table in tables:
            for row, cells in zip(table.rows, table.extract(), strict=True):
                texts = tuple(" ".join((cell or "").split("\n")).strip() for cell in cells)
                placed.append((row.bbox[1], texts))
        for line in page.extract_text_lines():
            if not any(_inside(table.bbox, line) for table in tables):
                placed.append((line["top"], (line["text"].strip(),)))
    else:
        placed = word_rows(page.extract_words())
    placed.sort(key=lambda item: item[0])
    return [Row(cells, Span(where, number), tuple(range(1, len(cells) + 1)))
            for number, (_, cells) in enumerate(placed, start=1)]


def _why(error: BaseException) -> str:
    """What went wrong, in words, looking through pdfplumber's wrapping."""
    inner = error.args[0] if error.args and isinstance(error.args[0], BaseException) else error
    name = type(inner).__name__
    if name in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning") or "encrypt" in str(inner).lower():
        return t("pdf.encrypted")
    return t("pdf.unreadable", kind=name, error=inner)


def rows_of_pdf(path: Path) -> Source:
    file = str(path)
    data = read_bytes(path)
    if b"%PDF-" not in data[:1024]:
        raise InputError(t("pdf.not_pdf"), Span(file, 1))

    import pdfplumber

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # its warnings about damaged files are not ours to print

    rows: list[Row] = []
    characters = 0
    try:
        with pdfplumber.open(io.BytesIO(data)) as document:
            pages = len(document.pages)
            if pages > limit(MAX_PAGES):
                raise InputError(t("pdf.too_many_pages", pages=pages, limit=limit(MAX_PAGES), name=MAX_PAGES),
                                 Span(file, 1))
            for number, page in enumerate(document.pages, start=1):
                characters += len(page.chars)
                rows.extend(_page_rows(page, f"{file}[page {number}]"))
    except InputError:
        raise
    except Exception as error:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError … on damaged files
        raise InputError(_why(error), Span(file, 1)) from None
    if characters == 0:
        raise InputError(t("pdf.no_text"), Span(file, 1))
    return Source(file, "pdf", tuple(rows))


