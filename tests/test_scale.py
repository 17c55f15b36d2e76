"""Large audits: JSON written a scorecard at a time, the same document as the small form,
in memory that does not grow with the report."""

from __future__ import annotations

import json
import random
import tracemalloc

import attrs

from jsperf.pipeline import audit_loaded, audit_stream
from jsperf.readers.report_text import read_report
from jsperf.rules.parse import load_rules
from jsperf.samples import publish, random_project, render_scorecard
from jsperf.sources import Loaded
from jsperf.writers.views import (
    PRETTY_UP_TO,
    audit_json,
    audit_json_text,
    audit_view,
    card_json_text,
    view_stream,
)


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


def test_a_scorecard_written_directly_is_what_json_writes() -> None:
    """A card's JSON text, written without json.dumps, is json.dumps's own text of the
    same data, texts of every kind included (quotes, backslashes, control characters,
    braces, characters beyond the BMP, None); a card without findings writes `[]`."""
    card = view_of(3).projects[0]
    odd = 'a "quoted" \\ back\tslash\n{brace} 𠀀 \x01'
    changed = attrs.evolve(card, name=odd, location=None,
                           indicators=(attrs.evolve(card.indicators[0], name=odd, derivation=None),
                                       *card.indicators[1:]),
                           findings=(attrs.evolve(card.findings[0], message=odd, location=None),) if card.findings else ())
    for view in (card, changed, attrs.evolve(card, findings=(), indicators=())):
        text = card_json_text(view)
        data = json.loads(text)
        assert json.dumps(data, ensure_ascii=False) == text
        assert data["name"] == view.name and data["location"] == view.location
        assert [i["name"] for i in data["indicators"]] == [i.name for i in view.indicators]
        assert [f["message"] for f in data["findings"]] == [f.message for f in view.findings]
    assert card_json_text(attrs.evolve(card, findings=())).endswith('"findings": []}')
