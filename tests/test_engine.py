"""The scoring rules of domain.md, case by case, with the numbers the real report prints."""

from decimal import Decimal

import pytest

from jsperf.engine import score
from jsperf.explain import describe
from jsperf.model import Actual
from tests.helpers import project


def points(result, name):  # type: ignore[no-untyped-def]
    return next(r.points for r in result.indicators if r.indicator.name == name)


@pytest.mark.parametrize(("line", "actual", "expected"), [
    ('产出指标/质量指标 "率" >= 90% 15', "80", "10.83"),        # 15 × (80/90 − 60%) / 40%
    ('成本指标/经济成本指标 "成本" <= 2072178.4 元 20', "2570399", "15.19"),  # 20 × (1 − overrun)
    ('成本指标/经济成本指标 "成本" <= 100 元 20', "200", "0.00"),    # zero from twice the target
    ('成本指标/经济成本指标 "成本" = 580000 元 20', "563401", "18.57"),
    ('成本指标/经济成本指标 "成本" = 25000 元 20', "27533", "17.97"),  # two-sided `=`
    ('产出指标/数量指标 "数" >= 2 家 5', "1", "0.00"),              # below 60 % of target
    ('满意度指标/服务对象满意度指标 "满意" >= 90% 10', "85", "8.61"),
    ('成本指标/经济成本指标 "成本" <= 15 万元 20', "99576 元", "20.00"),  # units converted
])
def test_jiangxi_numeric_points(jiangxi, line, actual, expected) -> None:  # type: ignore[no-untyped-def]
    result = score(project(f"  {line}\n", {line.split('"')[1]: actual}), jiangxi)
    assert points(result, line.split('"')[1]) == Decimal(expected)


def test_national_is_proportional(national) -> None:  # type: ignore[no-untyped-def]
    item = project('  产出指标/质量指标 "率" >= 90% 15\n  成本指标/经济成本指标 "成本" <= 100 元 20\n',
                   {"率": "80", "成本": "125"}, budget="2", executed="1.2019")
    result = score(item, national)
    assert points(result, "率") == Decimal("13.33") and points(result, "成本") == Decimal("16.00")
    assert result.execution.rate == Decimal("60.10")  # 1.2019 / 2, half up, not 60.09
    assert result.execution.points == Decimal("6.01")


@pytest.mark.parametrize(("rate_executed", "expected"), [("10", "10"), ("9.99", "7"), ("8", "7"), ("7.99", "5"),
                                                          ("6", "5"), ("5.99", "0"), ("0", "0")])
def test_jiangxi_execution_bands(jiangxi, rate_executed, expected) -> None:  # type: ignore[no-untyped-def]
    result = score(project("", {}, budget="10", executed=rate_executed), jiangxi)
    assert result.execution.points == Decimal(expected)


def test_every_number_explains_itself(jiangxi) -> None:  # type: ignore[no-untyped-def]
    result = score(project('  产出指标/质量指标 "率" >= 90% 15\n', {"率": "80"}), jiangxi)
    text = describe(result.indicators[0].derivation)
    assert text.endswith("15 × (80 / 90 − 60%) / 40% = 10.83")
    assert "jiangxi.rules:26" in text
    assert describe(result.execution.derivation).endswith("10")


def test_qualitative_tiers_and_bands(jiangxi) -> None:  # type: ignore[no-untyped-def]
    lines = '  产出指标/时效指标 "及时性" "及时" 20\n  效益指标/社会效益指标 "效果" "有效保障" 20\n'
    item = project(lines, {"及时性": Actual(verdict="基本达成目标", points=Decimal(17)),
                           "效果": Actual(verdict="部分实现目标", points=Decimal(18), deviation_note="宣传不足")})
    result = score(item, jiangxi)
    assert points(result, "及时性") == 17
    assert [f.code for f in result.findings] == ["JS111"]  # 18 lies above 部分实现目标's 12–16
    default = score(project(lines, {"及时性": Actual(verdict="部分实现"), "效果": Actual(verdict="及时")}), jiangxi)
    assert points(default, "及时性") == Decimal("14.00") and points(default, "效果") is None


@pytest.mark.parametrize(("line", "actual", "code"), [
    ('产出指标/数量指标 "数" >= 2 家 5', None, "JS103"),
    ('产出指标/数量指标 "数" >= 2 家 5', Actual(text="若干"), "JS104"),
    ('产出指标/数量指标 "数" >= 2 家 5', Actual(verdict="火星文", text="火星文"), "JS104"),
    ('产出指标/时效指标 "时" "及时" 5', Actual(verdict="火星文"), "JS109"),
    ('产出指标/时效指标 "时" "及时" 5', "3", "JS106"),
    ('产出指标/数量指标 "数" >= 2 家 5', "3 台", "JS107"),
    ('产出指标/数量指标 "数" >= 2 家 5', "-3", "JS108"),
])
def test_odd_input_becomes_a_finding_not_a_crash(jiangxi, line, actual, code) -> None:  # type: ignore[no-untyped-def]
    actuals = {} if actual is None else {"数" if "数" in line else "时": actual}
    result = score(project(f"  {line}\n", actuals), jiangxi)
    assert [f.code for f in result.findings] == [code]
    assert result.indicators[0].points is None


def test_budget_zero_and_target_zero(jiangxi) -> None:  # type: ignore[no-untyped-def]
    item = project('  产出指标/数量指标 "事故" <= 0 起 5\n  产出指标/数量指标 "投诉" <= 0 次 5\n',
                   {"事故": "0", "投诉": "2"}, budget="0", executed="0")
    result = score(item, jiangxi)
    assert result.execution.rate is None and result.execution.points is None
    assert [f.code for f in result.findings] == ["JS101", "JS119"]  # 投诉 missed its target, with no note
    assert (points(result, "事故"), points(result, "投诉")) == (Decimal(5), Decimal(0))


def test_total_and_grade(jiangxi) -> None:  # type: ignore[no-untyped-def]
    result = score(project('  产出指标/质量指标 "率" >= 90% 90\n', {"率": "80"}, executed="8"), jiangxi)
    assert result.total == Decimal("72.00") and result.grade == "中"


def test_a_cost_over_a_zero_target_with_full_points_is_flagged_not_a_crash(jiangxi) -> None:  # type: ignore[no-untyped-def]
    import attrs

    from jsperf.audit import compare
    from jsperf.model import Reported

    item = project('  成本指标/经济成本指标 "成本" <= 0 次 20\n', {"成本": "500"})  # `<= 0 元` is a blank (JS116)
    item = attrs.evolve(item, reported=Reported(points={"成本": Decimal(20)}))
    found = {f.code: f for f in compare(score(item, jiangxi))}
    assert found["JS309"].params["overrun"] == "∞" and found["JS303"].recomputed == "0"
