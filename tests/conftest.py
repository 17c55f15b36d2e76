from __future__ import annotations

from pathlib import Path

import pytest

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
