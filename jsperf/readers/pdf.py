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
from typing import Any, NamedTuple

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


class _Placed(NamedTuple):
    """A row as it stands on its page."""

    top: float
    cells: tuple[str, ...]
    table: bool = False  # a table's row, not a line of text between tables
    edges: tuple[tuple[float, float] | None, ...] = ()  # each cell's left and right (None: spanned by another)


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
                placed.append(_Placed(row.bbox[1], tuple(join_wrapped((cell or "").split("\n")) for cell in cells), True,
                                      tuple(None if box is None else (box[0], box[2]) for box in row.cells)))
        for line in page.extract_text_lines():
            if not any(_within(table.bbox, line) for table in tables):
                placed.append(_Placed(line["top"], (line["text"].strip(),)))
    else:
        placed = [_Placed(top, cells) for top, cells in word_rows(page.extract_words())]
    placed.sort(key=lambda item: item.top)
    return placed


def _mend_page_break(before: list[_Placed], after: list[_Placed], headers: set[tuple[str, ...]]) -> None:
    """Join the two halves of a table row a page break cut (`新型经营主体实` on one page,
    `现产值(%)` on the next; `≥95` / `%`): the new page's first table row, after any page
    number and any header row the table repeats (`headers`: those read so far), goes
    into the old page's last one when its cells stand under cells that row fills
    (`_beneath`), fewer of them, and none is a value (`≥200`, `5`) where that row has one,
    a label of the form or under one, or a heading under a heading.  A real next row has
    values of its own, or is a heading (`社会成本指标` under `经济成本指标`) or a label
    (`总分`), or stands under the header: it stays a row; `效益` under `接待项目` is the end
    of the indicator's name."""
    last = next((i for i in range(len(before) - 1, -1, -1) if not _page_furniture(before[i])), None)
    if last is None or not before[last].table:
        return
    first = next((i for i, item in enumerate(after) if not _page_furniture(item) and item.cells not in headers), None)
    if first is None or not after[first].table or any(not item.table for item in after[:first]
                                                       if not _page_furniture(item)):
        return
    upper, lower = before[last], after[first]
    under = _beneath(upper, lower)
    if not under or len(under) >= sum(map(bool, upper.cells)):
        return
    if any(not upper.cells[i] or is_label(upper.cells[i]) or is_label(lower.cells[j])
           or (is_value(lower.cells[j]) and is_value(upper.cells[i]))
           or (is_heading(lower.cells[j]) and is_heading(upper.cells[i])) for j, i in under.items()):
        return
    cells = list(upper.cells)
    for j, i in under.items():
        cells[i] = join_wrapped([cells[i], lower.cells[j]])
    before[last] = upper._replace(cells=tuple(cells))
    del after[first]


def _beneath(upper: _Placed, lower: _Placed) -> dict[int, int] | None:
    """Which of the upper row's cells each filled cell of the lower row stands under: by
    their edges (a table on a new page may have a column fewer, the one a rowspan filled),
    or by position where the rows have no edges and as many cells; None where one stands
    under none."""
    under = {}
    for j, cell in enumerate(lower.cells):
        if not cell:
            continue
        if lower.edges and upper.edges and (edge := lower.edges[j]) is not None:
            middle = (edge[0] + edge[1]) / 2
            i = next((i for i, e in enumerate(upper.edges) if e is not None and e[0] <= middle <= e[1]), None)
        else:
            i = j if len(upper.cells) == len(lower.cells) else None
        if i is None:
            return None
        under[j] = i
    return under


def _header(item: _Placed) -> bool:
    """A table's header row, which Word prints again at the top of each page (重复标题行):
    two cells or more, every one a label of the form."""
    filled = list(filter(None, item.cells))
    return item.table and len(filled) > 1 and all(map(is_label, filled))


def _page_furniture(item: _Placed) -> bool:
    """A page number printed above or below the table, outside it."""
    return not item.table and len(item.cells) == 1 and is_page_number(item.cells[0])


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
            headers: set[tuple[str, ...]] = set()
            for page in document.pages:
                characters += len(page.chars)
                placed = _page_rows(page)
                if pages_placed:
                    _mend_page_break(pages_placed[-1], placed, headers)
                headers.update(item.cells for item in placed if _header(item))
                pages_placed.append(placed)
            for number, placed in enumerate(pages_placed, start=1):
                where = f"{file}[page {number}]"
                rows.extend(Row(item.cells, Span(where, line), tuple(range(1, len(item.cells) + 1)))
                            for line, item in enumerate(placed, start=1))
    except InputError:
        raise
    except Exception as error:  # pdfminer raises PSEOF, PDFSyntaxError, KeyError, TypeError … on damaged files
        raise InputError(_why(error), Span(file, 1)) from None
    if characters == 0:
        raise InputError(t("pdf.no_text"), Span(file, 1))
    return Source(file, "pdf", tuple(rows))


