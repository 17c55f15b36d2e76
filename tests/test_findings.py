"""Every diagnostic code, produced at least once from the input that should produce it."""

from __future__ import annotations

from decimal import Decimal

import attrs

from jsperf.audit import audit_projects, audit_result, compare, rounded_fund_rows
from jsperf.checks import check_set
from jsperf.codes import message
from jsperf.engine import score
from jsperf.model import Actual, Reported
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import parse_rules
from tests.helpers import project
from tests.test_layouts import SPLIT_COLUMNS

SPARSE = """rules sparse
execution -> min(rate, 100%) * weight
score >=:
    when actual >= target -> weight
    when actual > 0 -> none
    else -> weight / (actual - actual)
grades:
    优 >= 90
    差 else
"""


def codes(findings) -> list[str]:  # type: ignore[no-untyped-def]
    return [f.code for f in findings]


def test_rules_that_cannot_score() -> None:
    rules = parse_rules(SPARSE, "sparse.rules")
    lines = ('  产出指标/数量指标 "少" >= 10 台 10\n  产出指标/数量指标 "无" >= 10 台 10\n'
             '  成本指标/经济成本指标 "省" <= 5 万元 10\n  产出指标/数量指标 "零" <= 0 起 10\n')
    result = score(project(lines, {"少": "3", "无": "0", "省": "4", "零": "1"}), rules)
    found = {f.indicator: f for f in result.findings}
    assert (found["少"].code, found["少"].params["kind"]) == ("JS110", "none")  # a `none` case
    assert found["无"].code == "JS113"  # a division by zero
    assert (found["省"].code, found["省"].params["kind"]) == ("JS110", "missing")  # no `score <=`
    assert (found["零"].code, found["零"].params["kind"]) == ("JS110", "zero")  # no `target zero`
    assert message(found["无"]) == ("规则 sparse 的 `score >=` 在 actual = 0, target = 10, weight = 10, low = 10, "
                                   "high = 10 时除以零")
    assert all(r.points is None for r in result.indicators)


def test_basis_and_execution_weight_checks() -> None:
    rules = parse_rules(SPARSE.replace("rules sparse\n", "rules strict\nrequire basis\nexecution weight 20\n"), "s.rules")
    item = project('  产出指标/数量指标 "数" >= 1 台 80\n    basis "某文件"\n  产出指标/质量指标 "质" >= 1 台 10\n', {})
    assert codes(check_set(item.indicator_set, rules)) == ["JS204", "JS206"]  # 质 has no basis; 10 ≠ 20


def test_published_points_against_the_target() -> None:
    rules = parse_rules(SPARSE.replace("    when actual > 0 -> none\n", ""), "s.rules")
    lines = '  产出指标/数量指标 "超" >= 10 台 10\n  产出指标/数量指标 "扣" >= 10 台 10\n  产出指标/数量指标 "欠" >= 10 台 10\n'
    item = project(lines, {"超": "12", "扣": "12", "欠": Actual(verdict="部分达成", points=Decimal(5))})
    item = attrs.evolve(item, reported=Reported(points={"超": Decimal(11), "扣": Decimal(8), "欠": Decimal(5)}))
    found = {(f.code, f.indicator) for f in compare(score(item, rules))}
    assert ("JS306", "超") in found  # 11 on a weight of 10
    assert ("JS308", "扣") in found and ("JS307", "扣") in found  # met, yet 2 withheld, and no note


def test_a_printed_grade_that_does_not_follow(jiangxi) -> None:  # type: ignore[no-untyped-def]
    (card,) = read_report(SPLIT_COLUMNS.replace("91.5\t优", "91.5\t良"), "g.txt").projects
    grade = [f for f in compare(score(card, jiangxi)) if f.code == "JS305"]
    assert [(f.reported, f.recomputed) for f in grade] == [("良", "优")]


def test_what_the_reader_notices_in_the_reference(report) -> None:  # type: ignore[no-untyped-def]
    notes = {(f.code, f.project) for p in report.projects for f in p.notes}
    assert ("JS311", "政务服务中心软硬件提升项目") in notes  # `\\leq 2072178.4 元`
    assert ("JS315", "招商引资工作经费") in notes  # target `2024`
    assert ("JS112", "保洁专项经费") in notes  # `≈2 名`


def test_two_fund_rows_are_said_only_when_they_change_the_rate(report, jiangxi) -> None:  # type: ignore[no-untyped-def]
    paperless, petitions = report.projects[0], report.projects[1]
    other = paperless.funds.other  # 10.535 / 8.386 against 10.5348 / 8.38569: 79.60% either way
    assert (paperless.funds.row, other.row, other.budget, other.executed) == (
        "government", "total", Decimal("10.535"), Decimal("8.386"))
    audit = audit_projects(report.projects, lambda p: jiangxi, None, "jiangxi", "option", {})
    said = {item.result.project.name: f for item in audit.scorecards for f in item.findings if f.code == "JS313"}
    assert paperless.name not in said and set(said) == {"综治信访维稳专项经费", "档案专项经费", "医保资金"}
    assert message(said[petitions.name]) == ("年度资金总额 A/B 15/9.958 与政府预算资金 15/9.9576 不一致，采用政府预算资金；"
                                            "按另一行执行率为 66.39%，而非 66.38%")
    assert rounded_fund_rows(audit.scorecards) == 11


def test_one_cause_is_one_error(report, jiangxi) -> None:  # type: ignore[no-untyped-def]
    """A total that differs only because a printed part does is linked to the part (JS320);
    a grade count the missing card may explain says so (JS402 beside JS401)."""
    audit = audit_projects(report.projects, lambda p: jiangxi, report.claims, "jiangxi", "option", {})
    medical = next(item for item in audit.scorecards if item.result.project.name == "医保资金")
    codes = {f.code: f for f in medical.findings}
    assert "JS314" not in codes and codes["JS320"].params["causes"] == "JS303"
    grades = next(f for f in audit.findings if f.code == "JS402")
    assert "JS401" in {f.code for f in audit.findings} and "同 JS401" in message(grades)
    card = medical.result.project
    unprinted = attrs.evolve(card, reported=attrs.evolve(card.reported, points={}))
    unlinked = {f.code for f in compare(score(unprinted, jiangxi))}  # no parts printed: the total's own error
    assert "JS314" in unlinked and "JS320" not in unlinked


def test_every_call_fills_the_blanks_of_its_message() -> None:
    """Read the source: each `finding("JS…", …)` names every blank its message has."""
    import ast
    import string
    from pathlib import Path

    from jsperf.codes import CODES

    def blanks(template: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(template) if name}

    checked = 0
    for path in sorted(Path("jsperf").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("finding", "_nothing")):
                continue
            code = next((a.value for a in node.args if isinstance(a, ast.Constant) and str(a.value).startswith("JS")),
                        None)
            if code is None:  # the helper that passes a caller's code on
                continue
            keys = {k.arg for k in node.keywords if k.arg}
            template = CODES[code].zh
            variants = [template]
            if not isinstance(template, str):  # the variant named by `kind`: a constant, or a choice of two
                kind = next(k.value for k in node.keywords if k.arg == "kind")
                choices = [kind.body, kind.orelse] if isinstance(kind, ast.IfExp) else [kind]
                assert all(isinstance(c, ast.Constant) for c in choices), f"{path}:{node.lineno}"
                variants = [template[c.value] for c in choices if isinstance(c, ast.Constant)]
            for variant in variants:
                assert blanks(variant) <= keys, f"{path}:{node.lineno} {code} leaves {blanks(variant) - keys} blank"
            checked += 1
    assert checked >= 40


def test_a_grade_printed_as_a_band_name_is_read_and_checked(jiangxi) -> None:  # type: ignore[no-untyped-def]
    (card,) = read_report(SPLIT_COLUMNS.replace("91.5\t优", "91.5\t合格"), "g.txt").projects
    assert card.reported is not None and card.reported.grade == "合格"  # the 中 band's other name
    grade = [f for f in compare(score(card, jiangxi)) if f.code == "JS305"]
    assert [(f.reported, f.recomputed) for f in grade] == [("合格", "优")]


def test_a_fund_row_budgeted_zero_has_no_rate_to_print(report, jiangxi) -> None:  # type: ignore[no-untyped-def]
    """A 年度资金总额 row printed 0/0 beside a filled 政府预算资金 row (a form never filled in)."""
    card = report.projects[1]
    blank = attrs.evolve(card.funds.other, budget=Decimal(0), executed=Decimal(0))
    unfilled = attrs.evolve(card, funds=attrs.evolve(card.funds, other=blank))
    said = next(f for f in audit_result(score(unfilled, jiangxi)).findings if f.code == "JS313")
    assert message(said).endswith("按另一行执行率为 无法计算（全年预算数为 0），而非 66.38%")


def test_a_rate_is_checked_at_the_precision_it_is_printed(jiangxi) -> None:  # type: ignore[no-untyped-def]
    """37.24 / 43.2 = 86.20%: printed `86%` or `86.2%` it is right at its precision; printed
    `86.30%`, or `87%`, it is not (JS301)."""
    card = project('  产出指标/数量指标 "n" >= 1 个 90\n', {"n": "1 个"}, budget="43.2", executed="37.24")
    said = {}
    for printed in ("86", "86.2", "86.20", "86.30", "87"):
        reported = Reported(execution_rate=Decimal(printed), execution_points=None, points={"n": None}, total=None)
        said[printed] = "JS301" in codes(compare(score(attrs.evolve(card, reported=reported), jiangxi)))
    assert said == {"86": False, "86.2": False, "86.20": False, "86.30": True, "87": True}
