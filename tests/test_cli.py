"""The command line as a user meets it: outputs, exit codes, errors, files written."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from tests.conftest import REPORT, ROOT

runner = CliRunner()
EXAMPLE = ROOT / "examples" / "changnan-2024" / "03-扫黑_司法专项经费.yaml"


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args])


def test_score_json_has_the_promised_keys_and_decimal_strings() -> None:
    result = run("score", EXAMPLE, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["project"], data["rules"], data["total"], data["grade"]) == ("扫黑、司法专项经费", "jiangxi", "92.83", "优")
    assert data["execution"] | {"derivation": None, "rate_derivation": None, "reported": None} == {
        "rate": "81.96", "weight": "10", "points": "7.00", "derivation": None, "rate_derivation": None,
        "reported": None}
    quality = data["indicators"][2]
    assert {k: quality[k] for k in ("level1", "level2", "name", "op", "target", "unit", "actual", "weight",
                                    "points")} == {
        "level1": "产出指标", "level2": "质量指标", "name": "司法意识提升率", "op": ">=", "target": "90",
        "unit": "%", "actual": "80", "weight": "15", "points": "10.83"}
    assert quality["derivation"].endswith("15 × (80 / 90 − 60%) / 40% = 10.83")
    assert data["findings"] == []


def test_score_table_english_and_markdown() -> None:
    table = run("score", EXAMPLE, "--explain")
    assert table.exit_code == 0 and "项目支出绩效自评表" in table.stdout and "计算过程" in table.stdout
    english = run("score", EXAMPLE, "--lang", "en")
    assert "Execution rate" in english.stdout and "quality" in english.stdout and "excellent" in english.stdout
    md = run("score", EXAMPLE, "--format", "markdown")
    assert "| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 公布数 |" in md.stdout
    assert "| 产出指标 | 质量指标 | 司法意识提升率 | ≥90% | 80 | 15 | 10.83 | 10.83 |" in md.stdout


def test_rules_option_overrides_the_project() -> None:
    data = json.loads(run("score", EXAMPLE, "--rules", "national", "-f", "json").stdout)
    assert data["rules"] == "national" and data["indicators"][2]["points"] == "13.33"


def test_audit_of_the_report_exits_1_with_findings() -> None:
    result = run("audit", REPORT, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["summary"]["projects"] == 23 and data["summary"]["errors"] == 3
    assert data["rules"] == {"name": "jiangxi", "chosen_by": "inference",
                             "candidates": {"jiangxi": 180, "national": 139, "twenty": 139}}
    medical = next(p for p in data["projects"] if p["name"] == "医保资金")
    assert medical["total"] == {"reported": "95.61", "recomputed": "93.58"}
    js303 = next(f for f in medical["findings"] if f["code"] == "JS303")
    assert (js303["severity"], js303["indicator"], js303["reported"], js303["recomputed"]) == (
        "error", "医保资金成本", "20", "17.97")
    assert js303["location"].endswith("changnan-2024-final-accounts.txt:885:1")
    assert js303["doc"] == "docs/codes/JS303.md"


def test_audit_of_project_folder_uses_their_rules() -> None:
    result = run("audit", ROOT / "examples" / "changnan-2024", "-f", "json")
    data = json.loads(result.stdout)
    assert result.exit_code == 1 and data["rules"]["chosen_by"] == "project"
    assert data["summary"]["errors"] == 1  # JS303 (JS320 links the total to it); the claims need the report itself


@pytest.mark.parametrize("content", ["garbage \x01\x02 ≤≤ {{{\n", "", "项目名称\t\n"])
def test_unreadable_input_exits_2_without_traceback(tmp_path: Path, content: str) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(content, encoding="utf-8")
    result = run("audit", bad)
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "没有找到项目支出绩效自评表" in result.output


def test_bad_project_yaml_reports_file_line_and_did_you_mean(tmp_path: Path) -> None:
    text = EXAMPLE.read_text(encoding="utf-8").replace("普法宣传次数: 3", "普法宣传次: 3")
    text = text.replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    bad = tmp_path / "p.yaml"
    bad.write_text(text, encoding="utf-8")
    result = run("score", bad)
    assert result.exit_code == 2
    assert f"{bad}:15:" in result.output and "是否指 '普法宣传次数'" in result.output
    bad.write_text("project: x\nproject: y\n", encoding="utf-8")
    assert "出现了两次" in run("score", bad).output
    bad.write_text("project: !!python/object:os.system x\n", encoding="utf-8")
    out = run("score", bad)
    assert out.exit_code == 2 and "标签" in out.output


def test_import_is_idempotent_and_will_not_overwrite(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("import", REPORT, "-o", out, "--rules", "jiangxi").exit_code == 0
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 46 and files[0] == "01-无纸化办公经费.ind"
    before = {p: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert run("import", REPORT, "-o", out, "--rules", "jiangxi").exit_code == 0  # same content: fine
    assert {p: p.read_text(encoding="utf-8") for p in out.iterdir()} == before
    changed = out / files[1]
    changed.write_text(changed.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    refused = run("import", REPORT, "-o", out)
    assert refused.exit_code == 2 and "--force" in refused.output
    assert changed.read_text(encoding="utf-8").endswith("# edited\n")
    assert run("import", REPORT, "-o", out, "--force").exit_code == 0
    assert not changed.read_text(encoding="utf-8").endswith("# edited\n")
    rescored = json.loads(run("audit", out, "-f", "json").stdout)
    assert rescored["summary"]["projects"] == 23


def test_fmt_check_and_write(tmp_path: Path) -> None:
    source = tmp_path / "a.ind"
    source.write_text('set "x"\n  产出指标/数量指标 "n" ≥ 3 台 100\n', encoding="utf-8")
    assert run("fmt", source, "--check").exit_code == 1
    assert run("fmt", source).stdout == 'set "x"\n  产出指标/数量指标  "n"  >= 3 台  100\n'
    assert run("fmt", source, "--write").exit_code == 0
    assert run("fmt", source, "--check").exit_code == 0


def test_check_reports_meaning_problems(tmp_path: Path) -> None:
    source = tmp_path / "a.ind"
    source.write_text('set "x"\n  execution 10\n  成本指标/经济成本指标 "n" >= 3 万元 50\n'
                      '  产出指标/数量指标 "n" "及时" 20\n  产出指标/奇怪指标 "m" >= 1 台 5\n', encoding="utf-8")
    result = run("check", source, "--rules", "jiangxi", "-f", "json")
    assert result.exit_code == 1
    codes = [f["code"] for f in json.loads(result.stdout)["findings"]]
    assert codes == ["JS201", "JS202", "JS203", "JS203", "JS205"]
    clean = run("check", *sorted((ROOT / "indicator_sets" / "changnan-2024").glob("0*.ind"))[:3], "-r", "jiangxi")
    assert clean.exit_code == 0


def test_rules_commands(tmp_path: Path) -> None:
    listed = run("rules", "list")
    assert listed.exit_code == 0 and listed.stdout.startswith("jiangxi\t")
    assert "score >=:" in run("rules", "show", "national").stdout
    assert run("rules", "check", "jiangxi").exit_code == 0
    bad = tmp_path / "bad.rules"
    shutil.copy(ROOT / "jsperf" / "rulesets" / "national.rules", bad)
    bad.write_text(bad.read_text(encoding="utf-8").replace("min(rate, 100%) * weight", "rate * weight"),
                   encoding="utf-8")
    checked = run("rules", "check", bad)
    assert checked.exit_code == 1 and "超出 [0, 10]" in checked.stdout
    unknown = run("rules", "show", "atlantis")
    assert unknown.exit_code == 2 and "national" in unknown.output


def test_output_file_is_written_whole(tmp_path: Path) -> None:
    target = tmp_path / "audit.md"
    assert run("audit", REPORT, "-f", "markdown", "-o", target).exit_code == 1
    text = target.read_text(encoding="utf-8")
    assert text.startswith("## 无纸化办公经费") and "JS401" in text
    assert [p.name for p in tmp_path.iterdir()] == ["audit.md"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~current_umask()


def current_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


def test_explain_quotes_the_rule_line_and_the_published_number() -> None:
    result = run("explain", REPORT, "--project", "医保资金", "医保资金成本")
    assert result.exit_code == 0, result.output
    assert result.stdout == ("医保资金成本：jiangxi.rules:42 “else -> weight * (1 - overrun)”："
                             "20 × (1 − (27533 − 25000) / 25000) = 17.97（公布 20）\n")
    whole = run("explain", EXAMPLE).stdout.splitlines()
    assert whole[1] == "执行率：4.0978 / 5 × 100% = 81.96%（公布 81.96）"
    assert whole[-2] == "总分：7 + 20 + 5 + 10.83 + 20 + 20 + 10 = 92.83（公布 92.83）"
    assert whole[-1] == "等级：92.83 ≥ 90 → 优"
    assert "“tier 达成 80%..100% default 100%”：达成 80%–100% × 20 = 16–20；评定得分 20" in whole[6]
    english = run("explain", EXAMPLE, "司法意识提升率", "--lang", "en").stdout
    assert english.endswith("15 × (80 / 90 − 60%) / 40% = 10.83 (published 10.83)\n")


def test_explain_says_what_it_cannot_find() -> None:
    several = run("explain", REPORT, "--lang", "en")
    assert several.exit_code == 2 and "name one with --project" in several.output
    typo = run("explain", REPORT, "-p", "医保", "--lang", "en")
    assert typo.exit_code == 2 and "did you mean '医保资金'" in typo.output
    missing = run("explain", EXAMPLE, "司法意识")  # Chinese, the default
    assert missing.exit_code == 2 and "是否指 '司法意识提升率'" in missing.output


def test_new_writes_a_template_that_scores_and_never_overwrites(tmp_path: Path) -> None:
    assert run("new", "培训经费", "--dir", tmp_path).exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["培训经费.ind", "培训经费.yaml"]
    checked = run("check", tmp_path / "培训经费.ind", "-f", "json")  # the blanks are to be filled in
    assert checked.exit_code == 1 and [f["code"] for f in json.loads(checked.stdout)["findings"]] == ["JS116"] * 2
    scored = json.loads(run("score", tmp_path / "培训经费.yaml", "-f", "json").stdout)
    # the template's `<= 0 万元` and `>= 0 个` are blanks to fill in, not targets
    assert sorted(f["code"] for f in scored["findings"]) == ["JS102"] + ["JS103"] * 4 + ["JS116"] * 2
    before = (tmp_path / "培训经费.ind").read_text(encoding="utf-8")
    again = run("new", "培训经费", "--dir", tmp_path)
    assert again.exit_code == 2 and (tmp_path / "培训经费.ind").read_text(encoding="utf-8") == before


def test_score_one_scorecard_of_a_report() -> None:
    result = run("score", REPORT, "--project", "医保资金", "-f", "json")
    assert result.exit_code == 1, result.output  # the published total is wrong (JS314)
    data = json.loads(result.stdout)
    assert (data["rules"], data["total"], data["reported"]["total"]) == ("jiangxi", "93.58", "95.61")
    assert run("score", REPORT).exit_code == 2  # which of the 23?


def test_a_codes_page_is_one_command_away() -> None:
    from jsperf.codes import CODES

    shown = runner.invoke(app, ["codes", "js407"])
    assert shown.exit_code == 0 and shown.stdout == CODES["JS407"].page() and "为何重要" in shown.stdout
    english = runner.invoke(app, ["codes", "JS407", "--lang", "en"])
    assert english.stdout == CODES["JS407"].page("en") and "Why it matters" in english.stdout
    listed = runner.invoke(app, ["codes"])
    assert listed.exit_code == 0 and all(f"[{code}]({code}.md)" in listed.stdout for code in CODES)
    unknown = runner.invoke(app, ["codes", "JS999"])
    assert unknown.exit_code == 2 and "JS999" in unknown.output
