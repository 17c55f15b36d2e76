"""The message catalogue: both languages for every entry, no key missing or unused, and the
command line speaking Chinese by default, English with `--lang en` or JSPERF_LANG=en."""

from __future__ import annotations

import ast
import os
import re
import string
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf import messages
from jsperf.cli import app
from jsperf.errors import InputError
from jsperf.grammars import _WORDS
from jsperf.messages import CATALOGUE, choose, t, text
from jsperf.sources import REFUSED
from tests.conftest import ROOT

JSPERF = Path(sys.executable).parent / "jsperf"
CJK = re.compile(r"[\u4e00-\u9fff]")
SOURCES = sorted((ROOT / "jsperf").rglob("*.py"))
TEMPLATES = sorted((ROOT / "jsperf" / "web" / "templates").glob("*.html"))  # `t("web.…")` in Jinja


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field is not None}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_entry_has_both_languages_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert entry.zh.strip() and entry.en.strip()
    assert _fields(entry.zh) == _fields(entry.en)


def _constants() -> tuple[set[str], set[str]]:
    """(keys passed to t()/text() as written, every string constant) in jsperf's source."""
    called: set[str] = set()
    constants: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                first = node.args[0]
                choices = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
                if name in ("t", "text"):
                    called.update(c.value for c in choices if isinstance(c, ast.Constant) and isinstance(c.value, str))
    for path in TEMPLATES:
        keys = set(re.findall(r'\bt\("([\w.:]+)"', path.read_text(encoding="utf-8")))
        called |= keys
        constants |= keys
    return called, constants


def test_no_key_used_in_the_code_is_missing() -> None:
    called, _ = _constants()
    assert len(called) > 150  # the scan sees the calls
    assert sorted(called - set(CATALOGUE)) == []
    assert all(key in CATALOGUE for key in REFUSED.values())
    assert all(key in CATALOGUE for key in _WORDS.values() if not key.startswith("'"))


def test_no_entry_is_unused() -> None:
    _, constants = _constants()
    unused = [key for key in CATALOGUE if key not in constants and not key.startswith("label.")]
    assert unused == []


def test_every_input_error_is_said_from_the_catalogue() -> None:
    """No `InputError("…")`, `self.error(f"…")` or `self.fail("…")` with words of its own: they
    would reach a Chinese user in English."""
    written = []
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args:
                name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if name in ("InputError", "error", "fail") and isinstance(node.args[0], ast.Constant | ast.JoinedStr):
                    written.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert written == []


def test_a_missing_key_is_an_error_not_a_silent_fallback() -> None:
    with pytest.raises(KeyError):
        t("no.such.key")


@pytest.mark.parametrize(("argv", "environ", "lang"), [
    ([], {}, "zh"),
    (["score", "x"], {"JSPERF_LANG": "en"}, "en"),
    (["score", "x", "--lang", "en"], {}, "en"),
    (["--lang=en", "score"], {}, "en"),
    (["score", "--lang", "zh"], {"JSPERF_LANG": "en"}, "zh"),  # the option wins over the environment
    (["score", "--lang", "fr"], {"JSPERF_LANG": "en"}, "zh"),  # left for the option's check to refuse
    (["score"], {"JSPERF_LANG": "de"}, "zh"),
])
def test_the_language_is_chosen_from_argv_then_environment(argv: list[str], environ: dict[str, str], lang: str) -> None:
    assert choose(argv, environ) == lang


def test_input_errors_render_in_the_current_language() -> None:
    error = InputError(t("file.missing", path="x.yaml"), expected=t("project.money_expected"))
    assert error.render() == "错误：x.yaml：文件不存在\n  应为：元、万元或亿元"
    messages.use("en")
    error = InputError(t("file.missing", path="x.yaml"), expected=t("project.money_expected"))
    assert error.render() == "error: x.yaml: no such file\n  expected: 元, 万元 or 亿元"


# ---------------------------------------------------------------- the command line, as a user runs it

HELP = {
    (): "cli.app", ("score",): "score.help", ("audit",): "audit.help", ("explain",): "explain.help",
    ("check",): "check.help", ("fmt",): "fmt.help", ("import",): "import.help", ("export",): "export.help",
    ("new",): "new.help", ("codes",): "codes.help", ("rules",): "cli.rules", ("rules", "list"): "rules.list.help",
    ("rules", "show"): "rules.show.help", ("rules", "check"): "rules.check.help", ("serve",): "serve.help",
}


def jsperf(*args: str | Path, lang_env: str | None = None) -> subprocess.CompletedProcess[str]:
    """The installed command in a process of its own: help texts are chosen at import."""
    env = {key: value for key, value in os.environ.items() if key != "JSPERF_LANG"} | {"COLUMNS": "200"}
    if lang_env is not None:
        env["JSPERF_LANG"] = lang_env
    return subprocess.run([str(JSPERF), *map(str, args)], capture_output=True, text=True, env=env, timeout=60)


def _start(key: str, lang: str) -> str:
    return text(key, lang).split("\n")[0][:12]


@pytest.mark.parametrize("command", list(HELP), ids=[" ".join(c) or "jsperf" for c in HELP])
def test_every_help_is_chinese_by_default_and_english_when_asked(command: tuple[str, ...]) -> None:
    key = HELP[command]
    chinese = jsperf(*command, "--help")
    assert chinese.returncode == 0, chinese.stderr
    assert "用法：" in chinese.stdout and "显示本帮助并退出" in chinese.stdout
    assert _start(key, "zh") in chinese.stdout and _start(key, "en") not in chinese.stdout
    for english in (jsperf(*command, "--help", "--lang", "en"), jsperf(*command, "--help", lang_env="en")):
        assert english.returncode == 0, english.stderr
        assert "Usage:" in english.stdout and "Show this message and exit." in english.stdout
        assert _start(key, "en") in english.stdout and _start(key, "zh") not in english.stdout
        assert not CJK.search(english.stdout.replace("项目支出绩效自评表", "").replace("项目名称", "")
                              .replace("文件 → 另存为", ""))


BAD_INDICATORS = 'set "x"\n  产出指标/数量指标 "档案数量" >= 页 5\n'


def test_a_syntax_error_keeps_its_place_and_caret_in_both_languages(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ind"
    bad.write_text(BAD_INDICATORS, encoding="utf-8")
    caret = "  " + " " * (2 + 17 + 1 + 10 + 4) + "^^"  # Chinese characters are two columns wide
    chinese = jsperf("check", bad)
    assert chinese.returncode == 2
    lines = chinese.stderr.splitlines()
    assert lines[:3] == [f"{bad}:2:23: 错误：意外的 '页'", '    产出指标/数量指标 "档案数量" >= 页 5', caret]
    assert lines[3].startswith("  应为：") and "数字" in lines[3]
    english = jsperf("check", bad, lang_env="en")
    lines = english.stderr.splitlines()
    assert lines[:3] == [f"{bad}:2:23: error: unexpected '页'", '    产出指标/数量指标 "档案数量" >= 页 5', caret]
    assert lines[3].startswith("  expected: ") and "a number" in lines[3]


def test_a_missing_file_in_both_languages(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.yaml"
    runner = CliRunner()
    chinese = runner.invoke(app, ["score", str(missing)])
    assert chinese.exit_code == 2 and chinese.stderr == f"错误：{missing}：文件或文件夹不存在\n"
    english = runner.invoke(app, ["score", str(missing), "--lang", "en"])
    assert english.exit_code == 2 and english.stderr == f"error: {missing}: no such file or folder\n"


def test_usage_errors_are_written_from_the_catalogue() -> None:
    runner = CliRunner()
    typo = runner.invoke(app, ["score", "--prjoect", "x"], prog_name="jsperf")
    assert typo.exit_code == 2
    assert typo.stderr.splitlines() == ["用法：jsperf score [选项] {PROJECT}", "运行 'jsperf score --help' 查看帮助。",
                                        "错误：没有选项 --prjoect；是否指 --project？"]
    assert "缺少参数 'PROJECT'" in runner.invoke(app, ["score"]).stderr
    assert "应为 table, json, markdown 之一" in runner.invoke(app, ["score", "-f", "xml", "x"]).stderr
    assert "缺少选项 '--xlsx'" in runner.invoke(app, ["export", "x"]).stderr
    assert "没有命令 'scor'；是否指 'score'？" in runner.invoke(app, ["scor"]).stderr
    english = jsperf("score", "--prjoect", "x", "--lang", "en")
    assert english.returncode == 2
    assert english.stderr.splitlines() == ["Usage: jsperf score [OPTIONS] {PROJECT}", "Try 'jsperf score --help' for help.",
                                           "Error: No such option: --prjoect (did you mean --project?)"]


def test_status_lines_follow_the_language(tmp_path: Path) -> None:
    good = tmp_path / "good.ind"
    good.write_text('set "x" rules national\n  execution 10\n  产出指标/数量指标 "件数" >= 3 件 90\n', encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["check", str(good)]).stderr.strip() == "1 个文件：没有发现问题"
    assert runner.invoke(app, ["check", str(good)], env={"JSPERF_LANG": "en"}).stderr.strip() == "1 file(s): no findings"


def test_a_command_speaks_as_jsperf_lang_above_it_said_and_only_for_that_run() -> None:
    runner = CliRunner()
    assert "error: no diagnostic code 'JS999'" in runner.invoke(app, ["--lang", "en", "codes", "JS999"]).stderr
    assert "错误：没有诊断代码 'JS999'" in runner.invoke(app, ["codes", "JS999"]).stderr
