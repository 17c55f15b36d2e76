"""Views as titled tables, printed either to a terminal (rich) or as Markdown.

Both outputs come from the same `Section`s, so a column added to one appears in both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import attrs
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from jsperf.model import AuditView, FindingLine, ScorecardView
from jsperf.terminal import printable
from jsperf.vocabulary import label
from jsperf.writers.views import rules_text

_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


@attrs.frozen
class Section:
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    numeric: frozenset[int] = frozenset()  # columns aligned right
    severity_column: int | None = None


def _rows(rows: list[list[Any]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple("" if cell is None else str(cell) for cell in row) for row in rows)


def score_sections(view: ScorecardView, lang: str, explain: bool) -> list[Section]:
    L = lambda key: label(key, lang)  # noqa: E731
    execution, total, grade = view.execution, view.total, view.grade
    has_reported = any(row.points.reported is not None for row in view.indicators)
    sections = [
        Section(f"{L('scorecard')} · {view.name}", (L("project"), view.name), _rows([
            [L("department"), view.department], [L("implementer"), view.implementer],
            [L("rules"), rules_text(view.rules, lang)],
        ])),
        Section(L("funds"), (L("initial_budget"), L("budget"), L("executed"), L("weight"),
                             L("execution_rate"), L("points")), _rows([[
            view.funds.initial_budget, view.funds.budget, view.funds.executed,
            execution.weight, f"{execution.rate.recomputed}%" if execution.rate.recomputed else "",
            execution.points.recomputed,
        ]]), frozenset(range(6))),
    ]
    headers = [L("level1"), L("level2"), L("name"), L("target"), L("actual"), L("weight"), L("points")]
    if has_reported:
        headers.append(L("reported"))
    rows = [[row.level1, row.level2, row.name, row.target_text, row.actual, row.weight,
             row.points.recomputed, *([row.points.reported] if has_reported else [])] for row in view.indicators]
    mark = L("provisional_mark").format(n=view.provisional) if view.provisional else ""  # errors: not final
    rows.append([L("total"), "", "", "", "", "100", (total.recomputed or "—") + mark,
                 *([total.reported] if has_reported else [])])
    rows.append([L("grade"), "", "", "", "", "", (grade.recomputed or "—") + mark,
                 *([grade.reported] if has_reported else [])])
    sections.append(Section(L("indicators"), tuple(headers), _rows(rows), frozenset({5, 6, 7})))
    if explain:
        lines = [[L("execution_rate"), execution.rate_derivation], [L("execution"), execution.derivation]]
        lines += [[row.name, row.derivation] for row in view.indicators]
        lines.append([L("total"), view.total_derivation])
        sections.append(Section(L("derivation"), (L("name"), L("derivation")), _rows(lines)))
    if view.findings:
        sections.append(findings_section(view.findings, lang))
    return sections


def findings_section(findings: Sequence[FindingLine], lang: str, title: str | None = None) -> Section:
    L = lambda key: label(key, lang)  # noqa: E731
    return Section(title or L("findings"),
                   (L("severity"), L("code"), L("location"), L("message"), L("reported"), L("recomputed")),
                   _rows([[f.severity_label, f.code, short_location(f.location), _message(f), f.reported,
                           f.recomputed] for f in findings]), severity_column=0)


def _message(item: FindingLine) -> str:
    """The message, led by the indicator it is about when it does not already say."""
    indicator, message = item.indicator, item.message
    return f"{indicator}: {message}" if indicator and indicator not in message else message


def short_location(location: str | None) -> str:
    """`examples/report.txt:470:1` → `report.txt:470`: enough to find the row, short enough for a column."""
    if not location:
        return ""
    path, _, rest = location.partition(":")
    line = rest.split(":")[0]
    return f"{path.rsplit('/', 1)[-1]}:{line}" if line else path.rsplit("/", 1)[-1]


def audit_sections(view: AuditView, lang: str) -> list[Section]:
    L = lambda key: label(key, lang)  # noqa: E731
    sections = []
    for project in view.projects:
        total, grade = project.total, project.grade
        title = (f"{project.name}  ({project.location})  {L('total')} {total.reported or '—'} → "
                 f"{total.recomputed or '—'}  {L('grade')} {grade.recomputed or '—'}")
        if project.findings:
            sections.append(findings_section(project.findings, lang, title))
        else:
            sections.append(Section(title, (), ()))
    if view.findings:
        sections.append(findings_section(view.findings, lang, label("report_level", lang)))
    summary = view.summary
    rows: list[list[Any]] = [[L("rules"), rules_text(view.rules, lang)],
            [L("scorecards"), summary.projects],
            [L("error"), summary.errors], [L("warning"), summary.warnings], [L("info"), summary.infos],
            [L("rounded_fund_rows"), summary.rounded_fund_rows],
            [L("grade"), ("、" if lang == "zh" else ", ").join(f"{L(g)} {n}" for g, n in summary.grades.items())]]
    sections.append(Section(label("summary", lang), ("", ""), _rows(rows)))
    return sections


def print_sections(sections: list[Section], console: Console) -> None:
    """The sections as tables; every title, heading and cell a `Text` (never read as
    Rich markup) stripped of control characters (`terminal.printable`)."""
    for section in sections:
        if not section.headers:
            console.print(Text(printable(section.title), style="bold green"), Text("  ✓"))
            continue
        table = Table(title=Text(printable(section.title), style="table.title"), title_justify="left",
                      box=box.SIMPLE_HEAVY, show_lines=False)
        for index, header in enumerate(section.headers):
            table.add_column(Text(printable(header)), justify="right" if index in section.numeric else "left",
                             overflow="fold")
        for row in section.rows:
            cells = [Text(printable(cell)) for cell in row]
            if section.severity_column is not None:
                severity = row[section.severity_column]
                style = next((s for key, s in _STYLE.items() if label(key, "zh") == severity or key == severity), "")
                cells[section.severity_column].stylize(style)
            table.add_row(*cells)
        console.print(table)


def markdown(sections: list[Section]) -> str:
    out: list[str] = []
    for section in sections:
        out.append(f"## {section.title}\n")
        if not section.headers:
            out.append("✓\n")
            continue
        out.append("| " + " | ".join(_md(h) for h in section.headers) + " |")
        out.append("|" + "|".join("---:" if i in section.numeric else "---" for i in range(len(section.headers))) + "|")
        out.extend("| " + " | ".join(_md(cell) for cell in row) + " |" for row in section.rows)
        out.append("")
    return "\n".join(out)


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
