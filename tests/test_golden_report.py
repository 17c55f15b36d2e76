"""The bundled real report: read exactly, and recomputed under `jiangxi`.

Every published number follows the rules except the ones named here, each with both
values: that is the report's one scoring slip, plus the narrative's claims."""

from decimal import Decimal
from pathlib import Path

from jsperf.audit import audit_projects, choose_rules, differs
from jsperf.engine import score
from jsperf.numbers import plain

NAMES = [
    "无纸化办公经费", "综治信访维稳专项经费", "扫黑、司法专项经费", "办文办会经费", "档案专项经费", "保洁专项经费",
    "接待专项经费", "机关干部职工工作餐专项资金", "行政服务中心运行管理费", "法律顾问服务费", "网格化管理专项经费",
    "见义勇为专项经费", "机关运行经费", "值班值守专项经费", "社会稳定风险评估专项经费", "政务服务中心软硬件提升项目",
    "招商引资工作经费", "医保资金", "昌南发展中心租金", "绩效工资", "昌南发展中心租金及物业费", "政务大厅运行",
    "社会稳定风险评估项目",
]
TOTALS = ["90", "92", "92.83", "85", "92", "95", "88", "93.61", "95", "94.92", "95.61", "25", "88", "93", "97",
          "95.19", "75", "95.61", "98", "95.57", "98", "94.93", "97"]
RATES = ["79.6", "66.38", "81.96", "19.18", "78.43", "89.45", "23.18", "93.41", "99.19", "87.5", "99.91", "0",
         "47.67", "60.1", "100", "100", "0", "88.82", "100", "97.14", "100", "99.87", "100"]


def test_reads_all_23_scorecards_as_printed(report) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for p in report.projects] == NAMES
    assert [plain(p.reported.total) for p in report.projects] == TOTALS
    assert [plain(p.reported.execution_rate) for p in report.projects] == RATES
    assert report.findings == ()
    first = report.projects[0]
    assert (first.department, first.implementer, first.year) == ("景德镇市昌南新区党政办", "景德镇市昌南新区党政办", 2024)
    assert (first.funds.initial_budget, first.funds.budget, first.funds.executed) == (
        Decimal("10.5348"), Decimal("10.5348"), Decimal("8.38569"))  # the more precise fund row
    assert first.span.line == 462
    names = [i.name for i in first.indicator_set.indicators]
    assert names == ["无纸化办公成本", "无纸化笔记本电脑", "资金使用率", "无纸化办公开展及时性",
                     "建立会议无纸化系统, 减少会议成本", "使用者满意"]
    assert first.actuals["无纸化办公开展及时性"].verdict == "基本达成目标"  # `基本达成 目标`, joined
    grid = next(p for p in report.projects if p.name == "网格化管理专项经费")
    wrapped = grid.indicator_set.indicators[5]  # the row under a wrapped 社会效益指标
    assert (wrapped.level2, wrapped.name, wrapped.weight) == ("社会效益指标", "提升新区社会综合治理网格化管理能力", 10)
    latex = next(p for p in report.projects if p.name == "昌南发展中心租金")
    assert latex.indicator_set.indicators[2].target.value == 90  # `$\geq 90\%$`
    bravery = report.projects[11]
    assert bravery.reported.points["见义勇为及时率"] is None  # blank stays blank, never read as a number
    assert [f.code for f in bravery.notes].count("JS312") == 2
    # the evaluator's points are a qualitative indicator's input: with them blank the total is open
    assert bravery.incomplete == ("见义勇为及时率（得分为空）", "保障人民群众（得分为空）")


def test_recomputes_every_published_number_but_one(report, jiangxi) -> None:  # type: ignore[no-untyped-def]
    slips = []
    for project in report.projects:
        if project.incomplete:  # 见义勇为专项经费: two blank scores, its total not recomputable (JS407)
            continue
        result = score(project, jiangxi)
        reported = project.reported
        pairs = [("rate", reported.execution_rate, result.execution.rate),
                 ("execution", reported.execution_points, result.execution.points),
                 ("total", reported.total, result.total)]
        pairs += [(r.indicator.name, reported.points[r.indicator.name], r.points) for r in result.indicators]
        slips += [(project.name, what, plain(a), plain(b)) for what, a, b in pairs if differs(a, b)]
    # 医保资金成本 `= 25000 元`, actual 27533: a cost overrun kept full points
    assert slips == [("医保资金", "total", "95.61", "93.58"), ("医保资金", "医保资金成本", "20", "17.97")]


def test_audit_infers_jiangxi_and_flags_the_narrative(report, jiangxi, national) -> None:  # type: ignore[no-untyped-def]
    chosen, counts, _, _ = choose_rules(report.projects, [jiangxi, national])
    assert chosen.name == "jiangxi" and counts == {"jiangxi": 180, "national": 139}
    audit = audit_projects(report.projects, lambda p: chosen, report.claims, chosen.name, "inference", counts)
    errors = sorted((f.code, f.project or "", f.reported, f.recomputed)
                    for item in audit.scorecards for f in item.findings if f.severity.value == "error")
    assert errors == [("JS303", "医保资金", "20", "17.97")]  # the total follows it: JS320, not a second error
    report_level = [(f.code, f.reported, f.recomputed) for f in audit.findings]
    assert report_level == [("JS401", "24", "23"), ("JS402", "19", "18"), ("JS403", "3286.2995", "3258.79954")]
    warnings = {(f.code, f.project) for item in audit.scorecards for f in item.findings}
    assert ("JS309", "医保资金") in warnings  # overrun kept full points
    assert ("JS310", "昌南发展中心租金及物业费") in warnings  # `1879.5922 元` on a 1879.5922 万元 budget
    assert ("JS203", "政务大厅运行") in warnings  # a cost indicator with a ≥ target
    assert ("JS105", "招商引资工作经费") in warnings  # verdict against `2024`


def test_every_number_read_stands_in_the_line_it_came_from(report) -> None:  # type: ignore[no-untyped-def]
    lines = Path(report.file).read_text(encoding="utf-8").split("\n")

    def cells(line: int) -> list[str]:
        return ["".join(c.split()) for c in lines[line - 1].split("\t")]

    checked = 0
    for project in report.projects:
        for indicator in project.indicator_set.indicators:
            row = cells(indicator.span.line)
            actual = project.actuals[indicator.name]
            published = project.reported.points[indicator.name]
            assert "".join(indicator.name.split()) in row
            assert plain(indicator.weight) in row
            assert plain(published) in row or (published == 0 and "" in row[row.index(plain(indicator.weight)) + 1:])
            if actual.value is not None:
                assert plain(actual.value.value) in row
            else:
                assert actual.verdict in row
            if indicator.target.numeric:
                assert any(plain(indicator.target.value) in cell for cell in row)
            checked += 1
        funds_row = cells(project.reported.spans["execution_rate"].line)
        assert plain(project.reported.execution_rate) in funds_row
        assert plain(project.reported.execution_points) in funds_row
        assert plain(project.reported.total) in cells(project.reported.spans["total"].line)
    assert checked == 139  # the indicator rows of all 23 scorecards
