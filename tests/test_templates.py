"""The templates in use, each as a small hand-made card in pipe rows (the layout web pages
give): what the reader must take from it, and what it must refuse to guess."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from jsperf.codes import message
from jsperf.model import Op
from jsperf.readers.report_text import read_report

POVERTY = """绩效目标自评表 (2019年度)
项目名称 | 临时救助 |
主管部门 | 某县民政局 |
资金情况(万元) | | 全年预算数(A) | 全年执行数(B) | 分值 | 执行率(B/A) | 得分 |
| 年度资金总额: | 30 | 30 | 10 | 100% | 10 |
| 一级指标 | 二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 |
产出指标(50分) | 数量指标 | ★★★农村低保发放人数 | 20 | 不低于21933人 | 21980人 | 20 | |
| | 其中:建档立卡贫困人口数量 | | >=9431人 | 9453人 | | |
| 质量指标 | 救助标准 | 30 | 5300元以内 | 5830元 | 30 | |
效益指标(30分) | 社会效益指标 | 受益率 | 30 | 85%-95% | 90% | 30 | |
满意度指标(10分) | 服务对象满意度指标 | 满意度 | 10 | 90%以上 | 95% | 10 | |
总分 | 100 | 100 |
"""


def test_the_poverty_form_with_weights_before_targets() -> None:
    (card,) = read_report(POVERTY, "poverty.txt").projects
    assert card.template == "poverty"
    targets = {i.name: i.target for i in card.indicator_set.indicators}
    # the 其中 sub-row carries values but no points: not an indicator
    assert list(targets) == ["★★★农村低保发放人数", "救助标准", "受益率", "满意度"]
    assert (targets["★★★农村低保发放人数"].op, targets["★★★农村低保发放人数"].value) == (Op.GE, 21933)
    assert (targets["救助标准"].op, targets["救助标准"].value, targets["救助标准"].unit.name) == (Op.LE, 5300, "元")
    assert (targets["受益率"].op, targets["受益率"].value, targets["受益率"].high) == (Op.RANGE, 85, 95)
    assert (targets["满意度"].op, targets["满意度"].value) == (Op.GE, 90)
    weights = [i.weight for i in card.indicator_set.indicators]
    assert weights == [20, 30, 30, 10] and card.reported.total == 100


TWENTY = """2022年度项目支出绩效自评表
项目名称 | 春节走访慰问经费 |
主管部门 | 某市退役军人事务局 |
预算执行情况(万元)(20分) | | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) |
年度财政资金总额 | 50 | 45 | 90% | 18 |
年度绩效目标(80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |
产出指标(60分) | 数量指标 | 慰问人数 | 100人 | 100人 | 30 |
| 质量指标 | 拨付率 | 100% | 100% | 30 |
满意度指标(20分) | 服务对象满意度指标 | 满意率 | 90% | 80% | 15 |
总分 | 93 |
"""


def test_the_twenty_point_form_takes_weights_from_its_sections_only_when_they_are_determined() -> None:
    report = read_report(TWENTY, "twenty.txt")
    (card,) = report.projects
    assert card.template == "twenty" and card.indicator_set.execution_weight == 20
    assert (card.funds.budget, card.funds.executed, card.reported.execution_points) == (50, 45, 18)
    weights = {i.name: i.weight for i in card.indicator_set.indicators}
    # 产出指标(60分): 30 + 30 = 60, so both scored full and weigh 30 each
    assert (weights["慰问人数"], weights["拨付率"]) == (30, 30)
    codes = [f.code for f in card.notes]
    assert codes.count("JS410") == 1 and "JS411" in codes  # 满意度: 15 of 20 decides nothing
    assert card.incomplete == ("满意率",)  # its points cannot be recomputed, so neither can the total
    (unknown,) = [f for f in card.notes if f.code == "JS411"]
    assert message(unknown) == "满意度指标 未列各指标分值，且无法由该部分分值推出；指标得分无法重算"


def test_an_indicator_whose_weight_is_unknown_shows_no_weight_and_no_recomputed_points() -> None:
    """满意率's weight is neither printed nor given by its section (JS411): every writer
    shows its published 15 and no weight or recomputed points (not 0 and 0.00, which
    would read as a slip), while the rows the form determines are recomputed."""
    from jsperf.audit import audit_projects
    from jsperf.rules.parse import load_rules
    from jsperf.writers.views import card_json, scorecard_view

    rules = load_rules("twenty")
    (audited,) = audit_projects(read_report(TWENTY, "twenty.txt").projects, lambda p: rules, None, "twenty",
                                "option", {}).scorecards
    lines = {line["name"]: line for line in card_json(scorecard_view(audited))["indicators"]}
    assert (lines["满意率"]["weight"], lines["满意率"]["points"], lines["满意率"]["derivation"]) == (
        None, {"reported": "15", "recomputed": None}, None)
    assert (lines["拨付率"]["weight"], lines["拨付率"]["points"]["recomputed"]) == ("30", "30.00")


def test_forms_that_are_not_project_scorecards_are_named_not_scored() -> None:
    text = """重庆市某区林业局2022年度部门整体绩效自评表
主管部门 | 某区林业局 | 自评总分(分) | 97.93 |
就业补助资金绩效自评表 |
转移支付(项目)名称 | 就业补助资金 |
资金投入情况(万元) | 全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) |
年度资金总额: | 808.1 | 692.98 | 86% |
"""
    report = read_report(text, "forms.txt")
    assert report.projects == ()
    assert [(f.code, f.params["kind"]) for f in report.findings] == [
        ("JS405", "部门整体支出绩效自评表"), ("JS405", "转移支付绩效自评表")]
    # Jiangsu's evaluation report form, its cover unfilled: named, not an unnamed project card
    cover = read_report("省级财政支出项目绩效报告表\n项目名称:\n项目类别:\n项目实施单位: (盖章)\n", "cover.txt")
    assert [(f.code, f.params["kind"]) for f in cover.findings] == [("JS405", "绩效评价表")]


def test_a_row_whose_cells_vanished_is_not_guessed() -> None:
    text = """部门预算项目支出绩效自评表(2023年度)
项目名称 | 甲 |
预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | 预算执行率 | 权重 | 得分 |
| 总额 | 5 | 5 | 5 | 100% | 10 | 10 |
绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
| 产出指标 | 数量指标 | 会议次数 | ≥ | 1 | 次 | 90 | ||||
合计 | 100 | 100 |
"""
    (card,) = read_report(text, "vanished.txt").projects
    (ambiguous,) = [f for f in card.notes if f.code == "JS408"]
    assert "权重列为空而其他列有数值" in message(ambiguous)
    assert card.indicator_set.indicators == () and "会议次数" in card.incomplete


def test_the_same_card_in_other_provinces_words() -> None:
    """Row heads and column headers under their other names, as other templates print
    them: one reader, the same numbers."""
    text = """项目支出绩效自评表
预算项目名称 | 乙 |
主管部门 | 某局 | 执行单位 | 某中心 |
预算资金(万元) | 年初预算 | 调整预算数 | 实际执行数 | 权重 | 预算执行率 | 得分 |
资金总额 | 100 | 100 | 95 | 10 | 95% | 9.5 |
其中:一般公共预算资金 | 100 | 100 | 95 | | | |
年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 计划值 | 实际完成 | 指标分值 | 实际得分 | 备注 |
| 产出指标 | 数量指标 | 培训人次 | ≥200人次 | 210人次 | 45 | 45 | |
| 效益指标 | 社会效益指标 | 知晓率 | ≥90% | 92% | 35 | 35 | |
| 满意度指标 | 服务对象满意度指标 | 满意度 | ≥90% | 95% | 10 | 10 | |
综合得分 | 100 | 99.5 |
评价结果 | 优 |
"""
    (card,) = read_report(text, "words.txt").projects
    assert (card.name, card.department, card.implementer) == ("乙", "某局", "某中心")
    assert (card.funds.budget, card.funds.executed) == (100, 95)
    assert (card.reported.execution_points, card.reported.total, card.reported.grade) == (Decimal("9.5"), Decimal("99.5"), "优")
    assert [(i.name, i.weight, card.reported.points[i.name]) for i in card.indicator_set.indicators] == [
        ("培训人次", 45, 45), ("知晓率", 35, 35), ("满意度", 10, 10)]


def test_import_marks_what_a_card_did_not_say(tmp_path: Path) -> None:
    """A card whose weights the form does not determine is imported with the gaps named
    at the top of its indicator-set file, never with made-up numbers taken as read."""
    from typer.testing import CliRunner

    from jsperf.cli import app

    report = tmp_path / "twenty.txt"
    report.write_text(TWENTY, encoding="utf-8")
    result = CliRunner().invoke(app, ["import", str(report), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (indicators,) = (tmp_path / "out").glob("*.ind")
    first = indicators.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# 未能从报告读出，请核对后填写：满意率"


def test_a_form_that_is_not_scored_still_has_its_points_added_up() -> None:
    text = """某区林业局2022年度部门整体绩效自评表
主管部门 | 某区林业局 |
自评总分(分) | 97.6 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 全年完成值 | 指标权重 | 指标得分 |
| 产出指标 | 数量指标 | 造林面积 | ≥100亩 | 120亩 | 50 | 50 |
| 效益指标 | 社会效益指标 | 森林覆盖率 | ≥60% | 61% | 40 | 37 |
"""
    report = read_report(text, "department.txt")
    assert [f.code for f in report.findings] == ["JS405", "JS304"]
    (added,) = [f for f in report.findings if f.code == "JS304"]
    assert (added.reported, added.recomputed) == ("97.6", "87")


def test_a_blank_score_on_the_twenty_point_form_is_blank_not_a_lost_weight() -> None:
    """The 20-point form has no weight column: a row whose 得分 is blank is a blank score
    (JS312), not a row whose weight cell went missing (JS408)."""
    text = TWENTY.replace("| 拨付率 | 100% | 100% | 30 |", "| 拨付率 | 100 | 98 | |")  # numbers, no score
    (card,) = read_report(text, "twenty-blank.txt").projects
    assert [i.name for i in card.indicator_set.indicators] == ["慰问人数", "拨付率", "满意率"]
    assert card.reported.points["拨付率"] is None
    codes = [f.code for f in card.notes]
    assert "JS408" not in codes and "JS312" in codes


def test_more_provinces_words_for_the_head_and_the_fund_rows() -> None:
    """预算部门 / 预算单位 name the department and the implementer; 中央资金, 政府性基金 and
    单位自筹 are parts of the total, never taken for the 政府预算资金 row that may repeat it."""
    text = """项目支出绩效自评表
(2023年度)
项目名称 | 乙 |
预算部门 | 某局 | 预算单位 | 某中心 |
项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 100 | 100 | 95 | 10 | 95% | 9.5 |
| 其中：中央资金 | 50.25 | 50.25 | 50.25 | | 100% | |
| 政府性基金 | 29.75 | 29.75 | 29.75 | | 100% | |
| 单位自筹 | 20 | 20 | 15 | | 75% | |
年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| 产出指标 | 数量指标 | 培训人次 | ≥200人次 | 210人次 | 90 | 90 | |
总分 | 100 | 99.5 |
"""
    (card,) = read_report(text, "words.txt").projects
    assert (card.department, card.implementer) == ("某局", "某中心")
    assert (card.funds.budget, card.funds.executed, card.funds.row, card.funds.other) == (100, 95, None, None)
    assert not card.notes


def test_indicator_columns_in_more_provinces_words() -> None:
    """标准分, 计划完成值, 考核得分 and 扣分原因 are the weight, target, points and note
    columns under other names (here in the 衔接 form's order, 分值 first: read by name,
    not by position)."""
    text = """项目支出绩效自评表
项目名称 | 丙 |
项目资金(万元) | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 10 | 10 | 10 | 100% | 10 |
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 标准分 | 计划完成值 | 实际完成 | 考核得分 | 扣分原因 |
| 产出指标 | 数量指标 | 采购台数 | 90 | ≥5台 | 4台 | 72 | 供货延迟 |
总分 | 100 | 82 |
"""
    (card,) = read_report(text, "columns.txt").projects
    (indicator,) = card.indicator_set.indicators
    assert (indicator.target.value, card.actuals["采购台数"].text, indicator.weight) == (5, "4台", 90)
    assert card.reported.points["采购台数"] == 72 and card.actuals["采购台数"].deviation_note == "供货延迟"
