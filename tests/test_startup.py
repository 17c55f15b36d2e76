"""Start-up: what `jsperf` imports before it knows what it must do, and the parse cache
that lets a repeated `jsperf score` do without Lark and the YAML parser."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from jsperf import parsecache
from jsperf.engine import score
from jsperf.errors import InputError
from jsperf.lang.parse import parse_indicators
from jsperf.projectfile import load_project, read_project
from jsperf.rules.parse import parse_rules, shipped_names

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples" / "changnan-2024").glob("*.yaml"))
SHIPPED = ROOT / "jsperf" / "rulesets"
# each costs tens of milliseconds to import, and none is needed before a command runs
HEAVY = ("lark", "yaml", "rich", "openpyxl", "xlrd", "pdfplumber", "lxml", "starlette", "uvicorn", "jinja2",
         "dask", "distributed", "charset_normalizer", "opencc", "zipfile", "jsperf.pipeline", "jsperf.audit")


def imported(code: str, cache: Path | str) -> set[str]:
    """Which of HEAVY a fresh Python has imported after running `code`."""
    report = f"import sys; print(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    environment = {**os.environ, "JSPERF_CACHE": str(cache)}
    done = subprocess.run([sys.executable, "-c", f"{code}\n{report}"], capture_output=True, text=True,
                          env=environment, check=True, cwd=ROOT)
    return set(done.stdout.split())


def scored_in_process(path: Path) -> str:
    return (f"import contextlib, io, sys\nsys.argv = ['jsperf', 'score', {str(path)!r}, '--format', 'json']\n"
            "from jsperf.cli import main\n"
            "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n    main()")


def test_importing_the_cli_imports_nothing_heavy(tmp_path: Path) -> None:
    assert imported("import jsperf.cli", tmp_path) == set()


def test_a_repeated_score_imports_neither_lark_nor_yaml(tmp_path: Path) -> None:
    first = imported(scored_in_process(EXAMPLES[2]), tmp_path)
    assert {"lark", "yaml", "jsperf.pipeline"} <= first  # read afresh: the test sees what it checks
    again = imported(scored_in_process(EXAMPLES[2]), tmp_path)
    assert {"lark", "yaml"}.isdisjoint(again)
    assert "jsperf.pipeline" in again


def test_without_a_cache_every_score_reads_afresh(tmp_path: Path) -> None:
    for _ in range(2):
        assert "lark" in imported(scored_in_process(EXAMPLES[2]), "off")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("JSPERF_CACHE", str(folder))
    return folder


def _unread(monkeypatch: pytest.MonkeyPatch, module: str, name: str) -> None:
    """From now on, reading afresh with `module.name` fails the test: what follows comes
    from the cache or not at all."""
    def fail(text: str, file: str) -> None:
        raise AssertionError(f"{file} read afresh")

    monkeypatch.setattr(f"{module}.{name}", fail)


def test_kept_rule_sets_equal_a_fresh_reading_and_score_the_same(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    projects = [load_project(path) for path in EXAMPLES]
    texts = {str(SHIPPED / f"{name}.rules"): (SHIPPED / f"{name}.rules").read_text(encoding="utf-8")
             for name in shipped_names()}
    fresh = {file: parse_rules(text, file) for file, text in texts.items()}
    assert {file: parsecache.rules(text, file) for file, text in texts.items()} == fresh
    _unread(monkeypatch, "jsperf.rules.parse", "parse_rules")
    for file, text in texts.items():
        kept = parsecache.rules(text, file)
        assert kept == fresh[file]
        assert [score(p, kept) for p in projects] == [score(p, fresh[file]) for p in projects]


def test_kept_projects_and_indicator_sets_equal_a_fresh_reading(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = [read_project(path.read_text(encoding="utf-8"), str(path)) for path in EXAMPLES]
    assert [load_project(path) for path in EXAMPLES] == fresh
    assert {entry.name.split("-")[0] for entry in cache.iterdir()} == {"project", "indicators"}
    _unread(monkeypatch, "jsperf.projectfile", "read_project")
    _unread(monkeypatch, "jsperf.lang.parse", "parse_indicators")
    kept = [load_project(path) for path in EXAMPLES]
    assert kept == fresh
    assert [p.indicator_set.span for p in kept] == [p.indicator_set.span for p in fresh]  # not part of equality


def _project(folder: Path, weight: str) -> Path:
    (folder / "set.ind").write_text(f'set "甲"\n  产出指标/数量指标 "次数" >= 3 次  {weight}\n', encoding="utf-8")
    path = folder / "p.yaml"
    path.write_text("project: 甲\nyear: 2024\nindicator_set: {file: set.ind}\n"
                    "funds: {budget: 10, executed: 10}\nactuals:\n  次数: 3\n", encoding="utf-8")
    return path


def test_a_changed_indicator_set_is_read_again(cache: Path, tmp_path: Path) -> None:
    path = _project(tmp_path, "40")
    assert load_project(path).indicator_set.indicators[0].weight == Decimal(40)
    _project(tmp_path, "30")  # the project file is the same; the set it names is not
    assert load_project(path).indicator_set.indicators[0].weight == Decimal(30)
    (tmp_path / "set.ind").unlink()
    with pytest.raises(InputError):
        load_project(path)


def test_a_damaged_entry_is_read_afresh(cache: Path, tmp_path: Path) -> None:
    path = _project(tmp_path, "40")
    first = load_project(path)
    for entry in cache.iterdir():
        entry.write_bytes(b"not a pickle")
    assert load_project(path) == first


def test_a_reading_that_fails_is_not_kept(cache: Path) -> None:
    with pytest.raises(InputError):
        parsecache.indicators('set "甲"\n  产出指标/数量指标 "次数" >= \n', "bad.ind")
    assert not any(cache.glob("indicators-*"))


def test_a_folder_open_to_others_is_not_used(cache: Path) -> None:
    cache.mkdir(mode=0o777)
    cache.chmod(0o777)
    text = (SHIPPED / "national.rules").read_text(encoding="utf-8")
    assert parsecache.rules(text, "national.rules") == parse_rules(text, "national.rules")
    assert list(cache.iterdir()) == []


def test_a_text_read_before_under_another_name_is_read_again(cache: Path) -> None:
    text = 'set "甲"\n  产出指标/数量指标 "次数" >= 3 次  40\n'
    assert parsecache.indicators(text, "a.ind") == parse_indicators(text, "a.ind")
    span = parsecache.indicators(text, "b.ind").sets[0].span
    assert span is not None and span.file == "b.ind"


def test_a_command_built_alone_says_what_it_says_in_the_whole_app() -> None:
    from typer.main import get_command_name
    from typer.testing import CliRunner

    from jsperf.cli import app, app_for

    assert app_for(["--lang", "en", "score"]) is app and app_for(["rules", "check"]) is app and app_for([]) is app
    runner = CliRunner()
    for info in app.registered_commands:
        assert info.callback is not None
        name = info.name or get_command_name(info.callback.__name__)
        assert app_for([name, "x"]).registered_commands == [info]
        for args in ([name, "--help"], [name, "--no-such-option"]):  # neither runs the command
            assert runner.invoke(app_for(args), args).output == runner.invoke(app, args).output, args


def test_the_cache_keeps_the_newest_entries_and_no_more(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server or a batch reading ever new file names never grows the folder without end."""
    monkeypatch.setattr(parsecache, "MOST", 8)
    text = 'set "甲"\n  产出指标/数量指标 "次数" >= 3 次  40\n'
    for number in range(20):
        parsecache.indicators(text, f"{number}.ind")
        assert len(list(cache.glob("*.pickle"))) <= 8
    monkeypatch.setattr(parsecache, "_store", lambda *_: pytest.fail("read afresh"))
    assert parsecache.indicators(text, "19.ind") == parse_indicators(text, "19.ind")  # the newest kept
