"""The HTML audit report: one self-contained page, checked as a browser would see it."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from jsperf.cli import app
from tests.conftest import REPORT


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        for key in ("href", "src"):
            target = values.get(key)
            if target and target.startswith("#"):
                self.links.append(target[1:])
            elif target:
                self.external.append(target)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "audit.html"
    result = CliRunner().invoke(app, ["audit", str(REPORT), "--format", "html", "-o", str(out)])
    assert result.exit_code == 1, result.output
    return out


def test_page_is_self_contained_and_its_links_resolve(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    parsed = Page()
    parsed.feed(text)
    assert parsed.external == []  # no network, no other file
    assert "svg" in parsed.tags and "details" in parsed.tags
    assert set(parsed.links) <= parsed.ids
    assert {"code-JS303", "code-JS401", "code-JS309", "summary", "p-18"} <= parsed.ids
    assert "医保资金" in text and "93.58" in text and "95.61" in text
    # the indicator's target (年度指标值) and actual (实际完成值) beside its weight, published and recomputed points
    assert ('<th>三级指标</th><th>年度指标值</th><th>实际完成值</th><th>分值</th><th>公布数</th><th>重算数</th>'
            in text)
    assert ('<tr class=diff><td>医保资金成本</td><td>=25000 元</td><td>27533</td><td class="n">20</td>'
            '<td class="n">20</td><td class="n">17.97</td>') in text
    assert "<td>保障单位正常运转</td><td>有效保障</td><td>基本达成目标</td>" in text


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(CHROMIUM is None, reason="no Chromium on this machine (apt-get install chromium)")
def test_page_renders_in_headless_chromium(page: Path, tmp_path: Path) -> None:
    assert CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    shot = tmp_path / "audit.png"
    done = subprocess.run([CHROMIUM, *flags, f"--screenshot={shot}", "--window-size=1280,2400", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 20_000, done.stderr[-2000:]
    console = [line for line in done.stderr.splitlines() if "CONSOLE" in line and "error" in line.lower()]
    assert console == []
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    assert "项目支出绩效自评表审计报告" in dom and "医保资金成本" in dom
