"""One pipeline behind every command: `score` says what `audit` says about the same card,
the rule set is resolved in one place, and a result with errors in what was scored is
shown as provisional."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.pipeline import audit_loaded, one_scorecard
from jsperf.sources import load
from tests.conftest import REPORT, ROOT

runner = CliRunner()
EXAMPLES = sorted((ROOT / "examples" / "changnan-2024").glob("*.yaml"))
# what only the printed report shows and a project file cannot: how a cell was printed
# (a glyph, a blank, an operator left out, two fund rows) and what the reader could not read
PRINTING = {"JS112", "JS311", "JS312", "JS313", "JS315"}


def test_score_of_each_reference_card_finds_what_the_audit_finds() -> None:
    audit = audit_loaded(load([REPORT]), None)
    audited = {item.result.project.name: item for item in audit.scorecards}
    assert len(EXAMPLES) == len(audited) == 23
    for path in EXAMPLES:
        card, _ = one_scorecard(path, None, None)
        expected = audited[card.result.project.name]
        model_level = {f.code for f in expected.findings if f.code not in PRINTING and not f.code.startswith("JS4")}
        assert model_level <= {f.code for f in card.findings}, path.name
        assert card.result.rules.name == expected.result.rules.name
        if not expected.result.project.incomplete:  # 见义勇为: a blank score the project file had to fill in
            assert card.result.total == expected.result.total, path.name


def test_score_of_a_report_card_is_that_card_of_the_report_audit() -> None:
    audit = audit_loaded(load([REPORT]), None)
    rent = next(item for item in audit.scorecards if item.result.project.name == "昌南发展中心租金及物业费")
    card, whole = one_scorecard(REPORT, "昌南发展中心租金及物业费", None)
    assert card == rent and whole.chosen_by == "inference"
    assert "JS310" in {f.code for f in card.findings}  # missed by `score` when it assembled its own checks


def _unscorable(folder: Path) -> Path:
    """A reference project whose actual for one indicator is missing (JS103)."""
    source = ROOT / "examples" / "changnan-2024" / "03-扫黑_司法专项经费.yaml"
    text = source.read_text(encoding="utf-8").replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    actual = '  司法意识提升率: {value: 80, note: "缺乏系统发司法知识学习, 导致法律意识薄弱, 后期加强法律知识学习"}\n'
    assert actual in text
    path = folder / "missing.yaml"
    path.write_text(text.replace(actual, ""), encoding="utf-8")
    return path


def test_an_error_in_what_was_scored_makes_the_total_provisional(tmp_path: Path) -> None:
    path = _unscorable(tmp_path)
    shown = runner.invoke(app, ["score", str(path)])
    assert shown.exit_code == 1, shown.output
    assert "（待核：1 个错误）" in shown.stdout and "JS103" in shown.stdout
    data = json.loads(runner.invoke(app, ["score", str(path), "-f", "json"]).stdout)
    assert data["provisional"] == 1
    english = runner.invoke(app, ["score", str(path), "--lang", "en"]).stdout
    assert "(provisional: 1 errors)" in english


def test_errors_in_the_published_numbers_leave_the_recomputed_total_final() -> None:
    medical = ROOT / "examples" / "changnan-2024" / "18-医保资金.yaml"
    shown = runner.invoke(app, ["score", str(medical), "-f", "json"])
    data = json.loads(shown.stdout)
    assert shown.exit_code == 1 and {f["code"] for f in data["findings"]} >= {"JS303", "JS320"}
    assert data["provisional"] == 0 and data["total"] == "93.58"


def test_a_project_naming_no_rule_set_is_scored_under_the_inferred_one_and_says_so(tmp_path: Path) -> None:
    source = ROOT / "examples" / "changnan-2024" / "01-无纸化办公经费.yaml"
    text = source.read_text(encoding="utf-8").replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    path = tmp_path / "unnamed.yaml"
    path.write_text(text.replace("rules: jiangxi\n", ""), encoding="utf-8")
    data = json.loads(runner.invoke(app, ["score", str(path), "-f", "json"]).stdout)
    assert data["rules"] == "jiangxi" and data["rules_choice"]["chosen_by"] == "inference"
    assert data["rules_choice"]["candidates"]["jiangxi"] > data["rules_choice"]["candidates"]["national"]


def test_two_scorecards_of_one_name_are_never_chosen_between_silently(tmp_path: Path) -> None:
    text = REPORT.read_text(encoding="utf-8")
    start = text.index("项目支出绩效自评表")
    doubled = tmp_path / "doubled.txt"
    doubled.write_text(text[start:] + "\n" + text[start:], encoding="utf-8")
    shown = runner.invoke(app, ["score", str(doubled), "--project", "无纸化办公经费"])
    assert shown.exit_code == 2 and "中有 2 张名为 '无纸化办公经费' 的自评表" in shown.output


@pytest.mark.parametrize(("option", "said"), [([], True), (["--rules", "jiangxi"], False)])
def test_check_says_when_it_falls_back_to_the_default_rule_set(tmp_path: Path, option: list[str], said: bool
                                                                ) -> None:
    path = tmp_path / "set.ind"
    shutil.copy(ROOT / "indicator_sets" / "changnan-2024" / "01-无纸化办公经费.ind", path)  # names no rule set
    shown = runner.invoke(app, ["check", str(path), *option])
    assert ("未指定规则集，按 national 检查" in shown.output) is said


def test_a_report_no_rule_set_explains_is_scored_under_the_ministrys_reading() -> None:
    """When every shipped set reproduces the same number of published figures (none, say,
    for a card whose points are all blank), the report is scored under `national`, not
    under whichever set sorts first."""
    from jsperf.audit import NEUTRAL_RULES, choose_rules
    from jsperf.rules.parse import load_rules, shipped_names
    from tests.helpers import project

    card = project('  产出指标/数量指标 "n" >= 1 个 90\n', {"n": "1 个"})
    best, counts, picks, notes = choose_rules([card], [load_rules(name) for name in shipped_names()])
    assert set(counts.values()) == {0} and len(counts) >= 3
    assert best.name == NEUTRAL_RULES == "national" and [p.name for p in picks] == ["national"] and not notes
