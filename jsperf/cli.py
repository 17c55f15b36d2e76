"""The `jsperf` command: the only place that prints to the terminal or exits.

Exit status: 0 success (and, for `audit`, no error-level finding), 1 findings of
severity error (audit, check, `fmt --check`), 2 input that cannot be read or used.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer

from jsperf.errors import InputError, did_you_mean

if TYPE_CHECKING:
    from rich.console import Console

    from jsperf.model import Finding, Result

# Modules are imported inside the commands that need them: `jsperf score` should not
# pay for the audit, the formatter or rich's tables before it can print JSON.

app = typer.Typer(add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help="Score and audit project expenditure performance self-evaluation scorecards (项目支出绩效自评表).")
def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        sys.stdout.write(f"jsperf {version('jsperf')}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="print the version and exit")] = False,
) -> None:
    """Score and audit project expenditure performance self-evaluation scorecards (项目支出绩效自评表)."""


rules_app = typer.Typer(no_args_is_help=True, help="List, show and check rule sets.")
app.add_typer(rules_app, name="rules")

T = TypeVar("T")


class Format(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


class AuditFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"
    jsonl = "jsonl"


class Lang(StrEnum):
    zh = "zh"
    en = "en"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="table, json or markdown")]
LangOption = Annotated[Lang, typer.Option("--lang", help="zh: the form's Chinese labels; en: English")]
RulesOption = Annotated[str | None, typer.Option("--rules", "-r", help="a shipped rule set's name, or a .rules file")]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help="write here instead of the terminal")]



def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def guarded(run: Callable[[], T]) -> T:
    """Bad input → a message and exit 2; never a traceback."""
    try:
        return run()
    except InputError as exc:
        sys.stderr.write(exc.render() + "\n")  # unwrapped, or the caret would not line up
        raise typer.Exit(2) from None
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except Exception as exc:  # a bug of ours: still no traceback for the user
        if os.environ.get("JSPERF_DEBUG"):
            raise
        sys.stderr.write(f"jsperf: internal error: {type(exc).__name__}: {exc} (set JSPERF_DEBUG=1 for details)\n")
        raise typer.Exit(3) from None


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to; renamed over `path` only when the
    block ends well, removed otherwise: a file is written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        mode = path.stat().st_mode & 0o7777
    else:  # what open() would have given: mkstemp's 0600 is for secrets, not reports
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    import tempfile

    handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Standard output, or a text file written whole or not at all."""
    if path is None:
        yield sys.stdout
        return
    with atomic_path(path) as temporary, temporary.open("w", encoding="utf-8") as stream:
        yield stream


def write_atomically(path: Path, text: str) -> None:
    with open_output(path) as stream:
        stream.write(text)


def terminal() -> Console:
    from rich.console import Console

    console = Console(highlight=False)
    return console if console.is_terminal else Console(highlight=False, width=160)


def emit(text: str | None, sections: Any, output: Path | None) -> None:
    """`text` as it is, or `sections` as Markdown into a file or as tables on the terminal."""
    if text is not None and output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from jsperf.writers.sections import markdown, print_sections

    if output is not None:
        write_atomically(output, text if text is not None else markdown(sections))
    else:
        print_sections(sections, terminal())


@contextlib.contextmanager
def progress_bar() -> Iterator[Callable[[int, int, str], None] | None]:
    """A progress bar on a terminal for long runs (1,000 scorecards or 2 files and more);
    nothing when stderr is piped."""
    from rich.progress import Progress

    console = stderr_console()
    if not console.is_terminal:
        yield None
        return
    with Progress(console=console, transient=True) as bar:
        tasks: dict[str, Any] = {}

        def update(done: int, total: int, what: str) -> None:
            if what == "scorecards" and total < 1000:
                return
            if what not in tasks:
                tasks[what] = bar.add_task(what, total=total)
            bar.update(tasks[what], completed=done)

        yield update


@app.command()
def score(
    path: Annotated[Path, typer.Argument(metavar="PROJECT", help="a project.yaml, or a report with --project")],
    project: Annotated[str | None, typer.Option("--project", "-p", help="the scorecard, in a report")] = None,
    rules: RulesOption = None,
    format: FormatOption = Format.table,
    lang: LangOption = Lang.zh,
    explain: Annotated[bool, typer.Option("--explain", help="show how every number was derived")] = False,
    output: OutputOption = None,
) -> None:
    """Score one project as the official form lays it out.

    Exit 1 when a finding is an error; an error in what was scored (not in the published
    numbers) leaves the total and grade provisional, and they are shown so."""

    def run() -> int:
        from jsperf.pipeline import one_scorecard
        from jsperf.writers.views import result_view

        card, audit = one_scorecard(path, project, rules)
        view = result_view(card.result, lang.value, card.findings, audit.chosen_by, audit.candidates)
        if format is Format.json:
            emit(json.dumps(view, ensure_ascii=False, indent=2), None, output)
        else:
            from jsperf.writers.sections import markdown, score_sections  # rich's tables: only when asked for

            sections = score_sections(view, lang.value, explain)
            emit(markdown(sections) if format is Format.markdown else None, sections, output)
        return 1 if any(f["severity"] == "error" for f in view["findings"]) else 0

    raise typer.Exit(guarded(run))


@app.command()
def audit(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="report texts, project files or folders")],
    rules: RulesOption = None,
    format: Annotated[AuditFormat, typer.Option("--format", "-f", help="table, json, markdown, html or jsonl")
                      ] = AuditFormat.table,
    lang: LangOption = Lang.zh,
    output: OutputOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="files audited at once")] = 1,
) -> None:
    """Recompute every scorecard of published reports and list what is wrong.

    Each file is audited on its own terms (its own claims; without --rules, its own
    inferred rule set), then one summary covers all.  Exit 0 when no finding is an error,
    1 when one is, 2 when an input cannot be read."""

    def run() -> int:
        from jsperf import batch

        views: list[dict[str, Any]] = []
        unreadable = 0
        streaming = format is AuditFormat.jsonl
        with open_output(output) as stream, progress_bar() as progress:
            for item in batch.run(paths, rules, lang.value, jobs, progress):
                if item.view is None:
                    unreadable += 1
                    sys.stderr.write(f"{item.error}\n")
                    continue
                if streaming:  # one line a scorecard, written as soon as its file is done
                    for project in item.view["projects"]:
                        stream.write(json.dumps(project, ensure_ascii=False) + "\n")
                    item.view["projects"] = []
                views.append(item.view)
            if not views:
                raise InputError("nothing could be read in " + ", ".join(map(str, paths)))
            view = batch.merge(views)
            if streaming:
                stream.write(json.dumps({key: view[key] for key in ("rules", "sources", "findings", "summary")},
                                        ensure_ascii=False) + "\n")
            else:
                write_view(view, format, lang, stream, output)
        return 2 if unreadable else 1 if view["summary"]["errors"] else 0

    raise typer.Exit(guarded(run))


def write_view(view: dict[str, Any], format: AuditFormat, lang: Lang, stream: TextIO, output: Path | None) -> None:
    from jsperf.writers.sections import audit_sections, markdown, print_sections

    if format is AuditFormat.json:
        stream.write(json.dumps(view, ensure_ascii=False, indent=2) + "\n")
    elif format is AuditFormat.html:
        from jsperf.writers.html import audit_html

        stream.write(audit_html(view, lang.value))
    elif format is AuditFormat.markdown or output is not None:
        stream.write(markdown(audit_sections(view, lang.value)))
    else:
        print_sections(audit_sections(view, lang.value), terminal())


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(metavar="PROJECT", help="a project.yaml, or a report text with --project")],
    indicator: Annotated[str | None, typer.Argument(help="only this indicator")] = None,
    project: Annotated[str | None, typer.Option("--project", "-p", help="the scorecard, in a report")] = None,
    rules: RulesOption = None,
    lang: LangOption = Lang.zh,
    output: OutputOption = None,
) -> None:
    """Each number with the rule line it came from and the formula with the numbers put in,
    ready to paste into a query letter."""

    def run() -> None:
        from jsperf.explain import letter
        from jsperf.pipeline import one_scorecard

        card, _ = one_scorecard(path, project, rules)
        result, chosen = card.result, card.result.project
        names = [i.name for i in chosen.indicator_set.indicators]
        if indicator is not None and indicator not in names:
            raise InputError(f"{chosen.name!r} has no indicator {indicator!r}{did_you_mean(indicator, names)}")
        text = "\n".join(letter(result, indicator, lang.value)) + "\n"
        if output is not None:
            write_atomically(output, text)
        else:
            sys.stdout.write(text)

    guarded(run)


@app.command()
def check(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="indicator-set files")],
    rules: RulesOption = None,
    format: FormatOption = Format.table,
    lang: LangOption = Lang.zh,
) -> None:
    """Check indicator sets: syntax, then weights, duplicates, targets that misfit their heading."""

    from jsperf.checks import check_set
    from jsperf.lang.parse import parse_indicators
    from jsperf.model import Severity
    from jsperf.pipeline import DEFAULT_RULES, set_rules
    from jsperf.projectfile import read_text
    from jsperf.writers.sections import findings_section, markdown
    from jsperf.writers.views import finding_view

    def run() -> int:
        findings: list[Finding] = []
        defaulted: list[str] = []  # sets that name no rule set: checked under the default, and told so
        for file in files:
            parsed = parse_indicators(read_text(file), str(file))
            findings.extend(parsed.findings)
            for item in parsed.sets:
                rule_set, default = set_rules(item, rules, file.parent)
                if default:
                    defaulted.append(item.name)
                findings.extend(check_set(item, rule_set))
        if defaulted:
            stderr_console().print(f"{'、'.join(defaulted)}: no rule set named; checked under {DEFAULT_RULES} "
                                   "(name one with --rules or `rules:` in the set)", markup=False)
        views = [finding_view(f, lang.value) for f in findings]
        if format is Format.json:
            emit(json.dumps({"findings": views}, ensure_ascii=False, indent=2), None, None)
        elif views:
            section = findings_section(views, lang.value)
            emit(markdown([section]) if format is Format.markdown else None, [section], None)
        else:
            stderr_console().print(f"{len(files)} file(s): no findings")
        return 1 if any(f.severity is Severity.ERROR for f in findings) else 0

    raise typer.Exit(guarded(run))


@app.command()
def fmt(
    files: Annotated[list[Path], typer.Argument(metavar="FILE...", help="indicator-set files")],
    write: Annotated[bool, typer.Option("--write", "-w", help="rewrite the files in place")] = False,
    check_only: Annotated[bool, typer.Option("--check", help="exit 1 if a file is not formatted")] = False,
) -> None:
    """Print indicator sets in canonical form (ASCII operators, aligned columns)."""

    from jsperf.lang.format import format_parsed
    from jsperf.lang.parse import parse_indicators
    from jsperf.projectfile import read_text

    def run() -> int:
        changed = 0
        outputs = []
        for file in files:  # parse every file before writing any
            text = read_text(file)
            formatted = format_parsed(parse_indicators(text, str(file)))
            outputs.append((file, text, formatted))
        for file, text, formatted in outputs:
            if formatted != text:
                changed += 1
                if check_only:
                    stderr_console().print(f"would reformat {file}")
            if write and formatted != text:
                write_atomically(file, formatted)
            elif not write and not check_only:
                sys.stdout.write(formatted)
        return 1 if check_only and changed else 0

    raise typer.Exit(guarded(run))


@app.command("import")
def import_report(
    report: Annotated[Path, typer.Argument(metavar="REPORT", help="the text of a published report")],
    output: Annotated[Path, typer.Option("--output", "-o", help="folder for the project files")],
    sets: Annotated[Path | None, typer.Option("--sets", help="folder for the indicator sets (default: -o)")] = None,
    force: Annotated[bool, typer.Option("--force", help="overwrite files that exist")] = False,
    rules: Annotated[str | None, typer.Option("--rules", "-r", help="rule set the projects name")] = None,
) -> None:
    """Write one indicator-set file and one project.yaml per scorecard of a report."""

    import attrs

    from jsperf.lang.format import format_sets
    from jsperf.rules.parse import load_rules
    from jsperf.sources import read_report_file
    from jsperf.writers.project_yaml import dump_project

    def run() -> None:
        parsed = read_report_file(report)
        if rules is not None:
            load_rules(rules)  # fail now on an unknown name, before writing anything
        sets_dir = sets or output
        planned: list[tuple[Path, str]] = []
        for number, project in enumerate(parsed.projects, start=1):
            stem = f"{number:02d}-{safe_name(project.name)}"
            set_path = sets_dir / f"{stem}.ind"
            project_path = output / f"{stem}.yaml"
            relative = os.path.relpath(set_path, project_path.parent)
            source = f"imported from {report.name}, {project.span}" if project.span else None
            text = format_sets([project.indicator_set])
            if project.incomplete:  # what the card did not say is not made up: the file says what to fill in
                text = f"# 未能从报告读出，请核对后填写：{'、'.join(project.incomplete)}\n" + text
            planned.append((set_path, text))
            named = attrs.evolve(project, rules=rules) if rules else project
            planned.append((project_path, dump_project(named, relative, source)))
        clashes = [path for path, text in planned if path.exists() and path.read_text(encoding="utf-8") != text]
        if clashes and not force:
            raise InputError(f"{len(clashes)} file(s) exist with other content, e.g. {clashes[0]}; "
                             "use --force to overwrite")
        for path, text in planned:
            write_atomically(path, text)
        where = f" (indicator sets in {sets_dir})" if sets else ""
        stderr_console().print(f"{len(parsed.projects)} scorecards → {output}{where}")
        for project in parsed.projects:
            if project.incomplete:
                stderr_console().print(f"  {project.name}: not read in full, check {'、'.join(project.incomplete)}",
                                       markup=False)

    guarded(run)


@app.command()
def export(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help="project files, report texts or folders")],
    xlsx: Annotated[Path, typer.Option("--xlsx", help="the workbook to write")],
    rules: RulesOption = None,
) -> None:
    """The official form as Excel: one sheet a project, recomputed, and a summary sheet."""

    def run() -> None:
        from jsperf.pipeline import audit_loaded
        from jsperf.sources import expand, load
        from jsperf.writers.workbook import write_workbook

        scored: list[tuple[Result, list[Finding]]] = []
        for path in expand(paths):
            audit = audit_loaded(load([path]), rules)
            scored.extend((item.result, list(item.findings)) for item in audit.scorecards)
        with atomic_path(xlsx) as temporary:
            write_workbook(scored, temporary)
        stderr_console().print(f"{len(scored)} scorecards → {xlsx}")

    guarded(run)


@app.command()
def new(
    name: Annotated[str, typer.Argument(metavar="PROJECT_NAME", help="the project's name (项目名称)")],
    directory: Annotated[Path, typer.Option("--dir", "-d", help="where to write the two files")] = Path("."),
    rules: Annotated[str, typer.Option("--rules", "-r", help="the rule set the project names")] = "national",
) -> None:
    """Start a project: an indicator-set file and a project.yaml from the standard template."""

    def run() -> None:
        from jsperf.lang.format import format_sets
        from jsperf.rules.parse import load_rules
        from jsperf.samples import standard_project
        from jsperf.writers.project_yaml import dump_project

        load_rules(rules)  # an unknown rule set fails before anything is written
        project = standard_project(name, rules)
        stem = safe_name(name)
        files = [(directory / f"{stem}.ind", format_sets([project.indicator_set])),
                 (directory / f"{stem}.yaml", dump_project(project, f"{stem}.ind", "填写年度数据后运行 jsperf score"))]
        existing = [str(path) for path, _ in files if path.exists()]
        if existing:
            raise InputError(f"{', '.join(existing)} already exist(s); nothing was written")
        for path, text in files:
            write_atomically(path, text)
        stderr_console().print(f"wrote {files[0][0]} and {files[1][0]}; fill in targets, weights and the year's data")

    guarded(run)


@app.command()
def codes(
    code: Annotated[str | None, typer.Argument(metavar="[CODE]", help="a diagnostic code, e.g. JS303; none: list them all")]
    = None,
) -> None:
    """What a diagnostic code means, why it matters and how to fix it (its page in docs/codes/)."""

    from jsperf.codes import CODES, index_page

    def run() -> None:
        if code is None:
            sys.stdout.write(index_page())
            return
        found = CODES.get(code.strip().upper())
        if found is None:
            raise InputError(f"no diagnostic code {code!r}{did_you_mean(code.strip().upper(), list(CODES))}",
                             expected="a code such as JS303; `jsperf codes` lists them")
        sys.stdout.write(found.page())

    guarded(run)


def safe_name(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)[:60]


@rules_app.command("list")
def rules_list() -> None:
    """The shipped rule sets."""

    from jsperf.rules.parse import load_rules, shipped_names

    def run() -> None:
        for name in shipped_names():
            rule_set = load_rules(name)
            print(f"{name}\t{rule_set.title}\t{rule_set.source}")

    guarded(run)


@rules_app.command("show")
def rules_show(name: Annotated[str, typer.Argument(help="a shipped rule set's name, or a .rules file")]) -> None:
    """Print a rule set's text."""

    from jsperf.rules.parse import load_rules

    def run() -> None:
        rule_set = load_rules(name)
        sys.stdout.write(Path(rule_set.file).read_text(encoding="utf-8"))

    guarded(run)


@rules_app.command("check")
def rules_check(file: Annotated[str, typer.Argument(help="a .rules file or a shipped name")]) -> None:
    """Parse a rule set and sample its formulas for points outside [0, weight] or rewards for worse results."""

    from jsperf.rules.parse import load_rules
    from jsperf.rules.verify import verify

    def run() -> int:
        rule_set = load_rules(file)
        problems = verify(rule_set)
        for problem in problems:
            print(f"{rule_set.file}: {problem}")
        if not problems:
            stderr_console().print(f"{rule_set.name}: every formula stays within [0, weight] and never rewards a worse result")
        return 1 if problems else 0

    raise typer.Exit(guarded(run))


def main() -> None:
    app()



