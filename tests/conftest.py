from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import settings

from jsperf import messages
from jsperf.model import Report, RuleSet
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules

# no time limit on an example: speed is the benchmarks' business, and a loaded machine (CI,
# a first call that loads Lark's tables) would fail a property that holds
settings.register_profile("jsperf", deadline=None)
settings.load_profile("jsperf")

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


@pytest.fixture(scope="session", autouse=True)
def parse_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Indicator and rule sets read by this session (and the commands it runs) are cached
    in a folder of its own, not in the user's: every test file's first reading is fresh,
    and no test leaves entries behind."""
    before = os.environ.get("JSPERF_CACHE")
    os.environ["JSPERF_CACHE"] = str(tmp_path_factory.mktemp("parse-cache"))
    yield
    if before is None:
        del os.environ["JSPERF_CACHE"]
    else:
        os.environ["JSPERF_CACHE"] = before


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
