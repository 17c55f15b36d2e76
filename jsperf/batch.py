"""Auditing many files at once: each file on its own terms, in parallel, then one summary.

Each file is audited as if it were the only one: a report brings its own narrative
claims, and without `--rules` its own rule set is inferred (a folder may hold reports of
several regions).  Files go to worker processes with `--jobs N`; results come back in the
order given, each a plain view (picklable, JSON-able), so `--format jsonl` can write a
file's scorecards and forget them before the next file arrives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import attrs

from jsperf import audit as auditing
from jsperf.codes import message
from jsperf.errors import InputError, did_you_mean
from jsperf.messages import current, t
from jsperf.model import Audit, Project, RuleSet
from jsperf.projectfile import load_project
from jsperf.rules.parse import load_rules, shipped_names
from jsperf.sources import PROJECT_SUFFIXES, Loaded, expand, load, read_report_file
from jsperf.writers.views import audit_view

Progress = Callable[[int, int, str], None]  # (done, total, what is counted)


@attrs.frozen
class FileAudit:
    source: str
    view: dict[str, Any] | None  # None when the file could not be read
    error: str | None = None


def rules_of(project: Project, option: str | None) -> RuleSet:
    name = option or project.rules or project.indicator_set.rules
    if name is None:
        raise InputError(t("report.no_rules", name=repr(project.name)),
                         expected="--rules " + " | --rules ".join(shipped_names()))
    base = Path(project.span.file).parent if project.span is not None else None
    return load_rules(name, base)


def one_scorecard(path: Path, name: str | None, option: str | None) -> tuple[Project, RuleSet]:
    """One project and its rule set: a project file, or one scorecard of a report
    (named with `name` when the report has several), its rule set inferred from the
    whole report when neither `option` nor the project names one."""
    if path.suffix.lower() in PROJECT_SUFFIXES:
        projects: tuple[Project, ...] = (load_project(path),)
    else:
        report = read_report_file(path)
        projects = report.projects
        if not projects:  # only forms that are not scorecards
            raise InputError(t("report.no_scorecard", path=path,
                               problems="; ".join(message(f, current()) for f in report.findings if f.code == "JS405")))
    names = [p.name for p in projects]
    if name is None and len(projects) > 1:
        raise InputError(t("report.several", path=path, count=len(projects)),
                         expected=", ".join(names[:10]) + (" …" if len(names) > 10 else ""))
    chosen = next((p for p in projects if name is None or p.name == name), None)
    if chosen is None:
        raise InputError(t("report.no_such_scorecard", name=repr(name), path=path,
                           hint=did_you_mean(name or "", names)))
    if option or chosen.rules or chosen.indicator_set.rules:
        return chosen, rules_of(chosen, option)
    inferred, _, _ = auditing.choose_rules(projects, [load_rules(n) for n in shipped_names()])
    return chosen, inferred


def audit_loaded(loaded: Loaded, option: str | None, progress: Callable[[int, int], None] | None = None) -> Audit:
    """The rule set: `--rules`, else the projects' own, else the shipped one that explains
    the most published numbers (with the count for each candidate kept)."""
    projects = loaded.projects
    if not projects:  # `load` read only forms that are not scorecards, each named (JS405): nothing to score
        return auditing.audit_results([], loaded.claims, "—", "none", {}, loaded.findings, loaded.sources)
    if option is not None:
        chosen = load_rules(option)
        return auditing.audit_projects(projects, auditing.always(chosen), loaded.claims, chosen.name, "option", {},
                                       loaded.findings, loaded.sources, progress)
    if all(p.rules or p.indicator_set.rules for p in projects):
        name = ", ".join(sorted({str(p.rules or p.indicator_set.rules) for p in projects}))
        return auditing.audit_projects(projects, lambda p: rules_of(p, None), loaded.claims, name, "project", {},
                                       loaded.findings, loaded.sources, progress)
    inferred, counts, results = auditing.choose_rules(projects, [load_rules(n) for n in shipped_names()])
    return auditing.audit_results(results, loaded.claims, inferred.name, "inference", counts, loaded.findings,
                                  loaded.sources)


def audit_file(path: str, option: str | None, lang: str) -> FileAudit:
    """One file, start to end; bad input becomes the message, not an exception, so one
    unreadable file does not stop a batch."""
    try:
        return FileAudit(path, audit_view(audit_loaded(load([Path(path)]), option), lang))
    except InputError as error:
        return FileAudit(path, None, error.render())


def run(paths: Sequence[Path], option: str | None, lang: str, jobs: int = 1,
        progress: Progress | None = None) -> Iterator[FileAudit]:
    """Audit every file under `paths`, in order, `jobs` at a time."""
    files = [str(path) for path in expand(paths)]
    if option is not None:
        load_rules(option)  # an unknown rule set is one error, not one per file
    if len(files) == 1:  # one file: progress by scorecard
        by_scorecard = (lambda done, total: progress(done, total, "scorecards")) if progress else None
        loaded = load([Path(files[0])])
        yield FileAudit(files[0], audit_view(audit_loaded(loaded, option, by_scorecard), lang))
        return
    if jobs <= 1:
        results: Iterator[FileAudit] = (audit_file(f, option, lang) for f in files)
        yield from _counted(results, len(files), progress)
        return
    from concurrent.futures import ProcessPoolExecutor  # only batches pay for it

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from _counted(pool.map(audit_file, files, [option] * len(files), [lang] * len(files)),
                            len(files), progress)


def _counted(results: Iterator[FileAudit], total: int, progress: Progress | None) -> Iterator[FileAudit]:
    for number, result in enumerate(results, start=1):
        if progress is not None:
            progress(number, total, "files")
        yield result


def merge(views: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """One view of several files' audits: their scorecards and findings (as far as the
    views still hold them), and the sum of their summaries."""
    if len(views) == 1:
        return views[0]
    totals: Counter[str] = Counter()
    grades: Counter[str] = Counter()
    for view in views:
        totals.update({key: view["summary"][key] for key in ("projects", "errors", "warnings", "infos")})
        grades.update(view["summary"]["grades"])
    order = [g for view in views for g in view["summary"]["grades"]]
    return {
        "rules": {"name": ", ".join(sorted({v["rules"]["name"] for v in views})),
                  "chosen_by": ", ".join(sorted({v["rules"]["chosen_by"] for v in views})), "candidates": {},
                  "per_file": {source: view["rules"] for view in views for source in view["sources"]}},
        "sources": [s for view in views for s in view["sources"]],
        "projects": [p for view in views for p in view["projects"]],
        "findings": [f for view in views for f in view["findings"]],
        "summary": {**{key: totals[key] for key in ("projects", "errors", "warnings", "infos")},
                    "grades": {g: grades[g] for g in dict.fromkeys(order)}},
    }
