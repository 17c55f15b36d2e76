"""An installed (non-editable) wheel must carry its grammars and rule sets."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

PROBE = """
import jsperf, jsperf.grammars as g, jsperf.rules.parse as r
from jsperf.lang.parse import parse_indicators
print(jsperf.__file__)
print(g.grammar_dir())
print(parse_indicators('set "x"\\n  产出指标/数量指标 "n" >= 1 台 5\\n', "x").sets[0].indicators[0].weight)
print(r.load_rules("jiangxi").name)
"""


def test_installed_wheel_finds_its_grammars(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w",
                    str(wheels), str(ROOT)], check=True, capture_output=True)
    (wheel,) = wheels.glob("jsperf-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "jsperf/grammar/indicators.lark" in names and "jsperf/grammar/rules.lark" in names
    assert "jsperf/rulesets/jiangxi.rules" in names
    assert {"jsperf/web/templates/audit.html", "jsperf/web/static/app.css", "jsperf/web/static/app.js"} <= set(names)
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
                   check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    out = subprocess.run([sys.executable, "-c", PROBE], cwd=tmp_path, env=env, check=True, capture_output=True,
                         text=True).stdout.splitlines()
    assert out[0].startswith(str(target)) and out[1] == str(target / "jsperf" / "grammar")
    assert out[2:] == ["5", "jiangxi"]
