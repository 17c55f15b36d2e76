"""Text → rows of cells, whatever tool printed the table.

A scorecard copied out of a PDF, a web page, a Word or Excel file reaches us in one of a
handful of text layouts, often mixed in one file (a narrative in plain lines, then a
table), so the layout is decided line by line or block by block, never once per file:

tab         cells split on tabs (PDF extraction; kept exactly as it always was read); a
            sheet pasted from Excel quotes a cell that holds a line break, and that
            row is put back on one line first (`_excel_rows`)
pipe        `a | b | c |` or `| a | b |`, one table row a line, runs of empty cells `||||`
pipe-cells  one cell a line followed by ` |` (or a lone `|`: an empty cell), a line of
            pipes only (`||||`) ending the row: an HTML table rendered cell by cell; a
            "row" of more than 20 cells lost its row ends and is cut at the period its
            cells repeat with (every row of the table has as many), or else one cell a row
aligned     cells separated by two or more spaces and aligned by display width
            (`pdftotext -layout`): the column grid of the block puts every cell in its
            column, so that a vanished empty cell comes back as ""
spaces      a flattened .docx/.xls: cells run together, one space apart (`产 出 指 标`,
            single characters one space apart, are one word again); only in a file with no
            tab or pipe table, where a single space is all that separates cells.  A line
            of more cells than any table row is a whole table flattened (a cell stream,
            `streams.py`): one cell a row, regrouped by the card reader as `cells` are
cells       one field a line, blank lines and indentation between (no row boundaries: the
            card reader regroups the cells); blank lines are dropped.  Its amounts stand on
            lines of their own: where numbers sit inside lines of several words more often
            than alone, the lines are table rows one space apart (`spaces`), however many
            one-cell lines (wrapped labels, `指标2:` filler) lie between them
lines       prose: a line is one cell

Every row keeps the line it starts on and the column of each cell (1 for a cell gathered
from several lines).  The tab path is the fast path: a line holding a tab is split and
nothing else is looked at.
"""

from __future__ import annotations

import csv
import functools
import re
from bisect import bisect_right
from collections import Counter
from itertools import pairwise

from jsperf.errors import display_width
from jsperf.gcpause import paused
from jsperf.model import Row, Span, new_span
from jsperf.readers.streams import STREAM, stream_rows

LAYOUTS = ("tab", "pipe", "pipe-cells", "aligned", "spaces", "cells", "lines")
_TABLE_LAYOUTS = ("tab", "pipe", "pipe-cells", "aligned", "spaces")
_PIPE_GAP = 4  # lines without a pipe that may sit inside one pipe table (wrapped cells)
_ALIGNED_GAP = 2  # lines that may sit between two aligned lines of one block
_MAX_CELLS = 20  # a pipe-cells "row" longer than this lost its row ends: one cell a row
_SHORT = 30  # a one-cell line this short, not a sentence, is a field of a cell-per-line table
_ROW_CELLS = 16  # no row of a form has more cells: a line of more single-spaced words is flattened
_SENTENCE = frozenset("。，；！？")
_SENTENCE_END = ("。", "；", "！", "？")
_CELL = re.compile(r"\S+(?: \S+)*")  # a cell of an aligned line: words one ASCII space apart
_WORD = re.compile(r"\S+")
_YEAR = re.compile(r"[(（]?(?:19|20)\d\d")  # a year's digits, as a word before its 年
_AMOUNT = re.compile(r"[≥≤<>=]?\d+(?:\.\d+)?%?")  # a cell that is a number, as fullmatch
_BLANK, _FIRST_COLUMN = ("",), (1,)  # a blank line's cells and columns, shared


def rows_of_text(text: str, file: str) -> tuple[list[Row], str]:
    """The rows of a text and the name of its dominant layout (one of `LAYOUTS`).  (The
    collector is paused: rows hold no cycles, and a large report's are many.)"""
    with paused():
        lines = text.splitlines()
        joined: set[int] = set()
        if "\t" in text and '"' in text:
            lines, joined = _excel_rows(lines)
        reader = _Reader(lines, file, glued="\t" not in text and "|" not in text, joined=joined)
        return reader.read()


def _excel_rows(lines: list[str]) -> tuple[list[str], set[int]]:
    """Excel's clipboard text (a sheet pasted into a file): a cell holding a line break is
    put in quotes (`"群众` / `知晓率"`, a quote inside doubled), so one row runs over several
    lines.  Each such row is put back on its first line, its quoted cells read as Excel
    wrote them and their line breaks joined as a wrap is (`join_wrapped`: `生态` / `效益` is
    `生态效益`); the lines it ran over are left empty, so that every line keeps its
    number, and returned, so that none of them reads as a blank line of the table.  Lines
    with no open quote are not touched (a quoted word in a PDF's text, `"及时"`, stays as
    printed)."""
    out = list(lines)
    joined: set[int] = set()
    index = 0
    while index < len(out):
        if '"' in out[index] and _open_quote(out[index]):
            end, quoted = index, True
            while quoted and end + 1 < min(index + _CELL_LINES, len(out)):
                end += 1
                quoted = _open_quote(out[end], quoted=True)
            if not quoted:  # (a quote never closed is no cell's: those lines stay as they are)
                cells = next(csv.reader(["\n".join(out[index:end + 1])], delimiter="\t", strict=False))
                out[index:end + 1] = ["\t".join(join_wrapped(cell.split("\n")) for cell in cells)] + [""] * (end - index)
                joined.update(range(index + 1, end + 1))
            index = end  # each line is looked at once or twice, whatever the text holds
        index += 1
    return out, joined


_CELL_LINES = 20  # the most lines one quoted cell may run over
_NOTE_LENGTH = 12  # the longest bracketed note after a name (`(20分*执行率)`)


def _open_quote(line: str, quoted: bool = False) -> bool:
    """Whether a line of tab cells ends inside a quoted cell (one that begins with `"`);
    `quoted`: whether it begins inside one, a cell the line before left open."""
    start, position = not quoted, 0
    while position < len(line):
        char = line[position]
        if quoted:
            if char == '"':
                if line.startswith('"', position + 1):
                    position += 1  # a doubled quote: a quote inside the cell
                else:
                    quoted = False
        else:
            quoted = char == '"' and start
            start = char == "\t"
        position += 1
    return quoted


class _Reader:
    def __init__(self, lines: list[str], file: str, glued: bool, joined: set[int]) -> None:
        self.lines = lines
        self.joined = joined  # the lines an Excel cell ran over, read with the line it began on
        self.file = file
        self.glued = glued  # no tab or pipe table anywhere: single spaces separate cells
        self.rows: list[Row] = []
        self.counts = dict.fromkeys(_TABLE_LAYOUTS, 0)
        self.short = 0  # one-cell lines that look like fields
        self.prose = 0  # one-cell lines that are sentences
        self.lone_numbers = 0  # one-cell lines that are a number (a cell-per-line copy's amounts)
        self.row_numbers = 0  # numbers inside lines of several cells (a row-per-line copy's)
        self.wide = 0  # single-spaced lines of more words than a form row has cells (`_ROW_CELLS`)
        self.span = functools.partial(new_span, file)  # a span of this file at a line

    def read(self) -> tuple[list[Row], str]:
        lines, file, rows = self.lines, self.file, self.rows
        append, new_row, span_ = rows.append, tuple.__new__, self.span  # locals: the loop runs once a line
        run = -1  # first line of the current run of lines without a tab
        tabs = 0
        # a report repeats its template's lines card after card (`\t\t社会成本指标\t…`): a
        # line seen before shares its cells and columns, split once (half the lines of a
        # large report, and half its rows' memory)
        split: dict[str, tuple[tuple[str, ...], tuple[int, ...]]] = {}
        cells_seen: dict[str, str] = {}
        pool = cells_seen.setdefault  # and a cell seen before (a heading, a unit, a verdict) is the same string
        for index, line in enumerate(lines):
            if "\t" in line:
                if run >= 0:
                    self._run(run, index)
                    run = -1
                parts = split.get(line)
                if parts is None:
                    pieces = line.split("\t")
                    cells = tuple(map(pool, pieces, pieces))
                    cols, col = [], 1
                    for cell in cells:
                        cols.append(col)
                        col += len(cell) + 1
                    parts = split[line] = cells, tuple(cols)
                append(new_row(Row, (parts[0], span_(index + 1), parts[1])))
                tabs += 1
            elif run < 0:
                run = index
        if run >= 0:
            self._run(run, len(lines))
        self.counts["tab"] = tabs
        layout = self._layout()
        if layout == "cells":  # a line is a cell, spaces and all (`≤ 105348 元`, `年度 总体 目标`)
            self.rows = [Row((line.strip(),), Span(file, number), (len(line) - len(line.lstrip()) + 1,))
                         for number, line in enumerate(lines, start=1) if line.strip()]
        return self.rows, layout

    def _layout(self) -> str:
        counts = self.counts
        table = sum(counts.values())
        # one field a line, more of them than table lines (never beside a tab or pipe
        # table, whose blank rows are kept, nor beside rows or pages flattened into lines
        # between short ones, such as the title a document preview repeats on each page)
        if (self.glued and self.short >= 5 and self.short >= table and self.short >= self.prose
                and self.lone_numbers >= self.row_numbers and not self.wide):
            return "cells"
        if table:
            return max(_TABLE_LAYOUTS, key=lambda name: counts[name])
        return "lines"

    # ------------------------------------------------------------ runs without tabs

    def _run(self, start: int, end: int) -> None:
        """Lines start..end-1, none with a tab: pipe tables where there are pipes, the
        rest line by line or in aligned blocks."""
        lines = self.lines
        pipes = [i for i in range(start, end) if "|" in lines[i]]
        at = start
        index = 0
        while index < len(pipes):
            first = last = pipes[index]
            index += 1
            while index < len(pipes) and pipes[index] - last - 1 <= _PIPE_GAP:
                last = pipes[index]
                index += 1
            if self._pipe_cells(first, last):
                begin = first
                # the cell before a region's first `|` sits on the line above it
                if (not lines[first].lstrip().rstrip("|").strip() and first - 1 >= at
                        and lines[first - 1].strip()):
                    begin = first - 1
                self._free(at, begin)
                self._cells_region(begin, last + 1)
            else:
                self._free(at, first)
                self._pipe_region(first, last + 1)
            at = last + 1
        self._free(at, end)

    def _pipe_cells(self, first: int, last: int) -> bool:
        """Is the pipe region first..last written one cell a line? Most of its lines
        then hold one cell and its closing pipe, and lines of pipes alone end the rows —
        or no line holds two cells (a table whose every row is one cell is none)."""
        cellish = rowish = ends = plain = 0
        for i in range(first, last + 1):
            text = self.lines[i].strip()
            if not text:
                continue
            pipes = text.count("|")
            if not pipes:
                plain += 1
            elif not text.replace("|", "").strip():
                if pipes == 1:
                    cellish += 1
                else:
                    ends += 1
            elif pipes == 1 and text.endswith("|"):
                cellish += 1
            else:
                rowish += 1
        return cellish > 0 and cellish > 2 * rowish and (ends + plain > 0 or not rowish)

    def _pipe_region(self, start: int, end: int) -> None:
        """One table row a line: `a | b |`, `| a | b |`, `a | | ||||`.  Where every row
        opens with `|` it is markdown's border; where only some do, it closes an empty
        first cell (a rowspan's label printed on the row above, a cell that wrapped)."""
        lines, file, append = self.lines, self.file, self.rows.append
        piped = [lines[i].lstrip()[:1] == "|" for i in range(start, end) if "|" in lines[i]]
        border = all(piped)
        for i in range(start, end):
            line = lines[i]
            if "|" not in line:
                self._free(i, i + 1)
                continue
            left = len(line) - len(line.lstrip())
            right = len(line.rstrip())
            if line[left] == "|" and (border or not line.strip(" |")):
                left += 1
            if right > left and line[right - 1] == "|":
                right -= 1
            cells: list[str] = []
            cols: list[int] = []
            at = left
            while True:
                bar = line.find("|", at, right)
                stop = right if bar < 0 else bar
                part = line[at:stop]
                cell = part.strip()
                cells.append(cell)
                cols.append(at + (len(part) - len(part.lstrip()) if cell else 0) + 1)
                if bar < 0:
                    break
                at = bar + 1
            append(Row(tuple(cells), Span(file, i + 1), tuple(cols)))
            self.counts["pipe"] += 1

    def _cells_region(self, start: int, end: int) -> None:
        """One cell a line, each closed by a pipe (a lone `|` closes an empty cell), a
        line of two or more pipes alone ending the row; a cell's text may wrap over
        several lines, which are joined."""
        lines, file, append = self.lines, self.file, self.rows.append
        cells: list[str] = []
        where: list[int] = []  # the line each cell starts on
        pending: list[str] = []  # the current cell's pieces
        first = -1  # the line the current row starts on
        start_of_cell = -1
        ended = False  # a line of pipes alone was printed: the table's rows are marked off

        def close() -> None:
            cells.append(join_wrapped(pending))
            where.append(start_of_cell)
            pending.clear()

        def emit() -> None:
            if len(cells) <= _MAX_CELLS:
                append(Row(tuple(cells), Span(file, first + 1), (1,) * len(cells)))
                return
            # no row ends were printed: where a line of pipes marks the table off, rows of
            # the period its cells repeat with (every row of an HTML table has as many
            # cells); else (the cells of several tables of other widths, a period would cut
            # them anywhere) or where none clearly repeats, one cell a row
            period = _period(cells) if ended else 0
            if period:
                for at in range(0, len(cells), period):
                    chunk = tuple(cells[at:at + period])
                    append(Row(chunk, Span(file, where[at] + 1), (1,) * len(chunk)))
                return
            for cell, line in zip(cells, where, strict=True):  # (an empty one kept in its place)
                append(Row((cell,), Span(file, line + 1), (1,)))

        for i in range(start, end):
            text = lines[i].strip()
            if not text:
                continue
            self.counts["pipe-cells"] += 1
            if text.count("|") >= 2 and not text.replace("|", "").strip():
                if pending:
                    close()
                ended = True
                if cells:
                    emit()
                    cells.clear()
                    where.clear()
                first = -1
                continue
            if first < 0:
                first = i
            for number, part in enumerate(text.split("|")):
                if number:  # a pipe closes the cell; an empty one starts where its pipe is
                    if not pending:
                        start_of_cell = i
                    close()
                part = part.strip()
                if part:
                    if not pending:
                        start_of_cell = i
                    pending.append(part)
        if pending:
            close()
        if cells:
            emit()

    # ------------------------------------------------------------ lines without pipes

    def _free(self, start: int, end: int) -> None:
        """Lines without tabs or pipes: aligned blocks where two or more lines share a
        column grid, the other lines one by one."""
        if start >= end:
            return
        lines = self.lines
        aligned: list[tuple[int, list[tuple[int, str]]]] = []
        for i in range(start, end):
            stripped = lines[i].strip()
            if "  " in stripped or "\u3000" in stripped or "\xa0" in stripped:
                cells = [(m.start(), m.group()) for m in _CELL.finditer(lines[i])]
                if len(cells) >= 2:
                    aligned.append((i, cells))
        blocks: list[list[tuple[int, list[tuple[int, str]]]]] = []
        for item in aligned:
            if blocks and item[0] - blocks[-1][-1][0] - 1 <= _ALIGNED_GAP:
                blocks[-1].append(item)
            else:
                blocks.append([item])
        lone = {i: cells for block in blocks if len(block) == 1 for i, cells in block}
        at = start
        for block in blocks:
            if len(block) < 2:
                continue
            for i in range(at, block[0][0]):
                self._line(i, lone.get(i))
            self._grid(block[0][0], block[-1][0] + 1)
            at = block[-1][0] + 1
        for i in range(at, end):
            self._line(i, lone.get(i))

    def _line(self, i: int, gapped: list[tuple[int, str]] | None) -> None:
        """One line on its own: blank, a sentence, a flattened table row (single spaces),
        a lone line of cells two spaces apart, or one cell."""
        line, span = self.lines[i], self.span(i + 1)
        stripped = line.strip()
        if not stripped:
            if i not in self.joined:
                self.rows.append(tuple.__new__(Row, (_BLANK, span, _FIRST_COLUMN)))
            return
        if self.glued and (" " in stripped or gapped) and not _is_prose(stripped):
            words = _words(line)
            self.row_numbers += sum(1 for _, word in words if _AMOUNT.fullmatch(word))
            if len(words) > STREAM:  # no table row is this wide: a whole table's cells in reading order
                self.rows.extend(stream_rows(words, span))
                self.counts["spaces"] += 1
                return
            if len(words) >= 2:
                self.rows.append(Row(tuple(w for _, w in words), span, tuple(c + 1 for c, _ in words)))
                self.counts["spaces"] += 1
                self.wide += len(words) > _ROW_CELLS
                return
        elif gapped and not self.glued:
            self.rows.append(Row(tuple(c for _, c in gapped), span, tuple(c + 1 for c, _ in gapped)))
            self.counts["aligned"] += 1
            return
        if self.glued:  # the counts that tell a cell-per-line file from prose
            if len(stripped) <= _SHORT and _SENTENCE.isdisjoint(stripped):
                self.short += 1
                self.lone_numbers += _AMOUNT.fullmatch(stripped) is not None
            else:
                self.prose += 1
        self.rows.append(Row((stripped,), span, (len(line) - len(line.lstrip()) + 1,)))

    def _grid(self, start: int, end: int) -> None:
        """A block of aligned lines: columns are the display positions where cells of
        two or more lines start (neighbours one apart count as one), and every cell goes
        to the last column starting at or before it."""
        lines, file = self.lines, self.file
        found: list[tuple[int, list[tuple[int, int, str]]]] = []  # line, [(char, display, text)]
        starts: Counter[int] = Counter()
        for i in range(start, end):
            line = lines[i]
            cells = []
            width = 0
            last = 0
            for match in _CELL.finditer(line):
                width += display_width(line[last:match.start()])
                cells.append((match.start(), width, match.group()))
                width += display_width(match.group())
                last = match.end()
            found.append((i, cells))
            if len(cells) >= 2:
                starts.update({display for _, display, _ in cells})
        columns: list[int] = []
        group: list[int] = []
        for value in sorted(starts):
            if group and value - group[-1] > 1:
                if sum(starts[v] for v in group) >= 2:
                    columns.append(group[0])
                group = []
            group.append(value)
        if group and sum(starts[v] for v in group) >= 2:
            columns.append(group[0])
        for i, cells in found:
            span = Span(file, i + 1)
            if not cells:
                self.rows.append(Row(("",), span, (1,)))
                continue
            self.counts["aligned"] += 1
            if not columns:
                self.rows.append(Row(tuple(t for _, _, t in cells), span, tuple(c + 1 for c, _, _ in cells)))
                continue
            placed: dict[int, tuple[int, str]] = {}
            column = -1
            for char, display, text in cells:
                column = max(bisect_right(columns, display + 1) - 1, 0, column + 1)
                placed[column] = (char, text)
            size = max(len(columns), column + 1)
            line = lines[i]
            out = [placed[k][1] if k in placed else "" for k in range(size)]
            cols = [placed[k][0] + 1 if k in placed else _char_col(line, columns[min(k, len(columns) - 1)])
                    for k in range(size)]
            self.rows.append(Row(tuple(out), span, tuple(cols)))


def _period(cells: list[str]) -> int:
    """The number of columns of a table whose cells came without row ends: the period
    at which empty, numeric and text cells line up best (each column mostly one kind),
    if one clearly does; else 0."""
    kinds = [0 if not cell else 1 if len(cell) <= 16 and any(ch.isdigit() for ch in cell) else 2 for cell in cells]
    scores = {}
    for period in range(3, min(_MAX_CELLS, len(cells) // 3) + 1):  # a period seen three times at least
        columns = [Counter(kinds[k::period]) for k in range(period)]
        scores[period] = sum(max(c.values()) / sum(c.values()) for c in columns) / period
    if not scores:
        return 0
    best = max(scores.values())
    if best < 0.75:
        return 0
    return min(period for period, score in scores.items() if score >= best - 0.03)


def join_wrapped(lines: list[str]) -> str:
    """A cell's text from the lines it was wrapped into.  A wrap is not a space: Chinese,
    numbers and codes run on (`≥95` / `%` is `≥95%`, `51130021T000000229367-` / `退耕还林`);
    only between two Latin letters did the wrap take the place of a space."""
    text = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if text and _latin(text[-1]) and _latin(line[0]):
            text += " "
        text += line
    return text


def _latin(character: str) -> bool:
    return character.isascii() and character.isalpha()


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _is_prose(stripped: str) -> bool:
    """A sentence: Chinese sentence punctuation, and spaces only where PDF extraction
    puts them around numbers and Latin words (`支出 0.00 万元，`), never between two
    Chinese words — but not a row of three numbers or more that does not end a sentence
    (`指标2 ≥5 6 10 完成得满分，未完成按比例扣分 10 10`, `… 10 9 供货延迟，下半年补齐`: a cell
    that holds a comma), nor a row of three numbers in a row, whatever ends it (`年度资金总额
    45 45 10 100% 10 执行率*该指标分值,最高不得超过分值上限。`: a last cell that is a sentence)."""
    if _SENTENCE.isdisjoint(stripped):
        return False
    words = stripped.split()
    amounts = "".join("n" if _AMOUNT.fullmatch(word) else "-" for word in words)  # where its numbers stand
    if amounts.count("n") >= 3 and (not stripped.endswith(_SENTENCE_END) or "nnn" in amounts):
        return False
    return all(a[-1].isascii() or b[0].isascii() for a, b in pairwise(words))


def _words(line: str) -> list[tuple[int, str]]:
    """The words of a flattened row with their character positions, a word one space
    after another joined to it where the two are one cell (`_run_on`)."""
    words: list[tuple[int, str]] = []
    run = False  # the last word is a run of single Chinese characters
    end = -2
    for match in _WORD.finditer(line):
        text = match.group()
        single = len(text) == 1 and _cjk(text)
        joined = _run_on(words[-1][1], text, run and single) if words and match.start() == end + 1 else None
        if joined is not None:
            words[-1] = (words[-1][0], joined)
            run = run and " " not in joined  # (a bracketed note ends a run)
        else:
            words.append((match.start(), text))
            run = single
        end = match.end()
    return words


def _run_on(previous: str, text: str, in_run: bool) -> str | None:
    """The one word `text` makes with the word one space before it, or None: single
    Chinese characters one space apart (`产 出 指 标`, `in_run`), a year and the 年 PDF
    text puts a space before (`2017 年部门整体支出绩效评价得分表`, `(2019 年度)`), a heading
    whose 指标 wrapped (`经济效益 指标`); and a label or name with the note in brackets it
    prints after a space (`助农增收 (元)`, `年度绩效目标1 (80分)`), kept as printed."""
    if text[0] in "(（" and text[-1] in ")）" and len(text) <= _NOTE_LENGTH and any(map(_cjk, previous)):
        return f"{previous} {text}"
    if in_run or (text[0] == "年" and _YEAR.fullmatch(previous)) or (
            text == "指标" and _cjk(previous[-1]) and not previous.endswith("指标")):
        return previous + text
    return None


def _char_col(line: str, display: int) -> int:
    """The 1-based character column at a display position of a line (past its end, as
    if it went on in spaces)."""
    width = 0
    for index, ch in enumerate(line):
        if width >= display:
            return index + 1
        width += display_width(ch)
    return len(line) + 1 + max(0, display - width)
