"""Row families real copies of the form print, each as a small hand-made card: what the
reader must take from it, and what it must refuse to guess.

- rows one space apart, with one-cell lines between them (wrapped labels, the template's
  `指标2:` filler, a 一级指标 cell reduced to its `(50分)` note): a web page's table
  flattened row by row (Anhui county pages);
- rows that print only two numbers under the four columns 年度指标值 / 实际完成值 / 分值 /
  得分, the empty target and actual cells lost;
- a fund row that lost its blank 执行率 cell, with no `%` to say where the gap is;
- `其中…` breakdown rows of the 衔接 form whose empty 分值 cell vanished;
- a flattened copy that split cells at their spaces: a header cell (`年度 指标`), a value
  and its unit (`≥0.01 元`);
- one cell a line with its empty cells kept (`|` alone on a line: county sites' text
  views), and a card published without its 完成值 and 得分 filled in."""

from __future__ import annotations

from decimal import Decimal

import pytest

from jsperf.checks import check_set
from jsperf.codes import message
from jsperf.model import Op
from jsperf.readers.report_text import read_report
from jsperf.readers.text_rows import rows_of_text
from jsperf.rules.parse import load_rules

ROWS_ONE_SPACE_APART = """项目支出绩效自评表
(2022年度)
项目名称 防汛经费
主管部门 实施单位 某市水利局
项目资金
(万元)
年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分
年度资金总额: 880 880 880 10 10
其中:本年财政拨款 880 880 880 - -
年度绩效指标完成情况 一级
指标
二级指标 三级指标 年度指标值 实际完成值 分值 得分 偏差原因分析及改进措施
(50分)
数量指标 指标1:完成项目数量 1 1 20 20
指标2:
……
质量指标 指标1:工程质量合格 10 10
指标2:
……
时效指标 指标1:资金支付完成率100% 10 10
指标2:
……
成本指标 指标1:资金执行在预算范围内 10 10
指标2:
……
(30分)
经济效益
指标
指标1:全市安全度汛 10 10
指标2:
……
生态效益
指标
指标1:/ / /
指标2:
……
可持续影
响指标
指标1:已建工程良性运行 20 20
指标2:
……
满意度指标
(10分)
服务对象
满意度指标
指标1:服务对象满意度 90% 100% 10 10
指标2:
……
总分 100 100
"""
TWO_NUMBERS = ["指标1:工程质量合格", "指标1:资金支付完成率100%", "指标1:资金执行在预算范围内", "指标1:全市安全度汛",
               "指标1:已建工程良性运行"]


def test_rows_one_space_apart_are_rows_even_among_many_one_cell_lines() -> None:
    rows, layout = rows_of_text(ROWS_ONE_SPACE_APART, "card.txt")
    assert layout == "spaces"
    assert ("年度资金总额:", "880", "880", "880", "10", "10") in [row.cells for row in rows]


def test_a_copy_one_cell_a_line_keeps_its_lines_whole() -> None:
    """Its amounts stand on lines of their own, so a line with spaces is one cell."""
    text = "\n".join(["项目支出绩效自评表", "项目名称", "防汛 经费", "年度资金总额", "880", "880", "10", "100%", "10",
                      "数量指标", "完成 项目数量", "≥ 1 个", "1", "20", "20"])
    rows, layout = rows_of_text(text, "cells.txt")
    assert layout == "cells" and ("≥ 1 个",) in [row.cells for row in rows]


def test_a_card_flattened_row_by_row_reads_in_full() -> None:
    (card,) = read_report(ROWS_ONE_SPACE_APART, "card.txt").projects
    indicators = {i.name: i for i in card.indicator_set.indicators}
    assert list(indicators) == ["指标1:完成项目数量", *TWO_NUMBERS[:4], TWO_NUMBERS[4], "指标1:服务对象满意度"]
    # headings wrapped over two lines, a 一级指标 cell left with its note only, the
    # not-applicable placeholder row: none of them an indicator or a problem
    assert indicators["指标1:已建工程良性运行"].level2 == "可持续影响指标"
    assert (indicators["指标1:服务对象满意度"].level1, indicators["指标1:服务对象满意度"].level2) == (
        "满意度指标", "服务对象满意度指标")
    assert not [f for f in card.notes if f.code in ("JS404", "JS408", "JS205")]
    # the fund row's five values under six columns: only a blank 执行率 makes them make sense
    assert (card.funds.budget, card.funds.executed, card.indicator_set.execution_weight) == (880, 880, 10)
    assert (card.reported.execution_rate, card.reported.execution_points, card.reported.total) == (None, 10, 100)


def test_rows_of_two_numbers_are_weight_and_points_when_the_weights_then_add_up_to_100() -> None:
    (card,) = read_report(ROWS_ONE_SPACE_APART, "card.txt").projects
    weights = {i.name: i.weight for i in card.indicator_set.indicators}
    assert [weights[name] for name in TWO_NUMBERS] == [10, 10, 10, 10, 20]
    assert all(card.reported.points[name] == weights[name] for name in TWO_NUMBERS)
    (read_so,) = [f for f in card.notes if f.code == "JS416"]
    assert all(name in message(read_so) for name in TWO_NUMBERS)
    assert set(TWO_NUMBERS) <= set(card.incomplete)  # no target, no actual: their points are not recomputed


def test_rows_of_two_numbers_are_not_guessed_when_the_weights_would_not_add_up() -> None:
    cut = ROWS_ONE_SPACE_APART.replace("可持续影\n响指标\n指标1:已建工程良性运行 20 20\n", "")
    (card,) = read_report(cut, "card.txt").projects
    names = [i.name for i in card.indicator_set.indicators]
    assert names == ["指标1:完成项目数量", "指标1:服务对象满意度"]
    ambiguous = [f for f in card.notes if f.code == "JS408"]
    assert [f.indicator for f in ambiguous] == TWO_NUMBERS[:4]
    assert "只有两个数" in message(ambiguous[0]) and not [f for f in card.notes if f.code == "JS416"]


def test_breakdown_rows_of_the_poverty_form_whose_weight_cell_vanished_are_not_indicators() -> None:
    text = """绩效目标自评表 | ||||
项目名称 | 特色种养补贴到户项目 | |||||
资金情况 (万元) |
全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | |||||
年度资金总额: | 9.48 | 9.48 | 10 | 100% | 10 | |||||
绩效指标 | 一级 指标 |
二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||
产 出 指 标 (50分) |
数量指标 | ★补助种植面积 | 50 | 29.5亩 | 29.5亩 | 50 | ||||
其中桃树种植面积 | 1.5亩 | 1.5亩 | ||||||||
其中露天蔬菜 | 28亩 | 28亩 | ||||||||
效 益 指 标 (40分) |
社会效益 指标 |
受益人口数量 | 40 | 90人 | 90人 | 40 | |||||
总分 | 100 | 100 |
"""
    (card,) = read_report(text, "poverty.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["★补助种植面积", "受益人口数量"]
    assert not [f for f in card.notes if f.code in ("JS404", "JS407")]


SPLIT_AT_SPACES = """项目支出绩效自评表
项目名称 办公经费
项目资金 (万元) 年初预算数 全年预算数 A 全年执行数 B 分值 执行率 得分
年度资金总额 20 20 19 10 95% 9.5
绩效 指标 一级指标 二级指标 三级指标 年度 指标 实际 完成值 分值 得分 偏差原因分析及改进措施
产出指标 数量指标 采购台数 ≥5 台 5 台 40 40
质量指标 验收合格率 及时 基本达成目标 20 18
效益指标 经济效益指标 节约经费 ≤0.01 万元 0.01 万元 20 20 无
总分 100 97.5
"""


def test_a_copy_split_at_its_spaces_keeps_header_cells_and_units_whole() -> None:
    """`年度 指标` is one header cell (年度指标值), not 年度 and a column of its own; `≥5 台`
    is one target, not a target and an actual — else every column after it shifts."""
    (card,) = read_report(SPLIT_AT_SPACES, "spaces.txt").projects
    rows = [(i.name, i.target.op.value, i.target.value, i.target.unit and i.target.unit.name,
             card.actuals[i.name].text, i.weight, card.reported.points[i.name]) for i in card.indicator_set.indicators]
    assert rows == [("采购台数", ">=", 5, "台", "5台", 40, 40), ("验收合格率", "qual", None, None, "基本达成目标", 20, 18),
                    ("节约经费", "<=", Decimal("0.01"), "万元", "0.01万元", 20, 20)]
    assert card.actuals["节约经费"].deviation_note == "无" and not card.notes


def test_a_row_with_more_values_than_columns_is_not_guessed() -> None:
    """An excerpt without its header row is read in the standard columns (年度指标值,
    实际完成值, 分值, 得分, 偏差原因): a row with more values than those is not read."""
    headless = [line for line in SPLIT_AT_SPACES.splitlines() if not line.startswith("绩效 指标")]
    text = "\n".join(headless).replace("采购台数 ≥5 台 5 台 40 40", "采购台数 ≥5 6 5 40 40 说明") + "\n"
    (card,) = read_report(text, "long.txt").projects
    (ambiguous,) = [f for f in card.notes if f.code == "JS408"]
    assert "6 个数值对应 5 列，多出的一格不知是哪一格" in message(ambiguous)
    assert "采购台数" in card.incomplete and [i.name for i in card.indicator_set.indicators] == ["验收合格率", "节约经费"]


def test_a_vanished_unit_cell_of_the_split_columns_goes_back_in() -> None:
    """The 指标性质 / 指标值 / 度量单位 columns copied without their empty cells: a 定性
    indicator has no unit, and a unit is never a number — the blank is put back, and the
    actual, weight and points stay in their columns."""
    text = """项目支出绩效自评表
项目名称 | 办公经费 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 质量指标 | 验收及时性 | 定性 | 及时 | 基本达成目标 | 10 | 9 | |||
| 产出指标 | 数量指标 | 采购台数 | ≥ | 5 | 6 | 20 | 20 | |||
| 产出指标 | 数量指标 | 培训人次 | ≥ | 100 | 人次 | 120 | 60 | 60 | ||
总分 | 100 | 89 |
"""
    (card,) = read_report(text, "split.txt").projects
    assert [(i.name, i.target.op.value, i.target.value or i.target.word, card.actuals[i.name].text, i.weight,
             card.reported.points[i.name]) for i in card.indicator_set.indicators] == [
        ("验收及时性", "qual", "及时", "基本达成目标", 10, 9), ("采购台数", ">=", 5, "6", 20, 20),
        ("培训人次", ">=", 100, "120", 60, 60)]


def test_sichuans_fund_header_copied_one_cell_a_line_stays_one_row() -> None:
    """`预算执行数` and `预算执行率` begin with the words of a fund block's label (预算执行)
    but are the header's columns: the header stays one row, and the fund row is read under it."""
    pipes = """部门预算项目支出绩效自评表(2023年度)
项目名称 | 甲 |
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |
| 总额 | 20 | 20 | 19 | 95% | 10 | 9.5 |
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |
| 产出指标 | 数量指标 | 会议次数 | ≥ | 2 | 次 | 2 | 90 | 90 |
合计 | 100 | 99.5 |
"""
    cells = [cell.strip() for line in pipes.splitlines() for cell in line.split("|") if cell.strip()]
    (card,) = read_report("\n".join(cells) + "\n", "sichuan.txt").projects
    assert (card.funds.initial_budget, card.funds.budget, card.funds.executed) == (20, 20, 19)
    assert (card.reported.execution_rate, card.reported.execution_points, card.reported.total) == (95, Decimal("9.5"),
                                                                                                  Decimal("99.5"))


def test_a_flattened_row_with_a_comma_in_a_cell_is_a_row_not_a_sentence() -> None:
    """A 得分计算方法 or 偏差原因 cell holds a comma (`完成得满分，未完成按比例扣分`): the row,
    numbers and all, is still a row of cells, not a line of the narrative, which ends its
    sentence."""
    rows, layout = rows_of_text("指标2 ≥5 6 10 完成得满分，未完成按比例扣分 10 10\n"
                                "指标3 ≥5 6 10 8 供货延迟，下半年补齐\n"
                                "全年支出 12.5 万元，执行 10 万元，完成率 80 %。\n", "flat.txt")
    assert layout == "spaces"
    assert [row.cells for row in rows] == [("指标2", "≥5", "6", "10", "完成得满分，未完成按比例扣分", "10", "10"),
                                           ("指标3", "≥5", "6", "10", "8", "供货延迟，下半年补齐"),
                                           ("全年支出 12.5 万元，执行 10 万元，完成率 80 %。",)]


def test_a_note_that_reads_as_a_sentence_stays_with_its_row_one_cell_a_line() -> None:
    """Copied one cell a line, a row's deviation note (`供货延迟，下半年补齐`) and the next
    indicator's name both stand after the row's values: a text with `，` followed by a text
    is the note (names hold no `，`), and the name after it opens the next row."""
    pipes = """项目支出绩效自评表
项目名称 | 丁 |
项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 10 | 10 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 采购台数 | ≥5台 | 4台 | 50 | 40 | 供货延迟，下半年补齐 |
| | | 验收合格率 | 及时 | 基本达成目标 | 40 | 36 | |
总分 | 100 | 86 |
"""
    cells = [cell.strip() for line in pipes.splitlines() for cell in line.split("|") if cell.strip()]
    (card,) = read_report("\n".join(cells) + "\n", "notes.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["采购台数", "验收合格率"]
    assert card.actuals["采购台数"].deviation_note == "供货延迟，下半年补齐"
    assert card.reported.points == {"采购台数": 40, "验收合格率": 36}


# a Sichuan card as a county site's text view prints it: one cell a line, each ended by ` |`,
# an empty cell a `|` alone; the 完成值 and 得分 cells left empty, a qualitative row after a unit
UNFILLED_CELLS = """部门预算项目支出绩效自评表(2023年度)
项目名称 | 戊 |
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 | 原因 |
总额 | 20 | 20 | 19 | 95% | 10 | | |
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
产出指标 | 数量指标 | 发放覆盖率 | = | 100 | % | | 60 | | |
效益指标 | 满意度指标 | 群众满意度 | 定性 | 好 | | 好 | 30 | | |
合计 | 100 | | |
"""


def _one_cell_a_line(pipes: str, keep_blanks: bool) -> str:
    cells = [cell.strip() for line in pipes.splitlines() for cell in line.strip().removesuffix("|").split("|")]
    return "".join(f"{cell} |\n".lstrip() for cell in cells) if keep_blanks else "".join(
        f"{cell}\n" for cell in cells if cell)


def test_a_copy_one_cell_a_line_that_kept_its_empty_cells_reads_each_in_its_column() -> None:
    """Each empty cell stays where it was: the unit `%` is the 度量单位, 60 the weight (not
    the 完成值), and `好` after an empty unit cell is the 完成值, not the next row's name."""
    (card,) = read_report(_one_cell_a_line(UNFILLED_CELLS, keep_blanks=True), "cells.txt").projects
    assert [(i.name, i.target.word or str(i.target.value), i.weight, card.actuals[i.name].text)
            for i in card.indicator_set.indicators] == [("发放覆盖率", "100", 60, ""), ("群众满意度", "好", 30, "好")]
    assert not [f for f in card.notes if f.code in ("JS404", "JS408")]


@pytest.mark.parametrize("percent", ["%", "％"])
def test_a_unit_copied_on_a_line_of_its_own_is_never_a_name(percent: str) -> None:
    """With the empty cells gone, `%` (in full width too) still belongs to the row before
    it, whose one number after it may be its 完成值 or its weight: that row is reported
    (JS408), not guessed."""
    copy = _one_cell_a_line(UNFILLED_CELLS, keep_blanks=False).replace("%\n", f"{percent}\n")
    (card,) = read_report(copy, "lost.txt").projects
    assert percent not in [i.name for i in card.indicator_set.indicators]
    assert [f.indicator for f in card.notes if f.code == "JS408"] == ["发放覆盖率"]


def test_a_card_published_unfilled_says_so_and_is_not_recomputed() -> None:
    """Blank 得分 cells (the execution's, each indicator's, the total's) are reported as
    blank (JS312), and a total whose actuals are blank is not recomputable (JS407): no
    recomputed total or grade that reads as if the project had scored its 9.5 execution
    points and nothing else."""
    from jsperf.audit import audit_projects
    from jsperf.rules.parse import load_rules

    report = read_report(_one_cell_a_line(UNFILLED_CELLS, keep_blanks=True), "cells.txt")
    (card,) = report.projects
    assert sorted(f.indicator or "" for f in card.notes if f.code == "JS312") == sorted(
        ["预算执行率", "发放覆盖率", "群众满意度", "总分"])
    rules = load_rules("jiangxi")
    (audited,) = audit_projects(report.projects, lambda p: rules, None, "jiangxi", "option", {}).scorecards
    assert not audited.recomputable


# Yunnan's 公开14表 as its page prints it: 绩效指标 spans 一级/二级/三级 and 年度指标值 spans
# 指标性质/指标值/度量单位 in a second header row; 年初预算数 blank; `其他需要说明事项` above 总分
YUNNAN_TWO_ROW_HEADER = """2022年度项目支出绩效自评表
项目名称 | 营养改善计划 |
项目资金(元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | | 387664.62 | 387664.62 | 10 | 100% | 10 |
绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 |
产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 30 | 30 | |
| 时效指标 | 资金到位及时率 | ﹦ | 100 | % | 100% | 30 | 27 | |
效益指标 | 经济效益指标 | 减轻家庭经济负担 | | 有效 | | 有效 | 20 | 20 | |
满意度指标 | 服务对象满意度指标等 | 家长满意度 | ≧ | 95 | % | 100% | 10 | 10 | |
其他需要说明事项 | 无 |
总分 | 100 | 97 | 优 |
"""


def test_a_two_row_header_copied_one_cell_a_line_reads_its_columns() -> None:
    """The second header row's 指标性质/指标值/度量单位 take the place of 年度指标值, even
    when the copy puts 一级/二级/三级 after the first row's columns; a qualitative row whose
    empty 指标性质 and 度量单位 cells vanished keeps its target; the fund row's values are
    read by what the form guarantees, not by positions the copy no longer has."""
    (card,) = read_report(_one_cell_a_line(YUNNAN_TWO_ROW_HEADER, keep_blanks=False), "yunnan.txt").projects
    assert [(i.level2, i.name, i.target.op.value, i.target.word or str(i.target.value), i.weight,
             card.actuals[i.name].text, card.reported.points[i.name]) for i in card.indicator_set.indicators] == [
        ("数量指标", "学生受资助人数", ">=", "735", 30, "735", 30),
        ("时效指标", "资金到位及时率", "=", "100", 30, "100%", 27),
        ("经济效益指标", "减轻家庭经济负担", "qual", "有效", 20, "有效", 20),
        ("服务对象满意度指标", "家长满意度", ">=", "95", 10, "100%", 10)]
    assert (card.funds.budget, card.funds.executed, card.reported.execution_points) == (
        Decimal("38.766462"), Decimal("38.766462"), 10)
    assert card.reported.total == 97 and not [f for f in card.notes if f.code in ("JS404", "JS408")]


def test_a_two_row_header_as_a_page_prints_it_reads_its_columns() -> None:
    """The same card with its rows whole (a pipe copy): the same columns."""
    (card,) = read_report(YUNNAN_TWO_ROW_HEADER, "yunnan.txt").projects
    assert [(i.name, i.target.word or str(i.target.value), i.weight) for i in card.indicator_set.indicators] == [
        ("学生受资助人数", "735", 30), ("资金到位及时率", "100", 30), ("减轻家庭经济负担", "有效", 20),
        ("家长满意度", "95", 10)]


def test_pipe_lines_that_break_where_the_rows_do_not_are_regrouped() -> None:
    """A site's text view that broke its lines after each row's first cell instead of
    before it (`| 387664.62 | … | 10 | 其中:当年财政拨款 |`): the rows are put back by the
    labels, as for a copy one cell a line, and read the same as the table."""
    lines = [line.strip().strip("|").split("|") for line in YUNNAN_TWO_ROW_HEADER.splitlines()[1:]]
    moved = [[*cells[1:], *(following[:1])] for cells, following in zip(lines, [*lines[1:], []], strict=True)]
    text = "2022年度项目支出绩效自评表\n| 项目名称 |\n" + "".join(
        "| " + " | ".join(c.strip() for c in cells if c.strip()) + " |\n" for cells in moved)
    (card,) = read_report(text, "reflowed.txt").projects
    (table,) = read_report(YUNNAN_TWO_ROW_HEADER, "table.txt").projects
    assert [(i.name, i.target, i.weight, card.actuals[i.name].text) for i in card.indicator_set.indicators] == [
        (i.name, i.target, i.weight, table.actuals[i.name].text) for i in table.indicator_set.indicators]
    assert (card.funds.budget, card.funds.executed, card.reported.total) == (
        table.funds.budget, table.funds.executed, table.reported.total)


def test_a_second_level_heading_in_words_the_form_does_not_use_is_known_by_its_place() -> None:
    """`效益指标 | 社会效益效益指标 | 受益农户数 | 5000户 | 5000户 | 5`: one text more than a
    name and its values fill, right after the 一级 heading, is the 二级 heading, printed
    wrong (the checks name it, JS205) — not the name, with the name read as the target."""
    text = """2022年度项目支出绩效自评表
项目名称 | 甲 |
预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |
年度财政资金总额 | 10 | 10 | 100% | 20 |
年度绩效目标(80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标(75分) | 数量指标 | 示范区面积 | ≥20000亩 | 20000亩 | 75 |
效益指标(5分) | 社会效益效益指标 | 受益农户数 | 5000户 | 5000户 | 5 |
总分 | 100 |
"""
    report = read_report(text, "twenty.txt")
    (card,) = report.projects
    assert [(i.level2, i.name, i.target.value) for i in card.indicator_set.indicators] == [
        ("数量指标", "示范区面积", 20000), ("社会效益效益指标", "受益农户数", 5000)]
    assert card.reported.points == {"示范区面积": 75, "受益农户数": 5}


def test_group_rows_that_sum_up_the_rows_under_them_are_not_indicators() -> None:
    """`一、示范区建立 … 15` over `1、… 5`, `2、… 5`, `3、… 5`: the group row is their
    subtotal (JS417), so the 15 points are counted once; a group row whose items do not add
    up to it (`二、… 10` over `1、… 5`) stays an indicator."""
    text = """2022年度项目支出绩效自评表
项目名称 | 乙 |
项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 10 | 10 | 10 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 一、示范区建立 | ≥20000亩 | 20000亩 | 15 | 15 |
| | | 1、水稻侧深施肥 | ≥500亩 | 500亩 | 5 | 5 |
| | | 2、玉米种肥同播 | ≥1000亩 | 1000亩 | 5 | 5 |
| | | 3、施用配方肥 | ≥18500亩 | 18500亩 | 5 | 5 |
| | | 二、田间试验 | ≥15组 | 15组 | 10 | 10 |
| | | 1、肥料利用率 | ≥5组 | 5组 | 5 | 5 |
| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 95% | 60 | 60 |
总分 | 100 | 100 |
"""
    (card,) = read_report(text, "groups.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == [
        "1、水稻侧深施肥", "2、玉米种肥同播", "3、施用配方肥", "二、田间试验", "1、肥料利用率", "农户满意度"]
    assert [f.params["rows"] for f in card.notes if f.code == "JS417"] == ["一、示范区建立"]
    assert sum(i.weight for i in card.indicator_set.indicators) == 90


def test_a_bare_number_under_a_cost_heading_of_the_2020_form_is_at_most() -> None:
    """Before 2021 the form put 成本指标 as a 二级指标 under 产出指标 (`产出指标 | 成本指标 |
    实际成本与工作内容的匹配程度 | 45万`, a Shandong county's card): its bare number is a
    ceiling, read as ≤ there too — not only under 成本指标 as the 一级指标 — and a ≥
    printed there is named (JS203)."""
    text = """2019年度项目支出绩效自评表
项目名称 | 丙 |
项目资金(万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 45 | 45 | 45 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 成本指标 | 实际成本 | 45万 | 45万 | 40 | 40 |
| | | 设备购置费 | ≥5万元 | 5万元 | 10 | 10 |
| 效益指标 | 社会效益指标 | 开放天数 | 300天 | 300天 | 40 | 40 |
总分 | 100 | 100 |
"""
    report = read_report(text, "cost2020.txt")
    (card,) = report.projects
    assert [(i.level2, i.target.op.value) for i in card.indicator_set.indicators] == [
        ("成本指标", "<="), ("成本指标", ">="), ("社会效益指标", ">=")]
    bare = {f.indicator for f in card.notes if f.code == "JS315"}
    assert bare == {"实际成本", "开放天数"}
    cost_ge = [f for f in check_set(card.indicator_set, load_rules("national")) if f.code == "JS203"]
    assert [(f.indicator, f.params["kind"]) for f in cost_ge] == [("设备购置费", "cost_ge")]


SHANDONG_FUNDS = """2019年度项目支出绩效自评表
项目名称 | 丁 |
项目预算执行情况(10分) | 年初预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 | 得分计算方法 |
年度资金总额 | 45 | 40 | 10 | 88.89% | 8.89 | 执行率*该指标分值,最高不得超过分值上限。 |
其中:财政拨款 | 45 | 40 | - | - | - | |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 开放天数 | ≥300天 | 300天 | 90 | 90 |
总分 | 100 | 98.89 |
"""


def test_a_fund_block_whose_one_budget_is_the_initial_and_which_says_how_it_scores() -> None:
    """Shandong's form prints 年初预算数(A) and no 全年预算数: the initial budget is the A of
    B / A.  Its 得分计算方法 column's words are no value of the row: the rate and points
    before them are read where the header puts them."""
    (card,) = read_report(SHANDONG_FUNDS, "shandong.txt").projects
    assert (card.funds.initial_budget, card.funds.budget, card.funds.executed) == (45, 45, 40)
    assert card.reported is not None
    assert (card.reported.execution_rate, card.reported.execution_points, card.indicator_set.execution_weight) == (
        Decimal("88.89"), Decimal("8.89"), 10)


def test_a_fund_header_with_no_cell_over_the_row_labels_places_values_by_the_form() -> None:
    """`  年初预算数 全年预算数(A) …` one space apart, its block label on lines above: the
    header's cells start where the rows' labels do, so their places say nothing, and a row
    short of a value (`880 880 880 10 10`: the rate left blank) is read by what the form
    guarantees — not with 880 as its weight."""
    text = ROWS_ONE_SPACE_APART.replace("项目资金\n(万元)\n", "项目资金(万元)\n")
    rows = rows_of_text(text, "a.txt")[0]
    assert next(r.cells for r in rows if "年初预算数" in r.cells[0])[0] == "年初预算数"  # no cell before it
    (card,) = read_report(text, "a.txt").projects
    assert (card.funds.budget, card.funds.executed, card.indicator_set.execution_weight) == (880, 880, 10)
    assert card.reported is not None and card.reported.execution_points == 10
    assert card.funds.other is None  # 其中:本年财政拨款 880 880 880 says nothing the total row does not


def test_words_on_how_points_are_earned_are_no_indicator_rows() -> None:
    """The 得分计算方法 column merged down the indicator rows comes out as lines of its own
    (`定量指标计算:完成值达到指标值,记满分;…记分。`): passed over, not read as indicators
    whose values were lost; a header that opens on 三级指标 (the 一级/二级 header cells
    wrapped above it) names the columns."""
    text = """2019年度项目支出绩效自评表
项目名称 戊
项目资金 全年预算数 全年执行数 分值 执行率 得分
年度资金总额 10 10 10 100% 10
一级
指标
二级
指标
三级指标 预期指标值(A) 实际完成指标值(B) 分值 得分 未完成原因 得分计算方法
产出指标 数量指标 全年免费开放 100% 100% 40 40
定量指标计算:完成值达到指标值,记满分;未达到指标值,按B/A或A/B*该指标分值记分。
定性指标计算:根据“三档”原则分别按照指标分值的100-80%(含80%)、80-50%(含50%)、50-0%来记分。
-
效益指标 社会效益指标 开放天数 300天 280天 50 46.67 设备检修
总分 100 96.67
"""
    report = read_report(text, "method.txt")
    (card,) = report.projects
    assert [i.name for i in card.indicator_set.indicators] == ["全年免费开放", "开放天数"]
    assert not [f for f in (*card.notes, *report.findings) if f.code in ("JS404", "JS407", "JS408")]
    assert card.actuals["开放天数"].deviation_note == "设备检修"


def test_empty_template_rows_run_together_are_no_indicator() -> None:
    """A copy one cell a line that dropped the empty cells of the template's unused rows
    runs them together (`生态效益指标 | 指标1 | 指标2 | ……`): still no indicator, and the
    total stays recomputable."""
    pipes = """项目支出绩效自评表
项目名称 | 己 |
项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 10 | 10 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 采购台数 | ≥5台 | 5台 | 50 | 50 | |
| 效益指标 | 生态效益指标 | 指标1 | | | | | |
| | | 指标2 | | | | | |
| | | …… | | | | | |
| | 社会效益指标 | 受益人数 | ≥100人 | 100人 | 40 | 40 | |
总分 | 100 | 100 |
"""
    (card,) = read_report(_one_cell_a_line(pipes, keep_blanks=False), "blank.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["采购台数", "受益人数"]
    assert not [f for f in card.notes if f.code in ("JS407", "JS408")]


def test_the_tables_unit_beside_a_label_is_no_value_of_it() -> None:
    """`主管部门(盖章):        单位:万元` above the table: the unit is not the department."""
    text = SHANDONG_FUNDS.replace("项目名称 | 丁 |", "主管部门(盖章): | 单位:万元 |\n项目名称 | 丁 | 主管部门 | 某局 |")
    (card,) = read_report(text, "unit.txt").projects
    assert card.department == "某局"


def test_an_actual_that_only_begins_with_a_word_of_a_target_is_no_number() -> None:
    """`完成1部宣传片,2套方案`: 完成 ends a target's number (`100%完成`), it does not begin
    one, so this actual is a verdict's text, not the quantity `1 部宣传片,2套方案`."""
    text = SHANDONG_FUNDS.replace("| 开放天数 | ≥300天 | 300天 | 90 | 90 |",
                                  "| 宣传 | 制作宣传片 | 完成1部宣传片,2套方案 | 90 | 90 |")
    (card,) = read_report(text, "verdict.txt").projects
    assert card.actuals["宣传"].value is None
    (done,) = read_report(SHANDONG_FUNDS.replace("| ≥300天 | 300天 |", "| 100%完成 | 100% |"), "done.txt").projects
    assert (done.indicator_set.indicators[0].target.op, done.indicator_set.indicators[0].target.value) == (Op.GE, 100)


def test_an_indicator_whose_name_reads_as_a_heading_stays_a_name_one_cell_a_line() -> None:
    """Copied one cell a line, names that read as headings right after a 二级 heading: `成本`
    under 数量指标 (a value follows it, as none follows a heading), and `满意度` under
    满意度指标 / 服务对象满意度指标 (a short name of its own section, which does not open
    twice) are the rows' names — not new rows that make their targets the names."""
    pipes = """项目支出绩效自评表
项目名称 | 庚 |
项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 10 | 10 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 成本 | ≤5万元 | 5万元 | 80 | 80 | |
| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 92% | 10 | 10 | |
总分 | 100 | 100 |
"""
    for keep_blanks in (True, False):
        (card,) = read_report(_one_cell_a_line(pipes, keep_blanks), "named.txt").projects
        assert [(i.level1, i.name, i.target.value) for i in card.indicator_set.indicators] == [
            ("产出指标", "成本", 5), ("满意度指标", "满意度", 90)], keep_blanks


def test_hebeis_form_copied_one_cell_a_line_keeps_its_pairs_and_verdicts_in_their_rows() -> None:
    """Hebei's 预算项目绩效自评表 one cell a line: its blocks' labels numbered in Chinese
    numerals (`二、预算执行情况`) still begin their rows, the fund row printed as
    label–value pairs (`预算数 6.84 到位数 6.84 执行数 6.84 100.00`) stays one row though
    a label follows each value, and the 单项指标完成情况 verdict (`完成`) between the actual
    and the scores is a cell of its row, not the next indicator's name."""
    pipes = """2024年度预算项目绩效自评表
项目名称 | 高龄津贴 |
二、预算执行情况 | 预算安排情况(调整后) | | 资金到位情况 | | 资金执行情况 | | 预算执行进度(%) |
| 预算数 | 6.84 | 到位数 | 6.84 | 执行数 | 5.13 | 75.00 |
四、年度绩效指标完成情况 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 预期指标值 | | | \
单项指标实际完成值 | 单项指标完成情况 | 自评得分 | | |
| | | | | 符号 | | 单位(文字描述) | | | 单项指标得分 | 权重占比(%) | 单项指标折算得分 |
| 产出指标 | 质量指标 | 覆盖率 | 享受补贴人数占申报对象总数的比例 | >= | 98 | % | 100% | 完成 | 100 | 50 | 50 |
| 效益指标 | 社会效益指标 | 发放率 | 补贴发放完成率 | >= | 75 | % | 70% | 未完成 | 80 | 40 | 32 |
"""
    for keep_blanks in (True, False):
        (card,) = read_report(_one_cell_a_line(pipes, keep_blanks), "hebei.txt").projects
        assert (card.funds.budget, card.funds.executed) == (Decimal("6.84"), Decimal("5.13")), keep_blanks
        assert [(i.level2, i.name, i.target.op, i.target.value, card.actuals[i.name].text, i.weight,
                 card.reported.points[i.name]) for i in card.indicator_set.indicators] == [
            ("质量指标", "覆盖率", Op.GE, 98, "100%", 50, 50),
            ("社会效益指标", "发放率", Op.GE, 75, "70%", 40, 32)], keep_blanks


def test_a_copy_one_cell_a_line_with_no_row_ends_is_read_as_cells() -> None:
    """One cell a line, each closed by a pipe and an empty one a pipe alone, the page
    printing no line that ends a row (Hubei's 20-point form, as a county site's text view
    gives it, its first rows padded with empty cells): no line holds two cells, so it is
    no pipe table of one-cell rows, but cells to regroup by the form's labels — though
    the first rows hold more empty cells than filled ones."""
    tab = """2022年度海绵城市申报工作经费项目自评表
项目名称\t海绵城市申报工作经费\t\t\t\t\t
主管部门\t黄石市住房和城乡建设局\t项目实施单位\t黄石市住房和城乡建设局\t\t\t
预算执行情况(万元) (20分)\t预算数(A)\t执行数(B)\t执行率(B/A)\t得分 (20分*执行率)\t\t
年度财政资金总额\t200\t195.5\t97.75%\t19.55\t\t
年度绩效目标1 (80分)\t一级指标\t二级指标\t三级指标\t年初目标值(A)\t实际完成值(B)\t得分
\t产出指标\t数量指标\t完成实施方案的编制\t2套方案\t2套方案\t40
\t\t质量指标\t通过专家评审\t通过\t通过\t20
\t满意度指标\t满意度指标\t群众满意度\t满意\t满意\t20
总分\t99.55分\t\t\t\t\t
"""
    title, *rows = tab.splitlines()
    cells = "".join(f"{cell} |\n".lstrip() for n, row in enumerate(rows)
                    for cell in row.split("\t") + [""] * (12 if n < 3 else 0))
    (card,) = read_report(f"{title}\n{cells}", "cells.txt").projects
    assert (card.funds.budget, card.funds.executed, card.reported.execution_points) == (200, Decimal("195.5"),
                                                                                        Decimal("19.55"))
    assert [(i.level2, i.name, card.reported.points[i.name]) for i in card.indicator_set.indicators] == [
        ("数量指标", "完成实施方案的编制", 40), ("质量指标", "通过专家评审", 20), ("服务对象满意度指标", "群众满意度", 20)]
    assert card.reported.total == Decimal("99.55")


def test_a_second_level_heading_under_its_lone_first_level_row_keeps_the_printed_section() -> None:
    """`产出指标 | 经济成本指标` (a form that prints its cost rows under 产出指标): one cell a
    line, the 一级 heading stands on a row of its own before its first 二级 heading, and
    the section stays the one printed, as it does when both share their row."""
    pipes = """项目支出绩效自评表
项目名称 | 辛 |
项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 | 30 | 30 | 10 | 100% | 10 |
一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
产出指标 | 经济成本指标 | 成本控制数 | ≤30万元 | 30万元 | 90 | 90 |
总分 | 100 | 100 |
"""
    readings = [read_report(text, "cost.txt").projects[0] for text in (pipes, _one_cell_a_line(pipes, False))]
    assert [[(i.level1, i.level2, i.name) for i in card.indicator_set.indicators] for card in readings] == [
        [("产出指标", "经济成本指标", "成本控制数")]] * 2


def test_a_fund_rows_label_on_a_line_of_its_own_takes_the_values_below_it() -> None:
    """A page whose text view breaks each row after its first cell (`年度资金总额 |` /
    `| 32.4 | 31.69 | 10 | 97.80% | 9 |`): the values under the empty first cell are the
    label's row, and the execution is checked (9 where the rule gives 9.78)."""
    text = """项目支出绩效自评表 |
项目名称 | 野生动物收容所建设项目 |
项目资金 (万元) |
| 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
年度资金总额 |
| 32.4 | 32.4 | 31.69 | 10 | 97.80% | 9 |
其中:当年财政拨款 |
| 32.4 | 32.4 | 31.69 | 10 | 97.80% | 9 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
| 产出指标 | 数量指标 | 新建收容所 | =1间 | 1间 | 90 | 90 | |
"""
    (card,) = read_report(text, "below.txt").projects
    assert (card.funds.budget, card.funds.executed, card.reported.execution_points) == (
        Decimal("32.4"), Decimal("31.69"), 9)
