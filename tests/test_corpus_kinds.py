"""Real published scorecards (tests/corpus/) through every source kind a user may hold: a
card's rows of cells, as jsperf reads them from the file published, printed again as tab
text and then as each other kind (GB18030, UTF-16, pipes, space-aligned, flattened, pasted
from Excel, one cell a line with its empty cells kept, an HTML page, a workbook, a Word
document) read to the same scorecards as the tab text does.  The templates of
tests/forms.py are the forms as jsperf imagines them; these are the forms as offices fill
them in (merged headings, wrapped names, text targets, sub-rows, missing cells).

The cards chosen read in full from the file published and were not broken across lines
by the copy that published them (a copy that reflowed its rows, or cut a row short, has no
one set of rows to print again); one cell a line with empty cells kept applies to those
whose copy kept their empty cells (pipe rows, workbooks)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

import pytest

from jsperf.readers.report_text import read_report
from jsperf.sources import read_report_file, source_of
from tests.forms import SOURCE_KINDS
from tests.helpers import report_differences
from tests.test_corpus import CORPUS, excerpt

CARDS = {  # file → whether its copy kept its empty cells
    "14_yunnan-baoshan-shidian-nongyenongcunju-xinxingjingyingzhuti-2019.txt": True,
    "15_anhui-luan-yuanqu-wenlvju-wenwubaohu-2022.txt": False,
    "18_anhui-huaibei-suixi-minzhengju-linshijiuzhu-2019.txt": True,
    "19_hebei-handan-chengan-minzhengju-gaolingjintie-2020.txt": False,
    "20_yunnan-baoshan-tuiyijunrenshiwuju-chunjiezoufang-2022.txt": True,
    "21_hubei-huangshi-zhujianju-haimianchengshi-2022.txt": True,
    "extra/09_anhui-chuzhou-tianchang-shuiliju-shuihanzaihaifangyu-2022.txt": False,
    "extra/10_anhui-suzhou-xiaoxian-zhangzhuangzhai-hexicun-tesezhongyang-2023.txt": True,
    "extra/24_yunnan-lijiang-guchengqu-ziranziyuanju-weipianzhifa-2020.txt": True,
    "extra/26_shandong-jinan-licheng-wenhuaguan-shangpinfuwu-2019.txt": False,
}


def _page(text: str, path: Path) -> None:
    """Every row a table row, one-cell rows too (a title, a heading wrapped onto its own row)."""
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in line.split("\t")) + "</tr>"
                   for line in text.splitlines())
    path.write_text(f"<html><head><meta charset='utf-8'></head><body><table>{rows}</table></body></html>",
                    encoding="utf-8")


def _cells(text: str, path: Path) -> None:
    """One cell a line, each closed by ` |`, an empty one a `|` alone; the lines before
    the table as they are."""
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines) if "\t" in line)
    cells = [f"{cell.strip()} |".lstrip() for line in lines[first:] for cell in line.split("\t")]
    path.write_text("\n".join(lines[:first] + cells) + "\n", encoding="utf-8")


KINDS: dict[str, Callable[[str, Path], None]] = {
    **{kind: write for kind, write in SOURCE_KINDS.items() if kind not in ("page.html", "merged.html", "cells.txt")},
    "page.html": _page, "cells.txt": _cells}


@pytest.mark.parametrize("kind", sorted(KINDS))
@pytest.mark.parametrize("name", sorted(CARDS))
def test_a_real_card_reads_the_same_through_every_source_kind(name: str, kind: str, tmp_path: Path) -> None:
    if kind == "cells.txt" and not CARDS[name]:
        pytest.skip("its copy lost the empty cells a one-cell copy would keep")
    published = source_of(excerpt(CORPUS / name, tmp_path))
    text = "".join("\t".join(" ".join(cell.split()) for cell in row.cells) + "\n" for row in published.rows)
    expected = read_report(text, "card.txt")
    assert expected.projects
    path = tmp_path / kind
    KINDS[kind](text, path)
    assert report_differences(expected, read_report_file(path)) == set()
