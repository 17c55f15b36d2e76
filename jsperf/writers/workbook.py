"""Scorecards as an Excel workbook in the official layout (项目支出绩效自评表): one sheet a
project, the form's headings, merged cells, borders, widths that fit Chinese text, two
decimals for computed numbers, and a summary sheet.

The numbers written are the recomputed ones (what the form should say); the summary
sheet sets them beside the published total and counts the findings.  Every number goes
in as an Excel number; jsperf reads it back through its shortest decimal form, so
`8.38569` comes back as exactly 8.38569.
"""

from __future__ import annotations

import itertools
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jsperf.errors import display_width
from jsperf.layout import (
    FIELDS,
    FORMS,
    FUND_BLOCK,
    FUND_COLUMNS,
    FUND_ROWS,
    GOAL_COLUMNS,
    GOALS,
    GRADES,
    INDICATOR_COLUMNS,
    INDICATORS,
    TOTALS,
)
from jsperf.model import Finding, IndicatorResult, Result, Severity
from jsperf.samples import HEADINGS
from jsperf.vocabulary import LEVEL1
from jsperf.writers.views import actual_text, target_text

SUMMARY = "汇总"
_WIDTHS = (10, 12, 14, 26, 16, 14, 8, 9, 16, 16)
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = Font(name="SimSun", size=10)
_BOLD = Font(name="SimSun", size=10, bold=True)
_TITLE = Font(name="SimHei", size=16, bold=True)
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)


def _number(value: Decimal | None) -> float | str:
    """Excel stores doubles: a value goes in as the double nearest its decimal text."""
    return "" if value is None else float(value)


class _Sheet:
    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet

    def put(self, row: int, col: int, value: Any, *, to_col: int | None = None, to_row: int | None = None,
            bold: bool = False, left: bool = False, fmt: str | None = None) -> None:
        cell = self.sheet.cell(row=row, column=col, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # `=44 台` is a target, not a formula
        cell.font = _BOLD if bold else _FONT
        cell.alignment = _LEFT if left else _CENTER
        if fmt:
            cell.number_format = fmt
        last_row, last_col = to_row or row, to_col or col
        for r in range(row, last_row + 1):
            for c in range(col, last_col + 1):
                self.sheet.cell(row=r, column=c).border = _BORDER
        if (last_row, last_col) != (row, col):
            self.sheet.merge_cells(start_row=row, start_column=col, end_row=last_row, end_column=last_col)


def _form(sheet: Worksheet, result: Result) -> None:
    project, execution = result.project, result.execution
    out = _Sheet(sheet)
    for index, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.merge_cells("A1:J1")
    sheet["A1"] = FORMS["project"].zh
    sheet["A1"].font, sheet["A1"].alignment = _TITLE, _CENTER
    sheet.row_dimensions[1].height = 30
    sheet.merge_cells("A2:J2")
    sheet["A2"] = f"（{project.year or ''} 年度）"
    sheet["A2"].font, sheet["A2"].alignment = _FONT, _CENTER
    out.put(3, 1, FIELDS["name"][0], bold=True)
    out.put(3, 2, project.name, to_col=10, left=True)
    out.put(4, 1, FIELDS["department"][0], bold=True)
    out.put(4, 2, project.department or "", to_col=5, left=True)
    out.put(4, 6, FIELDS["implementer"][0], bold=True)
    out.put(4, 7, project.implementer or "", to_col=10, left=True)
    out.put(5, 1, f"{FUND_BLOCK[0]}（万元）", to_row=7, bold=True)
    fund_heads = ("", FUND_COLUMNS["initial"][0], f"{FUND_COLUMNS['budget'][0]} A", f"{FUND_COLUMNS['executed'][0]} B",
                  *(FUND_COLUMNS[column][0] for column in ("weight", "rate", "points")))
    for col, text in zip(range(2, 9), fund_heads, strict=True):
        out.put(5, col, text, bold=True)
    out.put(5, 9, "", to_col=10)
    funds = project.funds
    amounts = [_number(funds.initial_budget), _number(funds.budget), _number(funds.executed)]
    out.put(6, 2, FUND_ROWS["total"][0])
    out.put(7, 2, FUND_ROWS["government"][0])
    for row in (6, 7):
        for col, amount in zip((3, 4, 5), amounts, strict=True):
            out.put(row, col, amount, fmt="0.00####")
        out.put(row, 7, _number(execution.rate), fmt="0.00")
        out.put(row, 9, "", to_col=10)
    out.put(6, 6, _number(execution.weight), fmt="0")
    out.put(6, 8, _number(execution.points), fmt="0.00")
    out.put(7, 6, "—")
    out.put(7, 8, "—")
    out.put(8, 1, GOALS[0], to_row=9, bold=True)
    out.put(8, 2, GOAL_COLUMNS[0], to_col=5, bold=True)
    out.put(8, 6, GOAL_COLUMNS[1], to_col=10, bold=True)
    out.put(9, 2, project.goal or "", to_col=5, left=True)
    out.put(9, 6, project.achieved or "", to_col=10, left=True)
    sheet.row_dimensions[9].height = 42
    headers = [INDICATOR_COLUMNS[column][0] for column in ("level1", "level2", "name", "target", "actual", "weight",
                                                               "points")]
    for col, text in enumerate(headers, start=2):
        out.put(10, col, text, bold=True)
    out.put(10, 9, INDICATOR_COLUMNS["note"][0], to_col=10, bold=True)
    row = 11
    by_heading: dict[tuple[str, str], list[int]] = {}
    for index, item in enumerate(result.indicators):
        by_heading.setdefault((item.indicator.level1, item.indicator.level2), []).append(index)
    headings = [*HEADINGS, *(h for h in by_heading if h not in HEADINGS)]
    headings.sort(key=lambda heading: LEVEL1.index(heading[0]))  # stable: the form's order within
    for level1, group in itertools.groupby(headings, key=lambda heading: heading[0]):
        level1_row = row
        for _, level2 in group:
            level2_row = row
            items: list[IndicatorResult | None] = [result.indicators[i] for i in by_heading.get((level1, level2), [])]
            for entry in items or [None]:  # None: the form's empty row for a heading with no indicator
                _indicator_row(out, row, entry)
                row += 1
            out.put(level2_row, 3, level2, to_row=row - 1)
        out.put(level1_row, 2, level1, to_row=row - 1)
    out.put(10, 1, INDICATORS[0], to_row=row - 1, bold=True)
    out.put(row, 1, TOTALS[0], to_col=6, bold=True)
    out.put(row, 7, 100, fmt="0")
    out.put(row, 8, _number(result.total), fmt="0.00")
    out.put(row, 9, GRADES[0], bold=True)
    out.put(row, 10, result.grade)
    sheet.print_options.horizontalCentered = True
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_setup.fitToHeight = 0


def _indicator_row(out: _Sheet, row: int, item: IndicatorResult | None) -> None:
    if item is None:
        for col in range(4, 9):
            out.put(row, col, "")
        out.put(row, 9, "", to_col=10)
        return
    actual = item.actual
    out.put(row, 4, item.indicator.name, left=True)
    out.put(row, 5, target_text(item.indicator.target))
    out.put(row, 6, actual_text(actual))
    out.put(row, 7, _number(item.indicator.weight), fmt="0.##")
    out.put(row, 8, _number(item.points), fmt="0.00")
    note = (actual.deviation_note if actual is not None else None) or ""
    out.put(row, 9, note, to_col=10, left=True)
    lines = -(-display_width(note) // 30)  # the two note columns hold about 30 half-width characters
    if lines > 1:
        out.sheet.row_dimensions[row].height = 13.5 * lines


def _sheet_name(name: str, taken: set[str]) -> str:
    """Excel allows 31 characters and no `[]:*?/\\` in a sheet name; names must differ."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in name)[:28] or "项目"
    candidate, number = base, 2
    while candidate in taken or candidate == SUMMARY:
        candidate, number = f"{base[:25]}_{number}", number + 1
    taken.add(candidate)
    return candidate


def write_workbook(results: list[tuple[Result, list[Finding]]], path: Path) -> None:
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = SUMMARY
    heads = ("项目名称", "全年预算数 A（万元）", "全年执行数 B（万元）", "执行率（%）", "总分", "公布总分", "等级",
             "错误", "警告", "规则")
    out = _Sheet(summary)
    for col, text in enumerate(heads, start=1):
        out.put(1, col, text, bold=True)
        summary.column_dimensions[get_column_letter(col)].width = 24 if col == 1 else 13
    summary.page_setup.orientation = "landscape"
    summary.sheet_properties.pageSetUpPr.fitToPage = True
    summary.page_setup.fitToWidth, summary.page_setup.fitToHeight = 1, 0
    taken: set[str] = set()
    for number, (result, findings) in enumerate(results, start=2):
        project = result.project
        reported = project.reported.total if project.reported else None
        values: list[Any] = [project.name, _number(project.funds.budget), _number(project.funds.executed),
                             _number(result.execution.rate), _number(result.total), _number(reported), result.grade,
                             sum(f.severity is Severity.ERROR for f in findings),
                             sum(f.severity is Severity.WARNING for f in findings), result.rules.name]
        for col, value in enumerate(values, start=1):
            out.put(number, col, value, left=col == 1, fmt="0.00" if col in (4, 5, 6) else None)
        _form(book.create_sheet(_sheet_name(project.name, taken)), result)
    book.save(path)
