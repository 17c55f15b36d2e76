"""The exported form as people see and print it: numbers that are numbers and print as
written, one A4 page a form, the year's goals filled in, and a card with errors marked
as provisional.  The workbook is made the way a user makes it: a report imported into
project files, then those exported."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from typer.testing import CliRunner

from jsperf.cli import app
from jsperf.engine import score
from jsperf.model import Actual, Op, Quantity, RuleSet, Target
from jsperf.numbers import parse_decimal, unit_of
from jsperf.projectfile import load_project
from jsperf.samples import make_project
from jsperf.writers.workbook import SUMMARY, number_format, write_workbook
from tests.conftest import REPORT, ROOT

runner = CliRunner()


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("imported")
    result = runner.invoke(app, ["import", str(REPORT), "-o", str(folder), "--rules", "jiangxi"])
    assert result.exit_code == 0, result.output
    return folder


@pytest.fixture(scope="module")
def book(imported: Path) -> Path:
    path = imported / "book.xlsx"
    result = runner.invoke(app, ["export", str(imported), "--xlsx", str(path)])
    assert result.exit_code == 0, result.output
    return path


def forms(path: Path) -> list[Worksheet]:
    return [sheet for sheet in load_workbook(path).worksheets if sheet.title != SUMMARY]


def test_number_formats_print_values_as_written() -> None:
    assert number_format(Decimal(20)) == "0"  # not `0.##`, which prints `20.`
    assert number_format(Decimal("17.97"), Decimal("0.01")) == "0.00"
    assert number_format(Decimal("17.9"), Decimal("0.01")) == "0.00"
    assert number_format(Decimal("8.38569")) == "0.00000"
    assert number_format(Decimal("20.0"), Decimal("0.01")) == "0"


def test_numbers_are_numbers_and_print_as_written(book: Path) -> None:
    for sheet in load_workbook(book).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):  # text is text: no number kept as a string
                    assert parse_decimal(cell.value) is None, (sheet.title, cell.coordinate, cell.value)
                elif isinstance(cell.value, int | float):
                    match = re.fullmatch(r"0(?:\.(0+))?", cell.number_format)
                    assert match, (sheet.title, cell.coordinate, cell.number_format)
                    places = len(match.group(1) or "")
                    assert (places == 0) == (cell.value == int(cell.value)), (sheet.title, cell.coordinate)
    medical = load_workbook(book)["医保资金"]
    cost = next(row for row in medical.iter_rows() if row[3].value == "医保资金成本")
    assert (cost[5].value, cost[6].value, cost[7].value) == (27533, 20, 17.97)  # actual, weight, points
    assert (cost[5].number_format, cost[6].number_format, cost[7].number_format) == ("0", "0", "0.00")
    assert load_workbook(book)["无纸化办公经费"]["E6"].number_format == "0.00000"  # 8.38569 万元


def test_each_form_prints_on_one_a4_page_across(book: Path) -> None:
    sheets = forms(book)
    assert len(sheets) == 23
    for sheet in sheets:
        setup, margins = sheet.page_setup, sheet.page_margins
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (9, "portrait", 1, 1)
        assert margins.left <= 0.75 and margins.right <= 0.75
        assert sheet.print_area == f"'{sheet.title}'!$A$1:$J${sheet.max_row}"
        assert sheet.print_options.horizontalCentered


def test_summary_header_has_room_for_its_wrapped_titles(book: Path) -> None:
    summary = load_workbook(book)[SUMMARY]
    assert summary["B1"].value == "全年预算数 A（万元）"
    height = summary.row_dimensions[1].height
    assert height is not None and height >= 2 * 13.5  # two lines in a column 13 characters wide
    assert summary.page_setup.orientation == "landscape" and summary.page_setup.fitToWidth == 1


def test_the_years_goals_go_from_report_to_project_file_to_form(imported: Path, book: Path, report) -> None:  # type: ignore[no-untyped-def]
    medical = next(p for p in report.projects if p.name == "医保资金")
    assert (medical.goal, medical.achieved) == ("保障医保资金", "保障了新区干部、职工医保资金按时拨付")
    loaded = load_project(imported / "18-医保资金.yaml")
    assert (loaded.goal, loaded.achieved) == (medical.goal, medical.achieved)
    for sheet in forms(book):
        assert sheet["A8"].value == "年度总体目标" and sheet["B8"].value == "预期目标"
        assert sheet["B9"].value and sheet["F9"].value, sheet.title
    form = load_workbook(book)["医保资金"]
    assert (form["B9"].value, form["F9"].value) == (medical.goal, medical.achieved)


def test_a_card_with_wrong_published_numbers_lists_them_under_its_recomputed_total(book: Path) -> None:
    workbook = load_workbook(book)
    medical = workbook["医保资金"]
    texts = [[cell.value for cell in row] for row in medical.iter_rows()]
    total = next(i for i, row in enumerate(texts) if row[0] == "总分")
    assert texts[total + 1][0] == "公布数有 1 处错误（见下表），本表总分与等级按规则重算"  # JS303; the total follows
    assert texts[total + 2][:5] == ["级别", "代码", "位置", None, "说明"]
    listed = texts[total + 3:]
    assert [(row[0], row[1]) for row in listed] == [("错误", "JS303"), ("警告", "JS309"), ("提示", "JS320")]
    assert listed[0][2].endswith("18-医保资金.yaml:26:13") and listed[0][4] == "得分公布为 20，按规则应为 17.97"
    color = medical.sheet_properties.tabColor
    assert color is not None and color.rgb.endswith("C00000")
    clean = workbook["无纸化办公经费"]
    assert clean.sheet_properties.tabColor is None
    assert clean.cell(row=clean.max_row, column=1).value == "总分"  # nothing under the total
    assert not any("待核" in str(cell.value) for row in clean.iter_rows() for cell in row)


def _long_project(rows: int):  # type: ignore[no-untyped-def]
    target = Target(Op.GE, Decimal(10), unit=unit_of("次"))
    return make_project("长项目", Decimal(10), Decimal(9), [
        ("产出指标", "数量指标", f"数量指标第{n}项", target, Decimal(1), Actual(Quantity(Decimal(10))), None)
        for n in range(rows)])


def test_a_long_form_runs_on_with_its_header_row_on_each_page(jiangxi: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "long.xlsx"
    write_workbook([(score(_long_project(90), jiangxi), [])], path)
    (sheet,) = forms(path)
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.print_title_rows == "$10:$10"


def test_no_year_prints_no_empty_year_in_the_title(jiangxi: RuleSet, tmp_path: Path) -> None:
    path = tmp_path / "no-year.xlsx"
    project = attrs.evolve(_long_project(3), year=None)
    write_workbook([(score(project, jiangxi), [])], path)
    (sheet,) = forms(path)
    assert not sheet["A2"].value
    assert not any("年度）" in str(cell.value) for row in sheet.iter_rows() for cell in row)


def test_an_error_in_what_was_scored_marks_the_form_provisional(tmp_path: Path) -> None:
    source = ROOT / "examples" / "changnan-2024" / "03-扫黑_司法专项经费.yaml"
    text = source.read_text(encoding="utf-8").replace("../../indicator_sets", str(ROOT / "indicator_sets"))
    actual = '  司法意识提升率: {value: 80, note: "缺乏系统发司法知识学习, 导致法律意识薄弱, 后期加强法律知识学习"}\n'
    assert actual in text
    (tmp_path / "missing.yaml").write_text(text.replace(actual, ""), encoding="utf-8")  # JS103: no actual
    path = tmp_path / "book.xlsx"
    assert runner.invoke(app, ["export", str(tmp_path / "missing.yaml"), "--xlsx", str(path)]).exit_code == 0
    (form,) = forms(path)
    texts = [[cell.value for cell in row] for row in form.iter_rows()]
    total = next(i for i, row in enumerate(texts) if row[0] == "总分")
    assert texts[total + 1][0] == "待核：1 个错误，总分与等级为暂定"
    assert ("错误", "JS103") in [(row[0], row[1]) for row in texts[total + 3:]]
