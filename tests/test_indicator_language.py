from decimal import Decimal

import pytest

from jsperf.errors import InputError
from jsperf.lang.format import format_parsed
from jsperf.lang.parse import parse_indicators
from jsperf.model import Op

SAMPLE = """# 档案
set "档案专项经费" rules jiangxi
  execution 10
  成本指标/经济成本指标 "档案整理归档成本" ≤ 50,000 元 20
    basis "赣财绩〔2022〕5号"
  产出指标/数量指标 档案整理归档数量 >= 75000 页 5 note "页数"
  产出指标/质量指标 "合格率" 85%..95% 15  # a range
  产出指标/时效指标 "档案整理归档及时性" "及时" 20
  满意度/服务对象满意度 "满意度" \\geq ９０％ 10
"""


def test_parses_every_construct() -> None:
    parsed = parse_indicators(SAMPLE, "s.ind")
    (item,) = parsed.sets
    assert (item.name, item.rules, item.execution_weight) == ("档案专项经费", "jiangxi", Decimal(10))
    cost, count, quality, timely, satisfaction = item.indicators
    assert (cost.target.op, cost.target.value, cost.target.unit.name, cost.basis) == (
        Op.LE, Decimal(50000), "元", "赣财绩〔2022〕5号")
    assert cost.target.glyph == "≤"
    assert (count.name, count.note, count.target.unit.name) == ("档案整理归档数量", "页数", "页")
    assert (quality.target.op, quality.target.value, quality.target.high) == (Op.RANGE, 85, 95)
    assert (timely.target.op, timely.target.word) == (Op.QUAL, "及时")
    assert (satisfaction.level1, satisfaction.level2) == ("满意度指标", "服务对象满意度指标")
    assert (satisfaction.target.op, satisfaction.target.value, satisfaction.target.unit.name) == (Op.GE, 90, "%")
    assert cost.span.line == 4


@pytest.mark.parametrize(("glyph", "op"), [
    ("≥", Op.GE), ("≧", Op.GE), ("＞＝", Op.GE), ("\\geq", Op.GE), ("⩾", Op.GE),
    ("≤", Op.LE), ("≦", Op.LE), ("＜＝", Op.LE), ("\\leq", Op.LE),
    ("═", Op.EQ), ("＝", Op.EQ), ("﹦", Op.EQ), ("=", Op.EQ), ("≈", Op.EQ), (">", Op.GT), ("＜", Op.LT),
    ("﹥", Op.GT), ("﹤﹦", Op.LE),
])
def test_operator_glyphs_are_normalised(glyph: str, op: Op) -> None:
    parsed = parse_indicators(f'set "x"\n  产出指标/数量指标 "n" {glyph} 3 台 5\n', "g.ind")
    assert parsed.sets[0].indicators[0].target.op is op
    assert [f.code for f in parsed.findings] == (["JS112"] if glyph == "≈" else [])


@pytest.mark.parametrize(("written", "op", "value", "unit"), [
    ("不低于 90%", Op.GE, "90", "%"), ("不超过 5 万元", Op.LE, "5", "万元"), ("达到95%", Op.GE, "95", "%"),
    ("最多 3 次", Op.LE, "3", "次"), ("低于 5%", Op.LT, "5", "%"), ("90%以上", Op.GE, "90", "%"),
    ("90 % 及以上", Op.GE, "90", "%"), ("5万元以内", Op.LE, "5", "万元"), ("90%(含)以上", Op.GE, "90", "%"),
    ("100%完成", Op.GE, "100", "%"), ("≤ 100 万元以内", Op.LE, "100", "万元"),
])
def test_operators_in_the_words_documents_print_them(written: str, op: Op, value: str, unit: str) -> None:
    """The words of `layout.PREFIX_WORDS` and `SUFFIX_WORDS`, the report reader's own, read
    as their operators; fmt writes the glyph."""
    text = f'set "x"\n  产出指标/数量指标 "n" {written} 5\n'
    target = parse_indicators(text, "w.ind").sets[0].indicators[0].target
    assert (target.op, target.value, target.unit and target.unit.name) == (op, Decimal(value), unit)
    assert f" {op.value} {value}" in format_parsed(parse_indicators(text, "w.ind")).replace(f"{value}{unit}", f"{value}")


def test_a_word_that_begins_like_an_operator_stays_a_word() -> None:
    """`达到预期` is a qualitative target, though 达到 before a number is ≥."""
    target = parse_indicators('set "x"\n  产出指标/质量指标 "n" 达到预期 5\n', "q.ind").sets[0].indicators[0].target
    assert (target.op, target.word) == (Op.QUAL, "达到预期")


def test_a_number_without_an_operator_is_refused_with_a_hint() -> None:
    """`90 %` alone: ≥ or ≤ is not guessed in the language (a published card's reader says
    which it assumed, JS315); the error names the target and shows the words accepted."""
    with pytest.raises(InputError) as caught:
        parse_indicators('set "x"\n  产出指标/数量指标 "n" 90 % 5\n', "bare.ind")
    rendered = caught.value.render()
    assert rendered.startswith("bare.ind:2:")
    assert "'90 %' 没有运算符" in rendered and "不低于 90%" in rendered and "^" in rendered


def test_syntax_error_points_at_the_offending_text() -> None:
    text = 'set "x"\n  产出指标/数量指标 "档案数量" >= 页 5\n'
    with pytest.raises(InputError) as caught:
        parse_indicators(text, "bad.ind")
    error = caught.value
    assert (error.span.line, error.span.col) == (2, 23)
    rendered = error.render()
    assert rendered.startswith("bad.ind:2:23: 错误：意外的 '页'")
    _, caret = rendered.splitlines()[1:3]
    # the caret sits under 页, counting Chinese characters as two columns
    # two of indent, then 产出指标/数量指标 (17 columns), a space, "档案数量" (10), " >= " (4)
    assert caret.index("^") == 2 + 2 + 17 + 1 + 10 + 4
    assert "应为：" in rendered and "数字" in rendered


def test_meaning_errors() -> None:
    with pytest.raises(InputError, match="未知的一级指标"):
        parse_indicators('set "x"\n  奇怪指标/数量指标 "n" >= 3 5\n', "m.ind")
    with pytest.raises(InputError, match="必须跟在 `set`"):
        parse_indicators('  产出指标/数量指标 "n" >= 3 5\n', "m.ind")
    with pytest.raises(InputError, match="声明了两次"):
        parse_indicators('set "x"\nset "x"\n', "m.ind")
    with pytest.raises(InputError, match="没有名为 't' 的模板"):
        parse_indicators('set "x" use "t"\n', "m.ind")


@pytest.mark.parametrize(("text", "where", "words"), [
    ('set "s"\n  未知指标/x "a" >= 1 % 10\n  产出指标/数量指标 "b" >= >= 10\n', "3:20", "意外的 '>='"),
    ('set "s"\n  产出指标/数量指标 "a" 9..1 10\n  未知指标/x "b" >= 1 10\n', "2:17", "区间应从较小值到较大值"),
    ('  未知指标/x "a" 9..1 10\nset "s"\n', "1:3", "必须跟在 `set`"),
    ('set "s"\n  未知指标/x "a" >= 1 10\nset "s"\n', "2:3", "未知的一级指标"),
])
def test_the_first_error_is_reported_syntax_before_meaning(text: str, where: str, words: str) -> None:
    """Indicator lines are built while parsing, but their errors still come in the file's
    order, after any syntax error, and a line before every set is an orphan first."""
    with pytest.raises(InputError, match=words) as caught:
        parse_indicators(text, "m.ind")
    assert str(caught.value.span) == f"m.ind:{where}"


def test_templates_lend_their_indicators() -> None:
    text = ('template "办公"\n  execution 10\n  产出指标/数量指标 "件数" >= 3 件 10\n'
            'set "甲" use "办公" rules national\n  满意度指标/服务对象满意度指标 "满意" >= 90% 10\n')
    parsed = parse_indicators(text, "t.ind")
    project = parsed.get("甲")
    assert project is not None and [i.name for i in project.indicators] == ["件数", "满意"]
    assert project.execution_weight == 10
    again = parse_indicators(format_parsed(parsed), "t.ind")
    assert again.sets == parsed.sets


def test_fmt_is_canonical_idempotent_and_keeps_meaning() -> None:
    parsed = parse_indicators(SAMPLE, "s.ind")
    once = format_parsed(parsed)
    assert "≤" not in once and "<= 50000 元" in once and ">= 90%" in once
    assert once.startswith("# 档案\nset ")
    assert "# a range" in once
    reparsed = parse_indicators(once, "s.ind")
    assert reparsed.sets == parsed.sets
    assert format_parsed(reparsed) == once


def test_the_quotes_a_chinese_input_method_types_are_quotes() -> None:
    """`“及时”` typed with a Chinese input method is the word 及时, not the word with its
    quotes (which no rule set's verdicts would then match)."""
    text = ('set “档案经费”\n'
            '  产出指标/时效指标  “归档及时性”  “及时”  20\n'
            '  产出指标/质量指标  ‘归档合格率’  >= 90%  30\n'
            '  效益指标/社会效益指标  「利用效果」  「明显」  50\n')
    (parsed,) = parse_indicators(text, "quotes.ind").sets
    assert parsed.name == "档案经费"
    assert [(i.name, i.target.word) for i in parsed.indicators] == [
        ("归档及时性", "及时"), ("归档合格率", None), ("利用效果", "明显")]


@pytest.mark.parametrize(("number", "column"), [("1,", 14), ("1,2", 14), ("1234,567", 17), ("1,2345", 14)])
def test_a_number_with_a_stray_comma_is_a_syntax_error(number: str, column: int) -> None:
    """Commas group thousands (`50,000`); anything else is pointed at, not an internal error."""
    with pytest.raises(InputError) as caught:
        parse_indicators(f'set "p"\n  execution {number}\n', "s.ind")
    assert (caught.value.span.line, caught.value.span.col) == (2, column)


def test_grouped_thousands_in_every_width() -> None:
    parsed = parse_indicators('set "p"\n  execution 1，000．5\n  产出指标/数量指标 "x" >= 12,345 页 1\n', "s.ind")
    (item,) = parsed.sets
    assert (item.execution_weight, item.indicators[0].target.value) == (Decimal("1000.5"), Decimal(12345))
