"""Numbers and units as Chinese finance documents print them, read exactly.

Everything is `Decimal`: binary floating point gets real cases wrong (1.2019 / 2 is an
execution rate of 60.095 %, which must print as 60.10, not 60.09).
"""

from __future__ import annotations

import functools
import re
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, ROUND_HALF_UP, Context, Decimal, InvalidOperation

from jsperf.model import Unit, UnitKind

FULL_WIDTH = "０１２３４５６７８９．，％－＋"  # the full-width characters read as their ASCII forms
_FULL_WIDTH = str.maketrans(FULL_WIDTH, "0123456789.,%-+")

_NUMBER = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+")

MONEY_UNITS: dict[str, Decimal] = {
    "元": Decimal(1),
    "万元": Decimal(10_000),
    "万": Decimal(10_000),
    "亿元": Decimal(100_000_000),
    "亿": Decimal(100_000_000),
}
PERCENT = Unit("%", UnitKind.PERCENT)
WAN_YUAN = Unit("万元", UnitKind.MONEY, Decimal(10_000))


def normalise_text(text: str) -> str:
    """Full-width digits and signs to ASCII, so that one pattern reads both."""
    return text.translate(_FULL_WIDTH)


@functools.lru_cache(maxsize=8192)
def parse_decimal(text: str) -> Decimal | None:
    """The number a cell holds (`4,032.79`, `１２`, ` 90 `), or None if it is not one.
    (Cached: a report repeats the same few hundred cells, and a Decimal is immutable.)"""
    cleaned = normalise_text(text).strip().replace(" ", "")
    if not cleaned or not _NUMBER.fullmatch(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only valid literals
        return None


@functools.lru_cache(maxsize=1024)
def unit_of(name: str) -> Unit:
    """A unit by the name written; unknown names are kept as count units (台, 页, 亩 …)."""
    name = normalise_text(name).strip()
    if name == "%":
        return PERCENT
    if name in MONEY_UNITS:
        return Unit(name, UnitKind.MONEY, MONEY_UNITS[name])
    return Unit(name, UnitKind.COUNT)


def split_quantity(text: str) -> tuple[Decimal, str] | None:
    """`39213.25 元` → (39213.25, "元"); `90%` → (90, "%"); plain `85` → (85, "")."""
    cleaned = normalise_text(text).strip()
    match = _NUMBER.match(cleaned.replace(" ", "")) if cleaned else None
    if not match:
        return None
    compact = cleaned.replace(" ", "")
    value = Decimal(match.group().replace(",", ""))
    unit = compact[match.end():]
    if unit and (unit[0].isdigit() or unit[0] in ".,"):
        return None
    return value, unit


def convert(value: Decimal, source: Unit | None, target: Unit | None) -> Decimal | None:
    """`value` in `source` expressed in `target`; None when the two cannot be compared.

    A missing unit on either side means "the same as the other side", as people write
    actuals without repeating the target's unit.
    """
    if source is None or target is None or source == target:
        return value
    if source.kind is UnitKind.MONEY and target.kind is UnitKind.MONEY:
        return value * source.factor / target.factor
    if source.kind is target.kind and source.name == target.name:
        return value
    return None


# Rounding keeps every digit a number has: the default context's 28 digits would make
# quantizing a weight of 10^26 to 0.01 an InvalidOperation.  Numbers are written out in
# digits (no exponents), so the file's size bounds how many there are.  The rounding is
# the context's, so that a quantize names no keywords (they cost it half its time); the
# engine's inner loop quantizes with it directly.
HALF_UP = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN, rounding=ROUND_HALF_UP)


def round_to(value: Decimal, step: Decimal) -> Decimal:
    """Round half up (四舍五入) to a step such as 0.01: the one rounding jsperf does."""
    return value.quantize(step, None, HALF_UP)


def plain(value: Decimal | None) -> str:
    """A decimal as people write it: no exponent, no trailing zeros (`60.1`, `20`)."""
    if value is None:
        return ""
    text = str(value)  # as `format(value, "f")` unless it chose an exponent, and twice as fast
    if "E" in text:
        text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def fixed(value: Decimal | None, step: Decimal = Decimal("0.01")) -> str:
    """A decimal with exactly the decimals of `step` (`60.10`), as JSON and tables show."""
    if value is None:
        return ""
    return format(round_to(value, step), "f")
