"""How a number was derived is told in the output's language: Chinese words by default
(当 … 时, 否则, 评定得分, 推断), English ones with `--lang en`, grade words included."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest

from jsperf.batch import audit_file
from jsperf.engine import score
from jsperf.explain import describe, letter
from jsperf.model import Actual, RuleSet, ScorecardAudit
from jsperf.pipeline import one_scorecard
from jsperf.rules.parse import parse_rules
from jsperf.writers.sections import audit_sections, markdown, score_sections
from jsperf.writers.views import scorecard_view
from tests.conftest import REPORT, ROOT
from tests.helpers import project

EXAMPLES = sorted((ROOT / "examples" / "changnan-2024").glob("*.yaml"))
# the English of a derivation; the rules file's own lines, quoted “…”, keep the rule language
ENGLISH = re.compile(r"(?<![A-Za-z])(when|else|and|or|not|assessed|default|inference|option|score|tier|execution|"
                     r"published|project)(?![A-Za-z])")
QUOTED = re.compile(r"“[^”]*”")
GRADE_WORDS = set("优良中差")


def scored(path: Path, name: str | None = None) -> ScorecardAudit:
    card, _ = one_scorecard(path, name, None)
    return card


def chinese_outputs(card: ScorecardAudit) -> str:
    """`score --explain` as Markdown and `explain`, without the quoted rule lines."""
    explained = markdown(score_sections(scorecard_view(card, "zh"), "zh", explain=True))
    return explained + "\n" + QUOTED.sub("", "\n".join(letter(card.result, lang="zh")))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem[:2])
def test_chinese_derivations_of_the_examples_have_no_english_words(path: Path) -> None:
    text = chinese_outputs(scored(path))
    assert not ENGLISH.findall(text), ENGLISH.findall(text)
    assert "当 " in text or "否则" in text


def test_chinese_derivations_of_the_report_have_no_english_words() -> None:
    view = audit_file(str(REPORT), None, "zh").view
    assert view is not None
    derivations = [p.execution.derivation or "" for p in view.projects]
    derivations += [i.derivation or "" for p in view.projects for i in p.indicators]
    assert not ENGLISH.findall("\n".join(derivations))
    assert any(" 且 " in d for d in derivations)  # `and` of a rule's condition
    summary = markdown(audit_sections(view, "zh"))
    assert "jiangxi（推断；" in summary and not ENGLISH.findall(summary.split("## 汇总")[1])
    text = chinese_outputs(scored(REPORT, "医保资金"))
    assert not ENGLISH.findall(text), ENGLISH.findall(text)


def test_english_output_has_english_grades() -> None:
    card = scored(EXAMPLES[0])
    lines = letter(card.result, lang="en")
    assert lines[-1].startswith("Grade: ") and lines[-1].endswith("→ excellent")
    view = scorecard_view(card, "en")
    assert view.grade.recomputed == "excellent"
    assert "excellent" in markdown(score_sections(view, "en", explain=True))
    report = audit_file(str(REPORT), None, "en").view
    assert report is not None
    shown = {p.grade.recomputed for p in report.projects} | {p.grade.reported for p in report.projects}
    assert shown <= {"excellent", "good", "fair", "poor", None} and not GRADE_WORDS & set("".join(filter(None, shown)))
    summary = markdown(audit_sections(report, "en")).split("## Summary")[1]
    assert "(inference;" in summary and not GRADE_WORDS & set(summary)
    assert "excellent 18, good 3, fair 1, poor 0" in summary


def test_a_verdict_without_assessed_points_gets_the_default_in_words(jiangxi: RuleSet) -> None:
    card = project('效益指标/社会效益指标 "保障运转" "有效保障" 90', {"保障运转": Actual(verdict="基本达成目标")})
    derivation = score(card, jiangxi).indicators[0].derivation
    assert describe(derivation) == ("jiangxi：定性档次“达成”：达成 80%–100% × 90 = 72–90；"
                                    "未评定得分，按默认 100% × 90 = 90")
    assert describe(derivation, "en") == ("jiangxi: tier 达成: 达成 80%–100% × 90 = 72–90; "
                                          "no assessed score, default 100% × 90 = 90")
    assessed = project('效益指标/社会效益指标 "保障运转" "有效保障" 90',
                       {"保障运转": Actual(verdict="基本达成目标", points=Decimal(80))})
    assert describe(score(assessed, jiangxi).indicators[0].derivation).endswith("；评定得分 80")


def test_a_case_reads_when_and_else_in_either_language() -> None:
    result = scored(REPORT, "医保资金").result
    cost = next(r for r in result.indicators if r.indicator.name == "医保资金成本")
    assert describe(cost.derivation) == ("jiangxi：= 指标计分（jiangxi.rules:42，否则）："
                                         "20 × (1 − (27533 − 25000) / 25000) = 17.97")
    assert describe(cost.derivation, "en") == ("jiangxi: score = (jiangxi.rules:42, else): "
                                               "20 × (1 − (27533 − 25000) / 25000) = 17.97")
    assert describe(result.execution.derivation) == "jiangxi：执行率计分（jiangxi.rules:12，当 88.82% ≥ 80% 时）：10 × 70% = 7"


def test_each_rule_line_is_made_once_and_each_number_put_in_anew() -> None:
    """A rule's text is kept by the rule (its numbers put in for every derivation): two
    numbers under one case read their own values, in either language, and a rule set read
    again from a changed file (the same name and lines) says what the new file says."""
    text = ("rules same\nexecution -> min(rate, 100%) * weight\nscore >=:\n"
            "    when actual >= target and not actual > {cap} -> weight\n    else -> weight * actual / target\n"
            "grades:\n    优 >= 90\n    差 else\n")
    old, new = parse_rules(text.format(cap=1000), "same.rules"), parse_rules(text.format(cap=500), "same.rules")
    lines = '  产出指标/数量指标 "甲" >= 10 台 20\n  产出指标/数量指标 "乙" >= 40 台 10\n'
    first, second = (item.derivation for item in score(project(lines, {"甲": "12", "乙": "30"}), old).indicators)
    assert describe(first) == "same：≥ 指标计分（same.rules:4，当 12 ≥ 10 且 非 12 > 1000 时）：20"
    assert describe(second) == "same：≥ 指标计分（same.rules:5，否则）：10 × 30 / 40 = 7.5"
    assert describe(first, "en") == "same: score >= (same.rules:4, when 12 ≥ 10 and not 12 > 1000): 20"
    again = score(project(lines, {"甲": "12", "乙": "30"}), new).indicators[0].derivation
    assert describe(again) == "same：≥ 指标计分（same.rules:4，当 12 ≥ 10 且 非 12 > 500 时）：20"
