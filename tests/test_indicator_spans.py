"""The indicator parser's spans and errors, pinned to what the parser gave while Lark
still tracked positions (`propagate_positions`); it now takes a node's position from
its first token.  `tests/data/indicator_spans/expected.txt` was written by `outline`
below from that parser's output, and read through by hand: on each line the span of
a set, an indicator, a finding or an error, and for an error the caret's length."""

from __future__ import annotations

from pathlib import Path

import pytest

from jsperf.errors import InputError
from jsperf.lang.parse import parse_indicators

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "indicator_spans"

# a text each error of the reader can be raised by (and two of Lark's), placed off the usual columns
BROKEN = {
    "orphan": '   产出指标/数量指标 "n" >= 3 5\n',
    "orphan_attribute": 'set "x"\n     note "a"\n',
    "duplicate_set": 'set "x"\n  set   "x"\n',
    "no_template": 'set "x"  use   "t"\n',
    "unknown_level1": 'set "x"\n    奇怪指标/数量指标 "n" >= 3 5\n',
    "range_units": 'set "x"\n  产出指标/数量指标 "n"   3 台..5 个 5\n',
    "range_order": 'set "x"\n  产出指标/数量指标 "n"   9..5 5\n',
    "unexpected_token": 'set "x"\n  产出指标/数量指标 "档案数量" >= 页 5\n',
    "unexpected_end": 'set "x"\n  产出指标/数量指标 "n" >=',
}


def files() -> list[Path]:
    return sorted((ROOT / "indicator_sets").rglob("*.ind")) + sorted(DATA.glob("*.ind"))


def outline(text: str, file: str) -> list[str]:
    """Where the parser puts each thing it reads from `text`, one line a thing."""
    try:
        parsed = parse_indicators(text, file)
    except InputError as error:
        return [f"error {error.span} length {error.length}"]
    lines = [f"set {item.name} {item.span}" for item in parsed.sets]
    lines += [f"  {indicator.name} {indicator.span}" for item in parsed.sets for indicator in item.indicators]
    lines += [f"finding {found.code} {found.span}" for found in parsed.findings]
    return lines


def outlines() -> list[str]:
    lines = []
    for path in files():
        lines += [f"# {path.name}", *outline(path.read_text(encoding="utf-8"), path.name)]
    for name, text in BROKEN.items():
        lines += [f"# {name}", *outline(text, f"{name}.ind")]
    return lines


def test_spans_and_errors_are_those_of_the_parser_that_tracked_positions() -> None:
    expected = (DATA / "expected.txt").read_text(encoding="utf-8").splitlines()
    assert outlines() == expected


@pytest.mark.parametrize("name", BROKEN)
def test_each_broken_text_is_an_error(name: str) -> None:
    assert outline(BROKEN[name], "x.ind")[0].startswith("error ")
