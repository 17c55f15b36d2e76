from decimal import Decimal

import pytest

from jsperf import messages
from jsperf.engine import score
from jsperf.errors import InputError
from jsperf.messages import current, text
from jsperf.model import Op, RuleSet
from jsperf.rules.parse import load_rules, parse_rules, shipped_names
from jsperf.rules.verify import verify
from tests.helpers import project

THIRD_REGION = """
rules province20 "执行率 20 分"
source "某省项目支出绩效自评办法（示例）"
execution weight 20
execution -> min(rate, 100%) * weight
score >=:
    when actual >= target -> weight
    else -> actual / target * weight
score <= like >=
qualitative:
    tier 达成 80%..100% default 100%: "达成"
    tier 部分达成 50%..80% default 65%: "部分达成"
    tier 未达成 0%..50% default 25%: "未达成"
grades:
    优 >= 85
    良 >= 70
    差 else
"""


def test_shipped_rule_sets_are_listed_and_sound() -> None:
    assert shipped_names() == ["jiangxi", "national", "twenty"]


def test_shipped_rule_sets_pass_their_own_check() -> None:
    for name in shipped_names():
        rules = load_rules(name)
        assert verify(rules) == [], name
        assert rules.name == name and rules.source, name  # found by its file name; cites where it comes from


def test_a_third_region_needs_no_code() -> None:
    rules = parse_rules(THIRD_REGION, "p.rules")
    assert rules.execution_weight == 20 and rules.grades[0].min_total == 85
    item = project('  产出指标/数量指标 "件数" >= 10 件 80\n', {"件数": "10"}, budget="10", executed="7.5",
                   execution=None)
    result = score(item, rules)
    assert result.execution.points == Decimal("15.00")
    assert result.total == Decimal("95.00") and result.grade == "优"


def test_verify_finds_a_rule_that_rewards_worse_results() -> None:
    bad = parse_rules(THIRD_REGION.replace("else -> actual / target * weight", "else -> weight - actual / target"),
                      "bad.rules")
    problems = _formula_problems(bad)
    assert problems and problems[0].startswith("score >=：实际值")


def test_verify_finds_points_above_weight() -> None:
    bad = parse_rules(THIRD_REGION.replace("execution -> min(rate, 100%) * weight", "execution -> rate * weight"),
                      "bad.rules")
    assert _formula_problems(bad)[0] == "execution：执行率 101% 时得 20.2 分，超出 [0, 20]"
    messages.use("en")
    assert _formula_problems(bad)[0] == "execution: 20.2 points, outside [0, 20], at rate 101%"


def _formula_problems(rules: RuleSet) -> list[str]:
    """What `rules check` says of the formulas, the blocks the set lacks (no `score =`) aside."""
    missing = {text(key, current(), op=op) for key in ("verify.no_score_rule", "verify.no_tiers") for op in "=<>"}
    return [problem for problem in verify(rules) if problem not in missing]


@pytest.mark.parametrize(("text", "message", "line"), [
    ("rules x\nexecution -> bogus * 2\ngrades:\n  差 else\n", "unknown name 'bogus'", 2),
    ("rules x\nexecution -> sqrt(rate)\ngrades:\n  差 else\n", "unknown function 'sqrt'", 2),
    ("rules x\nexecution -> rate\n", "no `grades:` block", 2),
    ("rules x\nexecution -> rate\ngrades:\n  优 >= 90\n", "the last grade must be the catch-all", 4),
    ("rules x\nexecution:\n  else -> 1\n  when rate > 1 -> 2\ngrades:\n  差 else\n", "`else` must be the last", 4),
    ("rules x\nexecution -> rate\nscore > like >=\ngrades:\n  差 else\n", "there is no `score >=`", 3),
    ("rules x\nexecution -> (rate\ngrades:\n  差 else\n", "unexpected end of line", 2),
])
@pytest.mark.usefixtures("english")
def test_rule_errors_say_where(text: str, message: str, line: int) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")) as caught:
        parse_rules(text, "bad.rules")
    assert caught.value.span is not None and caught.value.span.line == line


def test_lets_are_put_in_where_used(jiangxi) -> None:  # type: ignore[no-untyped-def]
    piece = jiangxi.scores[Op.GE]
    env = {"actual": Decimal(0), "target": Decimal(0), "weight": Decimal(5), "low": Decimal(0), "high": Decimal(0)}
    assert piece.run(env) == (Decimal(5), 0)  # `ratio` is never computed when the first case applies


def test_every_shipped_set_knows_the_national_templates_verdicts() -> None:
    """The MOF template's three verdicts, long and short, in every shipped rule set (the
    20-point set's bands differ: 100–80 / 80–50 / 50–0)."""
    from jsperf.rules.parse import shipped_names

    verdicts = {"达成年度指标": "达成", "部分达成年度指标并具有一定效果": "部分达成", "未达成年度指标且效果较差": "未达成",
                "达成": "达成", "部分达成": "部分达成", "未达成": "未达成"}
    for name in shipped_names():
        rules = load_rules(name)
        assert {word: rules.tier_words[word].name for word in verdicts} == verdicts, name
