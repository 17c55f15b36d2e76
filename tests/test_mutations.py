"""Copies of the real report with one published number changed: the audit must flag
exactly that scorecard, with the right code."""

from __future__ import annotations

import pytest

from jsperf.audit import audit_projects
from jsperf.readers.report_text import read_report
from tests.conftest import REPORT

LINES = REPORT.read_text(encoding="utf-8").split("\n")
BASELINE = "医保资金"  # the report's own slip, flagged in every copy


def mutate(line: int, old: str, new: str) -> str:
    lines = list(LINES)
    assert lines[line - 1].count(old) >= 1, lines[line - 1]
    cells = lines[line - 1].split("\t")
    index = max(i for i, cell in enumerate(cells) if cell.strip() == old)
    cells[index] = cells[index].replace(old, new)
    lines[line - 1] = "\t".join(cells)
    return "\n".join(lines)


@pytest.mark.parametrize(("line", "old", "new", "project", "codes"), [
    (526, "10.83", "11.83", "扫黑、司法专项经费", {"JS303", "JS304"}),          # an indicator's score
    (508, "92", "93", "综治信访维稳专项经费", {"JS304"}),              # a total (JS320 links the total to it)
    (565, "78.43", "87.43", "档案专项经费", {"JS301"}),                        # an execution rate
    (566, "3.921325", "4.921325", "档案专项经费", {"JS301", "JS302"}),  # a fund figure
    (613, "0", "5", "接待专项经费", {"JS302", "JS304"}),                         # execution points
    (575, "17", "12", "档案专项经费", {"JS111", "JS304"}),                       # a score outside its tier
])
def test_one_changed_number_flags_one_scorecard(jiangxi, line, old, new, project, codes) -> None:  # type: ignore[no-untyped-def]
    report = read_report(mutate(line, old, new), "mutant.txt")
    audit = audit_projects(report.projects, lambda p: jiangxi, None, "jiangxi", "option", {})
    flagged = {item.result.project.name: {f.code for f in item.findings if f.severity.value == "error"}
               for item in audit.scorecards}
    flagged = {name: found for name, found in flagged.items() if found}
    assert set(flagged) == {project, BASELINE}
    assert flagged[project] == codes
    where = [f.span.line for item in audit.scorecards for f in item.findings
             if item.result.project.name == project and f.code in codes and f.span is not None]
    assert where and all(abs(found - line) <= 20 for found in where)
