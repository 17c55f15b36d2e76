"""The bundled report as users hold it in text: saved as GB18030, UTF-16 or with CRLF and
a byte-order mark, copied as pipe rows, printed with aligned columns (pdftotext -layout)
or copied from a web table one cell a line.  Each goes through `jsperf audit`'s own
reading (`read_report_file`) and must give the same 23 scorecards and the same numbers
as the tab text; where a layout loses information (one cell a line loses the empty
cells), every card read differently must say so."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from jsperf.codes import message
from jsperf.errors import display_width
from jsperf.model import Report
from jsperf.sources import read_report_file
from tests.helpers import report_differences

HERE = Path(__file__).resolve().parent
REPORT = HERE.parent / "examples" / "changnan-2024-final-accounts.txt"
TEXT = REPORT.read_text(encoding="utf-8")
LINES = [line.split("\t") for line in TEXT.splitlines()]


def pipes() -> str:
    return "\n".join("| " + " | ".join(cells) + " |" if len(cells) > 1 else cells[0] for cells in LINES)


def aligned() -> str:
    """Columns padded by display width to a shared grid, two spaces between, as
    `pdftotext -layout` prints a table (prose lines as they are)."""
    widths: dict[int, int] = {}
    for cells in LINES:
        if len(cells) > 1:
            for i, cell in enumerate(cells):
                widths[i] = max(widths.get(i, 0), display_width(cell.strip()))
    out = []
    for cells in LINES:
        if len(cells) == 1:
            out.append(cells[0])
            continue
        out.append("  ".join(c.strip() + " " * (widths[i] - display_width(c.strip())) for i, c in enumerate(cells)).rstrip())
    return "\n".join(out)


def cell_per_line() -> str:
    """As a browser copies the report's web page: each table cell and paragraph a line,
    a cell spanning rows once, empty cells gone."""
    from html.parser import HTMLParser

    lines: list[str] = []

    class Copy(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            if tag in ("td", "th", "p"):
                lines.append("")

        def handle_data(self, data: str) -> None:
            if lines:
                lines[-1] += data

    Copy().feed((HERE / "data" / "converted" / "report.html").read_text(encoding="utf-8"))
    return "\n".join(" ".join(line.split()) for line in lines if line.strip())


VARIANTS: dict[str, tuple[str, Callable[[], bytes]]] = {
    "gb18030": ("report.txt", lambda: TEXT.encode("gb18030")),
    "utf-16": ("report.txt", lambda: TEXT.encode("utf-16")),
    "utf-16-be": ("report.txt", lambda: TEXT.encode("utf-16-be")),
    "crlf-bom": ("report.txt", lambda: b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8")),
    "pipes": ("report.txt", lambda: pipes().encode("utf-8")),
    "aligned": ("report.txt", lambda: aligned().encode("utf-8")),
}
ENCODINGS = {"gb18030": "GB18030", "utf-16": "UTF-16LE", "utf-16-be": "UTF-16BE", "crlf-bom": "UTF-8 (BOM)",
             "pipes": "UTF-8", "aligned": "UTF-8"}
LAYOUTS = {"gb18030": "tab", "utf-16": "tab", "utf-16-be": "tab", "crlf-bom": "tab", "pipes": "pipe",
           "aligned": "aligned"}


def read_variant(data: bytes, name: str, folder: Path) -> Report:
    path = folder / name
    path.write_bytes(data)
    return read_report_file(path)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_each_text_form_reads_to_the_same_scorecards(variant: str, report: Report, tmp_path: Path) -> None:
    name, make = VARIANTS[variant]
    got = read_variant(make(), name, tmp_path)
    assert len(got.projects) == 23
    assert report_differences(report, got) == set()
    (read_as,) = [f for f in got.findings if f.code == "JS409"]  # never guessed silently
    assert read_as.params["encoding"] == ENCODINGS[variant] and f"({LAYOUTS[variant]})" in read_as.params["layout"]


def test_one_cell_a_line_reads_every_card_or_says_why(report: Report, tmp_path: Path) -> None:
    got = read_variant(cell_per_line().encode("utf-8"), "cells.txt", tmp_path)
    (read_as,) = [f for f in got.findings if f.code == "JS409"]
    assert "(cell per line)" in read_as.params["layout"]
    assert [p.name for p in got.projects] == [p.name for p in report.projects]
    theirs = {p.name: p for p in got.projects}
    silent = []
    for project in report.projects:
        other = theirs[project.name]
        differs = report_differences(Report(report.file, (project,)), Report(got.file, (other,)))
        said = {f.code for f in other.notes} & {"JS404", "JS406", "JS407", "JS408"}
        if differs and not said:
            silent.append((project.name, sorted(differs)))
    assert silent == []
    # and most cards lose nothing: their empty cells stood where no value was due
    same = sum(1 for p in report.projects
               if not report_differences(Report(report.file, (p,)), Report(got.file, (theirs[p.name],))))
    assert same >= 15, [message(f) for p in got.projects for f in p.notes if f.code in ("JS404", "JS408")][:5]
