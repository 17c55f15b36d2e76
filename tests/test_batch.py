"""Many files at once: each on its own terms, in parallel, one summary across all."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.model import Source
from jsperf.sources import sources
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
    # 见义勇为专项经费 (its scores printed blank: total not recomputable, JS407) counts under no grade
    assert data["summary"]["grades"] == {"优": 37, "良": 6, "中": 2, "差": 0}
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


def broken_folder(tmp_path: Path) -> Path:
    """A good report beside files that fail: not a PDF, empty, and a Word file (read well
    unless a test gives its reader a bug)."""
    tmp_path.mkdir(exist_ok=True)
    shutil.copy(REPORT, tmp_path / "a.txt")
    (tmp_path / "fake.pdf").write_text("not a PDF at all", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    shutil.copy(ROOT / "tests" / "data" / "converted" / "report.docx", tmp_path / "buggy.docx")
    return tmp_path


def _a_bug(path: Path) -> Source:
    raise RuntimeError("simulated bug")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_file_that_fails_never_stops_the_batch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 jobs: str) -> None:
    monkeypatch.setitem(sources(), ".docx", _a_bug)  # the table is made once; the worker processes are forked with it
    folder = broken_folder(tmp_path / "in")
    output = tmp_path / "audit.json"
    result = runner.invoke(app, ["audit", str(folder), "-f", "json", "-j", jobs, "-o", str(output)])
    assert result.exit_code == 2, result.output
    data = json.loads(output.read_text(encoding="utf-8"))
    assert data["summary"]["projects"] == 23
    unreadable = {Path(item["path"]).name: item["reason"] for item in data["unreadable"]}
    assert sorted(unreadable) == ["buggy.docx", "empty.txt", "fake.pdf"]
    assert "RuntimeError：simulated bug" in unreadable["buggy.docx"] and "jsperf 的缺陷" in unreadable["buggy.docx"]
    for name, reason in unreadable.items():
        assert str(folder / name) in reason and reason in result.stderr


def test_jsonl_ends_with_the_unreadable_files(tmp_path: Path) -> None:
    folder = broken_folder(tmp_path)
    result = runner.invoke(app, ["--lang", "en", "audit", str(folder), "-f", "jsonl"])
    assert result.exit_code == 2
    last = json.loads(result.stdout.splitlines()[-1])
    assert [Path(item["path"]).name for item in last["unreadable"]] == ["empty.txt", "fake.pdf"]
    assert last["summary"]["projects"] == 23 + 23 and "projects" not in last


@pytest.mark.parametrize("format", ["json", "jsonl"])
def test_a_batch_of_unreadable_files_still_writes_its_summary(tmp_path: Path, format: str) -> None:
    """Every file unreadable: JSON still says so, each in `unreadable`, as it would among
    readable ones — not an empty output for a pipeline to choke on."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "fake.pdf").write_text("not a PDF at all", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    output = tmp_path / f"audit.{format}"
    result = runner.invoke(app, ["audit", str(tmp_path / "in"), "-f", format, "-o", str(output)])
    assert result.exit_code == 2
    data = json.loads(output.read_text(encoding="utf-8").splitlines()[-1] if format == "jsonl"
                      else output.read_text(encoding="utf-8"))
    assert sorted(Path(item["path"]).name for item in data["unreadable"]) == ["empty.txt", "fake.pdf"]
    assert data["summary"]["projects"] == 0


def test_upper_case_suffixes_are_read(tmp_path: Path) -> None:
    shutil.copy(REPORT, tmp_path / "A.TXT")
    shutil.copy(ROOT / "tests" / "data" / "converted" / "report.xlsx", tmp_path / "C.XLSX")
    example = ROOT / "examples" / "changnan-2024" / "18-医保资金.yaml"
    text = example.read_text(encoding="utf-8").replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    (tmp_path / "UP.YAML").write_text(text, encoding="utf-8")
    data = json.loads(runner.invoke(app, ["audit", str(tmp_path), "-f", "json"]).stdout)
    assert [Path(s).name for s in data["sources"]] == ["A.TXT", "C.XLSX", "UP.YAML"]
    assert data["summary"]["projects"] == 23 + 23 + 1
    scored = json.loads(runner.invoke(app, ["score", str(tmp_path / "UP.YAML"), "-f", "json"]).stdout)
    assert scored["project"] == "医保资金" and scored["rules_choice"]["chosen_by"] == "project"
