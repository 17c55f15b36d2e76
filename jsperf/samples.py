"""Sample scorecards: the standard template `jsperf new` starts from; scorecards made up
from a few numbers; and scorecards printed as report text in the layout of the
reference report.  Tests use them to check that printed text reads back to the same
numbers; benchmarks use them to make reports of any size."""

from __future__ import annotations

import random
from collections.abc import Sequence
from decimal import Decimal

import attrs

from jsperf.engine import score
from jsperf.model import Actual, Funds, Indicator, IndicatorSet, Op, Project, Quantity, Reported, RuleSet, Target
from jsperf.numbers import plain, unit_of
from jsperf.vocabulary import level2_names
from jsperf.writers.views import actual_text, target_text

HEADINGS = [(l1, l2) for l1 in ("成本指标", "产出指标", "效益指标", "满意度指标") for l2 in level2_names(l1)]
VERDICTS = ("基本达成目标", "部分实现目标", "实现目标程度较低")


Row = tuple[str, str, str, Target, Decimal, Actual, Decimal | None]


# The form's usual rows and weights (as in the reference report): 90 points of indicators.
STANDARD_ROWS: tuple[tuple[str, str, str, Target, Decimal], ...] = (
    ("成本指标", "经济成本指标", "项目成本", Target(Op.LE, Decimal(0), unit=unit_of("万元")), Decimal(20)),
    ("产出指标", "数量指标", "完成数量", Target(Op.GE, Decimal(0), unit=unit_of("个")), Decimal(5)),
    ("产出指标", "质量指标", "验收合格率", Target(Op.GE, Decimal(90), unit=unit_of("%")), Decimal(15)),
    ("产出指标", "时效指标", "完成及时性", Target(Op.QUAL, word="及时"), Decimal(20)),
    ("效益指标", "社会效益指标", "社会效益", Target(Op.QUAL, word="有效保障"), Decimal(20)),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", Target(Op.GE, Decimal(90), unit=unit_of("%")), Decimal(10)),
)


def standard_project(name: str, rules: str) -> Project:
    """A new project on the standard template, with blanks where its year goes."""
    indicators = tuple(Indicator(l1, l2, n, target, weight) for l1, l2, n, target, weight in STANDARD_ROWS)
    return Project(name, IndicatorSet(name, indicators, rules=rules, execution_weight=Decimal(10)),
                   Funds(None, None, None), {i.name: Actual() for i in indicators}, "", "", None, rules)


def make_project(name: str, budget: Decimal, executed: Decimal, rows: Sequence[Row],
                 execution_points: Decimal | None = None, total: Decimal | None = None) -> Project:
    """rows: (level1, level2, name, target, weight, actual, published points)."""
    indicators = tuple(Indicator(l1, l2, n, target, weight) for l1, l2, n, target, weight, _, _ in rows)
    actuals = {n: actual for _, _, n, _, _, actual, _ in rows}
    points = {n: published for _, _, n, _, _, _, published in rows}
    rate = (executed / budget * 100).quantize(Decimal("0.01")) if budget else None
    reported = Reported(rate, execution_points, points, total)
    return Project(name, IndicatorSet(name, indicators, execution_weight=Decimal(10)),
                   Funds(budget, budget, executed), actuals, "示例主管部门", "示例实施单位", 2024,
                   reported=reported)


def _cell(value: Decimal | None) -> str:
    return "" if value is None else plain(value)


def render_scorecard(project: Project) -> str:
    """One scorecard as PDF extraction prints it: tab-separated rows, empty 二级 rows kept."""
    funds, reported = project.funds, project.reported
    assert reported is not None
    rows = [
        "项目支出绩效自评表", "", "(2024 年度)", "",
        f"项目名称\t{project.name}\t\t\t\t\t\t",
        f"主管部门\t{project.department}\t\t\t实施单位\t{project.implementer}\t\t",
        "项目资金 (万元)\t\t年初预算数\t全年预算数 A\t全年执行数 B\t分值\t执行率\t得分\t",
        f"\t年度资金总额\t{_cell(funds.initial_budget)}\t{_cell(funds.budget)}\t{_cell(funds.executed)}\t10\t"
        f"{_cell(reported.execution_rate)}\t{_cell(reported.execution_points)}\t",
        f"\t政府预算资金\t{_cell(funds.initial_budget)}\t{_cell(funds.budget)}\t{_cell(funds.executed)}\t—\t"
        f"{_cell(reported.execution_rate)}\t—\t",
        "年度 总体 目标\t预期目标\t\t\t实际完成情况\t\t\t\t",
        "\t保障工作正常开展\t\t\t完成了年度工作\t\t\t\t",
        "绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标\t实际 完成值\t分值\t得分\t偏差原因分析及改进措施",
    ]
    by_heading: dict[tuple[str, str], list[Indicator]] = {}
    for indicator in project.indicator_set.indicators:
        by_heading.setdefault((indicator.level1, indicator.level2), []).append(indicator)
    last_level1 = ""
    for level1, level2 in HEADINGS:
        items = by_heading.get((level1, level2), [])
        shown1 = "" if level1 == last_level1 else level1
        last_level1 = level1
        if not items:
            rows.append(f"\t{shown1}\t{level2}\t\t\t\t\t\t")
            continue
        for position, indicator in enumerate(items):
            actual = project.actuals[indicator.name]
            published = reported.points.get(indicator.name)
            note = actual.deviation_note or ""
            heading = f"\t{shown1}\t{level2}" if position == 0 else "\t\t"
            rows.append(f"{heading}\t{indicator.name}\t{target_text(indicator.target)}\t{actual_text(actual)}\t"
                        f"{plain(indicator.weight)}\t{_cell(published)}\t{note}")
            shown1 = ""
    rows.append(f"总分\t\t\t\t\t100\t{_cell(reported.total)}\t\t")
    return "\n".join(rows) + "\n\n"


_NAMES = ("办公", "档案", "接待", "保洁", "培训", "维修", "宣传", "采购", "运行", "服务")


def random_project(rng: random.Random, number: int) -> Project:
    """A plausible scorecard, fast to make (for benchmarks of any size)."""
    budget = Decimal(rng.randint(100, 500_000)) / 100
    executed = (budget * Decimal(rng.randint(0, 100)) / 100).quantize(Decimal("0.0001"))
    weights = [Decimal(20), Decimal(5), Decimal(15), Decimal(20), Decimal(20), Decimal(10)]
    stem = f"{_NAMES[number % len(_NAMES)]}项目{number}"
    cost_target = (budget * 10000).quantize(Decimal("1"))
    rows: list[Row] = [
        ("成本指标", "经济成本指标", f"{stem}成本", Target(Op.LE, cost_target, unit=unit_of("元")), weights[0],
         Actual(Quantity(executed * 10000, unit_of("元"))), None),
        ("产出指标", "数量指标", f"{stem}数量", Target(Op.GE, Decimal(rng.randint(1, 500)), unit=unit_of("次")),
         weights[1], Actual(Quantity(Decimal(rng.randint(0, 600)))), None),
        ("产出指标", "质量指标", f"{stem}合格率", Target(Op.GE, Decimal(90), unit=unit_of("%")), weights[2],
         Actual(Quantity(Decimal(rng.randint(50, 100)))), None),
        ("产出指标", "时效指标", f"{stem}及时性", Target(Op.QUAL, word="及时"), weights[3],
         Actual(verdict=rng.choice(VERDICTS)), None),
        ("效益指标", "社会效益指标", f"{stem}效益", Target(Op.QUAL, word="有效保障"), weights[4],
         Actual(verdict=VERDICTS[0]), None),
        ("满意度指标", "服务对象满意度指标", f"{stem}满意度", Target(Op.GE, Decimal(90), unit=unit_of("%")),
         weights[5], Actual(Quantity(Decimal(rng.randint(80, 100)))), None),
    ]
    return make_project(stem, budget, executed, rows)


def publish(project: Project, rules: RuleSet) -> Project:
    """The project as a careful department would print it: every number as the rules give it."""
    result = score(project, rules)
    points = {r.indicator.name: r.points for r in result.indicators}
    actuals = {
        name: attrs.evolve(actual, points=points[name]) if actual.verdict is not None else actual
        for name, actual in project.actuals.items()
    }
    reported = Reported(result.execution.rate, result.execution.points, points, result.total, None)
    return attrs.evolve(project, actuals=actuals, reported=reported)
