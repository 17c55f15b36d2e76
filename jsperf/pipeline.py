"""The one pipeline behind every command: load → resolve the rule set → score → check →
compare with what was published → findings.

`score`, `explain`, `audit`, `export` and batches all come through `audit_loaded`, so
every command says the same about the same scorecard: `score` of one card of a report is
that card of the report's audit, not a second assembly of checks.  The rule set is
resolved in one place, per project: `--rules` when given, else the rule set the project
(or its indicator set) names, else the shipped set that explains the most published
numbers of the file's unnamed cards, with the fit of each candidate kept to be shown.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from jsperf import audit as auditing
from jsperf.codes import message
from jsperf.engine import score_all
from jsperf.errors import InputError, did_you_mean
from jsperf.messages import current, t
from jsperf.model import Audit, IndicatorSet, Project, Result, RuleSet, ScorecardAudit
from jsperf.rules.parse import load_rules, shipped_names
from jsperf.sources import Loaded, load

DEFAULT_RULES = "national"  # for an indicator set checked alone: no card to infer from


def named_rules(project: Project) -> str | None:
    return project.rules or project.indicator_set.rules


def _base(project: Project) -> Path | None:
    """The folder a project's relative `.rules` path is read from."""
    return Path(project.span.file).parent if project.span is not None else None


def scored(projects: Sequence[Project], option: str | None,
           progress: Callable[[int, int], None] | None = None) -> tuple[str, str, dict[str, int], list[Result]]:
    """Each project scored under its resolved rule set: (the rule sets' name as shown,
    how they were chosen — `option`, `project`, `inference` or both of the last two —,
    the fit of each candidate when inferred, the results in the projects' order)."""
    if option is not None:
        chosen = load_rules(option)
        return chosen.name, "option", {}, score_all(projects, auditing.always(chosen), progress)
    rules_named = functools.cache(load_rules)  # once per name and folder in this run, not a file check per project
    own = {index: rules_named(name, _base(p)) for index, p in enumerate(projects) if (name := named_rules(p))}
    rules_of = {id(projects[index]): rules for index, rules in own.items()}
    named = iter(score_all([projects[index] for index in sorted(own)], lambda p: rules_of[id(p)], progress))
    unnamed = [p for index, p in enumerate(projects) if index not in own]
    if not unnamed:
        return ", ".join(sorted({r.name for r in own.values()})), "project", {}, list(named)
    inferred, counts, inferred_results = auditing.choose_rules(unnamed, [load_rules(n) for n in shipped_names()])
    rest = iter(inferred_results)
    results = [next(named) if index in own else next(rest) for index in range(len(projects))]
    names = ", ".join(sorted({inferred.name, *(r.name for r in own.values())}))
    return names, "project, inference" if own else "inference", counts, results


def audit_loaded(loaded: Loaded, option: str | None, progress: Callable[[int, int], None] | None = None) -> Audit:
    """What was loaded, resolved, scored, checked and compared: the audit every command shows."""
    if not loaded.projects:  # only forms that are not scorecards, each named (JS405): nothing to score
        return auditing.audit_results([], loaded.claims, "—", "none", {}, loaded.findings, loaded.sources)
    name, chosen_by, counts, results = scored(loaded.projects, option, progress)
    return auditing.audit_results(results, loaded.claims, name, chosen_by, counts, loaded.findings, loaded.sources)


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
