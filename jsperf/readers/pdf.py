"""PDF reports with a text layer: each page's tables become rows of cells (the text
between tables, such as the form's title and year, becomes rows of one cell), in the
order they stand on the page.  A page printed without ruling lines, where no table is
found, is read from its words by position: words on one baseline make a row, and a gap
wider than about one and a half characters separates its cells.

Two things printing does to a table are undone here, because only the PDF knows them: a
cell's text wrapped onto several lines is one text again, joined without the space a
line break is not (`51130021T000000229367-` / `退耕还林…`, `≥95` / `%`); and a row that a
page break cut in two (Word, WPS and LibreOffice let a row break across pages) is one row
again (`_mend_page_break`).

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
from jsperf.layout import is_label, is_page_number
from jsperf.limits import MAX_PAGES, limit
from jsperf.messages import t
from jsperf.model import Row, Source, Span
from jsperf.readers.decode import read_bytes
from jsperf.readers.segments import is_heading, is_value
from jsperf.readers.text_rows import join_wrapped

SUFFIXES = (".pdf",)
_GAP = 1.5  # a gap wider than this many characters separates two cells

# a page's rows as placed: (top, cells, whether they are a table's row)
_Placed = tuple[float, tuple[str, ...], bool]


def _within(box: tuple[float, float, float, float], line: dict[str, Any]) -> bool:
    """A text line that stands in a table's rows: its middle between the table's top and
    bottom and its words across the table's columns.  (A cell's text that runs past the
    table's right edge is printed there as well: it is the table's, not a line of its own.)"""
    x0, top, x1, bottom = box
    middle = (float(line["top"]) + float(line["bottom"])) / 2
    return top <= middle <= bottom and float(line["x0"]) < x1 and float(line["x1"]) > x0


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


def _page_rows(page: Any) -> list[_Placed]:
    """A page's rows in the order they stand: its tables' rows and the lines between them,
    or, with no table found, rows made of its words by position."""
    placed: list[_Placed] = []
    tables = page.find_tables()
    if tables:
        for table in tables:
            for row, cells in zip(table.rows, table.extract(), strict=True):
                placed.append((row.bbox[1], tuple(join_wrapped((cell or "").split("\n")) for cell in cells), True))
        for line in page.extract_text_lines():
            if not any(_within(table.bbox, line) for table in tables):
                placed.append((line["top"], (line["text"].strip(),), False))
    else:
        placed = [(top, cells, False) for top, cells in word_rows(page.extract_words())]
    placed.sort(key=lambda item: item[0])
    return placed


def _mend_page_break(before: list[_Placed], after: list[_Placed], earlier: set[tuple[str, ...]]) -> None:
    """Join the two halves of a table row a page break cut (`新型经营主体实` on one page,
    `现产值(%)` on the next; `≥95` / `%`): the new page's first table row, after any page
    number and any header row the table repeats (`earlier`: the rows read so far), goes
    into the old page's last one when it fills only cells that row fills, fewer of them,
    and none a value (`≥200`, `5`) where that row has one, a heading or a label of the
    form.  A real next row has values of its own, or is a heading (`社会成本指标` alone) or
    a label (`总分`): it stays a row."""
    last = next((i for i in range(len(before) - 1, -1, -1) if not _page_furniture(before[i])), None)
    if last is None or not before[last][2]:
        return
    first = next((i for i, item in enumerate(after) if not _page_furniture(item) and item[1] not in earlier), None)
    if first is None or not after[first][2] or any(not item[2] for item in after[:first] if not _page_furniture(item)):
        return
    top, upper, _ = before[last]
    lower = after[first][1]
    if len(upper) != len(lower):
        return
    upper_filled = {i for i, cell in enumerate(upper) if cell}
    lower_filled = {i for i, cell in enumerate(lower) if cell}
    if not lower_filled or not lower_filled < upper_filled:
        return
    if any(is_heading(lower[i]) or is_label(lower[i]) or (is_value(lower[i]) and is_value(upper[i]))
           for i in lower_filled):
        return
    before[last] = (top, tuple(join_wrapped([a, b]) for a, b in zip(upper, lower, strict=True)), True)
    del after[first]


def _page_furniture(item: _Placed) -> bool:
    """A page number printed above or below the table, outside it."""
    return not item[2] and len(item[1]) == 1 and is_page_number(item[1][0])


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
            pages_placed: list[list[_Placed]] = []
            earlier: set[tuple[str, ...]] = set()
            for page in document.pages:
                characters += len(page.chars)
                placed = _page_rows(page)
                if pages_placed:
                    _mend_page_break(pages_placed[-1], placed, earlier)
                earlier.update(cells for _, cells, table in placed if table and sum(map(bool, cells)) > 1)
                pages_placed.append(placed)
            for number, placed in enumerate(pages_placed, start=1):
                where = f"{file}[page {number}]"
                rows.extend(Row(cells, Span(where, line), tuple(range(1, len(cells) + 1)))
                            for line, (_, cells, _) in enumerate(placed, start=1))
    except InputError:
        raise
    except Exception as error:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError … on damaged files
        raise InputError(_why(error), Span(file, 1)) from None
    if characters == 0:
        raise InputError(t("pdf.no_text"), Span(file, 1))
    return Source(file, "pdf", tuple(rows))


