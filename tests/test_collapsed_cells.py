"""Web tables copied as pipe rows whose empty cells were dropped or moved to the row's end
(`| 3 | 9.3 | 9.3 | ||||||`), and cards that print no title: read as far as they are
certain, never guessed."""

from __future__ import annotations

from decimal import Decimal

from jsperf import messages
from jsperf.codes import message
from jsperf.readers.report_text import read_report

HEAD = """项目名称 | 冷库建设项目 | |||||||
主管部门 | 某县农业农村局 | 实施单位 | 某公司 | |||||
项目资金 (万元) | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 | ||
年度资金总额 | 100 | 100 | 100 | 10 | 100% | 10 | ||
绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |
产出指标(50分) | 数量指标 | 冷库面积 | ≥1000平方米 | 1000平方米 | 25 | 25 | ||
"""


def test_a_card_without_a_title_opens_on_its_name_row() -> None:
    """An excerpt that starts at 项目名称 (the page's title left out): that row is the
    card's first, read for the name, not skipped as a title."""
    (card,) = read_report(HEAD, "untitled.txt").projects
    assert (card.name, card.department) == ("冷库建设项目", "某县农业农村局")
    assert (card.funds.budget, card.funds.executed) == (Decimal(100), Decimal(100))


def test_a_short_row_where_empty_cells_were_collapsed_is_not_guessed() -> None:
    """No row keeps an empty cell between filled ones: a row with three numbers for
    目标值/完成值/分值/得分 may have lost any one of them (JS408); full rows are read."""
    text = HEAD + "变压器3台 | 3 | 25 | 25 | ||||\n"
    (card,) = read_report(text, "collapsed.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["冷库面积"]
    (ambiguous,) = [f for f in card.notes if f.code == "JS408"]
    assert "空单元格已丢失，3 个数值对应 4 列" in message(ambiguous) and "变压器3台" in card.incomplete
    previous = messages.use("en")
    try:  # the reason is in the user's language, as the rest of the finding
        (ambiguous,) = [f for f in read_report(text, "collapsed.txt").projects[0].notes if f.code == "JS408"]
        assert "lost its empty cells: 3 numbers for 4 columns" in message(ambiguous, "en")
    finally:
        messages.use(previous)


def test_a_blank_points_cell_kept_in_place_is_read_as_blank() -> None:
    """Where the copy keeps empty cells in place (one between filled cells somewhere in
    the card), a row ending before its points has blank points (JS312), not lost cells."""
    text = HEAD.replace("| 10 | 100% | 10 |", "| | 100% | 10 |") + "变压器3台 | 3 | 3 | 25 | | |\n"
    (card,) = read_report(text, "kept.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["冷库面积", "变压器3台"]
    assert not [f for f in card.notes if f.code == "JS408"]
    assert card.reported.points["变压器3台"] is None


def test_a_card_without_a_title_copied_one_cell_a_line() -> None:
    """The same card copied from the web page one cell a line: regrouped from its 项目名称
    row on, which is read for the name like any other row."""
    cells = "\n".join(c.strip() for line in HEAD.splitlines() for c in line.split("|") if c.strip())
    (card,) = read_report(cells, "untitled-cells.txt").projects
    assert (card.name, card.department, card.funds.budget) == ("冷库建设项目", "某县农业农村局", Decimal(100))
    assert [i.name for i in card.indicator_set.indicators] == ["冷库面积"]


def test_a_heading_of_another_block_inside_a_block_not_yet_full_stays_in_it() -> None:
    """Pipe rows print a rowspanned 一级 cell on its block's first row only: an
    经济效益指标 row under `产出指标(50分)` whose weights do not yet reach 50 is in the
    产出 block, as printed; once the block's weights reach its points, the same heading
    opens the 效益 block (a PDF that prints the 一级 label mid-block)."""
    rows = ("经济效益 指标 | 兑付率 | ≥100% | 100% | 15 | 15 | ||\n"
            "时效指标 | 完成时限 | 10个月 | 10个月 | 10 | 10 | ||\n"
            "社会效益指标 | 受益户数 | 30户 | 30户 | 20 | 20 | ||\n")
    (card,) = read_report(HEAD + rows, "blocks.txt").projects
    level1 = {i.name: (i.level1, i.level2) for i in card.indicator_set.indicators}
    assert level1 == {"冷库面积": ("产出指标", "数量指标"), "兑付率": ("产出指标", "经济效益指标"),
                      "完成时限": ("产出指标", "时效指标"), "受益户数": ("效益指标", "社会效益指标")}


def _one_cell_a_line(text: str) -> str:
    return "\n".join(c.strip() for line in text.splitlines() for c in line.split("|") if c.strip()) + "\n"


def test_a_lone_100_beside_a_vanished_blank_total_is_not_taken_for_the_total() -> None:
    """`总分 | 100 | |` copied one cell a line is `总分` / `100`: the weights' 100 beside a
    blank total, or a total of 100.  Where the points printed, the execution's with them,
    add up to 100 either reading agrees; where they do not, the 100 is not read as the
    total (JS408), which would make a slip of a blank cell."""
    full = HEAD + "效益指标 | 社会效益指标 | 受益户数 | 30户 | 30户 | 65 | 65 | ||\n总分 | 100 | ||\n"
    (card,) = read_report(_one_cell_a_line(full), "full.txt").projects
    assert card.reported.total == 100 and not [f for f in card.notes if f.code == "JS408"]
    short = full.replace("| 65 | 65 |", "| 65 | 60 |")
    (card,) = read_report(_one_cell_a_line(short), "short.txt").projects
    assert card.reported.total is None
    (ambiguous,) = [f for f in card.notes if f.code == "JS408"]
    assert "唯一的数 100 可能是分值合计" in message(ambiguous)
    (card,) = read_report(short, "kept.txt").projects  # the pipe row keeps the blank after 100: the weights' sum
    assert card.reported.total is None and not [f for f in card.notes if f.code == "JS408"]
