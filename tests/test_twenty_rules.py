"""The 20-point execution form (湖北, 云南保山): `twenty.rules`, checked by hand against the
numbers its published scorecards print (corpus files 20, 21 and 14)."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from jsperf.audit import compare
from jsperf.engine import grade_of, score
from jsperf.model import Actual, Reported, RuleSet
from jsperf.rules.parse import load_rules
from jsperf.rules.verify import verify
from tests.helpers import project


@pytest.fixture(scope="module")
def twenty() -> RuleSet:
    return load_rules("twenty")


def points(result, name):  # type: ignore[no-untyped-def]
    return next(r.points for r in result.indicators if r.indicator.name == name)


def test_twenty_is_shipped_sound_and_cites_its_form(twenty: RuleSet) -> None:
    assert twenty.name == "twenty" and twenty.execution_weight == 20 and twenty.total == 100
    assert "20分*执行率" in twenty.source and "1wenmi.com/doc/330418.html" in twenty.source
    assert verify(twenty) == []


@pytest.mark.parametrize(("executed", "expected"), [
    ("0", "0.00"),         # 0 %
    ("100", "10.00"),      # 50 % × 20
    ("195.5", "19.55"),    # 97.75 % × 20, as 黄石 prints it (corpus 21)
    ("200", "20.00"),      # 100 %
    ("240", "20.00"),      # 120 %: 得分 stops at the row's 20 points
])
def test_execution_is_twenty_times_the_rate_capped_at_twenty(twenty: RuleSet, executed: str, expected: str) -> None:
    result = score(project("", {}, budget="200", executed=executed, execution=None), twenty)
    assert result.execution.weight == 20
    assert result.execution.points == Decimal(expected)


@pytest.mark.parametrize(("line", "actual", "expected"), [
    ('产出指标/质量指标 "率" >= 90% 10', "95", "10.00"),        # 正向, met: the weight, never more
    ('产出指标/质量指标 "率" >= 90% 10', "80", "8.89"),         # 正向, missed: 10 × 80/90
    ('产出指标/数量指标 "数" > 15 个 20', "6", "8.00"),          # 保山 (corpus 14): 20 × 6/15
    ('成本指标/经济成本指标 "成本" <= 100 元 10', "90", "10.00"),  # 反向, met
    ('成本指标/经济成本指标 "成本" <= 100 元 10', "125", "8.00"),  # 反向, overrun: 10 × 100/125
    ('成本指标/经济成本指标 "成本" <= 100 元 10', "250", "4.00"),  # no zero at twice the target (jiangxi gives 0)
    ('成本指标/经济成本指标 "成本" <= 200 万元 10', "195.5 万元", "10.00"),  # 黄石 cost row
    ('效益指标/社会效益指标 "上访" < 5 次 10', "0", "10.00"),     # 保山: 小于5次 → 无上访
])
def test_indicator_points_follow_the_footnote(twenty: RuleSet, line: str, actual: str, expected: str) -> None:
    name = line.split('"')[1]
    assert points(score(project(f"  {line}\n", {name: actual}), twenty), name) == Decimal(expected)


def test_qualitative_three_tiers_are_100_80_50_0(twenty: RuleSet) -> None:
    lines = ('  产出指标/时效指标 "时效" "12月底之前完成" 10\n  效益指标/社会效益指标 "效果" "有效" 10\n'
             '  效益指标/可持续影响指标 "长效" "健全" 10\n')
    given = score(project(lines, {"时效": Actual(verdict="达成预期指标", points=Decimal(8)),
                                  "效果": Actual(verdict="部分达成预期指标", points=Decimal("5.5")),
                                  "长效": Actual(verdict="未达成预期指标", points=Decimal(5))}), twenty)
    assert [points(given, n) for n in ("时效", "效果", "长效")] == [8, Decimal("5.5"), 5]
    # each lies in its band: 8–10, 5–8, 0–5 (no JS111); 效果 and 长效 missed their targets with no note
    assert [(f.code, f.indicator) for f in given.findings] == [("JS119", "效果"), ("JS119", "长效")]
    above = score(project(lines, {"效果": Actual(verdict="部分达成", points=Decimal(9))}), twenty)
    assert "JS111" in [f.code for f in above.findings]  # 9 is above 部分达成's 5–8
    default = score(project(lines, {"时效": Actual(verdict="完成"), "效果": Actual(verdict="部分达成"),
                                    "长效": Actual(verdict="未达成")}), twenty)
    assert [points(default, n) for n in ("时效", "效果", "长效")] == [Decimal("10.00"), Decimal("6.50"),
                                                                     Decimal("2.50")]


@pytest.mark.parametrize(("total", "grade"), [
    ("100", "优"), ("90", "优"), ("89.99", "良"), ("80", "良"), ("79.99", "中"), ("60", "中"), ("59.99", "差"),
    ("0", "差"),
])
def test_grade_boundaries(twenty: RuleSet, total: str, grade: str) -> None:
    assert grade_of(twenty, Decimal(total)) == grade


HUANGSHI = """\
  产出指标/数量指标 "宣传片与方案" "完成1部宣传片,2套方案" 10
  产出指标/质量指标 "通过专家评审" "通过" 10
  产出指标/时效指标 "宣传片与方案时限" "上半年完成宣传片制作;下半年完成实施方案" 10
  成本指标/经济成本指标 "制作编制费" <= 200 万元 10
  效益指标/经济效益指标 "统筹海绵城市项目谋划" "统筹海绵城市项目谋划" 10
  效益指标/社会效益指标 "指导城市建设" "指导城市建设" 10
  效益指标/生态效益指标 "城市生态韧性" "有利于城市生态、韧性发展" 10
  满意度指标/服务对象满意度指标 "群众满意度" "满意" 10
"""


def test_corpus_21_huangshi_is_reproduced(twenty: RuleSet) -> None:
    """黄石市住建局 2022: 200 / 195.5 → 97.75 % → 19.55; eight indicators at 10; 总分 99.55."""
    actuals: dict[str, str | Actual] = {
        "宣传片与方案": "完成1部宣传片,2套方案", "通过专家评审": "通过", "宣传片与方案时限": "完成",
        "制作编制费": "195.5 万元", "统筹海绵城市项目谋划": "完成", "指导城市建设": "完成",
        "城市生态韧性": "完成", "群众满意度": "完成"}
    item = project(HUANGSHI, actuals, budget="200", executed="195.5", execution="20")
    printed = Reported(Decimal("97.75"), Decimal("19.55"), dict.fromkeys(actuals, Decimal(10)), Decimal("99.55"))
    result = score(attrs.evolve(item, reported=printed), twenty)
    assert result.execution.rate == Decimal("97.75") and result.execution.points == Decimal("19.55")
    assert all(r.points == 10 for r in result.indicators)
    assert result.total == Decimal("99.55") and result.grade == "优"
    assert result.findings == () and compare(result) == []


BAOSHAN = """\
  产出指标/数量指标 "慰问对象" = 100% 20
  产出指标/质量指标 "补助经费足额拨付率" = 100% 20
  产出指标/时效指标 "春节前完成走访慰问" "按时限完成" 20
  效益指标/社会效益指标 "群体性事件" < 5 次 10
  满意度指标/服务对象满意度指标 "满意率" = 100% 10
"""


def test_corpus_20_baoshan_is_reproduced(twenty: RuleSet) -> None:
    """保山市退役军人事务局 2022: 34.64 / 34.64 → 100 % → 20; 产出 60, 效益 10, 满意度 10; 总分 100, 优.
    The form prints section weights only; the indicator weights are read from them.  The
    time row's actual is printed `100%` against a worded target: read as achieved."""
    actuals: dict[str, str | Actual] = {"慰问对象": "100 %", "补助经费足额拨付率": "100 %",
                                        "春节前完成走访慰问": "完成", "群体性事件": "0 次", "满意率": "100 %"}
    item = project(BAOSHAN, actuals, budget="34.64", executed="34.64", execution="20")
    printed = Reported(Decimal(100), Decimal(20), {"慰问对象": Decimal(20), "补助经费足额拨付率": Decimal(20),
                                                   "春节前完成走访慰问": Decimal(20), "群体性事件": Decimal(10),
                                                   "满意率": Decimal(10)}, Decimal(100), "优")
    result = score(attrs.evolve(item, reported=printed), twenty)
    assert result.execution.points == 20
    assert result.total == 100 and result.grade == "优"
    assert result.findings == () and compare(result) == []


def test_corpus_14_uncapped_points_are_slips_under_twenty(twenty: RuleSet) -> None:
    """施甸县 2019 (corpus 14) prints weight × B/A without the cap: 31.9, 10.5 and 11.1 on
    20-, 10- and 10-point rows, 总分 71.7.  The footnote's 得分不得突破权重 gives 58.17."""
    lines = ('  产出指标/数量指标 "扶持主体" >= 15 个 20\n  产出指标/数量指标 "带动贫困户" >= 11442 人 20\n'
             '  效益指标/经济效益指标 "实现产值" >= 8000 万元 20\n  效益指标/经济效益指标 "助农增收" >= 1980 元 10\n'
             '  满意度指标/服务对象满意度指标 "满意度" >= 90% 10\n')
    actuals: dict[str, str | Actual] = {"扶持主体": "6 个", "带动贫困户": "4164 人", "实现产值": "12767.36 万元",
                                        "助农增收": "2074 元", "满意度": "100 %"}
    item = project(lines, actuals, budget="650", executed="94", execution="20")
    result = score(item, twenty)
    assert result.execution.points == Decimal("2.89")  # 20 × 14.46 %; the form prints 2.9
    assert [r.points for r in result.indicators] == [Decimal("8.00"), Decimal("7.28"), 20, 10, 10]
    assert result.total == Decimal("58.17") and result.grade == "差"
