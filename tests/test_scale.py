"""Large audits: JSON written a scorecard at a time, the same document as the small form,
in memory that does not grow with the report."""

from __future__ import annotations

import json
import random
import tracemalloc

from jsperf.pipeline import audit_loaded, audit_stream
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project, render_scorecard
from jsperf.sources import Loaded
from jsperf.writers.views import PRETTY_UP_TO, audit_json, audit_json_text, audit_view, view_stream


def view_of(count: int):  # type: ignore[no-untyped-def]
    rules = load_rules("jiangxi")
    rng = random.Random(5)
    text = "".join(render_scorecard(publish(random_project(rng, n), rules)) for n in range(count))
    report = read_report(text, "big.txt")
    return audit_view(audit_loaded(Loaded(report.projects, report.claims, report.findings, ("big.txt",)), None))


def test_a_large_audit_is_written_a_scorecard_a_line() -> None:
    view = view_of(PRETTY_UP_TO + 1)
    text = "".join(audit_json_text(view))
    assert json.loads(text) == audit_json(view)
    lines = text.splitlines()
    assert len(lines) == 1 + len(view.projects) + 1
    assert all(json.loads(line.rstrip(","))["name"] == card.name for line, card in zip(lines[1:-1], view.projects,
                                                                                     strict=True))


def test_a_small_audit_stays_indented() -> None:
    view = view_of(3)
    text = "".join(audit_json_text(view))
    assert text == json.dumps(audit_json(view), ensure_ascii=False, indent=2) + "\n"


def audit_peak(count: int) -> int:
    """The most memory the audit of a report of `count` generated scorecards takes above
    the scorecards read, inferring the rule set and writing JSON a card at a time."""
    rules = load_rules("jiangxi")
    rng = random.Random(5)
    text = "".join(render_scorecard(publish(random_project(rng, n), rules)) for n in range(count))
    report = read_report(text, "big.txt")
    loaded = Loaded(report.projects, report.claims, report.findings, ("big.txt",))
    tracemalloc.start()
    try:
        for _ in audit_json_text(view_stream(audit_stream(loaded, None))):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_an_audit_keeps_no_scorecard_it_has_written() -> None:
    small, large = PRETTY_UP_TO + 50, 4 * (PRETTY_UP_TO + 50)
    audit_peak(small)  # the rule sets parsed, every module imported: what is made once is not counted
    per_card = (audit_peak(large) - audit_peak(small)) / (large - small)
    assert per_card < 512, per_card  # a card's rule set and little else; its view alone takes several KiB
