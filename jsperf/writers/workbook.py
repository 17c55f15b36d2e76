"""Scorecards as an Excel workbook in the official layout (项目支出绩效自评表): one sheet a
project, the form's headings, merged cells, borders, widths that fit Chinese text, and a
summary sheet.

The numbers written are the recomputed ones (what the form should say); the summary
sheet sets them beside the published total and counts the findings.  Every number goes
in as an Excel number with a format chosen for the value (`20`, `17.97`, `8.38569`), and
jsperf reads it back through its shortest decimal form, so `8.38569` comes back as
exactly 8.38569.  Each form prints on one A4 page across; a card with errors says on its
sheet that its total is provisional, and why.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from jsperf.codes import unsettles
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
from jsperf.vocabulary import LEVEL1, label
from jsperf.writers.views import actual_text, finding_line, sort_findings, target_text

SUMMARY = "汇总"
_FORM_WIDTHS = (9, 9, 13, 20, 11, 11, 6, 7, 11, 11)
_SUMMARY_WIDTHS = (28, *(13,) * 9)
_THIN = Side(style="thin", color="000000")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FONT = Font(name="SimSun", size=10)
_BOLD = Font(name="SimSun", size=10, bold=True)
_TITLE = Font(name="SimHei", size=16, bold=True)
_ALERT = Font(name="SimHei", size=11, bold=True, color="B42318")
_ALERT_FILL = PatternFill("solid", fgColor="FDECEA")
_ALERT_TAB = "C00000"
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_ROW_HEIGHT = 20.0  # points: a little more than one line of 10-point text, as the printed form has
_LINE_HEIGHT = 13.5  # points a wrapped line of 10-point text adds
_MARGIN = 0.5  # inches, left and right; top and bottom are a little more
# A4 in points, less the margins; a column width of w characters is about 7w + 5 pixels (0.75 points each)
_PAGE_WIDTH, _PAGE_HEIGHT = 595 - 2 * 72 * _MARGIN, 842 - 2 * 72 * 0.6


def number_format(value: Decimal | None, step: Decimal | None = None) -> str:
    """The format that prints `value` as people write it: `0` for a whole number, the
    rules' decimals (`step`) for a computed one, the value's own decimals otherwise.
    (Excel's `0.##` would print a whole number with a trailing point: `20.`)"""
    if value is None or value == value.to_integral_value():
        return "0"
    exponent = (step if step is not None else value.normalize()).as_tuple().exponent
    assert isinstance(exponent, int)  # a finite decimal
    return "0." + "0" * max(1, -exponent)


def _lines(text: str, width: float) -> int:
    """How many lines `text` wraps to in a cell `width` characters wide, counted with
    care: a Chinese character takes two, a little more than two digits, and the cell
    keeps a margin."""
    room = max(1, int(width) - 1)
    return sum(max(1, -(-display_width(part) // room)) for part in text.split("\n"))


class _Sheet:
    """A sheet being filled: each cell bordered and styled as the form prints it, and
    the lines each row needs remembered so that every row can be made tall enough."""

    def __init__(self, sheet: Worksheet, widths: Sequence[float]) -> None:
        self.sheet = sheet
        self.widths = widths
        self.lines: dict[int, int] = {}
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width

    def put(self, row: int, col: int, value: Any, *, to_col: int | None = None, to_row: int | None = None,
            bold: bool = False, left: bool = False, fmt: str | None = None) -> None:
        if isinstance(value, str):
            value = _xml_text(value)
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
        if last_row == row and isinstance(value, str):  # a cell over several rows has their room
            width = sum(self.widths[col - 1:last_col])
            self.lines[row] = max(self.lines.get(row, 1), _lines(value, width))

    def number(self, row: int, col: int, value: Decimal | int | None, step: Decimal | None = None) -> None:
        """A number as an Excel number (the double nearest its decimal text), or an empty cell."""
        if value is None:
            self.put(row, col, "")
        else:
            self.put(row, col, float(value), fmt=number_format(Decimal(value), step))

    def banner(self, row: int, text: str) -> None:
        """A line across the sheet that cannot be missed."""
        self.put(row, 1, text, to_col=len(self.widths), left=True)
        cell = self.sheet.cell(row=row, column=1)
        cell.font, cell.fill = _ALERT, _ALERT_FILL

    def fit_rows(self, first: int, last: int) -> float:
        """Make rows `first`..`last` tall enough for their wrapped text; their height in points."""
        total = 0.0
        for row in range(first, last + 1):
            height = max(_ROW_HEIGHT, _LINE_HEIGHT * self.lines.get(row, 1) + 4)
            self.sheet.row_dimensions[row].height = height
            total += height
        return total

    def print_on_a4(self, last_row: int, height: float, *, landscape: bool = False,
                    repeat: str | None = None) -> None:
        """Print across one A4 page; down one page when it fits at that scale, else on as
        many pages as it takes with the `repeat` rows on each."""
        sheet, setup = self.sheet, self.sheet.page_setup
        width = sum(7 * w + 5 for w in self.widths) * 0.75
        across, down = (_PAGE_HEIGHT, _PAGE_WIDTH) if landscape else (_PAGE_WIDTH, _PAGE_HEIGHT)
        scale = min(1.0, across / width)
        setup.paperSize = sheet.PAPERSIZE_A4
        setup.orientation = "landscape" if landscape else "portrait"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        setup.fitToWidth = 1
        setup.fitToHeight = 1 if height * scale <= down else 0
        if setup.fitToHeight == 0 and repeat:
            sheet.print_title_rows = repeat
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = _MARGIN
        sheet.page_margins.top = sheet.page_margins.bottom = 0.6
        sheet.page_margins.header = sheet.page_margins.footer = 0.3
        sheet.print_area = f"A1:{get_column_letter(len(self.widths))}{last_row}"


def _form(sheet: Worksheet, result: Result, findings: list[Finding], lang: str) -> None:
    project, execution = result.project, result.execution
    step = result.rules.precision
    out = _Sheet(sheet, _FORM_WIDTHS)
    sheet.merge_cells("A1:J1")
    sheet["A1"] = FORMS["project"].zh
    sheet["A1"].font, sheet["A1"].alignment = _TITLE, _CENTER
    sheet.merge_cells("A2:J2")
    sheet["A2"] = f"（{project.year} 年度）" if project.year is not None else ""
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
    out.put(6, 2, FUND_ROWS["total"][0])
    out.put(7, 2, FUND_ROWS["government"][0])
    for row in (6, 7):
        for col, amount in zip((3, 4, 5), (funds.initial_budget, funds.budget, funds.executed), strict=True):
            out.number(row, col, amount)
        out.number(row, 7, execution.rate, step)
        out.put(row, 9, "", to_col=10)
    out.number(6, 6, execution.weight)
    out.number(6, 8, execution.points, step)
    out.put(7, 6, "—")
    out.put(7, 8, "—")
    out.put(8, 1, GOALS[0], to_row=9, bold=True)
    out.put(8, 2, GOAL_COLUMNS[0], to_col=5, bold=True)
    out.put(8, 6, GOAL_COLUMNS[1], to_col=10, bold=True)
    out.put(9, 2, project.goal or "", to_col=5, left=True)
    out.put(9, 6, project.achieved or "", to_col=10, left=True)
    out.lines[9] = max(out.lines.get(9, 1), 3)  # room to write the goals in by hand
    row = _indicators(out, result)
    out.put(row, 1, TOTALS[0], to_col=6, bold=True)
    out.number(row, 7, 100)
    out.number(row, 8, result.total, step)
    out.put(row, 9, GRADES[0], bold=True)
    out.put(row, 10, result.grade)
    last = _provisional(out, row + 1, findings, lang)
    height = 30 + out.fit_rows(2, last)
    sheet.row_dimensions[1].height = 30
    out.print_on_a4(last, height, repeat="10:10")


def _indicators(out: _Sheet, result: Result) -> int:
    """The indicator rows, every heading of the form shown even when it has no indicator;
    the row after them."""
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
                _indicator_row(out, row, entry, result.rules.precision)
                row += 1
            out.put(level2_row, 3, level2, to_row=row - 1)
        out.put(level1_row, 2, level1, to_row=row - 1)
    out.put(10, 1, INDICATORS[0], to_row=row - 1, bold=True)
    return row


def _indicator_row(out: _Sheet, row: int, item: IndicatorResult | None, step: Decimal) -> None:
    if item is None:
        for col in range(4, 9):
            out.put(row, col, "")
        out.put(row, 9, "", to_col=10)
        return
    actual = item.actual
    out.put(row, 4, item.indicator.name, left=True)
    out.put(row, 5, target_text(item.indicator.target))
    if actual is not None and actual.verdict is None and actual.value is not None and actual.value.unit is None:
        out.number(row, 6, actual.value.value)  # a bare number is a number; `3 次` and `100%` stay as printed
    else:
        out.put(row, 6, actual_text(actual))
    out.number(row, 7, item.indicator.weight)
    out.number(row, 8, item.points, step)
    out.put(row, 9, (actual.deviation_note if actual is not None else None) or "", to_col=10, left=True)


def _provisional(out: _Sheet, row: int, findings: list[Finding], lang: str) -> int:
    """Under the total of a card with errors: a banner saying its total and grade are
    provisional (an error in what was scored) or that the published numbers are wrong
    and the form shows them recomputed, then the card's findings.  The sheet's last row."""
    errors = sum(f.severity is Severity.ERROR for f in findings)
    if not errors:
        return row - 1
    unsettled = sum(1 for f in findings if unsettles(f))
    out.sheet.sheet_properties.tabColor = _ALERT_TAB
    out.banner(row, label("provisional", lang).format(errors=unsettled) if unsettled
               else label("published_errors", lang).format(errors=errors))
    heads = (("severity", 1, 1), ("code", 2, 2), ("location", 3, 4), ("message", 5, 10))
    for key, first, last in heads:
        out.put(row + 1, first, label(key, lang), to_col=last, bold=True)
    for number, finding in enumerate(sort_findings(findings), start=row + 2):
        line = finding_line(finding, lang)
        for key, first, last in heads:
            value = getattr(line, "severity_label" if key == "severity" else key) or ""
            out.put(number, first, value, to_col=last, left=key in ("location", "message"))
    return row + 1 + len(findings)


def _xml_text(text: str) -> str:
    """Text an .xlsx can hold: the control characters XML forbids (a name copied with a
    stray `\\x1b` or `\\x00`) shown as �, the rest kept."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("\ufffd", text)


def _sheet_name(name: str, taken: set[str]) -> str:
    """Excel allows 31 characters and no `[]:*?/\\` in a sheet name, nor a `'` at either
    end; names must differ, and Excel compares them ignoring case."""
    base = "".join("_" if ch in "[]:*?/\\" else ch for ch in _xml_text(name))[:28].strip("'") or "项目"
    candidate, number = base, 2
    while candidate.casefold() in taken or candidate.casefold() == SUMMARY.casefold():
        candidate, number = f"{base[:25]}_{number}", number + 1
    taken.add(candidate.casefold())
    return candidate


def _summary_heads(lang: str) -> tuple[str, ...]:
    wan = label("wan_yuan", lang)
    return (label("project", lang), label("budget", lang) + wan, label("executed", lang) + wan,
            label("execution_rate", lang) + label("percent", lang), label("total", lang),
            label("reported_total", lang), label("grade", lang), label("errors", lang), label("warnings", lang),
            label("rules", lang))


def write_workbook(results: list[tuple[Result, list[Finding]]], path: Path, lang: str = "zh") -> None:
    """The summary sheet, then the form of each result with its findings (`lang`: the
    language of jsperf's own words; the form keeps its official Chinese)."""
    book = Workbook()
    summary = book.active
    assert summary is not None
    summary.title = SUMMARY
    out = _Sheet(summary, _SUMMARY_WIDTHS)
    for col, text in enumerate(_summary_heads(lang), start=1):
        out.put(1, col, text, bold=True)
    taken: set[str] = set()
    for row, (result, findings) in enumerate(results, start=2):
        project, step = result.project, result.rules.precision
        errors = sum(f.severity is Severity.ERROR for f in findings)
        out.put(row, 1, project.name, left=True)
        out.number(row, 2, project.funds.budget)
        out.number(row, 3, project.funds.executed)
        out.number(row, 4, result.execution.rate, step)
        out.number(row, 5, result.total, step)
        out.number(row, 6, project.reported.total if project.reported else None)
        out.put(row, 7, result.grade)
        out.number(row, 8, errors)
        out.number(row, 9, sum(f.severity is Severity.WARNING for f in findings))
        out.put(row, 10, result.rules.name)
        if errors:
            summary.cell(row=row, column=8).font = _ALERT
        _form(book.create_sheet(_sheet_name(project.name, taken)), result, findings, lang)
    last = len(results) + 1
    out.print_on_a4(last, out.fit_rows(1, last), landscape=True, repeat="1:1")
    book.save(path)
