"""`--cluster`: a batch over a Dask cluster says what `--jobs 1` says."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.cluster import workers_of
from jsperf.errors import InputError
from tests.test_batch import folder

runner = CliRunner()


def test_a_local_cluster_gives_what_one_job_gives(tmp_path: Path) -> None:
    folder(tmp_path)
    (tmp_path / "broken.txt").write_text("项目支出绩效自评表\n项目名称\t残缺\n", encoding="utf-8")
    serial = runner.invoke(app, ["audit", str(tmp_path), "-f", "jsonl", "--jobs", "1"])
    spread = runner.invoke(app, ["audit", str(tmp_path), "-f", "jsonl", "--cluster", "local:2"])
    assert spread.exit_code == serial.exit_code == 2, spread.output
    assert "broken.txt:1:1: 错误：未能读出任何自评表" in spread.stderr
    cards, summary = spread.stdout.splitlines()[:-1], spread.stdout.splitlines()[-1]
    assert len(cards) == 23 + 23 + 1
    assert sorted(cards) == sorted(serial.stdout.splitlines()[:-1])  # each as soon as its file is done
    assert json.loads(summary) == json.loads(serial.stdout.splitlines()[-1])  # summed in the files' order


def test_local_takes_a_count_of_workers() -> None:
    assert workers_of("local:3") == 3 and workers_of("tcp://10.0.0.1:8786") is None
    with pytest.raises(InputError, match="local:4"):
        workers_of("local:")
    result = runner.invoke(app, ["audit", "examples", "--cluster", "local:0"])
    assert result.exit_code == 2 and "local:0" in result.stderr
