"""Fuzzing the commands: Hypothesis mutates real inputs (the bundled report, corpus
excerpts, a project file and its indicator set, a rules file, a workbook), in their bytes
and in their structure, and runs the commands on them in-process.  Whatever the input,
a command exits 0, 1 or 2, prints no traceback and no internal error, leaves its inputs
as they were and writes nothing but its output.

The suite runs a few examples of each; `JSPERF_FUZZ=long` runs many more (how many:
`JSPERF_FUZZ_EXAMPLES`, default 2,000 a test), e.g.
`JSPERF_FUZZ=long .venv/bin/python -m pytest -q tests/test_fuzz.py`.
"""

from __future__ import annotations

import functools
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from jsperf.cli import app
from tests.conftest import REPORT, ROOT

LONG = os.environ.get("JSPERF_FUZZ") == "long"
EXAMPLES = int(os.environ.get("JSPERF_FUZZ_EXAMPLES", "2000")) if LONG else 6
FUZZ = settings(max_examples=EXAMPLES, deadline=timedelta(seconds=30), database=None if LONG else settings().database,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
runner = CliRunner()

CORPUS = sorted((ROOT / "tests" / "corpus").glob("*.txt"))[:26:8]  # a few excerpts of other provinces' forms
PROJECT = ROOT / "examples" / "changnan-2024" / "01-无纸化办公经费.yaml"
INDICATORS = ROOT / "indicator_sets" / "changnan-2024" / "01-无纸化办公经费.ind"
RULES = ROOT / "jsperf" / "rulesets" / "national.rules"
WORKBOOK = ROOT / "tests" / "data" / "converted" / "report.xlsx"

# what a hostile or careless file holds: numbers out of range, markup, escapes, encodings'
# marks, the form's own words in the wrong place, YAML and rules syntax
TOKENS = [
    b"", b"0", b"-1", b"1" + b"0" * 30, b"0.000000001", b"100%", b"NaN", b"1e999", "１２．５".encode(), b"1,2,3",
    b"[/b]", b"[link=http://x]y[/link]", b"\x1b[31m", b"\x00", b"\t", b"|", b"\n", b"\r\n", b"\r", b"\xff\xfe",
    b"\xef\xbb\xbf", "\u202e".encode(), b"\xc2\x9b", b"\x9b", b"\xe4\xb8", "项目支出绩效自评表".encode(),
    "总分".encode(), "合计".encode(), "一级指标".encode(), "年度指标值".encode(), "≥".encode(), "≤".encode(),
    "万元".encode(), b"let r = r\n", b"(" * 300, b"- [", b"{", b"&a *a", b"!!python/object:os.system", b'"', b"'",
    b"#", b": ", b"  ", b"<<: *a", b"~", b"|-\n", b"when", b"->", b"weight / 0", b"%PDF-", b"PK\x03\x04",
]
_NUMBER = re.compile(rb"\d+(?:\.\d+)?")


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """`seed` changed a few times: bytes inserted, deleted, replaced or repeated, a
    hostile token put in, lines dropped, repeated or swapped, a number replaced."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(data)))
        kind = draw(st.sampled_from(("token", "token", "number", "delete", "bytes", "repeat", "line")))
        if kind == "token":
            data[at:at] = draw(st.sampled_from(TOKENS))
        elif kind == "number":
            numbers = list(_NUMBER.finditer(data))
            if numbers:
                found = numbers[draw(st.integers(0, len(numbers) - 1))]
                data[found.start():found.end()] = draw(st.sampled_from(TOKENS[:10]))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 200))]
        elif kind == "bytes":
            data[at:at + draw(st.integers(0, 4))] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "repeat":
            data[at:at] = data[at:at + draw(st.integers(1, 400))] * draw(st.integers(1, 5))
        else:
            lines = bytes(data).split(b"\n")
            index, other = (draw(st.integers(0, len(lines) - 1)) for _ in range(2))
            operation = draw(st.sampled_from(("drop", "repeat", "swap")))
            if operation == "drop":
                del lines[index]
            elif operation == "repeat":
                lines.insert(index, lines[other])
            else:
                lines[index], lines[other] = lines[other], lines[index]
            data = bytearray(b"\n".join(lines))
    return bytes(data)


@st.composite
def report_text(draw: st.DrawFn) -> bytes:
    """A stretch of the bundled report (a few of its scorecards; all of it in the long
    profile), mutated."""
    lines = REPORT.read_bytes().split(b"\n")
    start = draw(st.integers(0, len(lines) - 1))
    length = draw(st.integers(1, len(lines) if LONG else 160))
    return draw(mutated(b"\n".join(lines[start:start + length])))


@functools.cache
def small_workbook() -> bytes:
    """Two scorecards of the converted report as a workbook of their own."""
    from openpyxl import load_workbook

    book = load_workbook(WORKBOOK)
    for sheet in book.worksheets[3:]:
        book.remove(sheet)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@st.composite
def workbook(draw: st.DrawFn) -> bytes:
    """The small workbook changed in its structure (cells set to hostile text, ranges
    merged, rows deleted), in a sheet's XML, or in the zip's own bytes."""
    from openpyxl import load_workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, MergedCell

    level = draw(st.sampled_from(("structure", "xml", "zip")))
    if level == "zip":
        return draw(mutated(small_workbook()))
    if level == "xml":
        with zipfile.ZipFile(io.BytesIO(small_workbook())) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        name = draw(st.sampled_from(sorted(n for n in parts if n.endswith(".xml"))))
        parts[name] = draw(mutated(parts[name]))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for part, data in parts.items():
                target.writestr(part, data)
        return out.getvalue()
    book = load_workbook(io.BytesIO(small_workbook()))
    for _ in range(draw(st.integers(1, 6))):
        sheet = book.worksheets[draw(st.integers(0, len(book.worksheets) - 1))]
        row, col = draw(st.integers(1, 40)), draw(st.integers(1, 12))
        kind = draw(st.sampled_from(("set", "merge", "delete")))
        if kind == "set":
            text = draw(st.sampled_from(TOKENS)).decode("utf-8", "replace")
            cell = sheet.cell(row=row, column=col)
            if not isinstance(cell, MergedCell):  # a merged range's other cells take no value (as in Excel)
                cell.value = ILLEGAL_CHARACTERS_RE.sub("", text)
        elif kind == "merge":
            sheet.merge_cells(start_row=row, start_column=col, end_row=row + draw(st.integers(0, 5)),
                              end_column=col + draw(st.integers(0, 5)))
        else:
            sheet.delete_rows(row, draw(st.integers(1, 5)))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@functools.cache
def _project_beside() -> bytes:
    """The example project naming its indicator set as `p.ind` beside it."""
    return re.sub(rb'file: "[^"]*"', b'file: "p.ind"', PROJECT.read_bytes())


def run_all(files: dict[str, bytes], commands: Sequence[Sequence[str]]) -> None:
    """Write `files` into a fresh folder, run each command there (`{dir}` stands for the
    folder), and check what the commands promise."""
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for file, data in files.items():
            (folder / file).write_bytes(data)
        for command in commands:
            args = [part.replace("{dir}", name) for part in command]
            result = runner.invoke(app, args)
            shown = f"{args}\n{result.output}"
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                raise AssertionError(shown) from result.exception
            assert result.exit_code in (0, 1, 2), shown
            assert "Traceback" not in result.output and "内部错误" not in result.output, shown
            for file, data in files.items():
                assert (folder / file).read_bytes() == data, f"{shown}\n{file} was changed"
            outputs = {folder / "out", folder / "out.xlsx", folder / "out.md"}
            strays = [p for p in folder.rglob("*") if p.name not in files and p not in outputs
                      and not any(o in p.parents for o in outputs)]
            assert not strays, f"{shown}\nwritten outside the output: {strays}"


def _report_commands(file: str) -> list[list[str]]:
    path = "{dir}/" + file
    return [["audit", path, "-f", "json"], ["audit", path, "--lang", "en"], ["score", path, "-o", "{dir}/out.md"],
            ["import", path, "-o", "{dir}/out"], ["export", path, "--xlsx", "{dir}/out.xlsx"]]


@FUZZ
@given(report_text())
def test_the_bundled_report_mutated(data: bytes) -> None:
    run_all({"report.txt": data}, _report_commands("report.txt"))


@FUZZ
@given(st.sampled_from(CORPUS).flatmap(lambda path: mutated(path.read_bytes())))
def test_corpus_excerpts_mutated(data: bytes) -> None:
    run_all({"excerpt.txt": data}, _report_commands("excerpt.txt")[:2] + _report_commands("excerpt.txt")[3:4])


@FUZZ
@given(st.one_of(st.tuples(mutated(_project_beside()), st.just(INDICATORS.read_bytes())),
                 st.tuples(st.just(_project_beside()), mutated(INDICATORS.read_bytes()))))
def test_a_project_and_its_indicator_set_mutated(files: tuple[bytes, bytes]) -> None:
    run_all({"p.yaml": files[0], "p.ind": files[1]}, [
        ["score", "{dir}/p.yaml", "-f", "json"], ["score", "{dir}/p.yaml", "--explain"], ["explain", "{dir}/p.yaml"],
        ["audit", "{dir}/p.yaml"], ["export", "{dir}/p.yaml", "--xlsx", "{dir}/out.xlsx"],
        ["check", "{dir}/p.ind"], ["fmt", "{dir}/p.ind"], ["fmt", "--check", "{dir}/p.ind"]])


@FUZZ
@given(mutated(RULES.read_bytes()))
def test_a_rules_file_mutated(data: bytes) -> None:
    run_all({"r.rules": data, "p.yaml": _project_beside(), "p.ind": INDICATORS.read_bytes()}, [
        ["rules", "check", "{dir}/r.rules"], ["score", "{dir}/p.yaml", "-r", "{dir}/r.rules", "--explain"]])


@FUZZ
@given(workbook())
def test_a_workbook_mutated(data: bytes) -> None:
    run_all({"book.xlsx": data}, [["audit", "{dir}/book.xlsx", "-f", "json"], ["import", "{dir}/book.xlsx", "-o",
                                                                               "{dir}/out"]])
