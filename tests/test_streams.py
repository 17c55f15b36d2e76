"""A table flattened into one line of single-space cells (Word or Excel content pasted or
converted to text): read as a stream of cells, one a row, and regrouped by the form's
labels exactly as a copy made one cell a line is (`readers/streams.py`,
`segments.regroup`); refused with what to do when its cells are out of reading order
(JS415)."""

from __future__ import annotations

import re
from pathlib import Path

from jsperf.codes import message
from jsperf.errors import InputError
from jsperf.model import Report, Row, Span
from jsperf.readers.segments import out_of_order
from jsperf.readers.streams import STREAM, stream_rows
from jsperf.readers.text_rows import rows_of_text
from jsperf.sources import read_report_file
from tests.helpers import report_differences

REPORT = Path(__file__).resolve().parent.parent / "examples" / "changnan-2024-final-accounts.txt"
_WRAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def flattened(text: str) -> str:
    """The report as its Word tables come out flattened: each table one line, its
    non-empty cells in reading order one space apart; a cell holds its text without the
    breaks PDF extraction put where it wrapped (`年度 总体 目标` is `年度总体目标`),
    other spaces kept (`≤ 105348 元`, `建立会议无纸化系统, 减少会议成本`)."""
    out: list[str] = []
    table: list[str] = []
    for line in text.splitlines():
        if "\t" in line:
            table += [" ".join(_WRAP.sub("", cell).split()) for cell in line.split("\t") if cell.strip()]
            continue
        if table:
            out.append(" ".join(table))
            table = []
        out.append(line)
    out.append(" ".join(table))
    return "\n".join(out) + "\n"


def cells(words: str) -> list[str]:
    return [row.cells[0] for row in stream_rows([(m.start(), m.group()) for m in re.finditer(r"\S+", words)],
                                                Span("s.txt", 1))]


def test_the_flattened_report_reads_every_card_or_says_why(report: Report, tmp_path: Path) -> None:
    path = tmp_path / "flat.txt"
    path.write_text(flattened(REPORT.read_text(encoding="utf-8")), encoding="utf-8")
    got = read_report_file(path)
    (read_as,) = [f for f in got.findings if f.code == "JS409"]
    assert "(spaces)" in read_as.params["layout"]
    assert [p.name for p in got.projects] == [p.name for p in report.projects]
    theirs = {p.name: p for p in got.projects}
    same, silent = 0, []
    for project in report.projects:
        differs = report_differences(Report(report.file, (project,)), Report(got.file, (theirs[project.name],)))
        said = {f.code for f in theirs[project.name].notes} & {"JS404", "JS406", "JS407", "JS408"}
        same += not differs
        if differs and not said:
            silent.append((project.name, sorted(differs)))
    assert silent == []
    # the cells a stream cannot tell apart are rare: a name with a number in it
    # (`保障新区 1 号楼卫生`), a bare target before a verdict
    assert same >= 20


def test_a_line_longer_than_any_row_is_a_stream_of_cells() -> None:
    row = " ".join(["项目名称", "保洁项目", *(["数量指标", "保洁人员", "=10人", "10", "5", "5"] * 7)])
    rows, layout = rows_of_text(row + "\n", "s.txt")
    assert layout == "spaces" and len(row.split()) > STREAM
    assert all(len(r.cells) == 1 for r in rows) and [r.cells[0] for r in rows] == row.split()
    assert rows[1].cols == (6,) and rows[1].span == Span("s.txt", 1)
    short, _ = rows_of_text("(万元) 年度资金总额 29 29 27.8 9 0.958 8\n", "s.txt")
    assert [len(r.cells) for r in short] == [8]  # a flattened row stays a row


def test_words_of_one_cell_are_joined_again() -> None:
    assert cells("成本 ≤ 105348 元 83856.9 20 20") == ["成本", "≤105348元", "83856.9", "20", "20"]
    assert cells("=2 台 2 5 5 ≤15 万元 \\geq 90% 90") == ["=2台", "2", "5", "5", "≤15万元", "\\geq90%", "90"]
    assert cells("建立会议无纸化系统, 减少会议成本 有效减少") == ["建立会议无纸化系统, 减少会议成本", "有效减少"]
    # values after a value are cells of their own; a target's unit is never a whole word
    assert cells("≥90% 满意 90 人 8 8") == ["≥90%", "满意", "90", "人", "8", "8"]
    assert cells("=14795 平方米 14795") == ["=14795平方米", "14795"]


def one_cell_rows(words: str) -> list[Row]:
    return [Row((word,), Span("s.txt", 1), (1,)) for word in words.split()]


def test_a_fund_row_before_its_columns_is_out_of_order() -> None:
    scrambled = one_cell_rows("项目资金 年初预算数 (万元) 年度资金总额 实施单位 全年预算数 全年执行数 分值 65.66 65.07")
    assert out_of_order(scrambled) == (Span("s.txt", 1), "年度资金总额", "全年预算数")
    assert out_of_order(one_cell_rows("项目资金 年初预算数 全年预算数 全年执行数 年度资金总额: 0 90 89.974")) is None
    # a table by fund source names 合计 and 其他 as columns, before 执行数
    assert out_of_order(one_cell_rows("中央 省、地 本级 其他 合计 执行数 执行率 309 309")) is None


def test_a_fund_rows_amounts_before_its_label_are_out_of_order() -> None:
    """A PDF's cells come out column by column: after the header, the total's amounts,
    and its label (年度资金总额) only later — though a row's label begins it.  Where the
    header is followed by the label, or by pairs with no total's label at all (Hebei's
    `预算数 6.84 到位数 6.84`), the cells are in order."""
    scrambled = one_cell_rows("年初预算数 全年预算数 全年执行数 分值 执行率 得分 250000.00 250000.00 215457.6 10 8.62 "
                              "其他资金 0 0 年度资金总额 项目资金 (元)")
    assert out_of_order(scrambled) == (Span("s.txt", 1), "250000.00", "年度资金总额")
    assert out_of_order(one_cell_rows("年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 250000.00")) is None
    assert out_of_order(one_cell_rows("预算执行情况 预算数 6.84 到位数 6.84 执行数 6.84 100.00")) is None


def test_a_scrambled_stream_is_refused_with_what_to_do(tmp_path: Path) -> None:
    words = ["稷山县项目支出绩效自评表", "(2020年度)", "项目名称", "建档立卡资金", "主管部门", "稷山县医疗保障局",
             "项目资金", "年初预算数", "(万元)", "年度资金总额", "其中:当年财政拨款", "实施单位", "全年预算数",
             "全年执行数", "分值", "执行率", "得分", "65.66", "65.07", "10", "99%", "9",
             *(["数量指标", "指标1:参合人数", "8755", "8676", "15", "13"] * 4)]
    path = tmp_path / "scrambled.txt"
    path.write_text(" ".join(words) + "\n", encoding="utf-8")
    try:
        read_report_file(path)
    except InputError as error:
        assert "次序已打乱" in error.message and "年度资金总额" in error.message and ".xlsx" in error.message
    else:
        raise AssertionError("a stream out of reading order was read")


def test_the_refusal_in_english(tmp_path: Path) -> None:
    from jsperf.codes import finding

    text = message(finding("JS415", Span("s.txt", 1), row="年度资金总额", column="全年预算数"), "en")
    assert "out of order" in text and "年度资金总额" in text and ".xlsx" in text
