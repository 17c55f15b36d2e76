"""Hostile and broken inputs (issue 9): every one is a located input error (exit 2) or
read, within limits that say how to raise them; never an internal error, a hang, a
crash of the terminal or a file jsperf cannot read back."""

from __future__ import annotations

import json
import os
import re
import stat
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.projectfile import load_project
from jsperf.sources import source_of
from jsperf.writers.project_yaml import dump_project
from tests.conftest import REPORT, ROOT

runner = CliRunner()
EXAMPLES = ROOT / "examples" / "changnan-2024"
SETS = ROOT / "indicator_sets" / "changnan-2024"
CONVERTED = ROOT / "tests" / "data" / "converted"
NATIONAL = ROOT / "jsperf" / "rulesets" / "national.rules"


def run(*args: object):  # type: ignore[no-untyped-def]
    return runner.invoke(app, [str(a) for a in args])


def project_file(folder: Path, name: str = "无纸化办公经费", weight: str | None = None) -> Path:
    """The example project 01 and its indicator set copied into `folder`, with another
    project name (any characters) or execution weight."""
    indicators = (SETS / "01-无纸化办公经费.ind").read_text(encoding="utf-8")
    if weight is not None:
        indicators = indicators.replace("  execution 10\n", f"  execution {weight}\n")
    (folder / "p.ind").write_text(indicators, encoding="utf-8")
    text = (EXAMPLES / "01-无纸化办公经费.yaml").read_text(encoding="utf-8")
    text = re.sub(r'file: "[^"]*"', 'file: "p.ind"', text)
    text = text.replace("project: 无纸化办公经费", f"project: {json.dumps(name)}")  # \\u escapes: YAML reads them
    path = folder / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def assert_located(result, path: Path | str, *words: str) -> None:  # type: ignore[no-untyped-def]
    """Exit 2, the message names the file, no internal error."""
    assert result.exit_code == 2, result.output
    assert str(path) in result.stderr and "内部错误" not in result.stderr, result.stderr
    for word in words:
        assert word in result.stderr, result.stderr


# ---------------------------------------------------------------- limits


def _xlsx_with_sheet(path: Path, sheet_xml: bytes) -> Path:
    """A workbook whose one sheet is `sheet_xml` (compressed as Excel does)."""
    book = Workbook()
    book.save(path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


def _sheet(cells: bytes, extra: bytes = b"", dimension: bytes = b"A1") -> bytes:
    return (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<dimension ref="' + dimension + b'"/><sheetData>' + cells + b"</sheetData>" + extra + b"</worksheet>")


def test_an_xlsx_that_expands_past_the_limit_is_refused_before_it_is_parsed(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    padding = b"<!--" + b" " * (3 * 2**20) + b"-->"  # 3 MB that compress to a few kilobytes
    path = _xlsx_with_sheet(tmp_path / "bomb.xlsx", _sheet(b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>'
                                                           + padding))
    assert path.stat().st_size < 100_000
    monkeypatch.setenv("JSPERF_MAX_UNZIPPED_MB", "2")
    assert_located(run("audit", path), path, "JSPERF_MAX_UNZIPPED_MB", "压缩炸弹")
    monkeypatch.setenv("JSPERF_MAX_UNZIPPED_MB", "8")  # raised: read, and found to hold no scorecard
    assert_located(run("audit", path), path, "没有找到项目支出绩效自评表")


def test_an_xlsx_dimension_that_lies_does_not_let_its_cells_through(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    cells = b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(1, 2001))
    path = _xlsx_with_sheet(tmp_path / "liar.xlsx", _sheet(cells, dimension=b"A1"))
    monkeypatch.setenv("JSPERF_MAX_CELLS", "1000")
    assert_located(run("audit", path), path, "2,000 个单元格", "JSPERF_MAX_CELLS")


def test_a_merged_range_over_the_whole_sheet_is_refused_at_once(tmp_path: Path) -> None:
    merge = b'<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'
    path = _xlsx_with_sheet(tmp_path / "merged.xlsx", _sheet(b'<row r="1"><c r="A1"><v>1</v></c></row>', merge))
    start = time.monotonic()
    assert_located(run("audit", path), path, "JSPERF_MAX_CELLS")
    assert time.monotonic() - start < 5


def test_a_word_table_spanning_a_billion_columns_is_refused(tmp_path: Path) -> None:
    with zipfile.ZipFile(CONVERTED / "report.docx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="1000000000"/>', 1)
    path = tmp_path / "wide.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    assert_located(run("audit", path), path, "JSPERF_MAX_CELLS")


def test_an_html_table_of_spans_over_everything_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "spans.html"
    path.write_text("<table>" + '<tr><td rowspan="0" colspan="1000">x</td></tr>' * 3000 + "</table>",
                    encoding="utf-8")
    start = time.monotonic()
    assert_located(run("audit", path), path, "JSPERF_MAX_CELLS")
    assert time.monotonic() - start < 5


def test_a_text_file_over_the_size_limit_is_refused_and_the_limit_can_be_raised(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(REPORT.read_bytes() * (2 * 2**20 // REPORT.stat().st_size + 1))
    monkeypatch.setenv("JSPERF_MAX_MB", "1")
    assert_located(run("audit", path), path, "JSPERF_MAX_MB")
    monkeypatch.setenv("JSPERF_MAX_MB", "4")
    assert run("audit", path, "-f", "json").exit_code == 1  # read: the report's own errors
    monkeypatch.setenv("JSPERF_MAX_MB", "lots")
    result = run("audit", path)
    assert result.exit_code == 2 and "JSPERF_MAX_MB=lots" in result.stderr


def test_a_pdf_over_the_page_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JSPERF_MAX_PAGES", "5")
    assert_located(run("audit", CONVERTED / "report.pdf"), CONVERTED / "report.pdf", "31 页", "JSPERF_MAX_PAGES")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("name", ["b.txt", "c.xlsx", "d.xls", "e.docx", "f.pdf", "g.yaml", "h.html"])
def test_a_fifo_in_a_folder_is_refused_by_name_and_the_folder_read(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_bytes(REPORT.read_bytes())
    os.mkfifo(tmp_path / name)
    result = run("audit", tmp_path, "-f", "json")
    assert result.exit_code == 2 and json.loads(result.stdout)["summary"]["projects"] == 23
    assert f"{tmp_path / name}" in result.stderr and "不是普通文件" in result.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
@pytest.mark.parametrize("command", [("check",), ("fmt",), ("audit",), ("score",), ("import", "-o", "out")])
def test_a_device_is_refused(command: tuple[str, ...], tmp_path: Path) -> None:
    result = run(command[0], "/dev/zero", *[tmp_path / a if a == "out" else a for a in command[1:]])
    assert_located(result, "/dev/zero", "不是普通文件")


# ---------------------------------------------------------------- input errors, not internal ones


def encrypted_pdf() -> bytes:
    """A one-page PDF encrypted with a user password (RC4, revision 2) nobody knows."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
               b"<< /Filter /Standard /V 1 /R 2 /O <" + b"41" * 32 + b"> /U <" + b"42" * 32 + b"> /P -4 >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objects) + 1, b"00" * 16, b"00" * 16, xref))
    return bytes(out)


@pytest.mark.parametrize(("content", "words"), [
    (lambda: b"hello", ("不是 PDF",)),
    (lambda: b"", ("不是 PDF",)),
    (lambda: (CONVERTED / "report.pdf").read_bytes()[:2000], ("无法读取的 PDF",)),
    (lambda: b"%PDF-1.4\n%%EOF\n", ("无法读取的 PDF",)),
    (encrypted_pdf, ("已加密",)),
], ids=["not-a-pdf", "empty", "truncated", "no-root", "encrypted"])
def test_broken_pdfs_are_located_input_errors(tmp_path: Path, content: Callable[[], bytes],
                                              words: tuple[str, ...]) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(content())
    assert_located(run("audit", path), path, *words)


def test_a_weight_past_28_digits_is_scored(tmp_path: Path) -> None:
    path = project_file(tmp_path, weight="1" + "0" * 40)
    result = run("score", path, "-f", "json")
    assert result.exit_code == 1, result.output  # the weights do not add up: findings, not a crash
    assert json.loads(result.stdout)["execution"]["weight"] == "1" + "0" * 40


def test_yaml_nested_900_deep_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("a: " + "[" * 900 + "]" * 900 + "\n", encoding="utf-8")
    assert_located(run("score", path), path, "嵌套过深")


@pytest.mark.parametrize(("lets", "cycle"), [
    ("let r = r\n", "r → r"),
    ("let a = b + 1\nlet b = min(c, 1)\nlet c = a\n", "a → b → c → a"),
])
def test_a_let_cycle_is_named(tmp_path: Path, lets: str, cycle: str) -> None:
    rules = NATIONAL.read_text(encoding="utf-8").replace("execution -> min(rate, 100%) * weight",
                                                          lets + "execution -> min(" + lets[4] + ", 100%) * weight")
    path = tmp_path / "cycle.rules"
    path.write_text(rules, encoding="utf-8")
    assert_located(run("rules", "check", path), path, cycle)


def test_a_formula_nested_past_pythons_parser_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "long.rules"
    path.write_text(NATIONAL.read_text(encoding="utf-8").replace(
        "execution -> min(rate, 100%) * weight", "execution -> rate" + " + 0" * 900), encoding="utf-8")
    assert_located(run("rules", "check", path), path, "嵌套过深")


def test_control_characters_in_names_are_exported(tmp_path: Path) -> None:
    path = project_file(tmp_path, name="项目\x00\x1b[31m\x07名")
    xlsx = tmp_path / "out.xlsx"
    result = run("export", path, "--xlsx", xlsx)
    assert result.exit_code in (0, 1), result.output
    book = load_workbook(xlsx)
    assert "项目\ufffd\ufffd_31m\ufffd名" in book.sheetnames  # [ is not allowed in a sheet name


def test_output_that_cannot_be_written_is_named(tmp_path: Path) -> None:
    path = project_file(tmp_path)
    folder = tmp_path / "folder"
    folder.mkdir()
    assert_located(run("score", path, "-o", folder), folder, "无法写入")
    assert_located(run("export", path, "--xlsx", folder), folder, "无法写入")
    if Path("/proc/self").is_dir():
        assert_located(run("score", path, "-o", "/proc/x.json"), "/proc/x.json", "无法写入")


def test_a_full_disk_is_named_and_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = project_file(tmp_path)
    target = tmp_path / "out.md"

    import io

    class Full(io.StringIO):
        def write(self, text: str) -> int:
            raise OSError(28, "No space left on device")

    opened = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: Full() if self.suffix == ".tmp" else opened(self, *a, **k))
    result = run("score", path, "-o", target)
    monkeypatch.undo()
    assert_located(result, target, "No space left on device")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.ind", "p.yaml"]


@pytest.mark.skipif(os.geteuid() != 0 if hasattr(os, "geteuid") else True, reason="mknod needs root")
def test_a_device_given_as_output_is_written_to_not_replaced(tmp_path: Path) -> None:
    device = tmp_path / "full"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))  # /dev/full: every write fails
    assert_located(run("score", project_file(tmp_path), "-o", device), device, "No space left on device")
    assert stat.S_ISCHR(device.stat().st_mode)


def test_an_internal_error_says_it_is_a_bug_and_how_to_report_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("oops")

    import jsperf.batch

    monkeypatch.setattr(jsperf.batch, "audit_stream", broken)
    for lang, words in (("zh", ("jsperf 的缺陷", "JSPERF_DEBUG=1", "问题跟踪器")),
                        ("en", ("a bug in jsperf", "JSPERF_DEBUG=1", "issue tracker"))):
        result = run("audit", REPORT, "--lang", lang)
        assert result.exit_code == 3 and "Traceback" not in result.output
        assert all(word in result.stderr for word in words), result.stderr


# ---------------------------------------------------------------- files named as text


@pytest.mark.parametrize("kind", ["xls", "xlsx", "docx"])
def test_a_workbook_or_document_named_txt_is_read_by_its_content(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes((CONVERTED / f"report.{kind}").read_bytes())
    assert source_of(path).kind == kind


def test_a_damaged_xls_named_txt_says_what_it_is(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes((CONVERTED / "report.xls").read_bytes()[:5000])
    assert_located(run("audit", path), path, "旧版 Office 文件")


# ---------------------------------------------------------------- the terminal


@pytest.mark.parametrize("name", ["[/b]", "[link=http://example.com]点我[/link]", "\x1b[31m红\x9b2J\u202e", ":smile:"])
def test_names_are_printed_as_text_never_as_markup_or_escapes(tmp_path: Path, name: str) -> None:
    path = project_file(tmp_path, name=name)
    for command in (("score", path), ("audit", path), ("explain", path)):
        result = run(*command)
        assert result.exit_code in (0, 1), result.output
        assert not re.search("[\x1b\x9b\u202e]", result.stdout)
    visible = re.sub("[\x1b\x9b\u202e]", "\ufffd", name)
    assert visible in run("score", path).stdout
    assert json.loads(run("score", path, "-f", "json").stdout)["project"] == name  # JSON keeps the exact text


def test_error_lines_quoting_a_file_are_printed_safely(tmp_path: Path) -> None:
    path = tmp_path / "bad.ind"
    path.write_text('set "p"\n  产出指标/数量指标 "x\x1b[2J" >= 1 台 oops\n', encoding="utf-8")
    result = run("check", path)
    assert result.exit_code == 2 and "[2J" in result.stderr and "\x1b" not in result.stderr


# ---------------------------------------------------------------- YAML jsperf writes

_NAMES = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30).filter(lambda s: s.strip())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAMES, department=st.text(st.characters(codec="utf-8"), max_size=20), note=_NAMES)
@example(name="A", department="", note="A?")  # a `?` inside `{…}`: PyYAML's flow context refuses it plain
def test_project_yaml_reads_back_whatever_the_names_hold(tmp_path: Path, name: str, department: str,
                                                         note: str) -> None:
    import attrs

    original = load_project(project_file(tmp_path))
    first = original.indicator_set.indicators[0].name
    changed = attrs.evolve(original, name=name, department=department, goal=note, actuals={
        **original.actuals, first: attrs.evolve(original.actuals[first], deviation_note=note)})
    path = tmp_path / "back.yaml"
    path.write_text(dump_project(changed, "p.ind", source=f"imported from {name}"), encoding="utf-8")
    yaml.safe_load(path.read_text(encoding="utf-8"))  # a YAML any reader takes
    back = load_project(path)
    # the reader takes text as written, less the white space around it
    assert (back.name, back.department, back.goal) == (name.strip(), department.strip(), note.strip())
    assert back.actuals[first].deviation_note == note.strip()

