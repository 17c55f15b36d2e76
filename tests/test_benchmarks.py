"""The benchmarks must keep running (their figures are read by people, not asserted here):
a small run of each, which also checks that the engine and the hand-written floor agree."""

from __future__ import annotations

import pytest

from benchmarks import run


def test_benchmarks_run_on_small_inputs(capsys: pytest.CaptureFixture[str]) -> None:
    run.bench_scoring(300)
    run.bench_parsing(600)
    run.bench_report(40)
    run.bench_reading(40)
    run.bench_sources(10)
    out = capsys.readouterr().out
    assert [line.split()[0] for line in out.splitlines()] == ["scoring", "parsing", "report", "reading"] + ["source"] * 3
