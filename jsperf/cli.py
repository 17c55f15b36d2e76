"""The `jsperf` command: the only place that prints to the terminal or exits, in the
language `messages` chose (Chinese; English with `--lang en` or JSPERF_LANG=en).

Exit status: 0 success (and, for `audit`, no error-level finding), 1 findings of
severity error (audit, check, `fmt --check`), 2 input that cannot be read or used.
"""

# No `from __future__ import annotations`: Typer reads every command's parameters from
# its annotations, and strings would be compiled one by one (`eval`) on every start.
import contextlib
import copy
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO, TypeVar

import typer
from typer import _click as click
from typer._click import exceptions as click_errors
from typer.core import TyperCommand, TyperGroup, TyperOption

from jsperf import messages
from jsperf.errors import InputError, did_you_mean
from jsperf.messages import t

if TYPE_CHECKING:
    from rich.console import Console

    from jsperf.model import Finding, Result
    from jsperf.writers.views import ViewStream

# Modules are imported inside the commands that need them: `jsperf score` should not
# pay for the audit, the formatter or rich's tables before it can print JSON.


def _localize_rich_help() -> None:
    """Typer's help panels in the current language; set when help is drawn, not at
    start-up, so that a command that prints no help never imports rich."""
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = t("help.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t("help.options")
    rich_utils.COMMANDS_PANEL_TITLE = t("help.commands")
    rich_utils.ERRORS_PANEL_TITLE = t("help.error")
    rich_utils.DEFAULT_STRING = t("help.default")
    rich_utils.ENVVAR_STRING = t("help.envvar")
    rich_utils.REQUIRED_LONG_STRING = t("help.required")
    rich_utils.DEPRECATED_STRING = t("help.deprecated")
    rich_utils.RICH_HELP = t("help.rich_help")
    rich_utils.ABORTED_TEXT = t("usage.aborted")


class _Speaking(click.Command):
    """What Typer and click write themselves (the usage line, `--help`'s own help, the help
    panels) in the current language."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.options_metavar = t("usage.options")
        formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)), t("usage.prefix"))

    def get_help_option(self, ctx: click.Context) -> TyperOption | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = t("cli.help")
        return option

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        _localize_rich_help()
        super().format_help(ctx, formatter)


class Command(_Speaking, TyperCommand):
    pass


class Group(_Speaking, TyperGroup):
    """The app and `rules`: a missing or unknown command said in the current language, and
    usage errors written from the catalogue (exit 2) rather than by Typer in English."""

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self.subcommand_metavar = t("usage.command")
        super().format_usage(ctx, formatter)

    def invoke(self, ctx: click.Context) -> Any:
        if not ctx._protected_args and not self.invoke_without_command:
            ctx.fail(t("usage.missing_command"))
        return super().invoke(ctx)

    def resolve_command(self, ctx: click.Context, args: list[str]) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        if self.get_command(ctx, name) is None and not name.startswith("-") and not ctx.resilient_parsing:
            ctx.fail(t("usage.no_such_command", name=name) + did_you_mean(name, list(self.commands)))
        return super().resolve_command(ctx, args)

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click_errors.NoArgsIsHelpError as exc:  # the help, drawn by rich as the error was made
            if exc.message:
                sys.stderr.write(exc.message + "\n")
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            sys.stderr.write(usage_error(exc) + "\n")
            sys.exit(exc.exit_code)
        except typer.Abort:
            sys.stderr.write(t("usage.aborted") + "\n")
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)


def usage_error(exc: click.ClickException) -> str:
    """A usage error as click lays it out (usage line, where to find help, the error),
    in the current language."""
    lines = []
    ctx = exc.ctx if isinstance(exc, click_errors.UsageError) else None
    if ctx is not None:
        lines.append(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            lines.append(t("usage.try_help", command=ctx.command_path, option=ctx.help_option_names[0]))
    return "\n".join([*lines, t("usage.error", message=_usage_message(exc))])


def _usage_message(exc: click.ClickException) -> str:
    if isinstance(exc, click_errors.BadParameter):
        hint = exc.param_hint or (exc.param.get_error_hint(exc.ctx) if exc.param and exc.ctx else "")
        name = hint if isinstance(hint, str) else " / ".join(map(repr, hint))
        if isinstance(exc, click_errors.MissingParameter):
            kind = exc.param_type or (exc.param.param_type_name if exc.param else "argument")
            return t("usage.missing_option" if kind == "option" else "usage.missing_argument", name=name)
        choices = getattr(exc.param.type, "choices", None) if exc.param else None
        detail = t("usage.one_of", choices=", ".join(str(getattr(c, "value", c)) for c in choices)) if choices else exc.message
        return t("usage.invalid_value", name=name, detail=detail)
    if isinstance(exc, click_errors.NoSuchOption):
        return t("usage.no_such_option", name=exc.option_name) + (
            t("usage.suggest", choices=", ".join(sorted(exc.possibilities))) if exc.possibilities else "")
    return exc.format_message()


app = typer.Typer(cls=Group, add_completion=False, pretty_exceptions_enable=False, no_args_is_help=True,
                  help=t("cli.app"))


class Lang(StrEnum):
    zh = "zh"
    en = "en"


def _speak(ctx: typer.Context, param: typer.CallbackParam, lang: Lang) -> Lang:
    """`--lang` (or JSPERF_LANG) as parsed: the messages follow it, also when the app runs
    in-process (the help texts were chosen at import).  Not given, a command speaks as
    `jsperf --lang …` above it said, else as the process started."""
    if ctx.get_parameter_source(param.name or "") is click.core.ParameterSource.DEFAULT:
        messages.use(ctx.meta.get("jsperf.lang", messages.CHOSEN_AT_START))
    else:
        ctx.meta["jsperf.lang"] = lang.value  # shared with the command's own context
        messages.use(lang.value)
    return Lang(messages.current())


LangOption = Annotated[Lang, typer.Option("--lang", help=t("opt.lang"), envvar="JSPERF_LANG", callback=_speak,
                                          is_eager=True)]


def _version(show: bool) -> None:
    if show:
        from importlib.metadata import version

        sys.stdout.write(f"jsperf {version('jsperf')}\n")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help=t("cli.version"))] = False,
    lang: LangOption = Lang.zh,
) -> None:
    pass


rules_app = typer.Typer(cls=Group, no_args_is_help=True, help=t("cli.rules"))
app.add_typer(rules_app, name="rules")


@rules_app.callback()
def _rules_options(lang: LangOption = Lang.zh) -> None:
    pass


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


FormatOption = Annotated[Format, typer.Option("--format", "-f", help=t("opt.format"))]
RulesOption = Annotated[str | None, typer.Option("--rules", "-r", help=t("opt.rules"))]
OutputOption = Annotated[Path | None, typer.Option("--output", "-o", help=t("opt.output"))]
ProjectOption = Annotated[str | None, typer.Option("--project", "-p", help=t("opt.project"))]
IndicatorFiles = Annotated[list[Path], typer.Argument(metavar="FILE...", help=t("opt.indicator_files"))]



def stderr_console() -> "Console":
    from jsperf.terminal import SafeConsole

    return SafeConsole(stderr=True)


def guarded(run: Callable[[], T], reads: Sequence[Path | str | None] = ()) -> T:
    """Bad input → a message and exit 2; never a traceback.  `reads`: the files and folders
    the command reads (and `--rules`), which no output of it may overwrite."""
    from jsperf import outputs

    outputs.reading(reads)
    try:
        return run()
    except InputError as exc:
        from jsperf.terminal import printable

        sys.stderr.write(printable(exc.render()) + "\n")  # unwrapped, or the caret would not line up
        raise typer.Exit(2) from None
    except (typer.Exit, typer.Abort):
        raise
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    except OSError as exc:  # the system refused: a folder that cannot be made, a full disk
        where = exc.filename2 or exc.filename
        sys.stderr.write(t("cli.os_error", path=where if where is not None else "-",
                           reason=exc.strerror or exc) + "\n")
        raise typer.Exit(2) from None
    except Exception as exc:  # a bug of ours: still no traceback for the user
        if os.environ.get("JSPERF_DEBUG"):
            raise
        sys.stderr.write(t("cli.internal_error", kind=type(exc).__name__, error=exc) + "\n")
        raise typer.Exit(3) from None
    finally:
        outputs.reading(())  # the next command (in the same process, as in tests) names its own


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Where to write `path`: a temporary file beside it (`_replacing`), or, when `path`
    is a device or a pipe (`/dev/null`, `/dev/stdout`), `path` itself: renaming a file
    over it would put a file where the device was.  Failing to write (a folder in the
    way, a place that cannot hold files, a full disk) is an InputError naming `path`."""
    try:
        if path.exists() and not path.is_file() and not path.is_dir():
            yield path
            return
        with _replacing(path) as temporary:
            yield temporary
    except OSError as error:
        raise InputError(t("file.unwritable", path=path, reason=error.strerror or error)) from None


@contextlib.contextmanager
def _replacing(path: Path) -> Iterator[Path]:
    """A temporary path beside `path` to write to; renamed over `path` only when the
    block ends well, removed otherwise (also on SIGINT and SIGTERM): a file is written whole
    or not at all.  Never onto an input; through a symbolic link, not over it; temporary
    files that killed runs left for `path` are removed."""
    from jsperf import outputs

    path = outputs.through_link(path)
    outputs.refuse_input(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    outputs.clean_stale(path.parent, outputs.temporary_pattern(path))
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
        with outputs.cleaned_up_on_terminate():
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


def terminal() -> "Console":
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


_COUNTED = {"scorecards": "progress.scorecards", "files": "progress.files"}  # what a progress bar counts


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
                tasks[what] = bar.add_task(t(_COUNTED[what]), total=total)
            bar.update(tasks[what], completed=done)

        yield update


@app.command(cls=Command, help=t("score.help"))
def score(
    path: Annotated[Path, typer.Argument(metavar="PROJECT", help=t("score.path"))],
    project: ProjectOption = None,
    rules: RulesOption = None,
    format: FormatOption = Format.table,
    lang: LangOption = Lang.zh,
    explain: Annotated[bool, typer.Option("--explain", help=t("score.explain"))] = False,
    output: OutputOption = None,
) -> None:
    def run() -> int:
        from jsperf.model import RulesChoice
        from jsperf.pipeline import one_scorecard
        from jsperf.writers.views import score_json, scorecard_view

        card, audit = one_scorecard(path, project, rules)
        view = scorecard_view(card, lang.value, RulesChoice(audit.rules, audit.chosen_by, audit.candidates))
        if format is Format.json:
            emit(json.dumps(score_json(view), ensure_ascii=False, indent=2), None, output)
        else:
            from jsperf.writers.sections import markdown, score_sections  # rich's tables: only when asked for

            sections = score_sections(view, lang.value, explain)
            emit(markdown(sections) if format is Format.markdown else None, sections, output)
        return 1 if any(f.severity == "error" for f in view.findings) else 0

    raise typer.Exit(guarded(run, reads=(path, rules)))


@app.command(cls=Command, help=t("audit.help"))
def audit(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help=t("audit.paths"))],
    rules: RulesOption = None,
    format: Annotated[AuditFormat, typer.Option("--format", "-f", help=t("audit.format"))] = AuditFormat.table,
    lang: LangOption = Lang.zh,
    output: OutputOption = None,
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help=t("audit.jobs"))] = 1,
    cluster: Annotated[str | None, typer.Option("--cluster", metavar="ADDRESS", help=t("audit.cluster"))] = None,
) -> None:
    def run() -> int:
        from jsperf import batch
        from jsperf.model import Unreadable
        from jsperf.sources import expand
        from jsperf.writers.views import PARTS, audit_json, card_json_text, merged_streams

        views: list[ViewStream] = []
        unreadable: list[Unreadable] = []
        streaming = format is AuditFormat.jsonl
        with open_output(output) as stream, progress_bar() as progress:
            for item in batch.run(paths, rules, lang.value, jobs, progress, cluster, ordered=not streaming):
                if item.view is None:
                    unreadable.append(Unreadable(item.source, item.error or ""))
                    sys.stderr.write(f"{item.error}\n")
                    continue
                if streaming:  # one line a scorecard, written as soon as it is made, then forgotten
                    for project in item.view.cards:
                        stream.write(card_json_text(project) + "\n")
                    stream.flush()
                views.append(item.view)
            if not views and format not in (AuditFormat.json, AuditFormat.jsonl):
                raise InputError(t("cli.nothing_read", paths=", ".join(map(str, paths))))
            # (JSON says so too: its summary, with every file in `unreadable`, is written all the same)
            if cluster is not None and streaming:  # streamed as they were done; summed up in the files' order
                order = {str(path): index for index, path in enumerate(expand(paths))}
                views.sort(key=lambda view: order[view.head.sources[0]])
            whole = merged_streams(views).evolve(unreadable=tuple(unreadable))
            if streaming:
                stream.write(json.dumps(audit_json(whole.finished(), [part for part in PARTS if part != "projects"]),
                                        ensure_ascii=False) + "\n")
            else:
                write_view(whole, format, lang, stream, output)
        return 2 if unreadable else 1 if whole.finished().summary.errors else 0

    raise typer.Exit(guarded(run, reads=(*paths, rules)))


def write_view(view: "ViewStream", format: AuditFormat, lang: Lang, stream: TextIO, output: Path | None) -> None:
    """An audit in `format`: JSON a scorecard at a time as each is made; the rest whole."""
    from jsperf.writers.sections import audit_sections, markdown, print_sections
    from jsperf.writers.views import audit_json_text

    if format is AuditFormat.json:
        stream.writelines(audit_json_text(view))
    elif format is AuditFormat.html:
        from jsperf.writers.html import audit_html

        stream.write(audit_html(view.whole(), lang.value))
    elif format is AuditFormat.markdown or output is not None:
        stream.write(markdown(audit_sections(view.whole(), lang.value)))
    else:
        print_sections(audit_sections(view.whole(), lang.value), terminal())


@app.command(cls=Command, help=t("explain.help"))
def explain(
    path: Annotated[Path, typer.Argument(metavar="PROJECT", help=t("explain.path"))],
    indicator: Annotated[str | None, typer.Argument(help=t("explain.indicator"))] = None,
    project: ProjectOption = None,
    rules: RulesOption = None,
    lang: LangOption = Lang.zh,
    output: OutputOption = None,
) -> None:
    def run() -> None:
        from jsperf.explain import letter
        from jsperf.pipeline import one_scorecard

        card, _ = one_scorecard(path, project, rules)
        result, chosen = card.result, card.result.project
        names = [i.name for i in chosen.indicator_set.indicators]
        if indicator is not None and indicator not in names:
            raise InputError(t("cli.no_indicator", project=repr(chosen.name), indicator=repr(indicator),
                               hint=did_you_mean(indicator, names)))
        text = "\n".join(letter(result, indicator, lang.value)) + "\n"
        if output is not None:
            write_atomically(output, text)
        else:
            from jsperf.terminal import printable

            sys.stdout.write(printable(text))

    guarded(run, reads=(path, rules))


@app.command(cls=Command, help=t("check.help"))
def check(
    files: IndicatorFiles,
    rules: RulesOption = None,
    format: FormatOption = Format.table,
    lang: LangOption = Lang.zh,
) -> None:
    from jsperf.checks import check_set
    from jsperf.lang.parse import parse_indicators
    from jsperf.model import Severity
    from jsperf.pipeline import DEFAULT_RULES, set_rules
    from jsperf.projectfile import read_text
    from jsperf.writers.sections import findings_section, markdown
    from jsperf.writers.views import finding_line, record_json

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
            stderr_console().print(t("check.default_rules", sets="、".join(defaulted), rules=DEFAULT_RULES),
                                   markup=False)
        views = [finding_line(f, lang.value) for f in findings]
        if format is Format.json:
            emit(json.dumps({"findings": [record_json(v) for v in views]}, ensure_ascii=False, indent=2), None, None)
        elif views:
            section = findings_section(views, lang.value)
            emit(markdown([section]) if format is Format.markdown else None, [section], None)
        else:
            stderr_console().print(t("check.clean", count=len(files)))
        return 1 if any(f.severity is Severity.ERROR for f in findings) else 0

    raise typer.Exit(guarded(run))


@app.command(cls=Command, help=t("fmt.help"))
def fmt(
    files: IndicatorFiles,
    write: Annotated[bool, typer.Option("--write", "-w", help=t("fmt.write"))] = False,
    check_only: Annotated[bool, typer.Option("--check", help=t("fmt.check"))] = False,
    lang: LangOption = Lang.zh,
) -> None:
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
                    stderr_console().print(t("fmt.would_reformat", file=file))
            if write and formatted != text:
                write_atomically(file, formatted)
            elif not write and not check_only:
                sys.stdout.write(formatted)
        return 1 if check_only and changed else 0

    raise typer.Exit(guarded(run))


@app.command("import", cls=Command, help=t("import.help"))
def import_report(
    report: Annotated[Path, typer.Argument(metavar="REPORT", help=t("import.report"))],
    output: Annotated[Path, typer.Option("--output", "-o", help=t("import.output"))],
    sets: Annotated[Path | None, typer.Option("--sets", help=t("import.sets"))] = None,
    force: Annotated[bool, typer.Option("--force", help=t("import.force"))] = False,
    rules: Annotated[str | None, typer.Option("--rules", "-r", help=t("import.rules"))] = None,
    lang: LangOption = Lang.zh,
) -> None:
    import attrs

    from jsperf.lang.format import format_sets
    from jsperf.outputs import safe_name, write_all
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
            source = t("import.source", report=report.name, span=project.span) if project.span else None
            text = format_sets([project.indicator_set])
            if project.incomplete:  # what the card did not say is not made up: the file says what to fill in
                text = t("import.unread", fields="、".join(project.incomplete)) + "\n" + text
            planned.append((set_path, text))
            named = attrs.evolve(project, rules=rules) if rules else project
            planned.append((project_path, dump_project(named, relative, source)))
        write_all(planned, force)  # all or nothing, under a lock on the folders
        written = t("import.written_sets", count=len(parsed.projects), output=output, sets=sets_dir) if sets else \
            t("import.written", count=len(parsed.projects), output=output)
        stderr_console().print(written)
        for project in parsed.projects:
            if project.incomplete:
                stderr_console().print(t("import.incomplete", name=project.name, fields="、".join(project.incomplete)),
                                       markup=False)

    guarded(run, reads=(report, rules))


@app.command(cls=Command, help=t("export.help"))
def export(
    paths: Annotated[list[Path], typer.Argument(metavar="PATH...", help=t("export.paths"))],
    xlsx: Annotated[Path, typer.Option("--xlsx", help=t("export.xlsx"))],
    rules: RulesOption = None,
    lang: LangOption = Lang.zh,
) -> None:
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
        stderr_console().print(t("export.written", count=len(scored), xlsx=xlsx))

    guarded(run, reads=(*paths, rules))


@app.command(cls=Command, help=t("new.help"))
def new(
    name: Annotated[str, typer.Argument(metavar="PROJECT_NAME", help=t("new.name"))],
    directory: Annotated[Path, typer.Option("--dir", "-d", help=t("new.dir"))] = Path("."),
    rules: Annotated[str, typer.Option("--rules", "-r", help=t("new.rules"))] = "national",
    lang: LangOption = Lang.zh,
) -> None:
    def run() -> None:
        from jsperf.lang.format import format_sets
        from jsperf.outputs import safe_name
        from jsperf.rules.parse import load_rules
        from jsperf.samples import standard_project
        from jsperf.writers.project_yaml import dump_project

        load_rules(rules)  # an unknown rule set fails before anything is written
        project = standard_project(name, rules)
        stem = safe_name(name)
        files = [(directory / f"{stem}.ind", format_sets([project.indicator_set])),
                 (directory / f"{stem}.yaml", dump_project(project, f"{stem}.ind", t("new.source")))]
        existing = [str(path) for path, _ in files if path.exists()]
        if existing:
            raise InputError(t("cli.exists", paths=", ".join(existing)))
        for path, text in files:
            write_atomically(path, text)
        stderr_console().print(t("new.written", indicators=files[0][0], project=files[1][0]))

    guarded(run, reads=(rules,))


@app.command(cls=Command, help=t("codes.help"))
def codes(
    code: Annotated[str | None, typer.Argument(metavar="[CODE]", help=t("codes.code"))] = None,
    lang: LangOption = Lang.zh,
) -> None:
    from jsperf.codes import CODES, index_page

    def run() -> None:
        if code is None:
            sys.stdout.write(index_page(lang.value))
            return
        found = CODES.get(code.strip().upper())
        if found is None:
            raise InputError(t("cli.no_code", code=repr(code), hint=did_you_mean(code.strip().upper(), list(CODES))),
                             expected=t("cli.code_expected"))
        sys.stdout.write(found.page(lang.value))

    guarded(run)


@app.command(cls=Command, help=t("serve.help"))
def serve(
    host: Annotated[str, typer.Option("--host", help=t("serve.host"))] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help=t("serve.port"))] = 8000,
    open_browser: Annotated[bool, typer.Option("--open", help=t("serve.open"))] = False,
    lang: LangOption = Lang.zh,
) -> None:
    def run() -> None:
        from jsperf.web.server import serve as start  # Starlette and uvicorn: only for this command

        start(host, port, open_browser, lang.value, lambda line: stderr_console().print(line, markup=False, soft_wrap=True))

    guarded(run)


@rules_app.command("list", cls=Command, help=t("rules.list.help"))
def rules_list(lang: LangOption = Lang.zh) -> None:
    from jsperf.rules.parse import load_rules, shipped_names

    def run() -> None:
        for name in shipped_names():
            rule_set = load_rules(name)
            print(f"{name}\t{rule_set.title}\t{rule_set.source}")

    guarded(run)


@rules_app.command("show", cls=Command, help=t("rules.show.help"))
def rules_show(name: Annotated[str, typer.Argument(help=t("opt.rules"))], lang: LangOption = Lang.zh) -> None:
    from jsperf.rules.parse import load_rules

    def run() -> None:
        rule_set = load_rules(name)
        sys.stdout.write(Path(rule_set.file).read_text(encoding="utf-8"))

    guarded(run)


@rules_app.command("check", cls=Command, help=t("rules.check.help"))
def rules_check(file: Annotated[str, typer.Argument(help=t("rules.check.file"))], lang: LangOption = Lang.zh) -> None:
    from jsperf.rules.parse import load_rules
    from jsperf.rules.verify import verify

    def run() -> int:
        rule_set = load_rules(file)
        problems = verify(rule_set)
        for problem in problems:
            print(f"{rule_set.file}: {problem}")
        if not problems:
            stderr_console().print(t("rules.check.ok", name=rule_set.name))
        return 1 if problems else 0

    raise typer.Exit(guarded(run))


def main() -> None:
    app_for(sys.argv[1:])()


def app_for(args: Sequence[str]) -> typer.Typer:
    """The app, or when the first argument names one of its commands, the app with that
    command alone: Typer builds every command it has, reading each one's parameters, before
    it runs one, and what a command prints (its usage, help and errors) never names another."""
    from typer.main import get_command_name

    chosen = [info for info in app.registered_commands if args and info.callback is not None
              and (info.name or get_command_name(info.callback.__name__)) == args[0]]
    if not chosen:
        return app
    alone = copy.copy(app)
    alone.registered_commands, alone.registered_groups = chosen, []
    return alone



