"""Layouts other than the reference report's: the reader must cope with the variants
real reports print, or say what it could not read."""

from __future__ import annotations

from decimal import Decimal

from jsperf.audit import Tally, audit_projects
from jsperf.codes import message
from jsperf.engine import score
from jsperf.model import Op
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules
from jsperf.writers.views import scorecard_view

SPLIT_COLUMNS = """附表3 项目支出绩效自评表（2023年度）
项目名称\t城乡环境整治专项
主管部门\t某县住建局\t实施单位\t某县环卫所
项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t200\t250\t240\t10\t96.00%\t7
\t其中：当年财政拨款\t200\t250\t240.0021\t—\t—\t—
\t上年结转资金\t0\t0\t0\t—\t—\t—
\t其他资金\t0\t0\t0\t—\t—\t—
年度总体目标\t预期目标\t实际完成情况
\t完成城乡环境整治\t基本完成
绩效指标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标\t数量指标\t清运垃圾量\t≥\t5000\t吨\t5200\t20\t20\t
\t\t质量指标\t清运达标率\t正向\t95\t%\t90\t20\t17.5\t部分路段清运不及时
\t\t时效指标\t完成时限\t定性\t及时\t\t基本达成目标\t10\t9\t
\t效益指标\t社会效益指标\t环境改善程度\t定性\t明显改善\t\t基本达成目标\t20\t18\t
\t成本指标\t经济成本指标\t清运成本\t反向\t250\t万元\t240\t10\t10\t
\t满意度指标\t服务对象满意度指标\t群众满意度\t≥\t90\t%\t92\t10\t10\t
总分\t\t\t\t\t100\t91.5\t优
"""


def test_split_target_columns_and_other_variants() -> None:
    report = read_report(SPLIT_COLUMNS, "variant.txt")
    assert report.findings == ()
    (project,) = report.projects
    assert (project.name, project.department, project.implementer, project.year) == (
        "城乡环境整治专项", "某县住建局", "某县环卫所", 2023)
    assert (project.funds.budget, project.funds.executed) == (Decimal(250), Decimal("240.0021"))
    targets = {i.name: i.target for i in project.indicator_set.indicators}
    assert (targets["清运垃圾量"].op, targets["清运垃圾量"].value, targets["清运垃圾量"].unit.name) == (Op.GE, 5000, "吨")
    assert (targets["清运达标率"].op, targets["清运达标率"].unit.name) == (Op.GE, "%")
    assert (targets["清运成本"].op, targets["清运成本"].unit.name) == (Op.LE, "万元")
    assert (targets["完成时限"].op, targets["完成时限"].word) == (Op.QUAL, "及时")
    reported = project.reported
    assert (reported.execution_rate, reported.execution_points, reported.total, reported.grade) == (
        Decimal("96.00"), Decimal(7), Decimal("91.5"), "优")
    assert project.actuals["清运达标率"].deviation_note == "部分路段清运不及时"


def test_variant_audits_with_the_right_slip() -> None:
    report = read_report(SPLIT_COLUMNS, "variant.txt")
    rules = load_rules("jiangxi")
    audit = audit_projects(report.projects, lambda p: rules, None, "jiangxi", "option", {})
    errors = {(f.code, f.indicator, f.reported, f.recomputed) for item in audit.scorecards for f in item.findings
              if f.severity.value == "error"}
    # ≥95 %, actual 90: 20 × (90/95 − 60%) / 40% = 17.37, printed 17.5; the total follows
    assert errors == {("JS303", "清运达标率", "17.5", "17.37")}  # the total follows it (JS320)


def test_a_scorecard_cut_short_is_read_as_far_as_it_goes() -> None:
    cut = SPLIT_COLUMNS.split("总分")[0] + SPLIT_COLUMNS
    report = read_report(cut, "cut.txt")
    assert len(report.projects) == 2 and report.findings == ()
    partial, whole = report.projects
    assert len(partial.indicator_set.indicators) == len(whole.indicator_set.indicators) == 6
    assert partial.reported.total is None and whole.reported.total == Decimal("91.5")
    (problem,) = [f for f in partial.notes if f.code == "JS406"]
    assert message(problem) == "自评表 城乡环境整治专项 不完整，缺少总分；已核对现有部分" and problem.span.line == 1
    assert message(problem, "en") == "scorecard 城乡环境整治专项 is incomplete: 总分 missing; what is present was checked"
    assert not any(f.code == "JS406" for f in whole.notes)


def test_a_card_cut_short_is_not_blamed_for_its_weights() -> None:
    (partial,) = read_report(SPLIT_COLUMNS.split("\t\t时效指标")[0], "cut.txt").projects
    assert [i.weight for i in partial.indicator_set.indicators] == [20, 20]  # 50 of 100 points are there
    rules = load_rules("jiangxi")
    (audited,) = audit_projects([partial], lambda p: rules, None, "jiangxi", "option", {}).scorecards
    assert {"JS406"} <= {f.code for f in audited.findings} and "JS201" not in {f.code for f in audited.findings}


MESSY = """2023年度项目支出绩效自评表
项目名称：\t乡村道路养护
主管部门\t某镇人民政府
实施单位\t某镇农业综合服务中心
项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额：\t500,000\t520000\t494000\t10\t95%\t7
\t其中：财政拨款\t500000\t520000\t494000\t—\t—\t—
\t上年结转资金\t0\t0\t0\t—\t—\t—
年度总体目标\t预期目标\t实际完成情况
\t养护道路\t完成养护
绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施
\t产出指标（50分）\t数量指标\t养护里程\t≥20公里\t≥21公里\t20\t20\t
\t\t质量指标\t路面完好率\t≥95%\t92\t15\t13.5\t雨季路面受损较多，养护
\t\t\t\t\t\t\t\t人员不足
- 7 -
\t\t时效指标\t养护及时性\t及时\t基本完成\t15\t14\t
\t效益指标（30分）\t社会效益指标\t群众出行条件\t明显改善\t达到预期\t30\t28\t
\t满意度指标（10分）\t满意度\t群众满意度\t≥90%\t93%\t10\t10\t
合计\t\t\t\t\t100\t92.5\t
"""


def test_messy_variants_of_the_layout() -> None:
    report = read_report(MESSY, "messy.txt")
    assert report.findings == ()
    (project,) = report.projects
    assert (project.name, project.implementer, project.year) == ("乡村道路养护", "某镇农业综合服务中心", 2023)
    assert (project.funds.budget, project.funds.executed) == (Decimal("52"), Decimal("49.4"))  # 元 → 万元
    by_name = {i.name: i for i in project.indicator_set.indicators}
    assert list(by_name) == ["养护里程", "路面完好率", "养护及时性", "群众出行条件", "群众满意度"]
    assert (by_name["群众满意度"].level1, by_name["群众满意度"].level2) == ("满意度指标", "服务对象满意度指标")
    assert by_name["养护里程"].level1 == "产出指标"  # `产出指标（50分）`
    assert project.actuals["养护里程"].value.value == 21  # `≥21公里` copied with its operator
    assert project.actuals["路面完好率"].deviation_note == "雨季路面受损较多，养护人员不足"  # wrapped
    assert project.reported.total == Decimal("92.5")
    rules = load_rules("jiangxi")
    result = score(project, rules)
    assert [f.code for f in result.findings] == []  # 基本完成, 达到预期: known verdicts
    # 路面完好率 ≥95 %, 92: 15 × (92/95 − 60%) / 40% = 13.82, printed 13.5 — a slip the audit names
    assert result.execution.rate == Decimal("95.00") and result.total == Decimal("92.82")


def test_narratives_phrase_their_claims_in_several_ways() -> None:
    from jsperf.readers.claims import read_claims
    from jsperf.readers.text_rows import rows_of_text

    text = ("我单位对 12 个项目开展了绩效自评，自评覆盖资金共 300.5 万元。评价结果为“优”的项目 9 个，"
            "评价结果为“良”的有 2 个，\n1 个项目自评等级为“中”。")
    claims = read_claims(rows_of_text(text, "n.txt")[0])
    assert claims is not None
    assert (claims.projects, claims.funds) == (Decimal(12), Decimal("300.5"))
    assert claims.grades == {"中": Decimal(1), "优": Decimal(9), "良": Decimal(2)}
    assert read_claims(rows_of_text("本单位共有 3 个项目。", "n.txt")[0]) is None


def test_goals_on_their_heading_row() -> None:
    text = MESSY.replace("年度总体目标\t预期目标\t实际完成情况\n\t养护道路\t完成养护\n", "年度总体目标\t养护道路\t完成养护\n")
    (project,) = read_report(text, "goals.txt").projects
    assert (project.goal, project.achieved) == ("养护道路", "完成养护")
    assert len(project.indicator_set.indicators) == 5
    missing = MESSY.replace("\t养护道路\t完成养护\n", "")  # the heading row, and no goals under it
    (project,) = read_report(missing, "goals.txt").projects
    assert project.goal is None and len(project.indicator_set.indicators) == 5


def test_fund_columns_in_the_headers_order_and_merged_headings() -> None:
    text = (MESSY.replace("项目资金（元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                          "项目资金（元）\t\t全年预算数\t全年执行数\t执行率\t得分\t分值")
            .replace("\t年度资金总额：\t500,000\t520000\t494000\t10\t95%\t7", "\t年度资金总额：\t520000\t494000\t95%\t7\t10")
            .replace("\t其中：财政拨款\t500000\t520000\t494000\t—\t—\t—", "")
            .replace("\t效益指标（30分）\t社会效益指标\t", "\t效益指标 社会效益指标\t")
            .replace("\t30\t28\t", "\t30分\t28分\t"))
    (project,) = read_report(text, "columns.txt").projects
    assert (project.funds.initial_budget, project.funds.budget, project.funds.executed) == (None, 52, Decimal("49.4"))
    assert (project.reported.execution_rate, project.reported.execution_points) == (95, 7)
    assert project.indicator_set.execution_weight == 10
    benefit = project.indicator_set.indicators[3]
    assert (benefit.level1, benefit.level2, benefit.weight, project.reported.points[benefit.name]) == (
        "效益指标", "社会效益指标", 30, 28)


def test_cost_indicators_under_outputs_as_the_mof_2020_form_prints_them() -> None:
    """成本指标 is a 二级指标 of 产出指标 in the MOF 2020 form and a 一级指标 since 2021: the
    cell after it (an indicator's name, or 经济成本指标) tells which."""
    older = SPLIT_COLUMNS.replace("\t成本指标\t经济成本指标\t清运成本", "\t\t成本指标\t清运成本")
    older = older.replace("\t效益指标\t社会效益指标\t环境改善程度", "\t\t成本指标\t环境改善程度")
    (project,) = read_report(older, "older.txt").projects
    levels = {i.name: (i.level1, i.level2) for i in project.indicator_set.indicators}
    assert levels["清运成本"] == levels["环境改善程度"] == ("产出指标", "成本指标")
    (newer,) = read_report(SPLIT_COLUMNS, "newer.txt").projects
    assert {i.name: (i.level1, i.level2) for i in newer.indicator_set.indicators}["清运成本"] == ("成本指标", "经济成本指标")


def test_a_total_that_cannot_be_recomputed_counts_under_no_grade() -> None:
    unreadable = SPLIT_COLUMNS.replace("群众满意度\t≥\t90\t%\t92", "群众满意度\t≥\t90\t%\t见附件")
    rules = load_rules("jiangxi")
    projects = [*read_report(unreadable, "x.txt").projects, *read_report(SPLIT_COLUMNS, "y.txt").projects]
    audit = audit_projects(projects, lambda p: rules, None, "jiangxi", "option", {})
    unscored, scored = audit.scorecards
    assert "JS407" in {f.code for f in unscored.findings}
    assert (unscored.recomputable, scored.recomputable) == (False, True)
    assert (scorecard_view(unscored).total.recomputed, scorecard_view(unscored).grade.recomputed) == (None, None)
    tally = Tally.of(audit.scorecards)
    assert (tally.projects, sum(tally.grades.values()), sum(tally.published.values())) == (2, 1, 2)  # 91.5 printed


def test_a_blank_total_beside_the_weights_sum_stays_blank() -> None:
    """`总分 | … | 100 | (blank)`: the 分值 column's 100, the 得分 column never filled in."""
    blank = SPLIT_COLUMNS.replace("100\t91.5\t优", "100\t\t")
    (project,) = read_report(blank, "blank.txt").projects
    assert project.reported.total is None
    assert [(f.code, f.indicator) for f in project.notes] == [("JS312", "总分")]
    glued = SPLIT_COLUMNS.replace("100\t91.5\t优", "100")  # no blank cell kept: 100 may be the total
    assert read_report(glued, "glued.txt").projects[0].reported.total == Decimal(100)


def test_every_word_of_the_nature_and_unit_columns_holds_a_part_word() -> None:
    """The card reader looks a row's cells up for a second header row only when they hold
    one of `PART_WORDS`: a new word for 指标性质 or 度量单位 must hold one too."""
    from jsperf.layout import INDICATOR_COLUMNS, PART_WORDS

    words = [*INDICATOR_COLUMNS["nature"], *INDICATOR_COLUMNS["unit"]]
    assert [w for w in words if not any(part in w for part in PART_WORDS)] == []


def test_column_headers_in_other_words_name_the_same_columns() -> None:
    """Headers templates word otherwise (全年目标值, 年度实际完成值, 考核分值 …) name the
    same columns; 年度实际完成值 is the actual, though 年度 alone heads a target column."""
    header = "绩效指标\t一级指标\t二级指标\t三级指标\t{target}\t{actual}\t{weight}\t得分\t偏差原因分析"
    for target, actual, weight in (("全年目标值", "年度实际完成值", "考核分值"), ("预期目标值", "指标完成值", "分值"),
                                   ("本年度目标值", "完成数", "分值"), ("全年指标值", "实际完成值", "分值")):
        text = SPLIT_COLUMNS.replace(SPLIT_COLUMNS.splitlines()[10], header.format(
            target=target, actual=actual, weight=weight)).replace("\t≥\t5000\t吨\t5200\t", "\t≥5000吨\t5200\t")
        (project,) = [p for p in read_report(text.replace("\t正向\t95\t%\t90\t", "\t≥95%\t90\t"), "h.txt").projects]
        row = project.indicator_set.indicators[0]
        assert (row.name, row.target.value, row.weight, project.actuals[row.name].text) == (
            "清运垃圾量", 5000, 20, "5200"), (target, actual, weight)


def test_fund_headers_in_other_words_name_the_same_columns() -> None:
    """预算金额 / 全年支出数 / 执行率分值 / 资金执行率: the budget, the executed amount, the
    weight (not a rate, though it begins 执行率) and the rate."""
    for budget, executed, weight, rate in (("预算金额", "全年支出数", "执行率分值", "资金执行率"),
                                           ("全年预算数", "执行金额", "分值", "执行进度")):
        text = SPLIT_COLUMNS.replace("年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分",
                                     f"年初预算数\t{budget}\t{executed}\t{weight}\t{rate}\t得分")
        (project,) = read_report(text, "f.txt").projects
        assert (project.funds.budget, project.funds.executed, project.indicator_set.execution_weight) == (
            250, Decimal("240.0021"), 10), (budget, executed, weight, rate)
        assert project.reported.execution_rate == Decimal("96.00")


def test_row_heads_in_other_words_name_the_same_fields() -> None:
    """资金名称 / 主管部门名称 / 承办单位 head the card's fields, and 绩效等级 its grade."""
    text = SPLIT_COLUMNS.replace("项目名称\t", "资金名称\t").replace(
        "主管部门\t某县住建局\t实施单位", "主管部门名称\t某县住建局\t承办单位")
    (project,) = read_report(text.replace("总分\t\t\t\t\t100\t91.5\t优", "总分\t\t\t\t\t100\t91.5\n绩效等级\t优"),
                             "r.txt").projects
    assert (project.name, project.department, project.implementer, project.reported.grade) == (
        "城乡环境整治专项", "某县住建局", "某县环卫所", "优")


ANOTHER_PROVINCE = """项目支出绩效自评表
(2023年度)
项目名称\t某项目
主管部门\t某局\t实施单位\t某中心
项目资金(万元)\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分
\t年度资金总额\t100\t100\t90\t10\t90%\t9
{header}
{rows}
总分\t\t\t\t\t\t100\t99\t
"""
_ROWS = ((1, "产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50),
         (2, "效益指标", "社会效益指标", "群众知晓率", "≥90%", "95%", 30),
         (3, "满意度指标", "服务对象满意度指标", "满意度", "≥90%", "92%", 10))


def test_a_numbered_table_and_one_that_names_its_indicators_in_指标内容() -> None:
    """A 序号 column before the headings (the rows' numbers, `1 | 产出指标 | …`) is no value
    of the row; and where no 三级指标 is printed, 指标内容 after 二级指标 names the
    indicators, whatever order the columns after it take (分值 before 指标值)."""
    numbered = ANOTHER_PROVINCE.format(
        header="序号\t一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
        rows="\n".join(f"{n}\t{l1}\t{l2}\t{name}\t{target}\t{actual}\t{weight}\t{weight}\t" for n, l1, l2, name, target,
                       actual, weight in _ROWS))
    content = ANOTHER_PROVINCE.format(
        header="绩效指标\t一级指标\t二级指标\t指标内容\t分值\t指标值\t实际完成值\t得分\t偏差原因分析及改进措施",
        rows="\n".join(f"\t{l1}\t{l2}\t{name}\t{weight}\t{target}\t{actual}\t{weight}\t" for _, l1, l2, name, target,
                       actual, weight in _ROWS))
    for text in (numbered, content):
        report = read_report(text, "p.txt")
        (project,) = report.projects
        assert [(i.name, i.target.value, i.weight) for i in project.indicator_set.indicators] == [
            ("培训人次", 100, 50), ("群众知晓率", 90, 30), ("满意度", 90, 10)]
        assert not [f for f in (*report.findings, *project.notes) if f.code.startswith("JS4") and f.code != "JS409"]


def test_a_sub_row_that_lost_its_blank_weight_cell_keeps_its_amounts() -> None:
    """`其中：当年财政拨款 | 80 | 100 | 90 | 90%` under the six fund columns, its blank 分值
    and 得分 cells gone: of the readings that make sense, the one that keeps the row's
    budget and executed amounts (100, 90) — not 80 and 100 shifted one column right."""
    text = SPLIT_COLUMNS.replace("\t其中：当年财政拨款\t200\t250\t240.0021\t—\t—\t—", "\t其中：当年财政拨款\t80\t100\t90\t90%")
    # one space apart, the block's label above the header: no cell keeps its column
    flattened = "\n".join(" ".join(cell for cell in line.split("\t") if cell) for line in text.splitlines())
    (project,) = read_report(flattened.replace("项目资金（万元） 年初预算数", "项目资金（万元）\n年初预算数"), "sub.txt").projects
    government = project.funds.other if project.funds.row == "total" else project.funds
    assert government is not None and (government.initial_budget, government.budget, government.executed) == (80, 100, 90)
