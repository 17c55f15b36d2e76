"""PDFs printed from a scorecard page (tests/data/make_pages.py): a cell's wrapped lines are
one text again without a space the line break was not, and a row that a page break cut in
two is one row again — while rows that merely meet at a page break stay two.  The
expectations are the page's own numbers, as make_pages.py writes them."""

from __future__ import annotations

import random
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from jsperf.model import Op, Project
from jsperf.readers.pdf import _header, _mend_page_break, _Placed
from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import join_wrapped
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project
from jsperf.sources import read_report_file
from tests.forms import TEMPLATES, as_merged_html
from tests.helpers import report_differences

PAGES = Path(__file__).parent / "data" / "pages"
NAME = "51130021T000000229367-退耕还林工程建设专项工作经费"
LONG_NAME = "新型经营主体实现产值占全县农业总产值的比例提高到预期水平以上的年度完成情况(%)"


def card(name: str) -> Project:
    report = read_report_file(PAGES / f"{name}.pdf")
    assert report.findings == ()
    (project,) = report.projects
    return project


def rows_of(project: Project) -> list[tuple[str, str, str, Op, Decimal | None, str, Decimal, Decimal | None]]:
    assert project.reported is not None
    return [(i.level1, i.level2, i.name, i.target.op, i.target.value, project.actuals[i.name].text, i.weight,
             project.reported.points[i.name]) for i in project.indicator_set.indicators]


@pytest.mark.parametrize(("name", "filler"), [("row-cut", 13), ("headings-cut", 11), ("row-whole", 12)])
def test_every_row_reads_whole_wherever_the_page_breaks(name: str, filler: int) -> None:
    project = card(name)
    assert project.name == NAME and project.department == "某市林业局"
    assert (project.funds.budget, project.funds.executed) == (20, 19)
    assert project.reported is not None and project.reported.total == Decimal("98.5")
    rest = Decimal(100 - 10 - 2 * filler - 5 - 10)
    assert rows_of(project) == [
        *[("产出指标", "数量指标", f"指标{i}:修缮建筑数量{i}", Op.GE, 2, "2处", 2, 2) for i in range(1, filler + 1)],
        ("产出指标", "数量指标", LONG_NAME, Op.GE, 95, "96%", 5, 5),
        ("效益指标", "社会效益指标", "政策知晓率", Op.GE, 90, "92%", rest, rest),
        ("满意度指标", "服务对象满意度指标", "群众满意度", Op.GE, 90, "85%", 10, 9),
    ]
    assert project.actuals[LONG_NAME].deviation_note == "一是相关台账不健全，" * 6


def test_the_cut_rows_really_straddle_the_page_break() -> None:
    """The fixtures test what they say: the halves stand on two pages in the PDF."""
    import pdfplumber

    from jsperf.readers.pdf import _page_rows

    for name, tail, head in (("row-cut", "≥95", "%"), ("headings-cut", "效益", "指标")):
        with pdfplumber.open(PAGES / f"{name}.pdf") as document:
            first, second = (_page_rows(page) for page in document.pages)
        assert tail in first[-1].cells and head in second[0].cells


def test_wrapped_lines_join_without_the_space_a_wrap_is_not() -> None:
    assert join_wrapped(["51130021T000000229367-", "退耕还林"]) == "51130021T000000229367-退耕还林"
    assert join_wrapped(["≥95", "%"]) == "≥95%"
    assert join_wrapped(["指标1:", "修缮建筑数量"]) == "指标1:修缮建筑数量"
    assert join_wrapped(["2022-08-", "03"]) == "2022-08-03"
    assert join_wrapped(["Public", "Private Partnership"]) == "Public Private Partnership"  # a wrap between words
    assert join_wrapped(["", " 满意度 ", ""]) == "满意度"


def _placed(*rows: tuple[str, ...]) -> list[_Placed]:
    return [_Placed(float(top), cells, True) for top, cells in enumerate(rows)]


@pytest.mark.parametrize("lower", [
    ("", "社会成本指标", "", "", "", "", ""),  # a heading-only row at the top of the page
    ("总分", "100", "93.61", "", "", "", ""),  # the total, its cells where others stand
    ("", "", "培训人次", "≥200", "", "", ""),  # a next row with its own target …
    ("", "", "", "", "", "5", ""),  # … or its own weight where the row above has one
])
def test_rows_that_meet_at_a_page_break_stay_two(lower: tuple[str, ...]) -> None:
    upper = ("", "经济成本指标", "会议次数", "≥2次", "2次", "5", "5")
    before, after = _placed(upper), _placed(lower, ("", "", "下一行", "≥1", "1", "5", "5"))
    _mend_page_break(before, after, set())
    assert [item.cells for item in before] == [upper] and len(after) == 2


def test_a_page_number_and_a_repeated_header_do_not_hide_the_cut() -> None:
    header = ("一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分")
    upper = ("产出指标", "数量指标", "新型经营主体实", "≥95", "96%", "5", "5")
    before = [*_placed(header, upper), _Placed(900.0, ("- 1 -",))]
    after = [_Placed(10.0, ("第2页",)), *_placed(header, ("", "", "现产值(%)", "%", "", "", ""))]
    _mend_page_break(before, after, {header})
    assert before[1].cells == ("产出指标", "数量指标", "新型经营主体实现产值(%)", "≥95%", "96%", "5", "5")
    assert [item.cells for item in after] == [("第2页",), header]


def test_text_between_the_pages_tables_keeps_them_apart() -> None:
    upper = ("产出指标", "数量指标", "新型经营主体实", "≥95", "96%", "5", "5")
    before = _placed(upper)
    after = [_Placed(10.0, ("二、部门整体支出绩效自评表",)), *_placed(("", "", "现产值(%)", "%", "", "", ""))]
    _mend_page_break(before, after, set())
    assert before[0].cells == upper and len(after) == 2


class _Table:
    bbox = (50.0, 100.0, 400.0, 300.0)
    rows = (type("Row", (), {"bbox": (50.0, 100.0, 400.0, 150.0),
                             "cells": ((50.0, 100.0, 150.0, 150.0), (150.0, 100.0, 400.0, 150.0), None)})(),)

    def extract(self) -> list[list[str | None]]:
        return [["效益指标", "新型经营主体实现\n产值(%)", None]]


class _Page:
    """What pdfplumber gives of a page with one table: its tables and its text lines."""

    def find_tables(self) -> list[_Table]:
        return [_Table()]

    def extract_text_lines(self) -> list[dict[str, object]]:
        def line(text: str, x0: float, x1: float, top: float) -> dict[str, object]:
            return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": top + 10}

        return [line("项目支出绩效自评表", 150, 300, 60),  # the title above the table
                line("效益指标 新型经营主体实现", 60, 460, 120),  # a row whose text runs past the table's edge
                line("第 1 页", 200, 240, 780)]  # the page number below it


def test_text_running_past_a_tables_edge_is_the_tables_own() -> None:
    from jsperf.readers.pdf import _page_rows

    assert [item.cells for item in _page_rows(_Page())] == [
        ("项目支出绩效自评表",), ("效益指标", "新型经营主体实现产值(%)", ""), ("第 1 页",)]


def test_the_end_of_a_name_that_is_a_headings_word_still_joins_its_row() -> None:
    """`效益` under `接待项目` ends the indicator's name (接待项目效益); under `经济成本指标`
    a heading would be a row of its own."""
    upper = ("", "社会效益指", "接待项目", "有效保障", "基本达成", "20", "20")
    before, after = _placed(upper), _placed(("", "标", "效益", "", "目标", "", ""))
    _mend_page_break(before, after, set())
    assert before[0].cells == ("", "社会效益指标", "接待项目效益", "有效保障", "基本达成目标", "20", "20") and not after


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
def test_every_template_printed_from_a_page_to_pdf_reads_as_its_text(tmp_path: Path) -> None:
    """A scorecard in each template, as a web page with merged cells and ruled borders,
    printed to PDF by LibreOffice (rows cut by page breaks, wrapped cells): the PDF reads
    as the same card's text does.  A form wider than a portrait page holds (Hebei's 13
    columns) is printed across the page, as its users print it."""
    rules = load_rules("jiangxi")
    texts = {}
    for name, render in TEMPLATES.items():
        text = render(publish(random_project(random.Random(len(texts)), len(texts)), rules))
        page = as_merged_html(text).replace("<table>", "<table border='1' cellspacing='0'>")
        if max(len(line.split("\t")) for line in text.splitlines()) > 11:
            page = page.replace("<head>", "<head><style>@page { size: 29.7cm 21cm; margin: 1cm }</style>")
        (tmp_path / f"{name}.html").write_text(page, encoding="utf-8")
        texts[name] = text
    assert SOFFICE is not None
    subprocess.run([SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), *(str(tmp_path / f"{name}.html") for name in texts)],
                   check=True, capture_output=True, timeout=300)
    for name, text in texts.items():
        assert report_differences(read_report(text, f"{name}.txt"), read_report_file(tmp_path / f"{name}.pdf")) == set()


def test_the_first_row_under_a_header_at_a_page_break_stays_a_row() -> None:
    header = ("绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因")
    first = ("", "成本指标", "经济成本指标", "项目成本", "≤20万元", "19万元", "20", "20", "")
    before, after = _placed(header), _placed(first)
    _mend_page_break(before, after, set())
    assert before[0].cells == header and after[0].cells == first


def test_a_row_read_before_that_is_no_header_is_the_pages_first_row() -> None:
    """Only a header the table repeats is passed over: a heading-only row that every card
    prints (`社会成本指标`) is the new page's first row, and nothing after it is joined up."""
    heading = ("", "", "社会成本指标", "", "", "", "")
    upper = ("", "", "经济成本指标", "会议次数", "≥2次", "2次", "5")
    before, after = _placed(upper), _placed(heading, ("", "", "", "会议纪要", "", "", ""))
    _mend_page_break(before, after, {item.cells for item in _placed(heading) if _header(item)})
    assert before[0].cells == upper and len(after) == 2
