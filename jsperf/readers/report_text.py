"""Report text as extracted from a 部门决算 PDF, one table row a line, cells tab-separated.

The layout of the reference report (景德镇市昌南新区党政办 2024): each scorecard opens
with a line `项目支出绩效自评表` and closes with its `总分` row.  Rows are recognised by
their first meaningful cell, not by position, because extraction shifts cells: headings
wrap (`生态效益 指标` on a line of its own), words split (`基本达成 目标`), blank cells
come and go.  Every value keeps the line it came from.
"""

from __future__ import annotations

import re
from decimal import Decimal

import attrs

from jsperf.codes import finding
from jsperf.gcpause import paused
from jsperf.lang.parse import ASCII, op_of
from jsperf.model import (
    Actual,
    Claims,
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
)
from jsperf.numbers import parse_decimal, split_quantity, unit_of
from jsperf.vocabulary import LEVEL1, level1_of, level2_of, squash

TITLE = "项目支出绩效自评表"
_CJK_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")
_OP = re.compile(r"^(\\geq|\\leq|\\ge|\\le|>=|<=|＞＝|＜＝|[≥≤≧≦⩾⩽=＝═≈><＞＜])\s*")
_TITLE_YEAR = re.compile(r"(\d{4})\s*年度?")  # `2023年度项目支出绩效自评表`
_YEAR = re.compile(r"[(（]\s*(\d{4})\s*年度?\s*[)）]")
# fund rows: the total, and the government-budget row under its several names
_FUND_TOTAL = "年度资金总额"
_FUND_GOVERNMENT = ("政府预算资金", "当年财政拨款", "财政拨款", "财政资金")
# the 指标性质 column of layouts that split the target into three columns
_NATURE = {"正向": "≥", "正向指标": "≥", "反向": "≤", "反向指标": "≤", "定性": "", "定性指标": "", "定量": ""}
_GRADES = ("优", "良", "中", "差")
_FORM_GLYPHS = frozenset({*ASCII.values(), "≥", "≤"})  # the form's own operators; others get JS311
_PAGE_NUMBER_START = frozenset("-—–第0123456789")
_PAGE_NUMBER = re.compile(r"[-—–]*\d{1,4}[-—–]*|第\d+页(共\d+页)?")


def join_cjk(text: str) -> str:
    """Undo the spaces PDF extraction puts inside wrapped Chinese text."""
    return _CJK_GAP.sub("", text.strip())


def is_title(line: str) -> bool:
    """`项目支出绩效自评表`, maybe with its year or a table number, on a line of its own."""
    text = squash(line)
    return TITLE in text and len(text) <= len(TITLE) + 16 and not text.endswith(("。", "：", ":"))


def looks_like(text: str) -> bool:
    """Does this text hold scorecards of this layout?"""
    return any(is_title(line) for line in text.splitlines())


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
    with paused():
        return read_rows(rows_of_text(text, file), file)


def read_rows(rows: list[Row], file: str) -> Report:
    starts = [i for i, row in enumerate(rows) if is_title(row.text)]
    projects: list[Project] = []
    problems: list[Finding] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] if number + 1 < len(starts) else len(rows)
        card = _Card(rows, start, end, file)
        project = card.read()
        if project is None:
            problems.extend(card.problems)
        else:
            projects.append(project)
    return Report(file, tuple(projects), read_claims(rows), tuple(problems))


# How narratives count the self-evaluated projects, their funds and their grades; the
# number is group "n" and the grade group "g" in every pattern.
_CLAIM_PROJECTS = (
    re.compile(r"二级项目\s*(?P<n>\d+)\s*个[^。]*?绩效自评"),                       # 二级项目 24 个全面开展绩效自评
    re.compile(r"(?:对|组织)\s*(?P<n>\d+)\s*个(?:二级)?项目[^。]*?(?:开展|进行)[^。]*?自评"),  # 对 24 个项目开展自评
    re.compile(r"自评[^。]*?(?:项目|二级项目)(?:共)?\s*(?P<n>\d+)\s*个"),              # 纳入自评的项目共 24 个
)
_CLAIM_FUNDS = re.compile(r"自评[^。]*?(?:涉及|覆盖)(?:项目)?资金(?:总额)?(?:共)?\s*(?P<n>[\d,，.]+)\s*万元")
_CLAIM_GRADES = (
    re.compile(r"(?P<n>\d+)\s*个项目(?:的)?(?:自评|评价)?(?:结果|等级)为\s*[“\"]?\s*(?P<g>[优良中差])"),
    re.compile(r"个项目(?:的)?(?:自评|评价)?(?:结果|等级)为\s*(?P<n>\d+)\s*[“\"]\s*(?P<g>[优良中差])"),  # a misplaced number
    re.compile(r"(?:结果|等级)为\s*[“\"]?(?P<g>[优良中差])[”\"]?的(?:项目)?(?:有|共)?\s*(?P<n>\d+)\s*个"),
)


def read_claims(rows: list[Row]) -> Claims | None:
    """The narrative's claims about the self-evaluations, when it makes them: the
    sentence that counts the projects, and the grade counts that follow it (which may
    wrap onto the next printed line)."""
    for index, row in enumerate(rows):
        line = row.text
        match = next((m for pattern in _CLAIM_PROJECTS if (m := pattern.search(line))), None)
        if match is None:
            continue
        spans = {"projects": attrs.evolve(row.span, col=match.start("n") + 1)}
        funds = None
        if (money := _CLAIM_FUNDS.search(line)) and (funds := parse_decimal(money.group("n"))) is not None:
            spans["funds"] = attrs.evolve(row.span, col=money.start("n") + 1)
        following = next((r.text for r in rows[index + 1: index + 4] if r.text.strip()), "")
        grades: dict[str, Decimal] = {}
        for pattern in _CLAIM_GRADES:
            for grade in pattern.finditer(line.rstrip() + following.strip()):
                if grade.group("g") not in grades:
                    grades[grade.group("g")] = Decimal(grade.group("n"))
                    spans[f"grade.{grade.group('g')}"] = row.span
        return Claims(Decimal(match.group("n")), funds, grades, spans)
    return None


class _Card:
    def __init__(self, rows: list[Row], start: int, end: int, file: str) -> None:
        self.rows = rows
        self.start = start
        self.end = end
        self.file = file
        self.problems: list[Finding] = []
        self.notes: list[Finding] = []
        self.split_target = False  # 指标性质 / 指标值 / 度量单位 in columns of their own
        self.fund_unit = "万元"  # 项目资金（万元）, or （元）
        self.fund_columns: tuple[str, ...] = _FUND_COLUMNS  # the order the 项目资金 header lists them in

    def span(self, index: int, cell: int = 0) -> Span:
        return self.rows[index].at(cell)

    def read(self) -> Project | None:
        fields: dict[str, str] = {}
        spans: dict[str, Span] = {}
        fund_rows: dict[str, tuple[list[str], int]] = {}
        indicators: list[Indicator] = []
        actuals: dict[str, Actual] = {}
        points: dict[str, Decimal | None] = {}
        level1 = level2 = ""
        total_row: tuple[list[str], int] | None = None
        goal_next = False
        year = None
        grade = None
        in_indicators = False  # rows before the 绩效指标 header are never indicators
        if match := _YEAR.search(self.rows[self.start].text) or _TITLE_YEAR.search(self.rows[self.start].text):
            year = int(match.group(1))
        for index in range(self.start + 1, self.end):
            raw = self.rows[index].text
            cells = list(self.rows[index].cells)
            filled = [c for c in map(str.strip, cells) if c]
            if not filled:
                continue
            head = squash(filled[0]).rstrip("：:")
            if head[0] in _PAGE_NUMBER_START and _PAGE_NUMBER.fullmatch(squash(raw)):  # a page number, mid-table
                continue
            if year is None and (match := _YEAR.search(raw)):
                year = int(match.group(1))
                continue
            if goal_next and not _starts_indicators(head, filled):
                goal_next = False
                fields["goal"] = join_cjk(filled[0])
                fields["achieved"] = join_cjk(filled[1]) if len(filled) > 1 else ""
                continue
            if head == "项目名称":
                fields["project"] = join_cjk(filled[1]) if len(filled) > 1 else ""
                spans["project"] = self.span(index)
            elif head == "主管部门":
                fields["department"] = join_cjk(filled[1]) if len(filled) > 1 else ""
                if "实施单位" in filled[:-1]:
                    fields["implementer"] = join_cjk(filled[filled.index("实施单位") + 1])
            elif head == "实施单位":
                fields["implementer"] = join_cjk(filled[1]) if len(filled) > 1 else ""
            elif head.startswith("项目资金"):
                self.fund_unit = "元" if re.search(r"[(（]\s*元\s*[)）]", raw) else "万元"
                self.fund_columns = _fund_columns(filled[1:])
            elif _starts_indicators(head, filled):
                in_indicators, goal_next = True, False
                self.split_target = any(squash(c) in ("指标性质", "度量单位", "计量单位") for c in filled)
            elif head == _FUND_TOTAL or head.removeprefix("其中").lstrip("：:") in _FUND_GOVERNMENT:
                fund_rows[_FUND_TOTAL if head == _FUND_TOTAL else "government"] = (filled[1:], index)
            elif head.startswith("年度总体目标"):
                texts = [c for c in filled[1:] if squash(c) not in ("预期目标", "实际完成情况")]
                if texts:  # the goals on the heading's own row
                    fields["goal"] = join_cjk(texts[0])
                    fields["achieved"] = join_cjk(texts[1]) if len(texts) > 1 else ""
                goal_next = not texts
            elif head in ("等级", "评价等级", "自评等级") and len(filled) > 1:
                grade = squash(filled[-1])
            elif head in ("总分", "合计", "总计"):
                total_row = (filled[1:], index)
                grade = next((squash(c) for c in filled[1:] if squash(c) in _GRADES), grade)
                following = next((self.rows[j].cells for j in range(index + 1, min(index + 3, self.end))
                                  if self.rows[j].text.strip()), ())
                cells_after = [squash(c) for c in following if c.strip()]
                if cells_after[:1] and cells_after[0] in ("等级", "评价等级", "自评等级") and len(cells_after) > 1:
                    grade = cells_after[-1]
                break
            elif set(head) <= set("-—") or not in_indicators:
                continue
            elif len(filled) == 1 and indicators and parse_decimal(filled[0]) is None and not self.is_heading(head):
                # a long cell wrapped onto a line of its own: the previous row's deviation note goes on
                last = actuals[indicators[-1].name]
                if last.deviation_note:
                    actuals[indicators[-1].name] = attrs.evolve(
                        last, deviation_note=join_cjk(last.deviation_note + " " + filled[0]))
                else:
                    self.problems.append(finding("JS404", self.span(index), kind="row", level1=level1 or "?",
                                                 level2=level2 or "?", cells=filled[0]))
            else:
                level1, level2, rest = self.headings(cells, level1, level2)
                if rest is None:
                    continue
                row = self.indicator(rest, len(cells) - len(rest), index, level1, level2)
                if row is None:
                    continue
                indicator, actual, published = row
                if any(i.name == indicator.name for i in indicators):
                    self.problems.append(finding("JS404", self.span(index), project=fields.get("project"),
                                                 kind="duplicate", name=repr(indicator.name)))
                    continue
                indicators.append(indicator)
                actuals[indicator.name] = actual
                points[indicator.name] = published
                spans[f"points.{indicator.name}"] = self.span(index)
        return self.assemble(fields, spans, fund_rows, indicators, actuals, points, total_row, year, grade)

    @staticmethod
    def is_heading(text: str) -> bool:
        return level1_of(text) is not None or any(level2_of(l1, text) for l1 in LEVEL1)

    def headings(self, cells: list[str], level1: str, level2: str) -> tuple[str, str, list[str] | None]:
        """Peel the 一级/二级 heading cells off a row; the rest (blanks kept, for position)
        is the indicator, or None for a heading-only row.  A row's first heading may be a
        一级指标; one after it is a 二级指标 even where the words could be either
        (满意度指标 / 满意度)."""
        position = 0
        level1_seen = False
        while position < len(cells):
            text = squash(cells[position])
            if text:
                as_level1 = None if level1_seen else level1_of(text)
                if as_level1 is not None:
                    level1, level2, level1_seen = as_level1, "", True
                else:
                    owner = level1 if level1 and level2_of(level1, text) else next(
                        (l1 for l1 in LEVEL1 if level2_of(l1, text)), None)
                    if owner is None:
                        both = _both_headings(cells[position])
                        if both is None:
                            break
                        owner, text = both
                    level1, level2 = owner, level2_of(owner, text) or ""
                    level1_seen = True
            position += 1
        rest = cells[position:]
        return level1, level2, rest if any(c.strip() for c in rest) else None

    def indicator(self, rest: list[str], first: int, index: int, level1: str, level2: str
                  ) -> tuple[Indicator, Actual, Decimal | None] | None:
        values = [c.strip() for c in rest] + [""] * 8
        if self.split_target:
            name, nature, value, unit, actual_text, weight_text, points_text, note = values[:8]
            glyph = _NATURE.get(squash(nature), nature)
            target_text = f"{glyph}{value}{unit}" if parse_decimal(value) is not None else value or nature
        else:
            name, target_text, actual_text, weight_text, points_text, note = values[:6]
        span = self.span(index, first)
        where = {"project": None, "indicator": join_cjk(name)}
        weight = parse_decimal(weight_text.removesuffix("分"))
        if not level1 or not level2 or not name or weight is None:
            self.problems.append(finding(
                "JS404", span, **where, kind="row", level1=level1 or "?", level2=level2 or "?",
                cells=" | ".join(v.strip() for v in rest if v.strip())))
            return None
        name = join_cjk(name)
        target = self.target(target_text, span, name)
        actual = self.actual(actual_text, span, join_cjk(note) or None)
        published = parse_decimal(points_text.removesuffix("分"))
        if points_text.strip() == "":
            published = Decimal(0)
            self.notes.append(finding("JS312", span, indicator=name, reported="", recomputed="0"))
        elif published is None:
            self.problems.append(finding("JS404", span, **where, kind="score", score=repr(points_text)))
        if actual.verdict is not None:
            actual = Actual(actual.value, actual.verdict, published, actual.text, actual.span, actual.deviation_note)
        indicator = Indicator(level1, level2, name, target, weight, span=span)
        return indicator, actual, published

    def target(self, text: str, span: Span, name: str) -> Target:
        cleaned = text.replace("$", "").replace("\\%", "%").strip()
        match = _OP.match(cleaned)
        glyph = match.group(1) if match else None
        rest = cleaned[match.end():] if match else cleaned
        quantity = split_quantity(rest)
        if quantity is None or (glyph is None and quantity[1] not in ("", "%") and
                                not re.fullmatch(r"[\s\S]{1,4}", quantity[1])):
            return Target(Op.QUAL, word=join_cjk(text) or "")
        value, unit = quantity
        unit_obj = unit_of(unit) if unit else None
        if glyph is None:
            self.notes.append(finding("JS315", span, indicator=name, target=repr(text)))
            return Target(Op.GE, value, unit=unit_obj, glyph="")
        op = op_of(glyph)
        assert op is not None
        if glyph == "≈":
            self.notes.append(finding("JS112", span, indicator=name, target=repr(text)))
        elif glyph not in _FORM_GLYPHS:
            self.notes.append(finding("JS311", span, indicator=name, target=repr(text), glyph=repr(glyph)))
        return Target(op, value, unit=unit_obj, glyph=None if glyph == ASCII[op] else glyph)

    def actual(self, text: str, span: Span, note: str | None) -> Actual:
        quantity = split_quantity(text)
        if quantity is None and (copied := _OP.match(text.replace("$", "").replace("\\%", "%").strip())):
            quantity = split_quantity(text.replace("$", "").replace("\\%", "%").strip()[copied.end():])  # `≥95%`
        if quantity is not None:
            value, unit = quantity
            return Actual(Quantity(value, unit_of(unit) if unit else None), None, None, text, span, note)
        word = squash(text)
        return Actual(None, word or None, None, text, span, note)

    def assemble(self, fields: dict[str, str], spans: dict[str, Span],
                 fund_rows: dict[str, tuple[list[str], int]], indicators: list[Indicator],
                 actuals: dict[str, Actual], points: dict[str, Decimal | None],
                 total_row: tuple[list[str], int] | None, year: int | None, grade: str | None) -> Project | None:
        name = fields.get("project") or ""
        start = self.span(self.start)
        missing = [what for what, ok in (("项目名称", name), ("年度资金总额", "年度资金总额" in fund_rows),
                                         ("绩效指标", indicators), ("总分", total_row)) if not ok]
        if missing:
            self.problems.append(finding("JS404", start, project=name or None, kind="lacks",
                                         name=name or "(no name)", missing=", ".join(missing)))
            return None
        self.problems = [_of_project(p, name) for p in self.problems]
        total_cells, total_index = total_row  # type: ignore[misc]
        numbers = [n for n in (parse_decimal(c) for c in total_cells) if n is not None]
        reported_total = numbers[-1] if numbers else None
        funds, rate, execution_points, execution_weight = self.funds(fund_rows, name)
        spans["total"] = self.span(total_index)
        spans["execution_rate"] = spans["execution_points"] = funds.span or start
        if grade is not None:
            spans["grade"] = spans["total"]
        reported = Reported(rate, execution_points, points, reported_total, grade if grade in _GRADES else None, spans)
        notes = tuple(_of_project(n, name) for n in self.notes + self.problems)
        indicator_set = IndicatorSet(name, tuple(indicators), execution_weight=execution_weight, span=start)
        return Project(name, indicator_set, funds, actuals, fields.get("department"),
                       fields.get("implementer"), year, None, reported, start, notes,
                       fields.get("goal"), fields.get("achieved"))

    def funds(self, rows: dict[str, tuple[list[str], int]], name: str
              ) -> tuple[Funds, Decimal | None, Decimal | None, Decimal | None]:
        """(funds, published rate, published points, execution weight), each fund row
        read in the order its header names the columns."""

        def read(cells: list[str]) -> dict[str, Decimal | None]:
            values = [_fund_number(c) for c in cells]
            found = {column: values[i] for i, column in enumerate(self.fund_columns) if i < len(values)}
            return {column: found.get(column) for column in _FUND_COLUMNS}

        total_cells, total_index = rows[_FUND_TOTAL]
        total = read(total_cells)
        chosen, chosen_index = total, total_index
        money = ("initial", "budget", "executed")
        if "government" in rows:
            gov_cells, gov_index = rows["government"]
            gov = read(gov_cells)
            if [gov[k] for k in money] != [total[k] for k in money] and all(gov[k] is not None for k in money):
                if _decimals([gov[k] for k in money]) > _decimals([total[k] for k in money]):
                    chosen, chosen_index = gov, gov_index
                self.notes.append(finding(
                    "JS313", self.span(chosen_index), project=name, total_budget=total["budget"],
                    total_executed=total["executed"], gov_budget=gov["budget"], gov_executed=gov["executed"],
                    chosen="政府预算资金" if chosen is gov else "年度资金总额"))
        scale = Decimal(10_000) if self.fund_unit == "元" else Decimal(1)
        amounts = [None if (value := chosen[k]) is None else value / scale for k in money]
        funds = Funds(amounts[0], amounts[1], amounts[2], self.span(total_index))
        return funds, total["rate"], total["points"], total["weight"]


_FUND_COLUMNS = ("initial", "budget", "executed", "weight", "rate", "points")
_FUND_LABELS = (("年初", "initial"), ("全年预算", "budget"), ("预算数", "budget"), ("执行数", "executed"),
                ("分值", "weight"), ("执行率", "rate"), ("得分", "points"))


def _fund_columns(labels: list[str]) -> tuple[str, ...]:
    """The columns of the fund rows as the 项目资金 header names them; the usual order
    when the header is not one jsperf can read."""
    columns = []
    for label in labels:
        text = squash(label)
        column = next((name for word, name in _FUND_LABELS if word in text), None)
        if column is None or column in columns:
            return _FUND_COLUMNS
        columns.append(column)
    return tuple(columns) if {"budget", "executed"} <= set(columns) else _FUND_COLUMNS


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


def _starts_indicators(head: str, filled: list[str]) -> bool:
    """The header row of the indicator table: 绩效指标 | 一级指标 | 二级指标 …"""
    return head.startswith("绩效指标") or any("一级" in c and squash(c) == "一级指标" for c in filled)


def _fund_number(cell: str) -> Decimal | None:
    """A fund-row cell: an amount, a rate printed with or without `%`, or a dash."""
    return parse_decimal(cell.strip().rstrip("%％"))


def _decimals(values: list[Decimal | None]) -> int:
    return sum(max(0, -int(v.as_tuple().exponent)) for v in values if v is not None)


def _of_project(item: Finding, project: str) -> Finding:
    return attrs.evolve(item, project=project)
