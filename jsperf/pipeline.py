"""The one pipeline behind every command: load → resolve the rule set → score → check →
compare with what was published → findings.

`score`, `explain`, `audit`, `export` and batches all come through `audit_loaded`, so
every command says the same about the same scorecard: `score` of one card of a report is
that card of the report's audit, not a second assembly of checks.  The rule set is
resolved in one place, per project: `--rules` when given, else the rule set the project
(or its indicator set) names, else the shipped set that explains the most published
numbers of the file's unnamed cards, with the fit of each candidate kept to be shown.

`audit_stream` is the same audit a scorecard at a time: the rule sets are resolved first
(inference keeps only each card's counts), then each card is scored, checked and
compared as the writer asks for it and dropped once written, so that an audit of any
size takes no more memory than its cards as read; `audit_loaded` keeps them all.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

import attrs

from jsperf import audit as auditing
from jsperf.codes import message
from jsperf.engine import score
from jsperf.errors import InputError, did_you_mean
from jsperf.gcpause import paused
from jsperf.messages import current, t
from jsperf.model import Audit, Finding, IndicatorSet, Project, RuleSet, ScorecardAudit
from jsperf.rules.parse import load_rules, shipped_names
from jsperf.sources import Loaded, load

DEFAULT_RULES = "national"  # for an indicator set checked alone: no card to infer from


def named_rules(project: Project) -> str | None:
    return project.rules or project.indicator_set.rules


def _base(project: Project) -> Path | None:
    """The folder a project's relative `.rules` path is read from."""
    return Path(project.span.file).parent if project.span is not None else None


@attrs.frozen
class Resolved:
    """Each project's rule set, and how they were chosen: the rule sets' name as shown,
    `option`, `project`, `inference` or both of the last two, the fit of each candidate
    when inferred."""

    name: str
    chosen_by: str
    candidates: dict[str, int]
    rules: tuple[RuleSet, ...]  # in the projects' order
    notes: Mapping[int, Finding] = attrs.field(factory=dict)  # a card under another set than the report's (JS414)


def resolve(projects: Sequence[Project], option: str | None) -> Resolved:
    """The rule set of each project: `--rules`, else its own, else the inferred one."""
    if not projects:  # only forms that are not scorecards, each named (JS405): nothing to score
        return Resolved("—", "none", {}, ())
    if option is not None:
        chosen = load_rules(option)
        return Resolved(chosen.name, "option", {}, (chosen,) * len(projects))
    rules_named = functools.cache(load_rules)  # once per name and folder in this run, not a file check per project
    own = [rules_named(name, _base(p)) if (name := named_rules(p)) else None for p in projects]
    unnamed = [project for project, rules in zip(projects, own, strict=True) if rules is None]
    if not unnamed:
        return Resolved(", ".join(sorted({r.name for r in own if r is not None})), "project", {},
                        tuple(r for r in own if r is not None))
    inferred, counts, picks, notes = auditing.choose_rules(unnamed, [load_rules(n) for n in shipped_names()])
    if len(unnamed) == len(projects):
        return Resolved(inferred.name, "inference", counts, tuple(picks), notes)
    where = [index for index, rules in enumerate(own) if rules is None]  # an unnamed card's index among all
    rest = iter(picks)
    return Resolved(", ".join(sorted({inferred.name, *(r.name for r in own if r is not None)})), "project, inference",
                    counts, tuple(rules if rules is not None else next(rest) for rules in own),
                    {where[index]: note for index, note in notes.items()})


def audit_stream(loaded: Loaded, option: str | None,
                 progress: Callable[[int, int], None] | None = None) -> auditing.AuditStream:
    """What was loaded, resolved, then scored, checked and compared a card at a time as
    the stream is read: the audit every command shows, never all held at once."""
    resolved = resolve(loaded.projects, option)
    return auditing.AuditStream(resolved.name, resolved.chosen_by, resolved.candidates,
                                _audited(loaded.projects, resolved, progress), loaded.claims, loaded.findings,
                                loaded.sources, len(loaded.projects))


def _audited(projects: Sequence[Project], resolved: Resolved,
             progress: Callable[[int, int], None] | None) -> Iterator[ScorecardAudit]:
    """Each project scored under its rule set, checked and compared, as it is asked for."""
    total = len(projects)
    with paused():
        for index, project in enumerate(projects):
            result = score(project, resolved.rules[index], full=True)
            if (note := resolved.notes.get(index)) is not None:
                result = attrs.evolve(result, findings=(*result.findings, note))
            yield auditing.audit_result(result)
            if progress is not None and (index % 100 == 99 or index + 1 == total):
                progress(index + 1, total)


def audit_loaded(loaded: Loaded, option: str | None, progress: Callable[[int, int], None] | None = None) -> Audit:
    """What was loaded, resolved, scored, checked and compared: the audit every command shows."""
    return audit_stream(loaded, option, progress).audit()


def one_scorecard(path: Path, name: str | None, option: str | None) -> tuple[ScorecardAudit, Audit]:
    """One scorecard's audit, and the audit of the file it is in: a project file, or one
    card of a report (named with `name` when the report has several), resolved and
    checked exactly as `jsperf audit` does for the whole file."""
    audit = audit_loaded(load([path]), option)
    cards = audit.scorecards
    if not cards:
        raise InputError(t("report.no_scorecard", path=path, problems="; ".join(
            message(f, current()) for f in audit.findings if f.code == "JS405")))
    names = [item.result.project.name for item in cards]
    if name is None and len(cards) > 1:
        raise InputError(t("report.several", path=path, count=len(cards)),
                         expected=", ".join(names[:10]) + (" …" if len(names) > 10 else ""))
    wanted, index = _numbered(name, names)
    chosen = [item for item in cards if wanted is None or item.result.project.name == wanted]
    if not chosen:
        raise InputError(t("report.no_such_scorecard", name=repr(name), path=path,
                           hint=did_you_mean(name or "", names)))
    number = index if index is not None else 1 if len(chosen) == 1 else 0
    if not 1 <= number <= len(chosen):  # never the first of two silently: each with the index that names it
        raise InputError(t("report.same_name", path=path, count=len(chosen), name=repr(wanted)),
                         expected=t("report.candidates", candidates=", ".join(
                             f"{wanted}#{position} ({item.result.project.span})"
                             for position, item in enumerate(chosen, start=1))))
    return chosen[number - 1], audit


def _numbered(name: str | None, names: list[str]) -> tuple[str | None, int | None]:
    """`--project` as (name, index): `同名项目#2` is the second card named 同名项目, unless a
    card is named `同名项目#2` itself."""
    if name is None or name in names:
        return name, None
    base, mark, number = name.rpartition("#")
    if mark and number.isdecimal() and base in names:
        return base, int(number)
    return name, None


def set_rules(indicator_set: IndicatorSet, option: str | None, base: Path) -> tuple[RuleSet, bool]:
    """The rule set an indicator set is checked under, and whether it is the default
    because neither `--rules` nor the set names one (the caller says so)."""
    name = option or indicator_set.rules
    return load_rules(name or DEFAULT_RULES, base), name is None
