"""Slips that used to give a silent wrong score (issue 8): each is now a finding with a
stable code and the likely fix, and `jsperf score` and `jsperf audit` both report it."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from jsperf.audit import Tally, audit_result, claim_findings
from jsperf.cli import app
from jsperf.codes import message
from jsperf.engine import score
from jsperf.lang.parse import parse_indicators
from jsperf.model import Actual, Claims, Op, Project, Quantity, RuleSet, Target
from jsperf.numbers import unit_of
from jsperf.readers.claims import read_claims
from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import rows_of_text
from jsperf.rules.parse import parse_rules
from jsperf.rules.verify import verify
from jsperf.samples import make_project, render_scorecard
from tests.helpers import project

runner = CliRunner()


def both(tmp_path: Path, lines: str, actuals: str, funds: str = "budget: 12\n  executed: 12",
         reported: str = "") -> list[dict[str, Any]]:
    """The findings `jsperf score` gives for a one-set project.yaml, after checking that
    `jsperf audit` gives the same codes."""
    (tmp_path / "p.ind").write_text('set "p" rules national\n  execution 10\n' + lines, encoding="utf-8")
    (tmp_path / "p.yaml").write_text(
        f"project: p\nindicator_set: p.ind\nfunds:\n  unit: 万元\n  {funds}\nactuals:\n{actuals}{reported}",
        encoding="utf-8")
    scored = json.loads(runner.invoke(app, ["score", str(tmp_path / "p.yaml"), "-f", "json"]).stdout)["findings"]
    audited = json.loads(runner.invoke(app, ["audit", str(tmp_path / "p.yaml"), "-f", "json"]).stdout)
    assert sorted(f["code"] for f in audited["projects"][0]["findings"]) == sorted(f["code"] for f in scored)
    return scored


def _printed_card(target: str, actual: str = "1") -> Project:
    """A one-indicator scorecard as a report prints it, with the target cell `target`,
    read back by the report reader."""
    row = ("产出指标", "数量指标", "x", Target(Op.GE, Decimal(7), unit=unit_of("台")), Decimal(90),
           Actual(Quantity(Decimal(1))), Decimal(0))
    text = render_scorecard(make_project("卡", Decimal(10), Decimal(10), [row], Decimal(10), Decimal(10)))
    (card,) = read_report(text.replace("≥7 台\t1\t", f"{target}\t{actual}\t"), "r.txt").projects
    return card


def coded(findings: list[dict[str, Any]], code: str) -> list[dict[str, Any]]:
    return [f for f in findings if f["code"] == code]


def test_a_fraction_typed_for_a_percentage(tmp_path: Path) -> None:
    found = both(tmp_path, '  产出指标/质量指标 "合格率" >= 90% 90\n', "  合格率: 0.92\n")
    (slip,) = coded(found, "JS114")
    assert slip["severity"] == "warning" and "应为 92%" in slip["message"]


def test_a_bare_amount_in_another_money_unit(tmp_path: Path) -> None:
    found = both(tmp_path, '  成本指标/经济成本指标 "成本" <= 12 万元 90\n', "  成本: 113000\n")
    (slip,) = coded(found, "JS115")
    assert "113000 元（= 11.3 万元）" in slip["message"]


def test_funds_typed_in_yuan_are_blamed_not_the_targets(tmp_path: Path) -> None:
    lines = '  成本指标/经济成本指标 "成本" <= 12 万元 45\n  成本指标/经济成本指标 "印刷" <= 2 万元 45\n'
    found = both(tmp_path, lines, "  成本: 11.3\n  印刷: 2\n", funds="budget: 120000\n  executed: 113000")
    assert [f["code"] for f in found if f["code"] in ("JS120", "JS310")] == ["JS120"]
    assert "全年预算数 A 120000、全年执行数 B 113000" in coded(found, "JS120")[0]["message"]


def test_a_target_out_of_scale_with_the_funds_is_still_the_targets_slip(national: RuleSet) -> None:
    item = project('  成本指标/经济成本指标 "成本" <= 12 元 45\n  成本指标/经济成本指标 "印刷" <= 2 万元 45\n',
                   {"成本": "11", "印刷": "2"}, budget="12", executed="12")
    codes = [f.code for f in audit_result(score(item, national)).findings]
    assert "JS310" in codes and "JS120" not in codes


@pytest.mark.parametrize("target", ["<= 0 万元", ">= 0 个", '"**"', '"≥**人"', '"XX"'])
def test_placeholders_are_not_scored_as_targets(tmp_path: Path, target: str) -> None:
    found = both(tmp_path, f'  产出指标/数量指标 "数量" {target} 90\n', "  数量: 5\n")
    (slip,) = coded(found, "JS116")
    assert slip["severity"] == "error" and slip["indicator"] == "数量"


def test_a_bare_zero_printed_in_a_report_is_a_placeholder(national: RuleSet) -> None:
    audited = audit_result(score(_printed_card("0", "5"), national))
    assert audited.result.indicators[0].points is None and "JS116" in [f.code for f in audited.findings]


def test_a_real_zero_target_is_scored(national: RuleSet) -> None:
    result = score(project('  产出指标/数量指标 "事故" <= 0 起 90\n', {"事故": "0"}), national)
    assert result.indicators[0].points == 90 and not result.findings


def test_a_negative_executed_amount(tmp_path: Path) -> None:
    found = both(tmp_path, '  产出指标/数量指标 "数量" >= 5 个 90\n', "  数量: 5\n", funds="budget: 12\n  executed: -3")
    (slip,) = coded(found, "JS117")
    assert slip["severity"] == "error"
    scored = json.loads(runner.invoke(app, ["score", str(tmp_path / "p.yaml"), "-f", "json"]).stdout)
    assert scored["execution"]["points"] is None and scored["total"] == "90.00"  # not 90 − 2.5


def test_a_unit_one_word_off_the_targets(tmp_path: Path) -> None:
    found = both(tmp_path, '  产出指标/数量指标 "培训" >= 100 人次 90\n', "  培训: 120 人\n")
    (slip,) = coded(found, "JS118")
    assert "`120 人次`" in slip["message"] and not coded(found, "JS107")


def test_an_unknown_verdict_lists_the_accepted_words(national: RuleSet) -> None:
    result = score(project('  产出指标/时效指标 "及时性" "及时" 90\n', {"及时性": Actual(verdict="好", text="好")}),
                   national)
    (slip,) = result.findings
    assert slip.code == "JS109"
    assert "达成年度指标" in message(slip) and "部分实现目标" in message(slip) and "实现目标程度较低" in message(slip)


@pytest.mark.parametrize(("written", "low", "high", "unit"), [
    ("85%-95%", "85", "95", "%"), ("85%至95%", "85", "95", "%"), ("≤ 12 万 元", "12", None, "万元"),
    (">= 11.3万", "11.3", None, "万"),
])
def test_the_indicator_language_and_the_report_reader_read_what_forms_print(
        written: str, low: str, high: str | None, unit: str) -> None:
    parsed = parse_indicators(f'set "a"\n  产出指标/数量指标 "x" {written} 10\n').sets[0].indicators[0].target
    printed = _printed_card(written.replace(">=", "≥")).indicator_set.indicators[0].target
    for target in (parsed, printed):
        assert (target.value, target.high, target.unit and target.unit.name) == (
            Decimal(low), Decimal(high) if high else None, unit)


def test_a_missed_target_without_a_note_is_said_whatever_was_published(tmp_path: Path) -> None:
    found = both(tmp_path, '  产出指标/数量指标 "台数" >= 100 台 90\n', "  台数: 80\n",
                 reported="reported:\n  points:\n    台数: 90\n")
    (slip,) = coded(found, "JS119")
    assert slip["severity"] == "warning" and slip["indicator"] == "台数"
    noted = both(tmp_path, '  产出指标/数量指标 "台数" >= 100 台 90\n', "  台数: {value: 80, note: 采购延期}\n",
                 reported="reported:\n  points:\n    台数: 90\n")
    assert not coded(noted, "JS119") and not coded(noted, "JS307")


def test_claims_in_pass_fail_grades_are_read_and_counted() -> None:
    text = "我单位对 2 个项目开展了绩效自评。1 个项目自评等级为“良”，1 个项目自评结果为“合格”。"
    claims = read_claims(rows_of_text(text, "n.txt")[0])
    assert claims is not None and claims.grades == {"良": Decimal(1), "合格": Decimal(1)}


def test_a_pass_grade_counts_the_band_the_rule_set_names_for_it(national: RuleSet) -> None:
    scorecards = Tally.of(audit_result(score(project('  产出指标/数量指标 "数" >= 10 台 90\n', {"数": actual}), national))
                          for actual in ("6", "9"))  # totals 64 (中) and 91 (优)
    claims = Claims(grades={"合格": Decimal(1), "优": Decimal(1)})
    assert list(claim_findings(claims, scorecards)) == []
    assert [f.params["grade"] for f in claim_findings(Claims(grades={"不合格": Decimal(1)}), scorecards)] == ["不合格"]


RATE = """rules r
execution weight 10
{option}
execution -> min(rate, 100%) * weight
score >= like <=
score <=:
    when actual <= target -> weight
    else -> target / actual * weight
score = like <=
qualitative:
    tier 达成 80%..100% default 100%: "达成"
grades:
    优 >= 90
    差 else
"""


@pytest.mark.parametrize(("option", "points"), [("", "8.63"), ("execution rate rounded", "8.63"),
                                                ("execution rate exact", "8.62")])
def test_rounding_the_rate_before_scoring_is_the_rule_sets_choice(option: str, points: str) -> None:
    rules = parse_rules(RATE.format(option=option), "r.rules")
    result = score(project("", {}, budget="200", executed="172.49"), rules)  # 86.245 %
    assert (result.execution.rate, result.execution.points) == (Decimal("86.25"), Decimal(points))


def test_an_overrun_is_scored_as_the_rule_set_says(national: RuleSet, jiangxi: RuleSet) -> None:
    item = project('  成本指标/经济成本指标 "成本" <= 100 元 10\n', {"成本": "120"})
    assert [score(item, rules).indicators[0].points for rules in (national, jiangxi)] == [Decimal("8.33"),
                                                                                          Decimal("8.00")]


@pytest.mark.parametrize(("cut", "missing"), [
    ("score >= like <=\n", "缺少 `score >=` 规则"), ("score = like <=\n", "缺少 `score =` 规则"),
    ("qualitative:\n    tier 达成 80%..100% default 100%: \"达成\"\n", "缺少 `qualitative:` 块"),
])
def test_rules_check_names_the_block_a_standard_card_needs(cut: str, missing: str) -> None:
    rules = parse_rules(RATE.format(option="").replace(cut, ""), "short.rules")
    assert any(problem.startswith(missing) for problem in verify(rules))
    assert not any(problem.startswith("缺少 `") for problem in verify(parse_rules(RATE.format(option=""), "r.rules")))


def test_rules_check_refuses_a_rule_set_without_grades(tmp_path: Path) -> None:
    path = tmp_path / "short.rules"
    path.write_text(RATE.format(option="").split("grades:")[0], encoding="utf-8")
    checked = runner.invoke(app, ["rules", "check", str(path)])
    assert checked.exit_code == 2 and "没有 `grades:` 块" in checked.stderr


@pytest.mark.parametrize(("line", "actual"), [
    ('产出指标/质量指标 "差错率" <= 5% 90', "0.3"),     # under a ceiling a small actual is the point
    ('效益指标/经济效益指标 "增长率" >= 3% 90', "0.5"),  # 0.5 % is as likely as 50 %
])
def test_a_small_bare_percentage_far_from_the_fraction_reading_is_not_a_slip(
        national: RuleSet, line: str, actual: str) -> None:
    result = score(project(f"  {line}\n", {line.split('"')[1]: actual}), national)
    assert "JS114" not in [f.code for f in result.findings]


def test_no_decline_is_a_real_target(national: RuleSet) -> None:
    result = score(project('  效益指标/经济效益指标 "增长率" >= 0% 90\n', {"增长率": "2"}), national)
    assert result.indicators[0].points == 90 and not result.findings
