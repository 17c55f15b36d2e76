"""From the paths a user names to projects: report texts, workbooks, PDFs, project
files, folders of them.

Which reader reads a file is decided here and nowhere else: workbooks and PDFs by their
suffix, texts by the first layout in `READERS` that recognises them.  Adding a layout is
adding a reader module and a line here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from jsperf.codes import message
from jsperf.errors import InputError
from jsperf.model import Claims, Finding, Project, Report, Span
from jsperf.projectfile import load_project, read_text
from jsperf.readers import pdf, report_text, workbook

PROJECT_SUFFIXES = (".yaml", ".yml")
REPORT_SUFFIXES = (".txt", ".text", ".pdf", *workbook.SUFFIXES)

# (does this text hold scorecards of the layout?, read it)
READERS: tuple[tuple[Callable[[str], bool], Callable[[str, str], Report]], ...] = (
    (lambda text: True, report_text.read_report),
)


@attrs.frozen
class Loaded:
    projects: tuple[Project, ...]
    claims: Claims | None
    findings: tuple[Finding, ...]
    sources: tuple[str, ...]


def read_report_file(path: Path) -> Report:
    if path.suffix.lower() in workbook.SUFFIXES:
        return _checked(workbook.read_workbook(path), path)
    if path.suffix.lower() == ".pdf":
        return _checked(pdf.read_pdf(path), path)
    text = read_text(path)
    for looks_like, read in READERS:
        if looks_like(text):
            return _checked(read(text, str(path)), path)
    raise InputError("no 项目支出绩效自评表 found in this file", Span(str(path), 1),
                     expected="the text of a 部门决算 report with 项目支出绩效自评表 tables, or a project .yaml")


def _checked(report: Report, path: Path) -> Report:
    if not report.projects:
        if report.findings:
            problems = "; ".join(f"{f.span}: {message(f, 'en')}" for f in report.findings[:3])
            raise InputError(f"no scorecard could be read ({problems})", Span(str(path), 1))
        raise InputError("no 项目支出绩效自评表 found in this file", Span(str(path), 1),
                         expected="a report or workbook with 项目支出绩效自评表 tables, or a project .yaml")
    return report


def expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix in PROJECT_SUFFIXES + REPORT_SUFFIXES)
            if not found:
                raise InputError(f"{path}: the folder holds no report text or project file")
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}: no such file or folder")
    return files


def load(paths: Sequence[Path]) -> Loaded:
    projects: list[Project] = []
    findings: list[Finding] = []
    claims: Claims | None = None
    sources = []
    for path in expand(paths):
        sources.append(str(path))
        if path.suffix in PROJECT_SUFFIXES:
            projects.append(load_project(path))
            continue
        report = read_report_file(path)
        projects.extend(report.projects)
        findings.extend(report.findings)
        if report.claims is not None and claims is None and len(paths) == 1:
            claims = report.claims
    return Loaded(tuple(projects), claims, tuple(findings), tuple(sources))
