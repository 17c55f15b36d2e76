"""No lost output and no lost input: jsperf never writes onto a file it reads, writes
through symbolic links, leaves no temporary file behind, imports all or nothing under a
lock, and `--project NAME#N` picks one of several scorecards of the same name."""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest
from typer.testing import CliRunner

from jsperf import outputs
from jsperf.cli import app, atomic_path
from jsperf.outputs import safe_name
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project, render_scorecard
from tests.conftest import REPORT

runner = CliRunner()
SET = 'set "x"\n  产出指标/数量指标 "n" ≥ 3 台 100\n'


def run(*args: object):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args])


def copy_of_report(folder: Path, name: str = "self.txt") -> Path:
    target = folder / name
    shutil.copy(REPORT, target)
    return target


# ---------------------------------------------------------------- never onto an input


@pytest.mark.parametrize("command", [
    ["audit", "{input}", "-o", "{output}"],
    ["audit", "{input}", "-f", "jsonl", "-o", "{output}"],
    ["score", "{input}", "--project", "医保资金", "-o", "{output}"],
    ["explain", "{input}", "--project", "医保资金", "-o", "{output}"],
    ["export", "{input}", "--xlsx", "{output}"],
])
@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_an_output_onto_an_input_is_refused_and_nothing_written(tmp_path: Path, command: list[str],
                                                                link: str) -> None:
    source = copy_of_report(tmp_path)
    output = tmp_path / "out.txt"
    if link == "same":
        output = source
    elif link == "symlink":
        output.symlink_to(source)
    else:
        os.link(source, output)
    before = set(tmp_path.iterdir())
    result = run(*(part.format(input=source, output=output) for part in command))
    assert result.exit_code == 2, result.output
    assert "jsperf 从不覆盖输入；未写入任何文件" in result.stderr and str(source) in result.stderr
    assert source.read_bytes() == REPORT.read_bytes()
    assert set(tmp_path.iterdir()) == before  # no temporary file either


def test_an_input_in_a_folder_and_a_rules_file_are_inputs_too(tmp_path: Path) -> None:
    copy_of_report(tmp_path, "a.txt")
    refused = run("--lang", "en", "audit", tmp_path, "-o", tmp_path / "a.txt")
    assert refused.exit_code == 2 and "jsperf never writes onto an input" in refused.stderr
    assert run("audit", tmp_path, "-o", tmp_path).exit_code == 2  # the folder itself
    rules = tmp_path / "mine.rules"
    shutil.copy(load_rules("jiangxi").file, rules)
    result = run("score", REPORT, "--project", "医保资金", "--rules", rules, "-o", rules)
    assert result.exit_code == 2 and rules.read_bytes() == Path(load_rules("jiangxi").file).read_bytes()
    fresh = run("audit", tmp_path / "a.txt", "-o", tmp_path / "audit.md")  # beside the input: fine
    assert fresh.exit_code == 1 and (tmp_path / "audit.md").exists()


# ---------------------------------------------------------------- links, signals, leftovers


def test_fmt_write_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "sets" / "a.ind"
    real.parent.mkdir()
    real.write_text(SET, encoding="utf-8")
    link = tmp_path / "a.ind"
    link.symlink_to(real)
    assert run("fmt", link, "--write").exit_code == 0
    assert link.is_symlink() and link.resolve() == real
    assert real.read_text(encoding="utf-8") == 'set "x"\n  产出指标/数量指标  "n"  >= 3 台  100\n'
    assert sorted(p.name for p in real.parent.iterdir()) == ["a.ind"]


@pytest.mark.parametrize(("signum", "raised"), [(signal.SIGTERM, SystemExit), (signal.SIGINT, KeyboardInterrupt)])
def test_a_signal_while_writing_removes_the_temporary_file(tmp_path: Path, signum: int,
                                                           raised: type[BaseException]) -> None:
    target = tmp_path / "audit.md"
    with pytest.raises(raised), atomic_path(target) as temporary:
        temporary.write_text("half", encoding="utf-8")
        os.kill(os.getpid(), signum)
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL  # put back as it was


def test_stale_temporary_files_of_the_same_target_are_cleaned(tmp_path: Path) -> None:
    stale, fresh, other = (tmp_path / ".a.ind.abcd_123.tmp", tmp_path / ".a.ind.zzzz9999.tmp",
                           tmp_path / ".b.ind.abcd1234.tmp")
    for path in (stale, fresh, other):
        path.write_text("left by a killed run", encoding="utf-8")
    hours_ago = time.time() - 2 * outputs.STALE_AFTER
    for path in (stale, other):
        os.utime(path, (hours_ago, hours_ago))
    (tmp_path / "a.ind").write_text(SET, encoding="utf-8")
    assert run("fmt", tmp_path / "a.ind", "--write").exit_code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == [".a.ind.zzzz9999.tmp", ".b.ind.abcd1234.tmp", "a.ind"]


# ---------------------------------------------------------------- import: all or nothing


def test_a_long_name_of_four_byte_characters_is_cut_by_bytes(tmp_path: Path) -> None:
    name = "𠀀" * 61
    assert len(safe_name(name).encode("utf-8")) <= 150
    report = tmp_path / "report.txt"
    report.write_text(REPORT.read_text(encoding="utf-8").replace("无纸化办公经费", name), encoding="utf-8")
    result = run("import", report, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / f"01-{'𠀀' * 37}.yaml").exists()


def test_a_failed_import_leaves_the_folder_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    assert run("import", REPORT, "-o", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    replace, calls = os.replace, []

    def failing(source: str | Path, target: str | Path) -> None:  # the disk fails on the 30th move
        calls.append(target)
        if len(calls) == 30:
            raise OSError(28, "No space left on device")
        replace(source, target)

    monkeypatch.setattr(os, "replace", failing)
    assert run("import", REPORT, "-o", out, "--rules", "national", "--force").exit_code != 0
    monkeypatch.undo()
    assert len(calls) > 30  # the moves up to the failure, then the moves back
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before  # nothing half-written, nothing left over


@pytest.mark.parametrize("kind", ["not utf-8", "folder"])
def test_an_unreadable_target_is_replaced_only_with_force(tmp_path: Path, kind: str) -> None:
    out = tmp_path / "out"
    target = out / "01-无纸化办公经费.yaml"
    if kind == "folder":
        (target / "inside").mkdir(parents=True)
    else:
        out.mkdir()
        target.write_bytes(b"\xff\xfe not text")
    refused = run("import", REPORT, "-o", out)
    assert refused.exit_code == 2 and "--force" in refused.output
    assert sorted(p.name for p in out.iterdir()) == [target.name]
    assert run("import", REPORT, "-o", out, "--force").exit_code == 0
    assert target.read_text(encoding="utf-8").startswith("# 导入自")


def test_an_import_waits_for_another_into_the_same_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    monkeypatch.setattr(outputs, "LOCK_WAIT", 0.2)
    with outputs.locked(out):  # another import holds the folder
        busy = run("--lang", "en", "import", REPORT, "-o", out)
    assert busy.exit_code == 2 and "another jsperf import is writing into" in busy.stderr
    assert list(out.iterdir()) == []
    assert run("import", REPORT, "-o", out, "--sets", out / ".." / "out").exit_code == 0  # one folder, one lock
    assert len(list(out.iterdir())) == 46


def test_the_clash_check_runs_under_the_lock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, out = tmp_path / "first", tmp_path / "out"
    assert run("import", REPORT, "-o", first, "--rules", "national").exit_code == 0
    taken = outputs.locked

    @contextlib.contextmanager
    def after_another_import(folder: Path, wait: float = outputs.LOCK_WAIT) -> Iterator[None]:
        with taken(folder, wait):  # the other import finished while this one waited for the lock
            for path in first.iterdir():
                shutil.copy(path, out / path.name)
            yield

    monkeypatch.setattr(outputs, "locked", after_another_import)
    second = run("import", REPORT, "-o", out, "--rules", "jiangxi")
    assert second.exit_code == 2 and "--force" in second.stderr  # not silently over the first
    assert {p.name: p.read_bytes() for p in out.iterdir()} == {p.name: p.read_bytes() for p in first.iterdir()}


# ---------------------------------------------------------------- --project NAME#N


def twins(tmp_path: Path) -> Path:
    """A report holding two different scorecards both named 同名项目."""
    rng, rules = random.Random(7), load_rules("national")
    cards = [render_scorecard(publish(attrs.evolve(random_project(rng, number), name="同名项目"), rules))
             for number in (1, 2)]
    report = tmp_path / "twins.txt"
    report.write_text("\n\n".join(cards), encoding="utf-8")
    return report


def test_project_with_duplicate_names_takes_an_index(tmp_path: Path) -> None:
    report = twins(tmp_path)
    refused = run("score", report, "--project", "同名项目")
    assert refused.exit_code == 2
    assert "同名项目#1 (" in refused.stderr and "同名项目#2 (" in refused.stderr
    budgets = {json.loads(run("score", report, "--project", f"同名项目#{n}", "-f", "json").stdout)["funds"]["budget"]
               for n in (1, 2)}
    assert len(budgets) == 2
    assert run("explain", report, "--project", "同名项目#2").exit_code == 0
    assert run("score", report, "--project", "同名项目#3").exit_code == 2

