from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jsperf import messages
from jsperf.model import Report, RuleSet
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "examples" / "changnan-2024-final-accounts.txt"


@pytest.fixture(scope="session")
def jiangxi() -> RuleSet:
    return load_rules("jiangxi")


@pytest.fixture(scope="session")
def national() -> RuleSet:
    return load_rules("national")


@pytest.fixture(scope="session")
def report() -> Report:
    return read_report(REPORT.read_text(encoding="utf-8"), str(REPORT))


@pytest.fixture(autouse=True)
def chinese() -> Iterator[None]:
    """Every test starts in the default language, whatever JSPERF_LANG or an earlier
    `--lang en` run in-process said."""
    messages.use("zh")
    yield
    messages.use("zh")


@pytest.fixture
def english() -> None:
    """Messages in English for this test, as `--lang en` would give."""
    messages.use("en")
