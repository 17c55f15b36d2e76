"""Rows of cells → where each card begins and ends, before any card is read.

A card begins at its title (`项目支出绩效自评表`, `部门整体绩效自评表` …, named by
`layout.form_of_title`) or, without one, at a 项目名称 row when the card open already has
its name; in a workbook it never runs on into the next sheet.  Rows before the first
card that hold an indicator table are the tail of a card the excerpt begins inside.
Text copied one cell a line, and a table flattened into one line of single-space cells
(a cell stream, `text_rows`), is regrouped into table rows here, by the same labels,
once its cells are seen to be in reading order.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterator, Sequence

from jsperf import layout
from jsperf.lang.parse import GLYPHS
from jsperf.model import Row, Span
from jsperf.numbers import FULL_WIDTH, normalise_text
from jsperf.vocabulary import LEVEL1, level1_of, level2_of

# a number, a dash, an operator; in full width too (`１２`, `－`)
_VALUE_STARTS = frozenset("0123456789-—–/.").union(glyph[0] for glyph in GLYPHS)
_VALUE_STARTS |= {c for c in FULL_WIDTH if normalise_text(c) in _VALUE_STARTS}
_SENTENCE = frozenset("，。；")  # a cell holding these is a sentence: a note, not an indicator's name


def segments(rows: Sequence[Row], sheets: bool = False) -> list[tuple[int, int, layout.Form | None]]:
    """(first row, end, form) of every card: a title starts one, and so does a 项目名称
    row when the card open already has its name (or, in a workbook, is on another sheet).
    Rows before the first card that hold an indicator table are the tail of a card the
    excerpt begins inside (form None)."""
    starts: list[tuple[int, layout.Form | None]] = []
    ends: list[int] = []  # where a sheet ends
    named = False
    # a title says 表 and every 项目名称 label 称: in a text the other rows are passed over
    # without a Python step each (a workbook's rows are all looked at, for its sheets' ends)
    for index in range(len(rows)) if sheets else rows_where(rows, _MAY_START):
        row = rows[index]
        if sheets and index and row.span.file != rows[index - 1].span.file:
            ends.append(index)  # a new sheet: the card open ends, a 项目名称 row may open another
            named = False
        cells = row.cells
        first = cells[0] if cells and cells[0].strip() else next(filter(str.strip, cells), "")
        if not first:
            continue
        form = layout.form_of_title(first) if len(first) >= 5 else None
        # a title stands alone (a project card's name may hold `…自评表` in a row of cells); one of a
        # form jsperf does not score starts its card even with the table's first cells on its line
        alone = form is not None and (sum(1 for c in row.cells if c.strip()) <= 2 or not form.scored)
        if alone and not _name_above(rows, index):
            starts.append((index, form))
            named = False
        elif layout.field_of(first) == "name" and _labelled_value(row.cells):
            if named or not starts or (ends and starts[-1][0] < ends[-1]):
                starts.append((index, layout.FORMS["project"]))
            named = True
    segments: list[tuple[int, int, layout.Form | None]] = []
    first_start = starts[0][0] if starts else len(rows)
    if first_start and _holds_indicators(rows[:first_start]):
        segments.append((0, first_start, None))
    for number, (start, form) in enumerate(starts):
        end = starts[number + 1][0] if number + 1 < len(starts) else len(rows)
        segments.append((start, min((e for e in ends if e > start), default=end) if ends else end, form))
    return segments


_MAY_START = re.compile("[表称]").search  # in every title (`form_of_title`), in every name label (`FIELDS`)


def rows_where(rows: Sequence[Row], found: Callable[[str], object]) -> Iterator[int]:
    """The indexes of the rows in whose cells (joined by NULs) `found` finds something,
    without a Python step for each row: most rows of a report are passed over this way."""
    return itertools.compress(itertools.count(), map(found, map("\0".join, map(operator.itemgetter(0), rows))))


def _name_above(rows: Sequence[Row], index: int) -> bool:
    """Whether the row above (blank rows passed over) is a 项目名称 label alone: this row
    is its value, wrapped onto a line of its own, even when the project's name ends like a
    title (`…补助经费支出绩效自评表`)."""
    for above in range(index - 1, max(index - 4, -1), -1):
        filled = [c for c in rows[above].cells if c.strip()]
        if filled:
            return len(filled) == 1 and layout.field_of(filled[0].strip()) == "name"
    return False


def _labelled_value(cells: Sequence[str]) -> bool:
    """`项目名称 | X`: a label and its value, not a list's header row (项目名称 | 全年预算数 | …)."""
    filled = [c for c in cells if c.strip()]
    return len(filled) <= 6 and not any(layout.fund_column_of(c) or layout.field_of(c) for c in filled[1:2])


def _holds_indicators(rows: Sequence[Row]) -> bool:
    """The indicator table's header row, or two or more rows shaped like indicator rows
    (a heading, then at least three cells)."""
    shaped = 0
    for row in rows:
        filled = [c for c in row.cells if c.strip()]
        if starts_indicators([c.strip() for c in row.cells]):
            return True
        if len(filled) >= 4 and is_heading(filled[0]):
            shaped += 1
            if shaped >= 2:
                return True
    return False


_FIRST_ROWS = 200  # the rows looked at for the first 20 that hold something (a copy that kept its empty cells)


def one_cell(rows: Sequence[Row]) -> bool:
    """Text copied from a web table one cell a line: the card's first rows (its table,
    not the prose that may follow the last card of a report) carry a single cell — or
    a single filled one, in a sheet that pads every row to its width (the copy pasted
    into a workbook, a line a row)."""
    head = single = 0  # of the first 20 rows that hold something, how many hold one cell
    for row in rows[:_FIRST_ROWS]:
        filled = sum(1 for cell in row.cells if cell and not cell.isspace())
        if filled > 1:
            head += 1
            if head - single >= 2:
                return False  # two rows of cells among 20 or fewer: not over 90 % single cells
        elif filled:
            head += 1
            single += 1
        if head == 20:
            break
    return head >= 12 and single > 0.9 * head


def out_of_order(rows: Sequence[Row]) -> tuple[Span, str, str] | None:
    """A card's one-cell rows not in reading order: the fund total's row (年度资金总额)
    before the header naming the budget and executed columns, which every form prints
    above it; or, after that header, the total's amounts before its label (a PDF whose
    cells come out column by column).  A workbook or PDF flattened cell by cell in the
    order its merged and wrapped cells happen to lie does this; its values cannot be put
    back in their rows.  Only the total's own names count, not `合计`/`总额`, which a table
    by fund source prints as a column.  Where the misplaced cell is, its text and the
    text it should have come after, or None."""
    cells = [(row, position, text) for row in rows for position, cell in enumerate(row.cells) if (text := cell.strip())]
    early: tuple[Row, int, str] | None = None
    for k, (row, position, text) in enumerate(cells):
        if layout.fund_column_of(text) in ("budget", "executed"):
            if early is not None:
                return early[0].at(early[1]), early[2], text
            return _amounts_before_label(cells[k + 1:])
        if early is None and _total_label(text):
            early = row, position, text
    return None


def _total_label(text: str) -> bool:
    return layout.fund_row_of(text) == "total" and len(layout.key(text)) > 2


def _amounts_before_label(cells: Sequence[tuple[Row, int, str]]) -> tuple[Span, str, str] | None:
    """After the fund header's columns, an amount that comes before the total's label
    printed later (`… 全年执行数 分值 执行率 得分 250000.00 … 年度资金总额`): the label
    begins its row, so its amounts follow it in reading order."""
    for k, (row, position, text) in enumerate(cells):
        if layout.fund_column_of(text) is not None:
            continue  # the header's other columns
        if not is_value(text):
            return None  # a row's label (or a word the header wrapped): in order as far as this tells
        label = next((later for _, _, later in cells[k + 1:] if _total_label(later)), None)
        return (row.at(position), text, label) if label is not None else None
    return None


def is_value(text: str) -> bool:
    """A cell that holds a value rather than a label: a number, an amount, a rate, a dash.
    (Its first character decides, in full width too: asked of nearly every cell.)"""
    t = text.lstrip()
    return not t or t[0] in _VALUE_STARTS or t.rstrip() in ("无", "是", "否")


def _starts_row(text: str) -> bool:
    return layout.is_row_head(text) or is_heading(text)


def regroup(rows: Sequence[Row], blanks: bool = True) -> list[Row]:
    """One-cell rows (and the cells of the few rows among them that hold several, such as
    a 总分 row on a line of its own after a cell stream) back into table rows, by the
    form's labels: a row head or a heading starts a row and the values after it join it
    (a unit, `%`, is a value's 度量单位 cell, never a name); after a row's values, a text
    is its deviation note when a new row starts right after it, or when it reads as a
    sentence (`供货延迟，下半年补齐`: names hold no `，`) and a text, the next name, follows
    it; else it is the next indicator's name.  Most copies drop their empty cells, and
    indicator rows read this way are checked for ambiguity by the card reader.  A copy
    that printed them (`|` alone on a line) keeps each in its place, and an indicator row
    has as many cells after its name as the header names columns after 三级指标: up to the
    next row's head, those cells are the row's, whatever they hold (a text target after
    分值, a text actual).  Rows regrouped because their lines broke elsewhere (`reflowed`)
    hold no such blanks: `blanks` False."""
    kept = blanks and any(len(row.cells) == 1 and not row.cells[0].strip() for row in rows)
    items = [(row, text) for row in rows for cell in row.cells if (text := cell.strip()) or kept]
    following_texts = [""] * len(items)  # the next filled cell after each (empty cells passed over)
    for k in range(len(items) - 2, -1, -1):
        following_texts[k] = items[k + 1][1] or following_texts[k + 1]
    grouped: list[Row] = []
    cells: list[str] = []
    first: Row | None = None
    valued = False
    after: int | None = None  # in a copy that kept its empty cells: the indicator header's columns after 三级指标
    owed = 0  # the cells of the indicator row read that are still to come
    paired = False  # the row read is label–value pairs (`_opens_pairs`)

    def close() -> None:
        nonlocal after
        assert first is not None
        grouped.append(Row(tuple(cells), first.span, tuple(range(1, len(cells) + 1))))
        if kept and (keys := [layout.key(c) for c in cells]) and "三级指标" in keys and starts_indicators(cells):
            after = max(i for i, c in enumerate(cells) if c) - keys.index("三级指标")

    for k, (row, text) in enumerate(items):
        if owed and not (text and _starts_row(text)):  # a row cut short ends where the next one starts
            cells.append(text)
            owed -= 1
            continue
        owed = 0
        if not text:
            if first is not None:
                cells.append(text)  # an empty cell the copy kept: in its place in the row
            continue
        if cells and not is_value(text) and not is_heading(text) and is_heading(cells[-1] + text):
            cells[-1] += text  # a heading broken over two lines: `经济效益` / `指标`
            continue
        label = not is_value(text) and text not in layout.UNIT_WORDS and text not in layout.VERDICT_WORDS
        starts = (_starts_row(text) and not _heading_as_name(cells, text, following_texts[k])) or (
            label and _second_header(cells, text))
        opens_pairs = label and not starts and not paired and _opens_pairs(items, k)
        if first is not None and label and (valued or starts or opens_pairs):
            if paired and valued and not starts and is_value(following_texts[k]):
                cells.append(text)  # the next label of a row of label–value pairs
                continue
            following = following_texts[k]
            if valued and not starts and (not following or _starts_row(following)
                                          or (not _SENTENCE.isdisjoint(text) and not is_value(following))):
                cells.append(text)  # the row's note: a new row begins after it, or a sentence before a name
                continue
            close()
            cells, first, valued, paired = [], None, False, False
        if starts and layout.is_one_of(text, layout.TOTALS):
            after = None  # the total closes the indicator table
        first = first or row
        paired = paired or opens_pairs
        cells.append(text)
        valued = valued or not label
        if after is not None and label and not starts:
            owed, valued = after, True  # an indicator's name: its row's cells follow, then the next row
    if first is not None:
        close()
    return grouped


def _opens_pairs(items: Sequence[tuple[Row, str]], k: int) -> bool:
    """Whether the cell at `k` opens a fund row printed as label–value pairs under the
    block's header (Hebei: `预算数 6.84 到位数 6.84 执行数 6.84 100.00`): an amount's
    column, a value, and another label after it.  Such a row is one, though a label
    after a value otherwise begins the next."""
    if layout.fund_column_of(items[k][1]) not in ("initial", "budget", "executed"):
        return False
    after = list(itertools.islice((text for _, text in itertools.islice(items, k + 1, None) if text), 2))
    return len(after) == 2 and is_value(after[0]) and not is_value(after[1])


def _heading_as_name(cells: list[str], text: str, following: str) -> bool:
    """An indicator whose name reads as a heading, right after a 二级 heading: its name, not
    a new row — when a value follows it (a heading is followed by a name or a heading,
    never by a value: `数量指标` / `成本` / `≥100元`), or when it is a short name of the
    section it sits in (`满意度` under 满意度指标 / 服务对象满意度指标: a section does not
    open twice; its full name, `效益指标` after 生态效益指标, is its heading printed again
    at a page break)."""
    if not cells or not is_heading(text) or not is_heading(cells[-1]) or level1_of(cells[-1]) is not None:
        return False
    section = level1_of(text)
    return (bool(following) and is_value(following)) or (
        section is not None and "".join(text.split()) != section and level2_of(section, cells[-1]) is not None)


def reflowed(rows: Sequence[Row]) -> bool:
    """Rows whose line breaks are not the table's (a site's text view that broke its lines
    where the cells' own text did): twice or more, a row's head — a fund row's label, a
    heading, the indicator or goal block's label — stands last on a line, after a value
    (`| 387664.62 | 10 | 100% | 10 | 其中:当年财政拨款 |`).  In a table a row's head
    begins its row, after nothing but labels (`绩效指标 | 效益指标 | 经济效益指标`)."""
    seen = 0
    for row in rows:
        cells = row.cells
        if len(cells) < 2:
            continue
        last = next((c for c in reversed(cells) if c and not c.isspace()), "")
        if is_value(last):
            continue  # most rows end in a value (or hold nothing); the rest are asked more
        filled = [c for c in map(str.strip, cells) if c]
        if len(filled) < 2 or not any(map(is_value, filled[:-1])):
            continue  # and of the rest, most are labels alone; the lookups below are for the few that are not
        if layout.fund_row_of(last) is not None or is_heading(last) or (
                layout.may_be_label(last) and layout.starts_with(last, (*layout.INDICATORS, *layout.GOALS))):
            seen += 1
            if seen == 2:
                return True
    return False


def _second_header(cells: list[str], text: str) -> bool:
    """`指标性质` (or `度量单位`) after a header row that already named the columns after
    年度指标值: the second header row, which splits 年度指标值 into its parts."""
    return any(word in text for word in layout.PART_WORDS) and layout.indicator_column_of(text) in (
        "nature", "unit") and any(
        layout.indicator_column_of(c) in ("actual", "weight", "points") for c in cells if c)


def starts_indicators(cells: list[str]) -> bool:
    """The header row of the indicator table: 绩效指标 | 一级指标 | 二级指标 …, or one that
    opens on 三级指标 and names the columns after it (`三级指标 | 预期指标值(A) | …`), the
    一级 and 二级 header cells wrapped onto lines of their own above it."""
    return _starts_indicators(tuple(cells))


@functools.lru_cache(maxsize=4096)
def _starts_indicators(cells: tuple[str, ...]) -> bool:
    """`starts_indicators`, read once for a row a report repeats."""
    keys = [layout.key(c) for c in cells if c]
    return "一级指标" in keys or ("三级指标" in keys and "二级指标" in keys) or (
        bool(keys) and (keys[0] == "三级指标" or layout.starts_with(keys[0], layout.INDICATORS)) and
        sum(1 for c in cells if c and layout.indicator_column_of(c)) >= 3)


@functools.lru_cache(maxsize=8192)
def is_heading(text: str) -> bool:
    """A 一级 or 二级 heading in any of its spellings."""
    return level1_of(text) is not None or any(level2_of(l1, text) for l1 in LEVEL1)
