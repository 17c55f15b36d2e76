"""The fill-in form as data: a project's fields and one row a indicator, read from a
`Project` (the `jsperf new` template or an uploaded file) or from what the browser posted,
and written as the `.ind` and `project.yaml` texts that `jsperf score` reads.

The form is scored by writing those two files into the session's folder and running the
pipeline on them, so the page says what `jsperf score` would say about the saved files,
slips and all; a field the languages cannot read is that command's own error.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

import attrs

from jsperf.errors import InputError
from jsperf.lang.format import quote
from jsperf.messages import t
from jsperf.model import Finding, IndicatorSet, Op, Project, Target
from jsperf.numbers import plain
from jsperf.writers.project_yaml import scalar
from jsperf.writers.views import SEVERITY_ORDER, actual_text

# the operator select, in this order: value → its words in the catalogue
OPS = {">=": "web.op.ge", "<=": "web.op.le", "=": "web.op.eq", ">": "web.op.gt", "<": "web.op.lt",
       "range": "web.op.range", "qual": "web.op.qual"}
PROJECT_FIELDS = ("name", "department", "implementer", "year", "initial_budget", "budget", "executed")
ROW_FIELDS = ("level1", "level2", "indicator", "op", "target", "unit", "weight", "actual")
MAX_ROWS = 60
_NUMBER = re.compile(r"-?[0-9][0-9.]*(?: ?[%\w]+)?")  # `10`, `95%`, `50 万元`: written plain, as a person would


@attrs.frozen
class Row:
    level1: str
    level2: str
    indicator: str
    op: str
    target: str
    unit: str
    weight: str
    actual: str


@attrs.frozen
class Form:
    name: str
    department: str
    implementer: str
    year: str
    initial_budget: str
    budget: str
    executed: str
    execution_weight: str
    rows: tuple[Row, ...]


def _text(value: Decimal | int | None) -> str:
    return "" if value is None else plain(value) if isinstance(value, Decimal) else str(value)


def _target(target: Target) -> tuple[str, str, str]:
    """(operator, target, unit) as the form's three cells show them."""
    unit = target.unit.name if target.unit else ""
    if target.op is Op.QUAL:
        return "qual", target.word or "", ""
    if target.op is Op.RANGE:
        return "range", f"{plain(target.value)}..{plain(target.high)}", unit
    return target.op.value, plain(target.value), unit


def form_of(project: Project) -> Form:
    rows = []
    for indicator in project.indicator_set.indicators:
        op, target, unit = _target(indicator.target)
        rows.append(Row(indicator.level1, indicator.level2, indicator.name, op, target, unit, plain(indicator.weight),
                        actual_text(project.actuals.get(indicator.name))))
    funds = project.funds
    return Form(project.name, project.department or "", project.implementer or "", _text(project.year),
                _text(funds.initial_budget), _text(funds.budget), _text(funds.executed),
                plain(project.indicator_set.execution_weight), tuple(rows))


def one_line(text: str) -> str:
    """A field as one line: the texts written are line-based, and a newline could start a statement."""
    return " ".join(text.split())


def form_from(first: Callable[[str], str], every: Callable[[str], Sequence[str]]) -> Form:
    """The form as posted: `first(field)` a single field, `every(field)` a column of the table."""
    columns = [list(every(field))[:MAX_ROWS] for field in ROW_FIELDS]
    count = max(map(len, columns), default=0)
    rows = tuple(Row(*(one_line(column[i]) if i < len(column) else "" for column in columns)) for i in range(count))
    project = {field: one_line(first(field)) for field in PROJECT_FIELDS}
    return Form(**project, execution_weight=one_line(first("execution_weight")) or "10",
                rows=tuple(row for row in rows if row.indicator or row.level1 or row.target))


def flags(findings: Sequence[Finding]) -> dict[str, str]:
    """Indicator → the most severe of its findings' severities, to mark its row of the form
    (the page's script marks them again after each recompute)."""
    marked: dict[str, str] = {}
    for finding in sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity], reverse=True):
        if finding.indicator:
            marked[finding.indicator] = finding.severity.value
    return marked


def ind_text(form: Form, rules: str) -> str:
    """The indicator set, in the indicator language (`fmt` would align it)."""
    lines = [f"set {quote(form.name)} rules {quote(rules)}", f"  execution {form.execution_weight}"]
    for row in form.rows:
        unit = row.unit if row.unit in ("", "%") else f" {row.unit}"  # `90%`, `50 万元`: as `fmt` writes them
        target = quote(row.target) if row.op == "qual" else \
            f"{row.target}{unit}" if row.op == "range" else f"{row.op} {row.target}{unit}"
        lines.append(f"  {row.level1}/{row.level2} {quote(row.indicator)} {target} {row.weight}")
    return "\n".join(lines) + "\n"


def yaml_text(form: Form, indicator_file: str, rules: str) -> str:
    """The project file, every value a YAML string that the project reader parses itself."""
    def value(text: str) -> str:
        return text if _NUMBER.fullmatch(text) else scalar(text or None)

    lines = [f"project: {value(form.name)}", f"department: {value(form.department)}",
             f"implementer: {value(form.implementer)}", f"year: {value(form.year)}",
             f"indicator_set: {{file: {scalar(indicator_file)}, set: {scalar(form.name)}}}",
             f"rules: {scalar(rules)}", "funds:", "  unit: 万元",
             *(f"  {key}: {value(getattr(form, key))}" for key in ("initial_budget", "budget", "executed")),
             "actuals:"]
    lines += [f"  {scalar(row.indicator)}: {value(row.actual)}" for row in form.rows if row.indicator]
    return "\n".join(lines) + "\n"


def file_stem(name: str) -> str:
    """A file name made of the project's name, as `jsperf new` makes one."""
    from jsperf.outputs import safe_name

    return safe_name(name) or "project"


def write(form: Form, folder: Path, rules: str) -> Path:
    """The form as `<name>.ind` and `<name>.yaml` in `folder`; the project file's path."""
    stem = file_stem(form.name)
    (folder / f"{stem}.ind").write_text(ind_text(form, rules), encoding="utf-8")
    project = folder / f"{stem}.yaml"
    project.write_text(yaml_text(form, f"{stem}.ind", rules), encoding="utf-8")
    return project


def form_of_files(saved: Sequence[Path]) -> tuple[Form, str | None]:
    """The form from uploaded files (stored by the session, a project file pointed at its
    `.ind`): a project file with its indicator file, or an indicator file alone (its
    first set, no actuals yet); and the rule set they name."""
    from jsperf.lang.parse import parse_indicators
    from jsperf.projectfile import load_project, read_text

    projects = [path for path in saved if path.suffix in (".yaml", ".yml")]
    if projects:
        project = load_project(projects[0])
        return form_of(project), project.rules or project.indicator_set.rules
    sets = [path for path in saved if path.suffix == ".ind"]
    if not sets:
        raise InputError(t("web.fill.which_files"))
    parsed = parse_indicators(read_text(sets[0]), str(sets[0]))
    if not parsed.sets:
        raise InputError(t("web.fill.no_set"))
    return form_of(_blank(parsed.sets[0])), parsed.sets[0].rules


def _blank(indicator_set: IndicatorSet) -> Project:
    from jsperf.model import Actual, Funds

    return Project(indicator_set.name, indicator_set, Funds(None, None, None),
                   {i.name: Actual() for i in indicator_set.indicators})
