"""Results and audits as plain rows of strings: the one view that the table, Markdown
and JSON writers all print, so that the three never disagree about a number."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from jsperf.audit import rounded_fund_rows
from jsperf.codes import CODES, doc_url, message, unsettles
from jsperf.explain import describe, describe_rate, describe_total
from jsperf.model import Actual, Audit, Finding, Op, Result, Severity, Target
from jsperf.numbers import fixed, plain
from jsperf.vocabulary import english, label

SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def target_text(target: Target) -> str:
    unit = target.unit.name if target.unit else ""
    space = "" if unit in ("", "%") else " "
    if target.op is Op.QUAL:
        return target.word or ""
    if target.op is Op.RANGE:
        return f"{plain(target.value)}{space}{unit}..{plain(target.high)}{space}{unit}"
    glyph = {Op.GE: "≥", Op.LE: "≤", Op.EQ: "=", Op.GT: ">", Op.LT: "<"}[target.op]
    return f"{glyph}{plain(target.value)}{space}{unit}"


def heading(term: str, lang: str) -> str:
    return term if lang == "zh" else english(term)


def chosen_by_text(chosen_by: str, lang: str) -> str:
    """How an audit's rule set was chosen, in words (`推断`); the JSON keeps the names
    (`inference`), and a view merged from several files joins them with commas."""
    return ", ".join(label(f"chosen:{how}", lang) for how in chosen_by.split(", "))


def rules_text(name: str, choice: dict[str, Any] | None, lang: str) -> str:
    """The rule set and how it was chosen, with the fit of each candidate when inferred:
    `jiangxi（推断；jiangxi 180、national 139）`."""
    if not choice:
        return name
    chosen = chosen_by_text(choice["chosen_by"], lang)
    if lang == "zh":
        fits = "、".join(f"{candidate} {count}" for candidate, count in choice["candidates"].items())
        return f"{name}（{chosen}{'；' + fits if fits else ''}）"
    fits = ", ".join(f"{candidate}: {count}" for candidate, count in choice["candidates"].items())
    return f"{name} ({chosen}{'; ' + fits if fits else ''})"


def actual_text(actual: Actual | None) -> str:
    """An actual as the form prints it: the verdict, or the number with its unit."""
    if actual is None:
        return ""
    if actual.verdict is not None:
        return actual.verdict
    if actual.value is not None:
        unit = actual.value.unit.name if actual.value.unit else ""
        return f"{plain(actual.value.value)}{'' if unit in ('', '%') else ' '}{unit}"
    return actual.text


def finding_view(item: Finding, lang: str = "zh") -> dict[str, Any]:
    return {
        "code": item.code,
        "name": CODES[item.code].name,
        "severity": item.severity.value,
        "severity_label": label(item.severity.value, lang),
        "message": message(item, lang),
        "location": str(item.span) if item.span else None,
        "project": item.project,
        "indicator": item.indicator,
        "reported": item.reported,
        "recomputed": item.recomputed,
        "rule": item.rule,
        "doc": doc_url(item.code, lang),
    }


def sort_findings(items: tuple[Finding, ...] | list[Finding]) -> list[Finding]:
    return sorted(items, key=lambda f: (SEVERITY_ORDER[f.severity], f.span.line if f.span else 0, f.code))


def result_view(result: Result, lang: str = "zh", findings: list[Finding] | tuple[Finding, ...] | None = None,
                chosen_by: str | None = None, candidates: Mapping[str, int] | None = None) -> dict[str, Any]:
    """A scored scorecard with every number a decimal string (two decimals where computed),
    how its rule set was chosen, and how many error-level findings make its total and
    grade provisional (errors in what was scored, not in what was published)."""
    project, execution = result.project, result.execution
    step = result.rules.precision
    reported = project.reported
    shown = sort_findings(list(result.findings if findings is None else findings))
    return {
        "project": project.name,
        "department": project.department,
        "implementer": project.implementer,
        "year": project.year,
        "location": str(project.span) if project.span else None,
        "rules": result.rules.name,
        "rules_choice": {"chosen_by": chosen_by, "candidates": dict(candidates or {})} if chosen_by else None,
        "funds": {
            "unit": "万元",
            "initial_budget": plain(project.funds.initial_budget) or None,
            "budget": plain(project.funds.budget) or None,
            "executed": plain(project.funds.executed) or None,
        },
        "execution": {
            "rate": fixed(execution.rate, step) or None,
            "weight": plain(execution.weight),
            "points": fixed(execution.points, step) or None,
            "derivation": describe(execution.derivation, lang) or None,
            "rate_derivation": describe_rate(result) or None,
            "reported": {
                "rate": plain(reported.execution_rate) or None,
                "points": plain(reported.execution_points) or None,
            } if reported else None,
        },
        "indicators": [
            {
                "level1": heading(item.indicator.level1, lang),
                "level2": heading(item.indicator.level2, lang),
                "name": item.indicator.name,
                "op": item.indicator.target.op.value,
                "target": plain(item.indicator.target.value) if item.indicator.target.numeric
                else item.indicator.target.word,
                "target_high": plain(item.indicator.target.high) or None,
                "target_text": target_text(item.indicator.target),
                "unit": item.indicator.target.unit.name if item.indicator.target.unit else None,
                "actual": actual_text(item.actual),
                "weight": plain(item.indicator.weight),
                "points": fixed(item.points, step) or None,
                "reported": plain(reported.points.get(item.indicator.name)) or None if reported else None,
                "derivation": describe(item.derivation, lang) or None,
            }
            for item in result.indicators
        ],
        "total": fixed(result.total, step),
        "total_derivation": describe_total(result),
        "grade": label(result.grade, lang),
        "reported": {
            "total": plain(reported.total) or None if reported else None,
            "grade": label(reported.grade, lang) if reported and reported.grade else None,
        },
        "provisional": sum(1 for f in shown if unsettles(f)),
        "findings": [finding_view(f, lang) for f in shown],
    }


def audit_view(audit: Audit, lang: str = "zh") -> dict[str, Any]:
    projects = []
    everything: list[Finding] = list(audit.findings)
    for item in audit.scorecards:
        view = result_view(item.result, lang, item.findings)
        everything.extend(item.findings)
        whole = not any(f.code == "JS407" for f in item.findings)
        reported = item.result.project.reported
        projects.append({
            "name": view["project"],
            "location": view["location"],
            "execution": {
                "rate": {"reported": view["execution"]["reported"]["rate"] if reported else None,
                         "recomputed": view["execution"]["rate"]},
                "points": {"reported": view["execution"]["reported"]["points"] if reported else None,
                           "recomputed": view["execution"]["points"]},
                "derivation": view["execution"]["derivation"],
            },
            "indicators": [
                {key: row[key] for key in ("level1", "level2", "name", "target_text", "actual", "weight",
                                          "derivation")}
                | {"points": {"reported": row["reported"], "recomputed": row["points"]}}
                for row in view["indicators"]
            ],
            # a card read incomplete, or with an indicator the rules cannot score, has no total (JS407)
            "total": {"reported": view["reported"]["total"], "recomputed": view["total"] if whole else None},
            "grade": {"reported": view["reported"]["grade"], "recomputed": view["grade"] if whole else None},
            "findings": view["findings"],
        })
    severities = Counter(f.severity for f in everything)
    grades = Counter(item.result.grade for item in audit.scorecards)
    return {
        "rules": {"name": audit.rules, "chosen_by": audit.chosen_by, "candidates": dict(audit.candidates)},
        "sources": list(audit.sources),
        "projects": projects,
        "findings": [finding_view(f, lang) for f in sort_findings(list(audit.findings))],
        "summary": {
            "projects": len(audit.scorecards),
            "errors": severities[Severity.ERROR],
            "warnings": severities[Severity.WARNING],
            "infos": severities[Severity.INFO],
            "rounded_fund_rows": rounded_fund_rows(audit.scorecards),
            "grades": {g: grades.get(g, 0) for g in _grade_names(audit)},
        },
    }


def _grade_names(audit: Audit) -> list[str]:
    if not audit.scorecards:
        return []
    return [grade.name for grade in audit.scorecards[0].result.rules.grades]
