"""Random scorecards printed in every template the reader knows (tests/forms.py) read back
to the numbers printed, and to the same reading through every source kind a user may
hold: the layout families of the issue, crossed with the provincial templates."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from jsperf.model import Op, Project
from jsperf.readers.report_text import read_report
from jsperf.sources import read_report_file
from tests.forms import SOURCE_KINDS, TEMPLATES, one_cell_a_line
from tests.helpers import report_differences
from tests.test_properties import scorecards


def printed(project: Project, unweighted: frozenset[str] = frozenset()) -> list[tuple[object, ...]]:
    """What a scorecard prints of each indicator: its headings, name, target, weight and
    points (no weight for the 一级指标 in `unweighted`)."""
    assert project.reported is not None
    return [(i.level1, i.level2, i.name, i.target.op, i.target.word if i.target.op is Op.QUAL else i.target.value,
             None if i.level1 in unweighted else i.weight, project.reported.points.get(i.name))
            for i in project.indicator_set.indicators]


def usable(project: Project) -> bool:
    return all(not i.name.isdigit() for i in project.indicator_set.indicators) and " " not in project.name


@given(scorecards(), st.sampled_from(sorted(TEMPLATES)))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_template_reads_back_the_numbers_it_prints(project, template) -> None:  # type: ignore[no-untyped-def]
    assume(usable(project))
    (card,) = read_report(TEMPLATES[template](project), f"{template}.txt").projects
    # the 20-point form prints a section's weight, not its indicators': they are known only where
    # the section's points add up to it (JS410), else said to be unknown (JS411)
    unknown = frozenset(str(f.params["section"]) for f in card.notes if f.code == "JS411")
    assert not unknown or template == "twenty"
    assert sorted(printed(card, unknown), key=str) == sorted(printed(project, unknown), key=str)
    assert (card.funds.budget, card.funds.executed) == (project.funds.budget, project.funds.executed)
    assert card.reported is not None and project.reported is not None
    assert card.reported.total == project.reported.total


@given(scorecards(), st.sampled_from(sorted(TEMPLATES)), st.sampled_from(sorted(SOURCE_KINDS)))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_template_reads_the_same_through_every_source_kind(project, template, kind) -> None:  # type: ignore[no-untyped-def]
    assume(usable(project))
    assume(kind != "aligned.txt" or (project.reported is not None and project.reported.total is not None))
    text = TEMPLATES[template](project)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / kind
        SOURCE_KINDS[kind](text, path)
        back = read_report_file(path)
    assert report_differences(read_report(text, f"{template}.txt"), back) == set()


def _blanks_moved(text: str) -> str:
    """Pipe rows as some web pages give them: a row's empty cells moved to its end."""
    out = []
    for line in text.splitlines():
        cells = [cell.strip() for cell in line.split("\t")]
        filled = [cell for cell in cells if cell]
        out.append(" | ".join(filled) + " |" + "|" * (len(cells) - len(filled)) if "\t" in line else line)
    return "\n".join(out) + "\n"


@given(scorecards(), st.sampled_from(sorted(TEMPLATES)), st.sampled_from(["one cell a line", "blanks moved"]))
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_every_template_copied_without_its_empty_cells_reads_the_same_or_says_why(project, template, copy) -> None:  # type: ignore[no-untyped-def]
    """Where a copy lost the empty cells, a card reads the same numbers or names the rows
    and cells it could not place (JS404, JS407, JS408, JS411): never other numbers silently."""
    assume(usable(project))
    text = TEMPLATES[template](project)
    lossy = one_cell_a_line(text) if copy == "one cell a line" else _blanks_moved(text)
    back = read_report(lossy, "copy.txt")
    differences = report_differences(read_report(text, f"{template}.txt"), back)
    said = {f.code for p in back.projects for f in p.notes} | {f.code for f in back.findings}
    assert not differences or said & {"JS404", "JS407", "JS408", "JS411"}, differences
