"""Rows of cells → scorecards: the one card reader behind every source kind.

Where each card begins is `segments.py`'s job; here its parts are found by the labels in
`jsperf.layout`, never by column positions, because extraction shifts cells: headings
wrap (`生态效益 指标` on a line of its own), words split (`基本达成 目标`), blank cells
come and go, a table's rowspan repeats or drops its label.  The indicator columns are
read in the order the card's own header row names them, so one reader serves the MOF
form, the 指标性质/指标值/度量单位 variant, Sichuan's, the 20-point execution form and the
衔接 form with 分值 before the targets.

A card is read as far as it goes.  What is missing becomes one JS406 finding, cells that
cannot be read are named (JS404, JS408), and a card whose weights or values are
incomplete is marked so that its total is reported as not recomputable (JS407) rather
than as wrong.  Forms that are not project scorecards are recognised by their title and
reported as what they are (JS405).  Every value keeps the row it came from.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from itertools import combinations
from typing import NamedTuple

import attrs

from jsperf import layout
from jsperf.codes import finding
from jsperf.gcpause import paused
from jsperf.lang.parse import ASCII, GLYPHS, op_of
from jsperf.messages import t
from jsperf.model import (
    Actual,
    Finding,
    Funds,
    Indicator,
    IndicatorSet,
    Op,
    Project,
    Quantity,
    Report,
    Reported,
    Row,
    Span,
    Target,
    new_span,
)
from jsperf.numbers import normalise_text, parse_decimal, split_quantity, unit_of
from jsperf.readers.claims import read_claims
from jsperf.readers.segments import (
    is_heading,
    is_value,
    one_cell,
    out_of_order,
    reflowed,
    regroup,
    segments,
    starts_indicators,
)
from jsperf.vocabulary import LEVEL1, is_cost, level1_of, level2_of, squash

# whether a cell may be one of the form's labels (`layout.may_be_label`), asked before the
# label lookups: a report's amounts and names, never labels, then cost one look each
_may_be_label = functools.lru_cache(maxsize=16384)(layout.may_be_label)
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_OP = re.compile("^(" + "|".join(map(re.escape, sorted(GLYPHS, key=len, reverse=True))) + r")\s*")
_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度?\s*[)）]?|(\d{4})\s*年度")
_FORM_GLYPHS = frozenset({*ASCII.values(), "≥", "≤"})  # the form's own operators; others get JS311
_PREFIXES = tuple(sorted(layout.PREFIX_WORDS, key=len, reverse=True))
_RANGE = re.compile(r"^([+-]?\d+(?:\.\d+)?)\s*(%?)\s*(?:" + "|".join(map(re.escape, layout.RANGE_MARKS))
                    + r")\s*([+-]?\d+(?:\.\d+)?)\s*(\S*)$")
_MONEY_SUFFIX = re.compile(r"\s*(万元|万|元)$")
_UNNAMED = "（未具名）"
_UNIT_NOTE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")
_UNIT_LINE = re.compile(r"(?:金额)?单位\s*[:：]")  # the table's unit (`主管部门(盖章): 单位:万元`): no field's value
_PLACEHOLDERS = frozenset({"", "……", "…", "...", "-", "—", "/", "无"})
_BLANK_NAME = re.compile(r"指标\s*\d*\s*[:：]?\s*[/／—-]?")  # `指标2:`, `指标1:/ / /` (not applicable)

# the columns of the standard form after 三级指标, when a card prints no header row, and
# of the 指标性质 / 指标值 / 度量单位 variant
_STANDARD = ("target", "actual", "weight", "points", "note")
_SPLIT = ("nature", "target", "unit", "actual", "weight", "points", "note")
_TARGET_PARTS = frozenset({"nature", "target", "unit"})  # what the 指标性质/指标值/度量单位 form splits 年度指标值 into


def _printed(text: str) -> str:
    """A target or actual as the form means it: LaTeX's `$` and `\\%` left by PDF
    extraction dropped, full-width digits and signs made ASCII."""
    return normalise_text(text.replace("$", "").replace("\\%", "%")).strip()


def _names_project(row: Row) -> bool:
    """A 项目名称 row with its value (`项目名称 | X`): where a card that prints no title begins."""
    filled = [c for c in row.cells if c.strip()]
    return len(filled) > 1 and layout.field_of(filled[0]) == "name"


def join_cjk(text: str) -> str:
    """Undo the spaces extraction puts inside wrapped Chinese text."""
    text = text.strip()
    if " " not in text and text.isprintable():  # no whitespace at all (the rest of it is unprintable)
        return text
    return _CJK_GAP.sub("", text)


def read_rows(rows: Sequence[Row], file: str, notes: Sequence[Finding] = (), sheets: bool = False) -> Report:
    """Every card in the rows, the report's narrative claims, and what the reading found.
    With `sheets` (a workbook), a card never runs on from one sheet into the next."""
    with paused():
        projects: list[Project] = []
        problems: list[Finding] = list(notes)
        for start, end, form in segments(rows, sheets):
            card = _Card(rows, start, end, file, form)
            project = card.read()
            problems.extend(card.problems)
            if project is not None:
                projects.append(project)
        return Report(file, tuple(projects), read_claims(rows), tuple(problems))


def _scored(form: layout.Form | None, rows: Sequence[Row]) -> bool:
    """Whether a card is a form jsperf scores: its title's, unless one of its rows names
    another (`layout.FORM_ROWS`: a 转移支付(项目)名称 row)."""
    named = next(filter(None, (layout.form_of_row([c for c in row.cells if c.strip()]) for row in rows)), form)
    return named is None or named.scored


# ---------------------------------------------------------------- one card


@attrs.frozen
class _Columns:
    """The indicator table's columns after 三级指标, as the header names them."""

    after_name: tuple[str, ...] = _STANDARD
    has_weight: bool = True
    # where the header puts 一级指标, 二级指标 and 三级指标, and how many columns it has:
    # a row as wide as the header names its headings by position even where the words are
    # not the form's (`校园用户满意度` as a 二级指标)
    levels: tuple[int, ...] = ()
    width: int = 0
    serial: int | None = None  # where the header puts 序号, the rows' numbers (passed over)


class _Card:
    def __init__(self, rows: Sequence[Row], start: int, end: int, file: str, form: layout.Form | None) -> None:
        self.scrambled: Finding | None = None  # a cell stream out of reading order: not read (JS415)
        # a card copied one cell a line, or whose lines break where its rows do not: its rows
        # regrouped by the labels, and no cell keeps its column
        broken = reflowed(rows[start:end])
        self.regrouped = broken or one_cell(rows[start:end])
        if self.regrouped:
            named = layout.field_of(rows[start].cells[0].strip()) == "name"  # no title: 项目名称, its value below
            body = start + int(form is not None and not named)  # the rows after its title, if one is printed
            # (a form jsperf does not score is named whatever the order of its cells)
            if _scored(form, rows[body:end]) and (misplaced := out_of_order(rows[body:end])) is not None:
                self.scrambled = finding("JS415", misplaced[0], row=misplaced[1], column=misplaced[2])
            rows, start, end = [*rows[start:body], *regroup(rows[body:end], blanks=not broken)], 0, 0
            end = len(rows)
        self.rows = rows
        self.start = start
        self.end = end
        self.file = file
        self.form = form
        self.problems: list[Finding] = []
        self.notes: list[Finding] = []
        self.unreadable: list[str] = []  # cells that could not be read: the total is not recomputable
        self.two_numbers: list[str] = []  # rows of two numbers read as weight and points (`points_only` decides)
        self.fund_unit = "万元"
        self.fund_header: list[tuple[int, str]] = []  # (cell position, column) of the fund header
        self.execution_weight: Decimal | None = None
        self.columns = _Columns()
        self.taken = -1  # a row read as the value of the label above it (`value_below`)
        self.spanning: tuple[str, ...] = ()  # the columns a header's first row names when its second has 三级指标
        self.sections: dict[str, Decimal] = {}  # 一级指标 → points its heading gives it
        self.weights: dict[str, Decimal] = {}  # 一级指标 → the weights of its indicators read so far
        self.template = "mof"
        self.header_seen = False
        self.last = next((i for i in range(end - 1, start - 1, -1) if any(map(str.strip, rows[i].cells))), start)
        self.fund_scored = True  # the fund header names 分值/权重 or 得分: the execution is scored
        self.blanks_kept: bool | None = None  # some row keeps an empty cell in place (`lost_blank`), once asked

    def span(self, index: int, cell: int = 0) -> Span:
        """Where a row's cell is: the row's own span when the cell starts where the row
        does (a row's first cell, most of the time), so that no new one is made."""
        row = self.rows[index]
        span = row.span
        col = row.cols[cell] if cell < len(row.cols) else 1
        return span if col == span.col else new_span(span.file, span.line, col)

    # ------------------------------------------------------------ the walk

    def read(self) -> Project | None:
        if self.scrambled is not None:
            self.problems.append(self.scrambled)
            return None
        fields: dict[str, str] = {}
        spans: dict[str, Span] = {}
        fund_rows: dict[str, tuple[list[str], list[int], int]] = {}
        indicators: list[Indicator] = []
        actuals: dict[str, Actual] = {}
        points: dict[str, Decimal | None] = {}
        level1 = level2 = ""
        total_row: tuple[list[str], int] | None = None
        goal_next = in_indicators = in_funds = False
        year: int | None = None
        grade: str | None = None
        pending: tuple[list[str], int, int, str, str] | None = None  # an indicator row wrapped before its values
        recognised = 0
        joined = -1  # a row read as the second line of the heading above it
        # a card opens on its title, read for the year only; or, where none is printed, on its 项目名称 row
        titled = self.form is not None and not _names_project(self.rows[self.start])
        if titled and (match := _YEAR.search(self.rows[self.start].text)):
            year = int(match.group(1) or match.group(2))
        opening = self.rows[self.start].cells
        if titled and self.form is not None and not self.form.scored and sum(1 for c in opening if c.strip()) > 2:
            recognised += 1  # a form not scored whose table begins on its title's line: named, not passed over
        if self.form is None:  # the tail of a card the excerpt begins inside: its indicator rows come first
            in_indicators = True
        for index in range(self.start + int(titled), self.end):
            row = self.rows[index]
            # in the indicator table, a heading-only row (`| | 社会成本指标 | | …`) read before
            # with the same headings in force and the same header: read again at once (`_heading_rows`)
            lane = in_indicators and not goal_next and pending is None
            if lane:
                seen_row = (row.cells, level1, level2, self.filling(level1), self.columns.levels, self.columns.width,
                            self.header_seen)
                if (walk := _heading_rows.get(seen_row)) is not None:
                    level1, level2 = self.took(walk).level1, walk.level2
                    continue
            cells = list(map(str.strip, row.cells))
            if (at := self.columns.serial) is not None and in_indicators and at < len(cells) and cells[at].isdigit():
                cells[at] = ""  # the row's 序号
            filled = list(filter(None, cells))
            if not filled:
                continue
            head = filled[0]
            if len(filled) == 1 and layout.is_page_number(head):
                continue  # a page number, mid-table
            if index == joined:
                continue
            if in_indicators and len(filled) == 1 and (heading := self.wrapped_heading(index, head)) is not None:
                cells, filled, head, joined = [heading], [heading], heading, index + 1
                lane = False  # read with the row below it: not this row's cells alone
            if in_indicators and len(filled) == 1 and not layout.key(head) and layout.points_note(head):
                continue  # `(50分)`: a 一级指标 cell whose words the copy lost, its points note left
            # inside the indicator table a row headed by a heading or by no label at all is an
            # indicator row: the label checks below are skipped (most rows of a card are these)
            label = _may_be_label(head)  # else none of the label lookups on it can match
            fast = in_indicators and not goal_next and (is_heading(head) or not label)
            if not fast:
                if year is None and (match := _YEAR.search(row.text)) and len(filled) <= 2:
                    year = int(match.group(1) or match.group(2))
                    if layout.form_of_title(head) is None:
                        continue
                if (other := layout.form_of_row(filled)) is not None:
                    self.form, recognised = other, recognised + 1
                if self.header_fields(cells, fields, spans, index):
                    recognised += 1
                    joined = self.taken
                    continue
                if goal_next and not starts_indicators(cells):
                    goal_next = False
                    texts = [c for c in filled if not layout.is_one_of(c, layout.GOAL_COLUMNS)]
                    fields.setdefault("goal", join_cjk(texts[0]) if texts else "")
                    fields.setdefault("achieved", join_cjk(texts[1]) if len(texts) > 1 else "")
                    continue
                if self.fund_header_row(row):
                    in_funds, recognised = True, recognised + 1
                    continue
                fund = self.fund_row(cells)
                if fund is None and in_funds and "total" not in fund_rows and (paired := self.fund_pairs(cells)):
                    fund = ("total", paired, list(range(len(paired))))
                if fund is not None and (in_funds or fund[0] != "total" or not in_indicators):
                    kind, values, positions = fund
                    if not values and (below := self.values_below(index)) is not None:
                        (values, positions), joined = below, index + 1
                    fund_rows.setdefault(kind, (values, positions, index))
                    recognised += 1
                    continue
                if starts_indicators(cells):
                    in_indicators, in_funds, goal_next = True, False, False
                    self.indicator_header(cells)
                    recognised += 1
                    continue
                if layout.starts_with(head, layout.GOALS) and not in_indicators:
                    in_funds = False
                    texts = [c for c in filled[1:] if not layout.is_one_of(c, layout.GOAL_COLUMNS)]
                    if texts:  # the goals on the heading's own row
                        fields["goal"] = join_cjk(texts[0])
                        fields["achieved"] = join_cjk(texts[1]) if len(texts) > 1 else ""
                    goal_next = not texts
                    continue
                if layout.is_one_of(head, layout.GRADES) and len(filled) > 1:
                    grade = squash(filled[-1])
                    continue
                if layout.is_one_of(head, layout.TOTALS) and (in_indicators or indicators or not in_funds):
                    total_row = (filled[1:], index)
                    grade = self.grade_in(filled, index, grade)
                    if note := layout.points_note(head):
                        self.sections.setdefault("总分", Decimal(note))
                    if in_indicators or indicators:
                        break  # the total closes the table; printed above it (自评总分), the card goes on
                    continue
            if not in_indicators and is_heading(head) and len(filled) >= 4 and (indicators or self.fund_header):
                in_indicators = True  # the indicator table's header was lost (a page the copy skipped)
            if not in_indicators:
                continue
            if label and layout.starts_with(head, layout.TRAILERS) and level1_of(head) is None:
                break
            if label and layout.starts_with(head, layout.REMARKS):
                continue
            if label and layout.is_one_of(head, ("预算执行率", "执行率")):
                continue  # the execution's own row below the indicators (Hebei): not an indicator
            if self.second_header_row(filled) or (label and all(layout.indicator_column_of(c) for c in filled)):
                continue  # the second line of a two-line header (指标值 / 完成值; Hebei's 符号 … 权重占比 …)
            if len(filled) == 1 and indicators and parse_decimal(filled[0]) is None and not is_heading(head):
                # a long cell wrapped onto a line of its own: the previous row's deviation note goes on
                last = actuals[indicators[-1].name]
                if last.deviation_note:
                    actuals[indicators[-1].name] = attrs.evolve(
                        last, deviation_note=join_cjk(last.deviation_note + " " + filled[0]))
                    continue
            if len(filled) == 1 and "method" in self.columns.after_name and _rule_words(head):
                continue  # the 得分计算方法 column's words, one cell merged down the rows (Shandong)
            if pending is not None and not is_heading(head) and (
                    is_value(head) or self.continues(pending[0], cells)):
                wrapped, line, first, level1, level2 = pending  # its values on the next line
                pending = None
                values = cells if self.continues(wrapped, cells) else cells[cells.index(head):]
                self.add(_filled_through(wrapped) + values, line, first, level1, level2, indicators, actuals,
                         points, spans)
                continue
            if pending is not None:
                self.add(*pending, indicators, actuals, points, spans)
                pending = None
            walk = self.walk(cells, level1, level2)
            level1, level2, rest = walk.level1, walk.level2, cells[walk.position:]
            if (unknown := self.unknown_level2(cells, walk.position)) is not None:
                level2, rest = unknown, rest[1:]
            if not any(rest):
                if lane and is_heading(head):  # what led here depends on the cells and the key's state alone
                    _remember(_heading_rows, seen_row, walk)
                continue
            if self.wrapped(rest):
                pending = (rest, index, len(cells) - len(rest), level1, level2)
                continue
            self.add(rest, index, len(cells) - len(rest), level1, level2, indicators, actuals, points, spans)
        if pending is not None:
            if pending[1] == self.last and len(_filled_through(pending[0])) == 1:
                self.unreadable.append(pending[0][0])  # the excerpt ends inside this row: `可…`
            else:
                self.add(*pending, indicators, actuals, points, spans)
        if not (recognised or indicators or total_row):
            return None  # a title mentioned in prose, not a card
        return self.assemble(fields, spans, fund_rows, indicators, actuals, points, total_row, year, grade)

    # ------------------------------------------------------------ the card's head

    def header_fields(self, cells: list[str], fields: dict[str, str], spans: dict[str, Span], index: int) -> bool:
        """项目名称 / 主管部门 / 实施单位 (anywhere in the row, each followed by its value)."""
        found = _header_fields(tuple(cells))
        for position, name, value in found:
            if name not in fields or not fields[name]:
                fields[name] = value or self.value_below(index, len(found))
                spans[name] = self.span(index, position)
        return bool(found)

    def value_below(self, index: int, labels: int) -> str:
        """The value of a label alone on its row (`项目名称 |`), wrapped onto the next line
        that holds something: that line's one cell, when it is no other field's label nor a
        fund's (a name may end like a title: `…补助经费支出绩效自评表`); that line is then
        read."""
        if labels != 1 or sum(1 for c in self.rows[index].cells if c.strip()) != 1:
            return ""
        for below in range(index + 1, min(index + 4, self.end)):
            filled = [c.strip() for c in self.rows[below].cells if c.strip()]
            if filled:
                text = filled[0]
                if len(filled) == 1 and parse_decimal(text.rstrip("%")) is None and not (layout.may_be_label(text) and (
                        layout.field_of(text) or layout.fund_row_of(text) or layout.fund_column_of(text))):
                    self.taken = below
                    return join_cjk(text)
                return ""
        return ""

    def fund_header_row(self, row: Row) -> bool:
        """The fund block's header (`_fund_header`), taken as the card's."""
        header = _fund_header(row.cells)
        if header is None:
            return False
        self.fund_header = list(header.named)
        if self.fund_header[0][0] == 0:  # no cell over the rows' labels: the copy lost the cells before the
            self.fund_header = _unplaced(column for _, column in self.fund_header)  # columns: their places say nothing
        self.fund_scored = header.scored
        self.fund_unit = header.unit
        if header.weight is not None:
            self.execution_weight = header.weight
        if self.execution_weight == 20 or header.twenty:
            self.template = "twenty"
        return True

    def fund_pairs(self, cells: list[str]) -> list[str] | None:
        """A fund row printed as label–value pairs under the header (`预算数 6.84 到位数
        6.84 执行数 6.84 100.00`, Hebei): its values in the order of the columns named by
        the header or the pairs, a last unlabelled value in the header's column still empty."""
        if not self.fund_header:
            return None
        found: dict[str, str] = {}
        used: set[int] = set()
        for position, cell in enumerate(cells[:-1]):
            column = layout.fund_column_of(cell) if cell and parse_decimal(cell.rstrip("%")) is None else None
            if column is not None and parse_decimal(cells[position + 1].rstrip("%")) is not None:
                found.setdefault(column, cells[position + 1])
                used.add(position + 1)
        if not {"budget", "executed"} <= set(found):
            return None
        spare = [c for i, c in enumerate(cells) if i > max(used) and parse_decimal(c.rstrip("%")) is not None]
        for _, column in self.fund_header:
            if column not in found and spare:
                found[column] = spare.pop(0)
        columns = [column for column in _FUND_COLUMNS if column in found]
        self.fund_header = _unplaced(columns)  # the row says its own columns
        return [found[column] for column in columns]

    def values_below(self, index: int) -> tuple[list[str], list[int]] | None:
        """The values of a fund row whose label stands alone on its line, printed on the
        next line under an empty first cell (`年度资金总额 |` / `| 32.4 | 31.69 | 10 | …`, a
        page whose text view breaks after a row's first cell): with their positions."""
        if index + 1 >= self.end:
            return None
        cells = self.rows[index + 1].cells
        filled = [(position, cell.strip()) for position, cell in enumerate(cells) if cell.strip()]
        if cells[0].strip() or not filled or not all(is_value(cell) for _, cell in filled):
            return None
        return [cell for _, cell in filled], [position for position, _ in filled]

    def fund_row(self, cells: list[str]) -> tuple[str, list[str], list[int]] | None:
        """A fund row: which one, and its values with their cell positions."""
        for position, cell in enumerate(cells):
            if not cell:
                continue
            if not _may_be_label(cell):  # an amount, a name: no fund row's label (nor the block's)
                return None
            kind = layout.fund_row_of(cell)
            if kind is not None:
                values = [(i, c) for i, c in enumerate(cells) if i > position and c]
                return kind, [c for _, c in values], [i for i, _ in values]
            if not layout.starts_with(cell, layout.FUND_BLOCK):
                return None
        return None

    def indicator_header(self, cells: list[str]) -> None:
        """The columns after 三级指标, in the header's order (`_indicator_header`).  A
        header in two rows names them in both: a first row without 三级指标 (`绩效指标 |
        年度指标值 | 实际完成值 | 分值 …`, 绩效指标 spanning 一级/二级/三级) gives their order,
        and the second's 三级指标 and the parts of 年度指标值 under it (指标性质 / 指标值 /
        度量单位) take its place; or the second row repeats the first's spanning cells
        without a 三级指标 (`second_header_row`)."""
        points, header = _indicator_header(tuple(cells))
        for note in points:
            self.sections.setdefault("", note)
        if header is None:
            named = tuple(column for c in cells if c and (column := layout.indicator_column_of(c))
                          and column not in ("level1", "level2", "name"))
            if not self.second_header_row([c for c in cells if c]) and "target" in named:
                self.spanning = named
            return
        columns, template = header
        after, spanning = columns.after_name, self.spanning
        if "target" in spanning and "actual" not in after and "points" not in after:
            after = _target_split(spanning, after)
            columns, template = attrs.evolve(columns, after_name=after, has_weight="weight" in after), "split"
        self.columns = columns
        self.header_seen = True
        if template is not None:
            self.template = template

    def second_header_row(self, filled: list[str]) -> bool:
        """A template's second header row naming sub-columns (`TWO_ROW_HEADERS`): the
        columns after 三级指标 are the ones the template lists.  Or a second row that
        splits the first row's 年度指标值 into 指标性质 / 指标值 / 度量单位 (Yunnan's 公开表):
        those take its place, in the second row's order."""
        if not self.header_seen:
            return False
        joined = "".join(filled)
        after = self.columns.after_name
        # the cells of a row naming neither 指标性质 nor 度量单位 (most rows: indicators) are not
        # looked up, nor kept in the lookups' caches
        if any(word in joined for word in layout.PART_WORDS) and after.count("target") == 1 \
                and "nature" not in after and "unit" not in after:
            # the cells a page repeats from the first row's rowspans (绩效指标, 一级指标 …) with the new ones
            parts = [layout.indicator_column_of(c) for c in filled if not layout.starts_with(c, layout.INDICATORS)]
            if all(parts) and {"nature", "unit"} & set(parts):
                self.columns = attrs.evolve(self.columns, after_name=_target_split(after, parts))
                self.template = "split"
                return True
        for word, (template, columns) in layout.TWO_ROW_HEADERS.items():
            # the words first, and their first character before them: most rows have none
            if word[0] in joined and any(layout.starts_with(c, (word,)) for c in filled):
                if any(parse_decimal(c) is not None for c in filled):
                    return False
                self.columns = attrs.evolve(self.columns, after_name=columns, has_weight=True)
                self.template = template
                return True
        return False

    def grade_in(self, filled: list[str], index: int, grade: str | None) -> str | None:
        for position, cell in enumerate(filled):
            if layout.is_one_of(cell, layout.GRADES) and position + 1 < len(filled):
                return squash(filled[position + 1])
        grade = next((squash(c) for c in filled[1:] if squash(c) in layout.GRADE_WORDS), grade)
        following = next((self.rows[j].cells for j in range(index + 1, min(index + 3, self.end))
                          if self.rows[j].text.strip()), ())
        after = [squash(c) for c in following if c.strip()]
        if after[:1] and layout.is_one_of(after[0], layout.GRADES) and len(after) > 1:
            grade = after[-1]
        return grade

    # ------------------------------------------------------------ indicator rows

    def headings(self, cells: list[str], level1: str, level2: str) -> tuple[str, str, list[str] | None]:
        """Peel the 一级/二级 heading cells off a row (`walk`); the rest (blanks kept, for
        position) is the indicator, or None for a heading-only row."""
        walk = self.walk(cells, level1, level2)
        rest = cells[walk.position:]
        return walk.level1, walk.level2, rest if any(rest) else None

    def subtotals_dropped(self, indicators: list[Indicator], actuals: dict[str, Actual],
                          points: dict[str, Decimal | None], spans: dict[str, Span]) -> list[Indicator]:
        """The indicators without the group rows that sum up the rows under them
        (`一、示范区建立 | 15` over `1、… | 5`, `2、… | 5`, `3、… | 5`): a group numbered
        一、二、… whose items, numbered 1、2、…, add up to its points (or, points unprinted,
        its weight) is their subtotal, not an indicator of its own — counted, it would count
        them twice.  Said once (JS417)."""
        kept: list[Indicator] = []
        dropped: list[str] = []
        for at, indicator in enumerate(indicators):
            if _GROUP.match(indicator.name):
                items = list(itertools.takewhile(lambda i: _ITEM.match(i.name) is not None, indicators[at + 1:]))
                if items and _adds_up(indicator, items, points):
                    dropped.append(indicator.name)
                    continue
            kept.append(indicator)
        if dropped:
            self.notes.append(finding("JS417", spans.get(f"points.{dropped[0]}"), rows="、".join(dropped)))
            for name in dropped:
                del actuals[name]
                points.pop(name, None)
                spans.pop(f"points.{name}", None)
        return kept

    def unknown_level2(self, cells: list[str], position: int) -> str | None:
        """A 二级 heading in words the form does not use (`社会效益效益指标`), known by where
        it stands: right after the row's 一级 heading, with two texts and then exactly the
        header's columns after it — a name and its values cannot fill one cell more.  The
        heading is kept as printed, for the checks to name (JS205)."""
        if not (self.header_seen and position > 0 and level1_of(cells[position - 1]) is not None):
            return None  # most rows: asked nothing more
        rest = _filled_through(cells[position:])
        if len(rest) != len(self.columns.after_name) + 2 or is_value(rest[0]) or is_value(rest[1]) or is_heading(rest[1]):
            return None
        return squash(rest[0])

    def walk(self, cells: list[str], level1: str, level2: str) -> _Walk:
        """A row's headings (`_walk`), the points its 一级 headings give taken.  A report
        repeats its template's heading cells row after row, card after card: a walk that
        looked at no cell from the header's 三级指标 column on (beyond whether it is blank)
        is read once for those cells and that state (`_walks`)."""
        levels, width = self.columns.levels, self.columns.width
        name = levels[2] if len(levels) == 3 else 0
        filling = self.filling(level1)
        memo = (tuple(cells[:name]), tuple(map(bool, cells[name:])), level1, level2, filling, levels, width) if name else None
        walk = _walks.get(memo) if memo is not None else None
        if walk is None:
            walk = _walk(cells, level1, level2, levels, width, filling)
            if memo is not None and walk.seen < name:
                _remember(_walks, memo, walk)
        return self.took(walk)

    def took(self, walk: _Walk) -> _Walk:
        """The walk, the points its 一级 headings give their sections taken."""
        for section, note in walk.sections:
            self.sections[section] = note
        return walk

    def wrapped_heading(self, index: int, head: str) -> str | None:
        """A heading wrapped onto two lines of one cell each (`可持续影` / `响指标`,
        `服务对象` / `满意度指标`): the two joined, when they make a heading and the first
        alone does not."""
        if index + 1 >= self.end or is_heading(head):
            return None
        following = [c.strip() for c in self.rows[index + 1].cells if c.strip()]
        joined = squash(head) + squash(following[0]) if len(following) == 1 else ""
        return joined if joined and is_heading(joined) else None

    def filling(self, level1: str) -> bool:
        """The 一级 block open, printed with its points (`产出指标(50分)`), holds indicators
        weighing less than those points: a 二级 heading of another 一级 on a row without
        its 一级 cell is still in this block (a pipe copy prints a rowspanned 一级 cell on
        the block's first row only; a PDF that prints it mid-block has filled the block above)."""
        points = self.sections.get(level1)
        return points is not None and self.weights.get(level1, Decimal(0)) < points

    def wrapped(self, rest: list[str]) -> bool:
        """A row that stops before its points (the name or a text wrapped): the rest
        may come on the next line, which then begins with a value."""
        if not any(rest[1:]):
            return True
        at = _points_at(self.columns.after_name)
        for place in reversed(at):  # the cell of the last points column the row reaches
            if 1 + place < len(rest):
                if rest[1 + place]:
                    return False
                break
        return bool(at) and len(_filled_through(rest)) - 1 <= at[0]

    def continues(self, wrapped: list[str], cells: list[str]) -> bool:
        """A line that opens with an empty cell (the cell the row broke in) and fits the
        rest of the columns after the wrapped row: `图书馆管理机制健全性 | 定性 | 好坏 |`
        then `| 好坏 | 5 | 5 |`."""
        return not cells[0] and len(_filled_through(wrapped)) + len(_filled_through(cells)) - 1 <= len(
            self.columns.after_name) + 1

    def add(self, rest: list[str], index: int, first: int, level1: str, level2: str, indicators: list[Indicator],
            actuals: dict[str, Actual], points: dict[str, Decimal | None], spans: dict[str, Span]) -> None:
        """One indicator row, its cells from the name on (`first`: the name's cell).  Cells
        beyond the header's columns are the next row, run on where a copy lost the row's
        end (one cell a line): they are read as a row of their own."""
        if not self.header_seen and len(rest) > 2 and (squash(rest[1]) in layout.NATURE or op_of(rest[1]) is not None):
            self.columns = _Columns(_SPLIT)  # no header in the excerpt: the 指标性质 column shows the split layout
            self.template = "split"
        width = 1 + len(self.columns.after_name)
        if "unit" not in self.columns.after_name:
            rest = _units_rejoined(rest)
        if self.columns.after_name is not _STANDARD and any(rest[width:]):
            level1_next, level2_next, more = self.headings(rest[width:], level1, level2)
            rest = rest[:width]
        else:
            more = None
        row = self.indicator(rest, first, index, level1, level2)
        if more is not None:
            self.add(more, index, first + width, level1_next, level2_next, indicators, actuals, points, spans)
        if row is None:
            return
        indicator, actual, published = row
        if indicator.name in actuals:  # filled beside `indicators`, by name
            self.problems.append(finding("JS404", self.span(index), kind="duplicate", name=repr(indicator.name)))
            return
        indicators.append(indicator)
        self.weights[indicator.level1] = self.weights.get(indicator.level1, Decimal(0)) + indicator.weight
        actuals[indicator.name] = actual
        points[indicator.name] = published
        spans[f"points.{indicator.name}"] = self.span(index)

    def indicator(self, rest: list[str], first: int, index: int, level1: str, level2: str
                  ) -> tuple[Indicator, Actual, Decimal | None] | None:
        columns = self.columns.after_name
        if "unit" in columns and len(_filled_through(rest)) - 1 < _valued(columns):
            rest = _unit_restored(rest, columns)
        blank, each_once = _blank_values(columns)
        values = dict(blank)
        if each_once:  # every column named once, none skipped: each takes its cell
            values.update(zip(columns, rest[1:], strict=False))
        else:
            for column, text in zip(columns, rest[1:], strict=False):
                if column != "skip" and not values.get(column):
                    values[column] = text
        name = join_cjk(rest[0]) if rest else ""
        span = self.span(index, first)
        if all(map(_placeholder, rest)):
            # the template's empty row left in (`指标2`, `……`), as the form prints it; or its empty
            # rows run together, a copy that dropped their empty cells (`指标1 | 指标2 | ……`)
            return None
        if name.lstrip("★☆*").startswith("其中") and not _number(values["weight"]) and not _number(values["points"]):
            # a `其中…` sub-row: values of the row above, no points of its own (`其中桃树种植面积 | 1.5亩 |
            # 1.5亩` where the 衔接 form's 分值 column comes first and its empty cell vanished)
            return None
        count = len(_filled_through(rest)) - 1  # the values the row prints, up to its last
        if count > len(columns):  # more values than columns: which is extra is not guessed
            self.not_placed(span, name, level1, level2, t("card.cell_too_many", values=count, columns=len(columns)))
            return None
        two_numbers = self.only_weight_and_points(rest, values)  # the card's weights decide them (`points_only`)
        if two_numbers:
            values.update(weight=values["target"], points=values["actual"], target="", actual="")
            self.two_numbers.append(name)
        cut = (index == self.last and len(self.rows[index].cells) - first == len(rest) and all(rest)
               and len(rest) - 1 < _valued(columns))  # the excerpt ends inside the row (no empty cell after it)
        if cut:  # the excerpt ends inside this row: read as far as it goes
            self.unreadable.append(name)
        elif not two_numbers and count < _valued(columns):
            shifted = self.shifted(rest, values) if columns != _STANDARD else self.lost_blank(count)
            if shifted:
                self.not_placed(span, name, level1, level2, shifted)
                return None
        if "nature" in columns:
            glyph = layout.NATURE.get(squash(values["nature"]), values["nature"])
            value, unit = values["target"], _UNIT_NOTE.sub("", values["unit"])  # `%(百分比)`
            target_text = f"{glyph}{value}{unit}" if parse_decimal(value) is not None else value or values["nature"]
        else:
            target_text = values["target"]
        weight_text = values["weight"].removesuffix("分")
        weight = parse_decimal(weight_text) if self.columns.has_weight else None
        if (not level1 and self.form is not None) or not name or (weight is None and self.columns.has_weight and not cut):
            self.problems.append(finding(
                "JS404", span, indicator=name or None, kind="row", level1=level1 or "?", level2=level2 or "?",
                cells=" | ".join(v for v in rest if v)))
            if name:
                self.unreadable.append(name)
            return None
        target = self.target(target_text, span, name, level1, level2)
        points_text = values["points"].removesuffix("分")
        published = parse_decimal(points_text)
        if points_text == "":
            published = None
            self.notes.append(finding("JS312", span, indicator=name, reported="", recomputed="—"))
        elif published is None:
            self.problems.append(finding("JS404", span, indicator=name, kind="score", score=repr(points_text)))
        actual = self.actual(values["actual"], span, join_cjk(values["note"]) or None, published)
        if actual.verdict is not None and published is None:
            # the evaluator's points are the input: without them the total is open
            self.unreadable.append(f"{name}（得分为空）")
        indicator = Indicator(level1, level2, name, target, weight if weight is not None else Decimal(0), span=span)
        return indicator, actual, published

    def only_weight_and_points(self, rest: list[str], values: dict[str, str]) -> bool:
        """A row of the standard columns that prints two numbers and nothing else, which the
        columns put as target and actual (`指标1:工程质量合格 10 10`): a copy that lost the
        empty target and actual cells leaves the weight and the points so.  Read as those
        when they can be (a weight of at most 100, points no more than it); the card's
        weights then decide (`points_only`)."""
        if self.columns.after_name[:4] != _STANDARD[:4] or values["weight"] or values["points"]:
            return False
        filled = [v for v in rest[1:] if v]
        numbers = [parse_decimal(v.removesuffix("分")) for v in filled]
        if len(numbers) != 2 or numbers[0] is None or numbers[1] is None:
            return False
        return 0 < numbers[0] <= 100 and numbers[1] <= numbers[0]

    def points_only(self, indicators: list[Indicator], actuals: dict[str, Actual], points: dict[str, Decimal | None],
                    execution_weight: Decimal | None, start: Span) -> list[Indicator]:
        """Rows of two numbers read as weight and points (`only_weight_and_points`) stay so
        when the card's weights then add up to 100 (JS416), their points not recomputed (no
        target, no actual); else which columns the numbers fill is not guessed (JS408)."""
        if not self.two_numbers:
            return indicators
        rows = set(self.two_numbers)
        self.unreadable.extend(self.two_numbers)
        if sum((i.weight for i in indicators), execution_weight or Decimal(0)) == 100:
            self.notes.append(finding("JS416", start, rows="、".join(self.two_numbers)))
            return indicators
        for indicator in indicators:
            if indicator.name in rows:
                self.not_placed(indicator.span, indicator.name, indicator.level1, indicator.level2,
                                t("card.two_numbers"))
                del actuals[indicator.name], points[indicator.name]
        return [i for i in indicators if i.name not in rows]

    def not_placed(self, span: Span | None, name: str, level1: str, level2: str, detail: str) -> None:
        """A row whose values cannot be put in their columns (JS408, `detail` says why): named,
        and not read — the card's total is not recomputable without it."""
        where = "/".join(filter(None, (level2 or level1, name)))
        self.problems.append(finding("JS408", span, indicator=name or None, where=where, detail=detail))
        self.unreadable.append(name)

    def shifted(self, rest: list[str], values: dict[str, str]) -> str:
        """Why a row that lost cells cannot be placed, or "" when its values still fit:
        a weight that is a small number, points no more than the weight."""
        weight, points = parse_decimal(values["weight"]), parse_decimal(values["points"])
        if self.columns.has_weight and weight is None and any(parse_decimal(v) is not None for v in rest[1:]):
            return t("card.weight_blank")
        if weight is not None and points is not None and points > weight:
            return t("card.points_over_weight", points=points, weight=weight)
        return ""

    def lost_blank(self, values: int) -> str:
        """Why a row of the standard columns (目标值 | 完成值 | 分值 | 得分) short of values
        cannot be placed, or "": where no row of the card keeps an empty cell between two
        filled ones, the copy dropped its empty cells or moved them to the row's end, and
        `3 | 9.3 | 9.3` is as much target, weight, points as target, actual, weight (`values`:
        how many the row prints)."""
        return "" if self.keeps_blanks() else t("card.blanks_lost", values=values, columns=len(_STANDARD) - 1)

    def points_left_blank(self, positions: list[int], index: int) -> bool:
        """Whether the fund row at `index` (its values at `positions`) leaves the cell under
        the header's 得分 empty, in a copy that keeps its empty cells: the execution's
        points were not filled in."""
        _, header_at = _fund_layout(tuple(self.fund_header))
        at = next((p for p, column in header_at.items() if column == "points"), None)
        cells = self.rows[index].cells
        return at is not None and at not in positions and at < len(cells) and not cells[at].strip() \
            and self.keeps_blanks()

    def keeps_blanks(self) -> bool:
        """Whether some row of the card keeps an empty cell between two filled ones: a
        copy that does keeps its empty cells where they are (asked once)."""
        if self.blanks_kept is None:
            self.blanks_kept = any(map(_inner_blank, (row.cells for row in self.rows[self.start:self.end])))
        return self.blanks_kept

    def target(self, text: str, span: Span, name: str, level1: str, level2: str) -> Target:
        """A target as printed (`_target_of`), and the note its printing calls for."""
        target, note = _target_of(text, is_cost(level1, level2))
        if note is not None:
            code, params = note
            self.notes.append(finding(code, span, indicator=name, **dict(params)))
        return target

    def actual(self, text: str, span: Span, note: str | None, points: Decimal | None) -> Actual:
        """An actual as printed; a verdict carries the evaluator's points."""
        quantity, word = _actual_of(text)
        return Actual(quantity, word, None if word is None else points, text, span, note)

    # ------------------------------------------------------------ the card as a whole

    def assemble(self, fields: dict[str, str], spans: dict[str, Span],
                 fund_rows: dict[str, tuple[list[str], list[int], int]], indicators: list[Indicator],
                 actuals: dict[str, Actual], points: dict[str, Decimal | None],
                 total_row: tuple[list[str], int] | None, year: int | None, grade: str | None) -> Project | None:
        start = self.span(self.start)
        title = squash(self.rows[self.start].cells[0]) if self.form is not None else ""
        name = fields.get("name") or ""
        missing = [what for what, ok in (("项目名称", name), ("项目资金", "total" in fund_rows or "government" in fund_rows),
                                         ("绩效指标", indicators), ("总分", total_row)) if not ok]
        shown = name or title or _UNNAMED
        if self.form is not None and self.form.scored and not self.fund_scored and not (
                self.header_seen and {"weight", "points"} & set(self.columns.after_name)):
            self.form = layout.FORMS["no-points"]  # 预算数/执行数/执行率 and no column that scores them
        if self.form is not None and not self.form.scored:  # its rows follow another form: not misread as one
            self.problems = [finding("JS405", start, project=name or None, form=title or shown, kind=self.form.zh)]
            self.problems.extend(self.parts_against_total(points, fund_rows, total_row, title or shown))
            return None
        if missing:
            self.problems.append(finding("JS406", start, project=shown, name=shown, missing="、".join(missing)))
        if not (indicators or "total" in fund_rows or "government" in fund_rows):
            return None
        total_cells, total_index = total_row if total_row is not None else ([], self.start)
        numbers = [n for n in (parse_decimal(c.removesuffix("分")) for c in total_cells) if n is not None]
        reported_total = numbers[-1] if numbers else None
        cells = self.rows[total_index].cells
        sum_row = layout.is_one_of(cells[0] or "", ("合计",)) and (
            all(p is None for p in points.values()) or numbers[:1] == [100])
        if len(numbers) == 1 and self.columns.has_weight and (
                sum_row or (numbers[0] == 100 and _blank_after_number(cells))):
            # `合计 | 100`, `总分 | 100 | ` under the 分值 and 得分 columns: the weights' sum, the total blank
            reported_total = None
            self.notes.append(finding("JS312", self.span(total_index), indicator="总分", reported="", recomputed="—"))
        funds, rate, execution_points, execution_weight = self.funds(fund_rows)
        if execution_points is None and "total" in fund_rows and self.points_left_blank(*fund_rows["total"][1:]):
            self.notes.append(finding("JS312", self.span(fund_rows["total"][2]), indicator="预算执行率",
                                      reported="", recomputed="—"))
        if (reported_total == 100 and len(numbers) == 1 and self.columns.has_weight and not self.keeps_blanks()
                and (execution_points is None
                     or sum((p for p in points.values() if p is not None), execution_points) != 100)):
            # `总分 100` in a copy that lost its empty cells: the 分值 column's 100 beside a blank 得分, or the
            # total itself — unless the points printed, the execution's with them, add up to it, which it is
            # is not guessed
            reported_total = None
            self.problems.append(finding("JS408", self.span(total_index), indicator="总分", where="总分",
                                         detail=t("card.total_or_weights")))
        indicators = self.subtotals_dropped(indicators, actuals, points, spans)
        indicators = self.points_only(indicators, actuals, points, execution_weight or self.execution_weight, start)
        indicators = self.weights_from_sections(_headed(indicators), points, start)
        if total_row is not None:
            spans["total"] = self.span(total_index)
        spans["execution_rate"] = spans["execution_points"] = funds.span or start
        if grade is not None:
            spans["grade"] = spans.get("total", start)
        unreadable = [*self.unreadable, *(f"缺少{what}" for what in missing if what in ("项目资金", "绩效指标"))]
        if unreadable:
            self.problems.append(finding("JS407", spans.get("total", start), project=shown,
                                         cells="、".join(dict.fromkeys(unreadable))))
        reported = Reported(rate, execution_points, points, reported_total,
                            grade if grade in layout.GRADE_WORDS else None, spans)
        notes = tuple(attrs.evolve(n, project=shown) for n in (*self.notes, *self.problems))
        self.problems = []
        indicator_set = IndicatorSet(shown, tuple(indicators), execution_weight=execution_weight or self.execution_weight,
                                     span=start)
        return Project(shown, indicator_set, funds, actuals, fields.get("department"), fields.get("implementer"), year,
                       None, reported, start, notes, fields.get("goal"),
                       fields.get("achieved"), template=self.template, incomplete=tuple(dict.fromkeys(unreadable)))

    def parts_against_total(self, points: dict[str, Decimal | None], fund_rows: dict[str, tuple[list[str], list[int], int]],
                            total_row: tuple[list[str], int] | None, form: str) -> list[Finding]:
        """A form jsperf does not score that still prints points and a total: the points
        it prints must add up to the total it prints (JS304)."""
        numbers = [n for n in (parse_decimal(c.removesuffix("分")) for c in (total_row or ([], 0))[0]) if n is not None]
        printed = [p for p in points.values() if p is not None]
        if not numbers or not printed or len(printed) != len(points):
            return []
        execution = self.funds(fund_rows)[2] if fund_rows else None
        parts = sum(printed, Decimal(0)) + (execution or Decimal(0))
        if abs(parts - numbers[-1]) <= Decimal("0.01"):
            return []
        assert total_row is not None
        return [finding("JS304", self.span(total_row[1]), project=form, reported=str(numbers[-1]), recomputed=str(parts),
                        rule="sum")]

    def weights_from_sections(self, indicators: list[Indicator], points: dict[str, Decimal | None],
                              start: Span) -> list[Indicator]:
        """Weights a template prints only in its section headings: determined when a
        section's points add up to its weight (then every indicator scored full)."""
        if self.columns.has_weight:  # the template prints a weight beside each indicator
            return indicators
        by_section: dict[str, list[Indicator]] = {}
        per_level1 = any(level1 in self.sections for level1 in LEVEL1)
        for indicator in indicators:
            by_section.setdefault(indicator.level1 if per_level1 else "", []).append(indicator)
        weights: dict[str, Decimal] = {}
        for level1, members in by_section.items():
            section = self.sections.get(level1)
            scored = [points.get(i.name) for i in members]
            if section is not None and all(p is not None for p in scored) and sum(
                    p for p in scored if p is not None) == section:
                weights.update({i.name: points[i.name] or Decimal(0) for i in members})
                self.notes.append(finding("JS410", start, section=level1 or "年度绩效指标", weight=section))
            else:
                self.problems.append(finding("JS411", start, section=level1 or "年度绩效指标"))
                self.unreadable.extend(i.name for i in members)
        return [attrs.evolve(i, weight=weights[i.name]) if i.name in weights else i for i in indicators]

    def funds(self, rows: dict[str, tuple[list[str], list[int], int]]
              ) -> tuple[Funds, Decimal | None, Decimal | None, Decimal | None]:
        """(funds, published rate, published points, execution weight), each fund row
        read against the columns its header names."""
        if not rows:
            return Funds(None, None, None, None), None, None, None
        total_kind = "total" if "total" in rows else next(iter(rows))
        total_values, total_positions, total_index = rows[total_kind]
        total, printed_percent = self.fund_values(total_values, total_positions)
        money = ("initial", "budget", "executed")
        read = {"total": (total, total_index)}
        chosen, other = "total", None
        if "government" in rows and total_kind == "total":
            gov_values, gov_positions, gov_index = rows["government"]
            gov, _ = self.fund_values(gov_values, gov_positions)
            differs = any(gov[k] is not None and gov[k] != total[k] for k in money)  # a blank cell is no difference
            if differs and all(gov[k] is not None for k in money[1:]):
                read["government"] = (gov, gov_index)
                more_precise = _decimals([gov[k] for k in money]) > _decimals([total[k] for k in money])
                chosen, other = ("government", "total") if more_precise else ("total", "government")
        scale = Decimal(10_000) if self.fund_unit == "元" else Decimal(1)

        def row_funds(row: str, other: Funds | None = None) -> Funds:
            """The amounts of one row; the chosen row's span is the row the rate and points are printed on."""
            values, index = read[row]
            scaled = [None if (value := values[k]) is None else value / scale for k in money]
            paired = "government" in read
            where = self.span(total_index if other is not None or not paired else index)
            return Funds(scaled[0], scaled[1], scaled[2], where, row if paired else None, other)

        funds = row_funds(chosen, row_funds(other) if other else None)
        rate = total["rate"]
        if rate is not None and not printed_percent and funds.budget and funds.executed is not None:
            rate = _rate_as_printed(rate, funds.executed / funds.budget * 100)
        return funds, rate, total["points"], total["weight"]

    def fund_values(self, values: list[str], positions: list[int]) -> tuple[dict[str, Decimal | None], bool]:
        """A fund row's numbers by column (in the order the header names the columns when
        the row fills them all, else by the cells' positions under the header), and
        whether its rate was printed with `%`."""
        columns, header_at = _fund_layout(tuple(self.fund_header))
        if any(column == "method" for _, column in self.fund_header):  # 得分计算方法 (Shandong): its words are no value
            kept = [(p, v) for p, v in zip(positions, values, strict=True) if header_at.get(p) != "method" and is_value(v)]
            positions, values = [p for p, _ in kept], [v for _, v in kept]
        found: dict[str, Decimal | None] = dict.fromkeys(_FUND_COLUMNS)
        if len(values) < len(columns) and all(p in header_at for p in positions) and (
                not self.regrouped or self.keeps_blanks()):
            pairs = [(header_at[p], v) for p, v in zip(positions, values, strict=True)]
        elif len(values) < len(columns) and "rate" in columns and (anchored := _anchored(columns, values)):
            pairs = anchored
        else:
            pairs = list(zip(columns, values, strict=False))
        if len(values) < len(columns) and not _sensible(pairs) and (deduced := _deduced(columns, values)):
            pairs = deduced
        percent = False
        for column, text in pairs:
            found[column] = _fund_number(text)
            percent = percent or (column == "rate" and "%" in normalise_text(text))
        if "budget" not in columns:  # 年初预算数(A) the one budget printed (Shandong): the A of B / A
            found["budget"] = found["initial"]
        return found, percent


@functools.lru_cache(maxsize=4096)
def _header_fields(cells: tuple[str, ...]) -> tuple[tuple[int, str, str], ...]:
    """The header fields a row names (项目名称 / 主管部门 / 实施单位, anywhere in the row):
    each label's position, its field and the value after it."""
    found = []
    for position, cell in enumerate(cells):
        name = layout.field_of(cell) if cell and _may_be_label(cell) else None
        if name is None:
            continue
        value = next((c for c in cells[position + 1:] if c), "")
        taken = (_may_be_label(value) and layout.field_of(value) is not None) or _UNIT_LINE.match(value)
        found.append((position, name, "" if taken else join_cjk(value)))  # another label, or `单位:万元`
    return tuple(found)


@functools.lru_cache(maxsize=1024)
def _indicator_header(cells: tuple[str, ...]) -> tuple[tuple[Decimal, ...], tuple[_Columns, str | None] | None]:
    """The indicator table's header row read: the points its block label gives the
    table (`绩效指标（90分）`), and the columns after 三级指标 with the template they show
    (None where the row names no 三级指标 followed by a target).  Read once a header."""
    points = tuple(Decimal(note) for cell in cells
                   if cell and (note := layout.points_note(cell)) and layout.starts_with(cell, layout.INDICATORS))
    while cells and not cells[-1]:
        cells = cells[:-1]
    # blanks inside the header keep their places: a column merged across two (三级指标)
    # leaves a blank in the header and in every row alike
    names: list[tuple[str, str | None]] = []
    for cell in cells:
        column = layout.indicator_column_of(cell) if cell else None
        if column is not None and names and names[-1][1] == column and column in ("target", "actual"):
            continue  # one header cell wrapped into two (`年度` / `指标值`, `实际` / `完成值`)
        if (column is None and cell and names and names[-1][1] is not None
                and layout.indicator_column_of(names[-1][0] + cell) == names[-1][1]):
            continue  # the rest of a header cell a flattened copy split at its space (`年度` `指标`)
        names.append((cell, column))
    where = next((i for i, (_, column) in enumerate(names) if column == "name"), None)
    if where is None:  # no 三级指标: 指标内容 right after 二级指标 is the indicator's name (Shaanxi, Zhejiang)
        where = next((i for i, (_, column) in enumerate(names)
                      if column == "description" and i and names[i - 1][1] == "level2"), None)
    if where is None:
        return points, None
    after = tuple(column or "skip" for _, column in names[where + 1:])
    levels = [i for i, (_, column) in enumerate(names) if column in ("level1", "level2")]
    if "target" not in after:
        # 一级/二级/三级 after the other columns: a two-row header regrouped into one row, the
        # first row's 绩效指标 spanning them (Yunnan's 公开表); the columns are the others, in order
        after = tuple(column for _, column in names[:where] if column not in (None, "level1", "level2"))
        if "target" not in after:
            return points, None
        levels, where, names = [], 0, []
    template = "split" if "nature" in after else None
    if after.index("target") > after.index("weight") if "weight" in after else False:
        template = "poverty"
    serial = next((i for i, (_, column) in enumerate(names[:where]) if column == "serial"), None)
    return points, (_Columns(after, "weight" in after, (*levels[:2], where), len(names), serial), template)


class _FundHeader(NamedTuple):
    named: tuple[tuple[int, str], ...]  # (cell position, column)
    scored: bool  # it names 分值/权重 or 得分, or a heading gives points: the execution is scored
    unit: str  # 元 or 万元
    weight: Decimal | None  # the execution weight a heading such as `预算执行情况（20分）` gives
    twenty: bool  # it says `20分*` / `20分×`: the 20-point execution form


@functools.lru_cache(maxsize=4096)
def _fund_header(raw: tuple[str, ...]) -> _FundHeader | None:
    """A row as the fund block's header: the columns it names, where they stand, the unit
    and the execution weight; None for any other row.  (A report prints the same header
    card after card: each is read once.)"""
    cells = [c.strip() for c in raw]
    # (the lookups only for cells that may be labels: a fund row's amounts are never looked up)
    columns = [(i, layout.fund_column_of(c) if _may_be_label(c) else None) for i, c in enumerate(cells)
               if c and not (_may_be_label(c) and layout.fund_row_of(c))]
    named = [(i, c) for i, c in columns if c is not None]
    if len({c for _, c in named}) < 2 or not {"budget", "executed"} & {c for _, c in named}:
        return None
    last_label = max(i for i, _ in named)
    if any(level1_of(c) or layout.is_one_of(c, ("一级指标", "三级指标")) for c in cells if c) or any(
            parse_decimal(c.rstrip("%")) is not None for c in cells[:last_label] if c):
        return None  # a header names columns: no headings, no numbers among its labels
    scored = bool({"weight", "points"} & {c for _, c in named}) or any(layout.points_note(c) for c in cells if c)
    weight = None
    for cell in cells:
        if cell and (note := layout.points_note(cell)) and (
                layout.starts_with(cell, layout.FUND_BLOCK) or layout.fund_column_of(cell) == "points"):
            weight = Decimal(note)
    return _FundHeader(tuple(named), scored, "元" if re.search(r"[(（]\s*元\s*[)）]", " ".join(raw)) else "万元",
                       weight, any("20分*" in squash(c) or "20分×" in squash(c) for c in cells))


@functools.lru_cache(maxsize=64)
def _blank_values(columns: tuple[str, ...]) -> tuple[dict[str, str], bool]:
    """An indicator row's values before its cells fill them: every column the header
    names and every one the reader asks for, empty; and whether the header names each
    column once and skips none (its cells then simply fill them in order)."""
    return dict.fromkeys((*columns, *_STANDARD, "nature", "unit"), ""), (
        "skip" not in columns and len(set(columns)) == len(columns))


@functools.lru_cache(maxsize=64)
def _valued(columns: tuple[str, ...]) -> int:
    """How many of the columns after 三级指标 hold values (all but the note)."""
    return sum(column != "note" for column in columns)


@functools.lru_cache(maxsize=64)
def _points_at(columns: tuple[str, ...]) -> tuple[int, ...]:
    """Where the columns after 三级指标 put the points (every place, in order)."""
    return tuple(i for i, column in enumerate(columns) if column == "points")


def _unplaced(columns: Iterable[str]) -> list[tuple[int, str]]:
    """Fund columns in order, with no cell position: a row's values are then placed by
    what the form guarantees (`_anchored`, `_deduced`), not by where they stand."""
    return [(-1, column) for column in columns]


@functools.lru_cache(maxsize=256)
def _fund_layout(header: tuple[tuple[int, str], ...]) -> tuple[tuple[str, ...], dict[int, str]]:
    """The fund columns a header names, in its order (the form's when it names none),
    and the column at each cell position.  (Read only: shared by the cards of a report.)"""
    return tuple(column for _, column in header if column != "method") or _FUND_COLUMNS, dict(header)


_FUND_COLUMNS = ("initial", "budget", "executed", "weight", "rate", "points")


def _anchored(columns: tuple[str, ...], values: list[str]) -> list[tuple[str, str]] | None:
    """A fund row that lost a cell, read by what the form guarantees: the rate is the one
    cell with `%`, the columns before it are filled from the right (年初预算数, the first,
    is the one left blank), the points follow it."""
    rates = [i for i, v in enumerate(values) if "%" in normalise_text(v)]
    if len(rates) != 1:
        return None
    at, where = rates[0], columns.index("rate")
    before, after = columns[:where], columns[where + 1:]
    if at > len(before) or len(values) - at - 1 > len(after):
        return None
    return [*zip(before[len(before) - at:], values[:at], strict=True), ("rate", values[at]),
            *zip(after, values[at + 1:], strict=False)]


def _sensible(pairs: list[tuple[str, str]]) -> bool:
    """Whether a fund row's values make sense in these columns: a rate only where `%` is
    printed or none is, a weight of at most 100, points no more than the weight, and a rate
    that is B / A (as a percentage or a fraction)."""
    got = {column: _fund_number(text) for column, text in pairs}
    if any("%" in normalise_text(text) for column, text in pairs if column != "rate"):
        return False
    weight, points, rate = got.get("weight"), got.get("points"), got.get("rate")
    budget, executed = got.get("budget"), got.get("executed")
    if (weight is not None and not 0 < weight <= 100) or (points is not None and weight is not None and points > weight):
        return False
    if rate is not None and budget and executed is not None:
        computed = executed / budget * 100
        return min(abs(rate - computed), abs(rate * 100 - computed)) <= 1
    return True


def _deduced(columns: tuple[str, ...], values: list[str]) -> list[tuple[str, str]] | None:
    """A fund row that lost cells, with no `%` to anchor it (`880 880 880 10 10` under
    six columns): the one way of leaving cells blank under which its values make sense
    (`_sensible`) — of several, the one that keeps the row's budget and executed amounts
    (`8 | 10 | 9 | 90%` under a sub-row's blank 分值) —, or None when there is none or more
    than one."""
    found = [pairs for kept in combinations(range(len(columns)), len(values))
             if _sensible(pairs := [(columns[k], v) for k, v in zip(kept, values, strict=True)])]
    amounts = [pairs for pairs in found if {"budget", "executed"} <= {column for column, _ in pairs}]
    found = amounts or found
    return found[0] if len(found) == 1 else None


def _rate_as_printed(printed: Decimal, computed: Decimal) -> Decimal:
    """A rate printed without `%`: a fraction (`0.958`) or a percentage (`95.8`),
    whichever is nearer B / A."""
    as_fraction = printed * 100
    return as_fraction if abs(as_fraction - computed) < abs(printed - computed) else printed


def _target_split(after: tuple[str, ...], parts: Sequence[str | None]) -> tuple[str, ...]:
    """The columns after 三级指标 with 年度指标值 (`target`) replaced by the parts a second
    header row names under it (指标性质 / 指标值 / 度量单位, in that row's order), and with
    it the blank columns its span left beside it in the first row."""
    at = end = after.index("target")
    split = tuple(dict.fromkeys(part for part in parts if part in _TARGET_PARTS))
    while end + 1 < len(after) and after[end + 1] == "skip" and end + 1 - at < len(split):
        end += 1
    return (*after[:at], *split, *after[end + 1:])


def _unit_restored(rest: list[str], columns: tuple[str, ...]) -> list[str]:
    """A row of the 指标性质 / 指标值 / 度量单位 columns whose empty cells there vanished.
    The 指标性质 cell holds a nature word (正向, 定性 …) or an operator: anything else in
    its place is the target, its blank gone (`有效 | 有效 | 10 | 10`).  A unit is never a
    number, and a 定性 indicator or a worded target has none — where the unit's place holds
    a number, or the target is qualitative, the unit's blank goes back in
    (`定性 | 及时 | 基本达成目标 | 10 | 9`, `≥ | 5 | 6 | 10 | 10`)."""
    nature = columns.index("nature") + 1 if "nature" in columns else len(rest)
    if nature < len(rest) and rest[nature] and squash(rest[nature]) not in layout.NATURE \
            and op_of(rest[nature]) is None:
        rest = [*rest[:nature], "", *rest[nature:]]
        if len(_filled_through(rest)) - 1 >= _valued(columns):
            return rest
    at = columns.index("unit") + 1
    if at >= len(rest) or not rest[at]:
        return rest
    target = columns.index("target") + 1 if "target" in columns else len(rest)
    qualitative = (nature < len(rest) and layout.NATURE.get(squash(rest[nature])) == "") or (
        target < len(rest) and bool(rest[target]) and parse_decimal(rest[target].rstrip("%")) is None)
    if qualitative or parse_decimal(rest[at].rstrip("%")) is not None:
        return [*rest[:at], "", *rest[at:]]
    return rest


def _units_rejoined(rest: list[str]) -> list[str]:
    """A row whose copy split a value from its unit at a space (`≥0.01 元`, `1000 平方米`):
    each unit standing in a cell of its own after a number goes back to that number (no
    column but 度量单位 holds a unit alone)."""
    if layout.UNIT_WORDS.isdisjoint(rest):
        return rest
    joined: list[str] = []
    for cell in rest:
        if joined and cell in layout.UNIT_WORDS and joined[-1][-1:].isdigit():
            joined[-1] += cell
        else:
            joined.append(cell)
    return joined


def _inner_blank(cells: Sequence[str]) -> bool:
    """An empty cell between two filled ones: the copy keeps empty cells where they are."""
    filled = [i for i, cell in enumerate(cells) if cell.strip()]
    return bool(filled) and filled[-1] - filled[0] >= len(filled)


def _filled_through(cells: list[str]) -> list[str]:
    """The cells up to the last one that holds something."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    return cells[:end]


def _headed(indicators: list[Indicator]) -> list[Indicator]:
    """A tail's first rows, printed under a 一级指标 cell the excerpt cut off, take the
    一级指标 of the rows that follow them."""
    following = ""
    headed = []
    for indicator in reversed(indicators):
        following = indicator.level1 or following
        headed.append(indicator if indicator.level1 else attrs.evolve(indicator, level1=following))
    return headed[::-1]


def _number(cell: str) -> bool:
    """A weight or points cell that holds a number (`10`, `10分`), not a quantity (`1.5亩`)."""
    return parse_decimal(cell.removesuffix("分")) is not None


def _blank_after_number(cells: Sequence[str]) -> bool:
    """A row whose one number is followed by a blank cell (`总分 | | 100 | |`): the 得分
    column left empty beside the 分值 column's 100, as a copy that keeps empty cells shows."""
    numbered = [i for i, cell in enumerate(cells) if parse_decimal(cell.removesuffix("分")) is not None]
    return len(numbered) == 1 and any(not cell.strip() for cell in cells[numbered[0] + 1:])


def _heads_level2(level1: str, rest: list[str]) -> bool:
    """Whether the next filled cell is a 二级指标 of `level1` (成本指标 | 经济成本指标):
    what tells the 一级 成本指标 from the 二级 one of the same words."""
    following = next((cell for cell in rest if cell), "")
    return bool(following) and bool(level2_of(level1, squash(following)))


def _both_headings(cell: str) -> tuple[str, str] | None:
    """A cell holding both headings, merged by extraction (`产出指标 数量指标`):
    the 一级指标 and the text of the 二级指标."""
    words = cell.split()
    for cut in range(1, len(words)):
        level1 = level1_of("".join(words[:cut]))
        rest = "".join(words[cut:])
        if level1 is not None and level2_of(level1, rest):
            return level1, rest
    return None


_GROUP = re.compile(r"[一二三四五六七八九十]+[、.．]")  # a group row's number: `一、示范区建立`
_ITEM = re.compile(r"\d+[、.．]")  # an item's under it: `1、水稻侧深施肥`


def _adds_up(group: Indicator, items: list[Indicator], points: dict[str, Decimal | None]) -> bool:
    """Whether the items' points (or, where points are not all printed, their weights) add
    up to the group row's: the group row is their subtotal."""
    printed = [points.get(item.name) for item in items]
    total = points.get(group.name)
    if total is not None and all(p is not None for p in printed):
        return sum((p for p in printed if p is not None), Decimal(0)) == total
    return bool(group.weight) and sum((item.weight for item in items), Decimal(0)) == group.weight


class _Walk(NamedTuple):
    """A row's headings read (`_walk`): the headings then in force, where the indicator
    begins, the points the 一级 headings give their sections, and the last cell whose
    words were looked at (-1: none)."""

    level1: str
    level2: str
    position: int
    sections: tuple[tuple[str, Decimal], ...]
    seen: int


# the walks of a report's repeated heading cells (`_Card.walk`), and its heading-only rows
# (`_Card.read`); emptied when full, as a server reads report after report
_walks: dict[tuple[object, ...], _Walk] = {}
_heading_rows: dict[tuple[object, ...], _Walk] = {}
_MEMO = 4096


def _remember(memo: dict[tuple[object, ...], _Walk], key: tuple[object, ...], walk: _Walk) -> None:
    if len(memo) >= _MEMO:
        memo.clear()
    memo[key] = walk


def _walk(cells: list[str], level1: str, level2: str, levels: tuple[int, ...], width: int, filling: bool) -> _Walk:
    """The 一级/二级 heading cells at a row's start.  A row's first heading may be a
    一级指标; one after it is a 二级指标 even where the words could be either (满意度指标 /
    满意度).  A block label repeated by a rowspan (绩效指标) is skipped.  `levels` and
    `width` are where the header puts the headings and the name, and how wide it is;
    `filling`, whether the open 一级 block still falls short of its printed points
    (`_Card.filling`)."""
    position = 0
    seen = -1
    sections: list[tuple[str, Decimal]] = []
    level1_seen = level2_seen = False
    end = len(cells)
    while position < end:
        cell = cells[position]
        if not cell:  # a blank cell keeps its place (most of a heading-only row)
            position += 1
            continue
        if level1_seen and level2_seen:
            break  # both headings read: this cell begins the indicator
        seen = position
        text = squash(cell)
        if text and not (position == 0 and layout.starts_with(text, layout.INDICATORS) and level1_of(text) is None):
            as_level1 = None if level1_seen else level1_of(text)
            if as_level1 is not None and level1 and as_level1 != level1 and level2_of(level1, text):
                seen = max(seen, _next_filled(cells, position + 1))
                if not _heads_level2(as_level1, cells[position + 1:]):
                    as_level1 = None  # 成本指标 under 产出指标 (the MOF 2020 form), not the later 一级 成本指标
            if as_level1 is not None and as_level1 == level1 and not level2 and level2_of(level1, text):
                as_level1 = None  # `满意度指标` again under its lone heading's row: its 二级 heading
            if as_level1 is not None:
                if as_level1 != level1:  # the same 一级指标 again is a rowspan repeating it
                    level2 = ""
                level1, level1_seen = as_level1, True
                if note := layout.points_note(cell):
                    sections.append((level1, Decimal(note)))
            else:
                if level2_seen:  # a row has one 二级指标: a third heading-like cell is the name (满意度(%))
                    break
                if not levels:
                    seen = max(seen, _next_filled(cells, position + 1))
                    if (following := next((c for c in cells[position + 1:] if c), "")) and is_value(following):
                        break  # `服务对象满意度 | ≥90% | …`: a heading's words naming the indicator itself
                owner = level1 if level1 and level2_of(level1, text) else next(
                    (l1 for l1 in LEVEL1 if level2_of(l1, text)), None)
                if owner is None:
                    both = _both_headings(cell)
                    if both is None:
                        break
                    owner, text = both
                # a 一级指标 printed on this row stays as printed (产出指标 | 经济成本指标), and so
                # does the open one while its weights fall short of the points its heading gives
                # it, or before its first 二级 heading (its own row, one cell a line)
                stays = level1_seen or filling or bool(level1 and not level2)
                level1, level2 = level1 if stays else owner, level2_of(owner, text) or ""
                level1_seen = level2_seen = True
        position += 1
    if (len(levels) == 3 and position == levels[1] and position < levels[2]
            and len(_filled_through(cells)) <= width <= len(cells) + 1
            and cells[levels[2]:levels[2] + 1] != [""]
            and levels[0] > 0 and (not cells[0] or layout.starts_with(cells[0], layout.INDICATORS))
            and level1_of(cells[levels[0]]) is not None):
        # a row in the header's own columns (its first cell blank or the block's label)
        # whose headings the words do not tell: its columns tell them
        one, two, name = levels
        seen = max(seen, *levels[:2])
        level1 = level1_of(cells[one]) or level1 if cells[one] else level1
        if cells[two] and position <= two:
            level2 = level2_of(level1, cells[two]) or squash(cells[two])
        position = name
    return _Walk(level1, level2, position, tuple(sections), seen)


def _next_filled(cells: list[str], start: int) -> int:
    """The index of the first filled cell from `start` on (len(cells) if none)."""
    return next((i for i in range(start, len(cells)) if cells[i]), len(cells))


def _unsuffixed(text: str) -> tuple[str, str] | None:
    """The words after a number a text ends in and the quantity before them (`95%以上` →
    `以上`, `95%`), when what is before them is a quantity."""
    word = layout.suffix_word(text)
    return (word, text[: -len(word)]) if word and split_quantity(text[: -len(word)]) is not None else None


def _placeholder(cell: str) -> bool:
    """A cell of the template's empty indicator row: a bare `指标2:`, `……`, or nothing."""
    return cell in _PLACEHOLDERS or _BLANK_NAME.fullmatch(join_cjk(cell)) is not None


def _rule_words(text: str) -> bool:
    """A sentence on how points are earned (`定量指标计算:完成值达到指标值,记满分;…记分。`):
    it ends as a sentence does and speaks of points, as no indicator's name does."""
    return text.endswith(("。", "；", ";")) and "分" in text


@functools.lru_cache(maxsize=8192)
def _fund_number(cell: str) -> Decimal | None:
    """A fund-row cell: an amount (`620.82万元`), a rate with or without `%`, or a dash."""
    return parse_decimal(_MONEY_SUFFIX.sub("", cell.strip()).rstrip("%％"))


def _decimals(values: list[Decimal | None]) -> int:
    return sum(max(0, -int(v.as_tuple().exponent)) for v in values if v is not None)


# A report prints the same targets and actuals card after card (`≥ 90%`, `达标`): each
# text is read once.  What is read depends on the text alone; the finding a target's
# printing calls for is returned as its code and parameters, made with the row's place
# by the caller.
_Note = tuple[str, tuple[tuple[str, str], ...]]


@functools.lru_cache(maxsize=16384)
def _target_of(text: str, cost: bool) -> tuple[Target, _Note | None]:
    """A target as printed: a glyph, words (不低于 95%, 90%以上), a range (85%-95%), a
    bare number (≤ under 成本指标 — `cost` —, else ≥, said by JS315), or a qualitative
    word; with the note (JS315, JS112, JS311) its printing calls for."""
    cleaned = _printed(text)
    compact = squash(cleaned).replace("（", "(").replace("）", ")")
    if (ranged := _RANGE.match(compact)) is not None:
        low, high = Decimal(ranged.group(1)), Decimal(ranged.group(3))
        unit = ranged.group(4) or ranged.group(2)
        if low < high and (not ranged.group(2) or unit in ("", "%")):
            return Target(Op.RANGE, low, high, unit_of(unit) if unit else None), None
    word_glyph = None
    for prefix in _PREFIXES if compact.startswith(_PREFIXES) else ():
        if compact.startswith(prefix) and split_quantity(compact[len(prefix):]) is not None:
            word_glyph, compact = layout.PREFIX_WORDS[prefix], compact[len(prefix):]
            break
    if (suffixed := _unsuffixed(compact)) is not None:
        word_glyph, compact = word_glyph or layout.SUFFIX_WORDS[suffixed[0]], suffixed[1]
    match = _OP.match(compact) if word_glyph is None else None
    glyph = word_glyph or (match.group(1) if match else None)
    rest = compact[match.end():] if match else compact
    if match and (suffixed := _unsuffixed(rest)) is not None:  # a glyph and its words both (`≤100万元以内`)
        rest = suffixed[1]  # the glyph says it
    quantity = split_quantity(rest)
    if quantity is None or (glyph is None and quantity[1] not in ("", "%") and len(quantity[1]) > 4):
        return Target(Op.QUAL, word=join_cjk(text) or ""), None
    value, unit = quantity
    unit_obj = unit_of(unit) if unit else None
    if glyph is None:
        bare = Op.LE if cost else Op.GE
        return Target(bare, value, unit=unit_obj, glyph=""), ("JS315", (("target", repr(text)),
                                                                        ("op", "≤" if bare is Op.LE else "≥")))
    op = op_of(glyph)
    assert op is not None
    note: _Note | None = None
    if glyph == "≈":
        note = ("JS112", (("target", repr(text)),))
    elif glyph not in _FORM_GLYPHS and word_glyph is None:
        note = ("JS311", (("target", repr(text)), ("glyph", repr(glyph))))
    printed = squash(text) if word_glyph is not None else glyph
    return Target(op, value, unit=unit_obj, glyph=None if printed == ASCII[op] else printed), note


@functools.lru_cache(maxsize=16384)
def _actual_of(text: str) -> tuple[Quantity | None, str | None]:
    """An actual as printed: a number with its unit, or else a verdict word."""
    cleaned = _printed(text)
    quantity = split_quantity(cleaned)
    if quantity is None and (copied := _OP.match(cleaned)):
        quantity = split_quantity(cleaned[copied.end():])  # `≥95%` copied into the actual
    if quantity is None:  # `达到95%`, `95%以上` copied into the actual: each word where it is printed
        prefixed = (cleaned[len(word):] for word in _PREFIXES if cleaned.startswith(word))
        quantity = next(filter(None, map(split_quantity, prefixed)), None)
        if quantity is None and (suffixed := _unsuffixed(cleaned)) is not None:
            quantity = split_quantity(suffixed[1])
    if quantity is not None:
        value, unit = quantity
        return Quantity(value, unit_of(unit) if unit else None), None
    return None, squash(text) or None
