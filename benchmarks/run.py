"""Throughput of jsperf's hot paths, each beside its floor or target.

    python benchmarks/run.py [--scorecards 100000] [--lines 50000] [--report 10000] [--files 200]
                             [--only reading,audit,…]

1. scoring: `engine.score` over generated scorecards under `jiangxi`, beside a minimal
   hand-written Decimal loop that computes the same totals (the floor; checked equal on
   every card); target ≥ 50 %.
2. parsing: an indicator-set file of N lines; target ≥ 30,000 lines/s.
3. `jsperf score` on one bundled example, wall and CPU time of the whole process (the median
   of 7), beside a Python that only imports jsperf's libraries; target ≤ 0.2 s.
4. reading and auditing a generated report of N scorecards, in process; and `jsperf audit
   REPORT -f json` on it as a user runs it, beside the start-up of 3.: target ≤ 12× the
   start-up and < 200 MiB peak RSS.
5. reading alone: the report's text read into scorecards beside a floor of splitting the
   same text into lines; target ≥ 10,000 scorecards/s.  The same scorecards as an HTML
   page, a Word document and a workbook, beside their first stage alone (file → rows);
   target ≥ 1,000 scorecards/s each.
6. `--format jsonl` over N/4 and N copies of the bundled report: peak RSS flat.
7. `jsperf audit DIR --jobs 1`, `--jobs 2` and `--cluster local:2` over N report copies.
"""

from __future__ import annotations

import argparse
import copy
import gc
import operator
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from jsperf.audit import audit_projects
from jsperf.engine import score_all
from jsperf.gcpause import paused
from jsperf.lang.format import format_sets
from jsperf.lang.parse import parse_indicators
from jsperf.model import IndicatorSet, Op, Project
from jsperf.readers.card import read_rows
from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import rows_of_text
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project, render_scorecard

ROOT = Path(__file__).resolve().parent.parent
CENT = Decimal("0.01")
_ZERO, _ONE, _HUNDRED = Decimal(0), Decimal(1), Decimal(100)
_SIXTY_PCT, _FORTY_PCT = Decimal("0.6"), Decimal("0.4")
# jiangxi's execution bands, in percent: (lowest rate, points at weight 10)
_EXECUTION_BANDS = ((Decimal(100), Decimal(10)), (Decimal(80), Decimal(7)), (Decimal(60), Decimal(5)))
_TIER_DEFAULTS = {"基本达成目标": _ONE, "部分实现目标": Decimal("0.7"), "实现目标程度较低": Decimal("0.3")}


def floor_points(project: Project) -> Decimal:
    """The jiangxi rules for the generated layout, written out by hand: the fastest
    honest way to compute the same total, and so the floor the engine is measured by.
    Decimals only, constants made once, a division only where the target is missed."""
    funds = project.funds
    assert funds.budget and funds.executed is not None
    rate = (funds.executed / funds.budget * _HUNDRED).quantize(CENT, ROUND_HALF_UP)
    total = _ZERO
    for least, points in _EXECUTION_BANDS:
        if rate >= least:
            total = points
            break
    actuals = project.actuals
    for indicator in project.indicator_set.indicators:
        actual = actuals[indicator.name]
        target, weight = indicator.target, indicator.weight
        op = target.op
        if op is Op.QUAL:
            assert actual.verdict is not None
            total += (weight * _TIER_DEFAULTS[actual.verdict]).quantize(CENT, ROUND_HALF_UP)
            continue
        assert actual.value is not None and target.value is not None
        value, goal = actual.value.value, target.value
        if value <= goal if op is Op.LE else value >= goal:
            total += weight
        elif op is Op.LE:
            overrun = (value - goal) / goal
            if overrun < _ONE:
                total += (weight * (_ONE - overrun)).quantize(CENT, ROUND_HALF_UP)
        else:
            ratio = value / goal
            if ratio >= _SIXTY_PCT:
                total += (weight * (ratio - _SIXTY_PCT) / _FORTY_PCT).quantize(CENT, ROUND_HALF_UP)
    return total.quantize(CENT, ROUND_HALF_UP)


def best_of(runs: int, *works: Callable[[], object]) -> list[float]:
    """The best time of each work over `runs` rounds, the works interleaved so that a
    busy machine slows them alike; results are freed outside the timed region."""
    best = [float("inf")] * len(works)
    for _ in range(runs):
        for index, work in enumerate(works):
            gc.collect()
            start = time.perf_counter()
            kept = work()
            best[index] = min(best[index], time.perf_counter() - start)
            del kept
    return best


def bench_scoring(count: int) -> None:
    rules = load_rules("jiangxi")
    rng = random.Random(2024)
    projects = [random_project(rng, n) for n in range(count)]
    engine, floor = best_of(5, lambda: score_all(projects, lambda p: rules), lambda: [floor_points(p) for p in projects])
    assert [r.total for r in score_all(projects, lambda p: rules)] == [floor_points(p) for p in projects], \
        "the engine and the floor disagree"
    n = len(projects)
    print(f"scoring     {n:>7} scorecards  engine {n / engine:>10,.0f}/s   floor {n / floor:>10,.0f}/s   "
          f"engine/floor {floor / engine:6.1%}  (target ≥ 50%)")


PARSE_TARGET = 30_000  # indicator lines/s


def bench_parsing(lines: int) -> None:
    rng = random.Random(7)
    per_set = 20
    sets = [random_project(rng, n).indicator_set for n in range(lines // (per_set + 2))]
    big = [IndicatorSet(s.name, s.indicators * 3 + s.indicators[:2], execution_weight=s.execution_weight)
           for s in sets]  # 20 indicator lines + header + execution line a set
    seen: set[str] = set()
    unique = []
    for item in big:  # indicator names repeat inside a set; the parser does not mind
        if item.name not in seen:
            seen.add(item.name)
            unique.append(item)
    text = format_sets(unique)
    count = text.count("\n")
    (elapsed,) = best_of(3, lambda: parse_indicators(text, "bench.ind"))
    print(f"parsing     {count:>7} lines       {count / elapsed:>10,.0f} lines/s  "
          f"figure/target {count / elapsed / PARSE_TARGET:6.1%}  (target ≥ {PARSE_TARGET:,} lines/s)")


START_TARGET = 0.2  # seconds, `jsperf score` of one project file
JSPERF = str(Path(sys.executable).with_name("jsperf"))
# as on a user's machine: bytecode caches written (some sandboxes set PYTHONDONTWRITEBYTECODE)
ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


class Run(NamedTuple):
    wall: float  # seconds
    cpu: float  # seconds of CPU, user and system: what a busy shared machine distorts least
    peak: float  # MiB of RSS
    status: int


def measured(arguments: list[str], env: dict[str, str] = ENV) -> Run:
    """`jsperf ARGUMENTS` as a user runs it.  The peak is the process's own high-water
    mark (`VmHWM`), read as it runs: the child's `ru_maxrss` would count this process's
    own memory, which the child had until it exec'd jsperf."""
    start = time.perf_counter()
    process = subprocess.Popen([JSPERF, *arguments], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    peak = 0.0
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, _high_water(process.pid))
        time.sleep(0.02)
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(time.perf_counter() - start, usage.ru_utime + usage.ru_stime, peak, process.returncode)


def _high_water(pid: int) -> float:
    """A running process's peak RSS so far, in MiB (0 once it has gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            return next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")), 0.0)
    except OSError:
        return 0.0


def bench_cli() -> Run:
    """`jsperf score` on one bundled example, the whole process: the start-up that the
    audit of a large report is measured by, scoring a project again as a user does (its
    files in the parse cache), and once as if for the first time.  Returns the medians."""
    example = sorted((ROOT / "examples" / "changnan-2024").glob("*.yaml"))[2]
    arguments = ["score", str(example), "--format", "json"]
    measured(arguments)  # warm the parse-table, parse and bytecode caches
    runs = [measured(arguments) for _ in range(7)]
    times = [run.wall for run in runs]
    afresh = statistics.median(measured(arguments, {**ENV, "JSPERF_CACHE": "off"}).wall for _ in range(3))
    imports = _imports_alone()
    print(f"start-up    jsperf score median {statistics.median(times) * 1000:.0f} ms, best {min(times) * 1000:.0f} ms, "
          f"CPU {statistics.median(run.cpu for run in runs) * 1000:.0f} ms; read afresh {afresh * 1000:.0f} ms; "
          f"imports alone {imports * 1000:.0f} ms   "
          f"figure/target {statistics.median(times) / START_TARGET:6.1%}  (target ≤ {START_TARGET * 1000:.0f} ms)")
    return Run(statistics.median(times), statistics.median(run.cpu for run in runs), 0, 0)


def _imports_alone(runs: int = 7) -> float:
    """The floor of start-up: the median wall time of a Python that only imports the
    libraries jsperf stands on."""
    command = [sys.executable, "-c", "import attrs, decimal, json, lark, typer, yaml"]
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env=ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bench_audit(count: int, startup: Run) -> None:
    """`jsperf audit REPORT -f json` on a report of `count` scorecards, beside the start-up
    of one `jsperf score` measured in the same run; target ≤ 12× and < 200 MiB."""
    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.txt"
        report.write_text(generated_report(count), encoding="utf-8")
        run = measured(["audit", str(report), "-f", "json", "-o", str(Path(folder) / "out.json")])
        assert run.status == 0, run.status
    print(f"audit       {count:>7} scorecards  to JSON {run.wall:.2f} s = {run.wall / startup.wall:5.1f}× start-up, "
          f"CPU {run.cpu:.2f} s = {run.cpu / startup.cpu:5.1f}× (target ≤ 12×), peak RSS {run.peak:.0f} MiB "
          f"(target < 200)")


def copies(folder: Path, files: int) -> Path:
    """A folder of `files` copies of the bundled report (23 scorecards each)."""
    report = ROOT / "examples" / "changnan-2024-final-accounts.txt"
    target = folder / f"copies-{files}"
    target.mkdir()
    for number in range(files):
        shutil.copy(report, target / f"report-{number:03d}.txt")
    return target


def bench_jsonl(small: int, large: int) -> None:
    """`--format jsonl` keeps memory flat: peak RSS over `small` and `large` reports."""
    with tempfile.TemporaryDirectory() as folder:
        peaks = []
        for files in (small, large):
            run = measured(["audit", str(copies(Path(folder), files)), "-f", "jsonl", "-o", str(Path(folder) / "out.jsonl")])
            assert run.status == 1, run.status  # the bundled report's three slips, in every copy
            peaks.append(run.peak)
    print(f"jsonl       {small:>4}/{large} reports  peak RSS {peaks[0]:.0f} / {peaks[1]:.0f} MiB  "
          f"ratio {peaks[1] / peaks[0]:.2f}  (target ≈ 1.00: flat)")


def bench_report(count: int) -> None:
    rules = load_rules("jiangxi")
    rng = random.Random(11)
    text = "".join(render_scorecard(publish(random_project(rng, n), rules)) for n in range(count))
    start = time.perf_counter()
    report = read_report(text, "bench.txt")
    read = time.perf_counter() - start
    audit = audit_projects(report.projects, lambda p: rules, report.claims, "jiangxi", "option", {})
    total = time.perf_counter() - start
    errors = sum(1 for item in audit.scorecards for f in item.findings if f.severity.value == "error")
    assert len(report.projects) == count and errors == 0, (len(report.projects), errors)
    print(f"report      {count:>7} scorecards  read {read:.2f} s, read + audit {total:.2f} s  (target < 10 s)")


def generated_report(count: int) -> str:
    rules = load_rules("jiangxi")
    rng = random.Random(11)
    return "".join(render_scorecard(publish(random_project(rng, n), rules)) for n in range(count))


def bench_reading(count: int) -> None:
    """Text → scorecards, beside the floor of splitting the same text into lines; and the
    two parts no reader of this design does without, timed alone: the first stage (the
    text's rows of cells) and making the model's objects of the scorecards read."""
    text = generated_report(count)
    rows = rows_of_text(text, "bench.txt")[0]
    projects = read_rows(rows, "bench.txt").projects
    assert len(projects) == count
    reader, floor, first, model = best_of(3, lambda: read_rows(rows_of_text(text, "bench.txt")[0], "bench.txt"),
                                          lambda: _split(text), lambda: rows_of_text(text, "bench.txt"),
                                          lambda: _remade(projects))
    print(f"reading     {count:>7} scorecards  text {count / reader:>10,.0f}/s   split floor {count / floor:>10,.0f}/s"
          f"   reader/floor {floor / reader:6.1%}  (target ≥ 10,000/s);  rows alone {count / first:,.0f}/s, "
          f"model objects alone {count / model:,.0f}/s, both {count / (first + model):,.0f}/s")


def _split(text: str) -> list[list[str]]:
    """The floor: the text split into lines and cells, the collector paused as the reader
    pauses it (else the floor would time the collector's scans the reader never makes)."""
    with paused():
        return [line.split("\t") for line in text.splitlines()]


def _remade(projects: tuple[Project, ...]) -> list[Project]:
    """The model's objects of these scorecards made again, as a reader makes them: each
    indicator, actual, the funds, the published numbers, the indicator set, the project,
    every one by its class with its fields (no reading, no parsing), the collector paused
    as the reader pauses it."""
    with paused():
        return [_project_again(project) for project in projects]


def _project_again(project: Project) -> Project:
    """One scorecard's model objects made again (`_remade`)."""
    indicators = tuple(map(_again, project.indicator_set.indicators))
    actuals = {name: _again(actual) for name, actual in project.actuals.items()}
    reported = project.reported and _again(project.reported, points=dict(project.reported.points),
                                           spans=dict(project.reported.spans))
    return _again(project, indicator_set=_again(project.indicator_set, indicators=indicators),
                  funds=_again(project.funds), actuals=actuals, reported=reported)


def _again(item: Any, **changes: object) -> Any:
    """`item` made again by its class from its fields (those in `changes` replaced)."""
    names, getter = _shape(type(item))
    values = getter(item)
    if changes:
        values = tuple(changes.get(name, value) for name, value in zip(names, values, strict=True))
    return type(item)(*values)


_SHAPES: dict[type, tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]] = {}


def _shape(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """An attrs class's field names, and a getter of its fields' values in their order."""
    if cls not in _SHAPES:
        names = tuple(field.name for field in attrs.fields(cls))
        _SHAPES[cls] = names, operator.attrgetter(*names)  # type: ignore[assignment]
    return _SHAPES[cls]


def bench_sources(count: int) -> None:
    """The same scorecards as an HTML page, a Word document and a workbook, read from disk."""
    from docx import Document
    from docx.oxml.ns import qn
    from openpyxl import Workbook

    from jsperf.sources import read_report_file, source_of

    rows = [line.split("\t") for line in generated_report(count).splitlines()]
    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "report.html"
        body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>" for cells in rows)
        html.write_text(f"<html><meta charset=utf-8><body><table>{body}</table></body></html>", encoding="utf-8")
        book = Workbook()
        for cells in rows:
            book.active.append(cells)
        xlsx = Path(folder) / "report.xlsx"
        book.save(xlsx)
        document = Document()  # one row made by python-docx, copied: its `add_row` is quadratic
        width = max(len(cells) for cells in rows)
        table = document.add_table(rows=1, cols=width)
        for cell in table.rows[0].cells:
            cell.text = "-"
        template = table.rows[0]._tr
        table._tbl.remove(template)
        for cells in rows:
            row = copy.deepcopy(template)
            for text_element, text in zip(row.iter(qn("w:t")), [*cells, *[""] * (width - len(cells))], strict=True):
                text_element.text = text
            table._tbl.append(row)
        docx = Path(folder) / "report.docx"
        document.save(str(docx))
        for path in (html, docx, xlsx):
            elapsed, first = best_of(1, lambda path=path: read_report_file(path),  # type: ignore[misc]
                                     lambda path=path: source_of(path))  # type: ignore[misc]
            assert len(read_report_file(path).projects) == count
            print(f"source      {count:>7} scorecards  {path.suffix[1:]:<5} {count / elapsed:>10,.0f}/s"
                  f"   rows alone {count / first:>8,.0f}/s  (target ≥ 1,000/s)")


def bench_batch(files: int) -> None:
    """`jsperf audit DIR` over a folder of report copies, as a user runs it: `--jobs 1`,
    `--jobs 2` and `--cluster local:2` (a local Dask cluster: its start-up included)."""
    with tempfile.TemporaryDirectory() as folder:
        reports = copies(Path(folder), files)
        times = {}
        for how in (["-j", "1"], ["-j", "2"], ["--cluster", "local:2"]):
            run = measured(["audit", str(reports), *how, "-f", "jsonl"])
            assert run.status == 1, run.status
            times[" ".join(how)] = run.wall
    one = times["-j 1"]
    print(f"batch       {files:>7} reports     " + ",  ".join(
        f"{how} {elapsed:.2f} s ({files * 23 / elapsed:,.0f} scorecards/s, {one / elapsed:.2f}× -j 1)"
        for how, elapsed in times.items()))


PARTS = ("scoring", "parsing", "cli", "report", "audit", "reading", "sources", "jsonl", "batch")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scorecards", type=int, default=100_000)
    parser.add_argument("--lines", type=int, default=50_000)
    parser.add_argument("--report", type=int, default=10_000)
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--only", default=",".join(PARTS), help="which parts, comma-separated: " + ", ".join(PARTS))
    args = parser.parse_args()
    only = args.only.split(",")
    startup = bench_cli() if {"cli", "audit"} & set(only) else Run(1, 1, 0, 0)
    runs: dict[str, Callable[[], object]] = {
        "scoring": lambda: bench_scoring(args.scorecards), "parsing": lambda: bench_parsing(args.lines),
        "report": lambda: bench_report(args.report), "audit": lambda: bench_audit(args.report, startup),
        "reading": lambda: bench_reading(args.report), "sources": lambda: bench_sources(args.sources),
        "jsonl": lambda: bench_jsonl(args.files // 4, args.files), "batch": lambda: bench_batch(args.files)}
    for part in PARTS:
        if part in only and part in runs:
            runs[part]()


if __name__ == "__main__":
    main()
