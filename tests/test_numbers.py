from decimal import Decimal

import pytest

from jsperf.numbers import PERCENT, WAN_YUAN, convert, parse_decimal, plain, round_to, split_quantity, unit_of


@pytest.mark.parametrize(("text", "value"), [
    ("4,032.79", "4032.79"), ("１２３．５", "123.5"), (" 90 ", "90"), ("-3", "-3"), ("1,879.592", "1879.592"),
])
def test_parse_decimal_reads_printed_numbers(text: str, value: str) -> None:
    assert parse_decimal(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "及时", "12a", "1.2.3", "--1"])
def test_parse_decimal_rejects_non_numbers(text: str) -> None:
    assert parse_decimal(text) is None


def test_rounding_is_half_up_on_exact_decimals() -> None:
    rate = Decimal("1.2019") / Decimal("2") * 100
    assert round_to(rate, Decimal("0.01")) == Decimal("60.10")
    assert round_to(Decimal("2.675"), Decimal("0.01")) == Decimal("2.68")  # float would give 2.67


def test_money_converts_exactly_and_counts_do_not_mix() -> None:
    assert convert(Decimal("39213.25"), unit_of("元"), WAN_YUAN) == Decimal("3.921325")
    assert convert(Decimal("10"), unit_of("万"), unit_of("元")) == Decimal("100000")
    assert convert(Decimal("1"), unit_of("亿元"), WAN_YUAN) == Decimal("10000")
    assert convert(Decimal("3"), unit_of("台"), unit_of("人")) is None
    assert convert(Decimal("3"), unit_of("台"), PERCENT) is None
    assert convert(Decimal("3"), None, unit_of("台")) == Decimal("3")


def test_split_quantity_and_plain() -> None:
    assert split_quantity("39213.25 元") == (Decimal("39213.25"), "元")
    assert split_quantity("90％") == (Decimal("90"), "%")
    assert split_quantity("基本达成目标") is None
    assert plain(Decimal("60.100")) == "60.1"
    assert plain(Decimal("20.00")) == "20"
