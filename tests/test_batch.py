"""Many files at once: each on its own terms, in parallel, one summary across all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from jsperf.cli import app
from tests.conftest import REPORT, ROOT

runner = CliRunner()


def folder(tmp_path: Path) -> Path:
    shutil.copy(REPORT, tmp_path / "a.txt")
    (tmp_path / "sub").mkdir()
    shutil.copy(REPORT, tmp_path / "sub" / "b.txt")
    example = ROOT / "examples" / "changnan-2024" / "18-医保资金.yaml"
    text = example.read_text(encoding="utf-8").replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    (tmp_path / "c.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_folder_in_parallel_gives_one_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(folder(tmp_path)), "--jobs", "2", "-f", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["projects"] == 23 + 23 + 1
    assert data["summary"]["errors"] == 3 + 3 + 1  # 医保资金.yaml: JS303, its total linked to it (JS320)
    assert data["summary"]["grades"] == {"优": 37, "良": 6, "中": 2, "差": 2}
    assert [Path(s).name for s in data["sources"]] == ["a.txt", "c.yaml", "b.txt"]
    assert data["rules"]["per_file"][str(tmp_path / "c.yaml")]["chosen_by"] == "project"
    assert data["rules"]["per_file"][str(tmp_path / "a.txt")]["chosen_by"] == "inference"
    assert [f["code"] for f in data["findings"]].count("JS401") == 2  # each report's own claims
    serial = json.loads(runner.invoke(app, ["audit", str(tmp_path), "-f", "json"]).stdout)
    assert serial == data


def test_jsonl_streams_a_line_per_scorecard_then_the_summary(tmp_path: Path) -> None:
    result = runner.invoke(app, ["audit", str(folder(tmp_path)), "-f", "jsonl", "-j", "2"])
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 23 + 1 + 23 + 1
    assert lines[0]["name"] == "无纸化办公经费" and lines[23]["name"] == "医保资金"
    assert lines[-1]["summary"]["projects"] == 47 and "projects" not in lines[-1]


def test_an_unreadable_file_is_reported_and_the_rest_still_audited(tmp_path: Path) -> None:
    folder(tmp_path)
    (tmp_path / "broken.txt").write_text("项目支出绩效自评表\n项目名称\t残缺\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("nothing to see\n", encoding="utf-8")
    result = runner.invoke(app, ["audit", str(tmp_path), "-f", "json", "-j", "2"])
    assert result.exit_code == 2
    assert "broken.txt:1:1: 错误：未能读出任何自评表" in result.stderr
    assert "notes.txt:1:1: 错误：此文件中没有找到项目支出绩效自评表" in result.stderr
    assert json.loads(result.stdout)["summary"]["projects"] == 47
