"""An audit as one self-contained HTML page: no network, no external files.

A summary, the grade distribution as an inline SVG chart, each scorecard with published
and recomputed numbers side by side and its derivations one click away (`<details>`),
and every code that occurs explained on the page itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from jsperf.codes import CODES
from jsperf.model import AuditView, FindingLine, ScorecardView, Shown
from jsperf.vocabulary import label
from jsperf.writers.views import rules_text

_CSS = """
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2rem auto;max-width:72rem;
color:#1d2733;line-height:1.5;padding:0 1rem}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin:1.6rem 0 .4rem}
.meta{color:#5b6b7c;margin-top:0}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.card{border:1px solid #d5dde6;border-radius:6px;padding:.6rem 1rem;min-width:7rem}
.card b{display:block;font-size:1.6rem}
table{border-collapse:collapse;width:100%;margin:.4rem 0;font-size:.92rem}
th,td{border-bottom:1px solid #e3e8ee;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f6f9}td.n{text-align:right;font-variant-numeric:tabular-nums}
tr.diff td{background:#fdecea}
td:first-child{white-space:nowrap}.error{color:#b42318;font-weight:600}.warning{color:#b54708}.info{color:#175cd3}
details summary{cursor:pointer;color:#175cd3}details div{font-family:monospace;font-size:.85rem;white-space:pre-wrap}
article.scorecard{border-top:2px solid #d5dde6;margin-top:1.4rem}
.ok{color:#067647}a{color:#175cd3}
article.code{border-left:3px solid #d5dde6;padding-left:1rem;margin:1rem 0}
pre{background:#f3f6f9;padding:.5rem;overflow-x:auto}
"""


def _t(value: Any) -> str:
    return escape("" if value is None else str(value))


def grade_chart(grades: Mapping[str, int], lang: str) -> str:
    """Bars for each grade, drawn in SVG so the page needs nothing else."""
    width, bar, gap, top = 360, 56, 28, 24
    most = max(grades.values(), default=0) or 1
    height = 150
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + height + 32}" role="img" '
             f'aria-label="{_t(label("grade", lang))}">']
    for index, (grade, count) in enumerate(grades.items()):
        x = 20 + index * (bar + gap)
        h = round(height * count / most) if count else 0
        y = top + height - h
        parts.append(f'<rect x="{x}" y="{y}" width="{bar}" height="{h}" fill="#4e79a7"><title>{_t(label(grade, lang))} {count}'
                     "</title></rect>")
        parts.append(f'<text x="{x + bar / 2}" y="{y - 6}" text-anchor="middle" font-size="14">{count}</text>')
        parts.append(f'<text x="{x + bar / 2}" y="{top + height + 20}" text-anchor="middle" font-size="14">'
                     f"{_t(label(grade, lang))}</text>")
    parts.append("</svg>")
    return "".join(parts)


def _findings(items: Sequence[FindingLine], lang: str) -> str:
    if not items:
        return f'<p class="ok">✓ {_t(label("no_findings", lang))}</p>'
    head = "".join(f"<th>{_t(label(k, lang))}</th>" for k in
                   ("severity", "code", "location", "message", "reported", "recomputed"))
    rows = "".join(
        f'<tr><td class="{_t(f.severity)}">{_t(f.severity_label)}</td>'
        f'<td><a href="#code-{_t(f.code)}">{_t(f.code)}</a></td><td>{_t(f.location)}</td>'
        f'<td>{_t(f.message)}</td><td class="n">{_t(f.reported)}</td><td class="n">{_t(f.recomputed)}</td></tr>'
        for f in items)
    return f"<table><tr>{head}</tr>{rows}</table>"


def _scorecard(number: int, project: ScorecardView, lang: str) -> str:
    L = lambda key: _t(label(key, lang))  # noqa: E731
    total, grade, execution = project.total, project.grade, project.execution
    # name, target (年度指标值), actual (实际完成值), weight, published and recomputed, derivation
    lines: list[tuple[str, str, str, str | None, Shown, str | None]] = [
        (L("execution_rate"), "", "", "", execution.rate, None),
        (L("execution"), "", "", execution.weight, execution.points, execution.derivation)]
    lines += [(_t(i.name), i.target_text, i.actual, i.weight, i.points, i.derivation) for i in project.indicators]
    lines.append((L("total"), "", "", "100", total, None))
    rows = []
    for name, target, actual, weight, shown, derivation in lines:
        how = (f"<details><summary>{L('derivation')}</summary><div>{_t(derivation)}</div></details>"
               if derivation else "")
        rows.append(f'<tr{" class=diff" if shown.differs else ""}><td>{name}</td><td>{_t(target)}</td>'
                    f'<td>{_t(actual)}</td><td class="n">{_t(weight)}</td>'
                    f'<td class="n">{_t(shown.reported)}</td><td class="n">{_t(shown.recomputed)}</td><td>{how}</td></tr>')
    head = "".join(f"<th>{L(k)}</th>" for k in
                   ("name", "target", "actual", "weight", "reported", "recomputed", "derivation"))
    return (f'<article class="scorecard" id="p-{number}"><h2>{_t(project.name)} '
            f'<small class="meta">{_t(project.location)}</small></h2>'
            f'<p>{L("total")} {_t(total.reported or "—")} → <b>{_t(total.recomputed or "—")}</b> · '
            f'{L("grade")} {_t(grade.recomputed or "—")}</p>'
            f"<table><tr>{head}</tr>{''.join(rows)}</table>{_findings(project.findings, lang)}</article>")


def audit_html(view: AuditView, lang: str = "zh") -> str:
    L = lambda key: _t(label(key, lang))  # noqa: E731
    summary = view.summary
    used = sorted({f.code for p in view.projects for f in p.findings} | {f.code for f in view.findings})
    title = L("audit_title")
    cards = "".join(f'<div class="card">{L(key)}<b class="{key}">{count}</b></div>' for key, count in
                    (("scorecards", summary.projects), ("error", summary.errors), ("warning", summary.warnings),
                     ("info", summary.infos)))
    index = "".join(f'<li><a href="#p-{n}">{_t(p.name)}</a> {_t(p.total.recomputed)}'
                    f'{" ⚠" if any(f.severity == "error" for f in p.findings) else ""}</li>'
                    for n, p in enumerate(view.projects, start=1))
    codes = "".join(
        f'<article class="code" id="code-{c}"><h3>{c} {_t(CODES[c].name)} '
        f'<span class="{CODES[c].severity.value}">{_t(label(CODES[c].severity.value, lang))}</span></h3>'
        f"<p>{_t(CODES[c].sentence(lang))}</p><p>{_t(CODES[c].why(lang))}</p><pre>{_t(CODES[c].example)}</pre>"
        f"<p>{_t(CODES[c].fix(lang))}</p></article>" for c in used)
    return (
        f'<!doctype html><html lang="{"zh-CN" if lang == "zh" else "en"}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>'
        f"<style>{_CSS}</style></head><body>"
        f"<h1>{title}</h1><p class=\"meta\">{_t(', '.join(view.sources))} · {L('rules')} "
        f"<b>{_t(rules_text(view.rules, lang))}</b></p>"
        f'<section id="summary"><div class="cards">{cards}</div>{grade_chart(summary.grades, lang)}</section>'
        f'<section id="report"><h2>{L("report_level")}</h2>{_findings(view.findings, lang)}</section>'
        f'<section id="index"><h2>{L("project")}</h2><ol>{index}</ol></section>'
        f'<section id="scorecards">{"".join(_scorecard(n, p, lang) for n, p in enumerate(view.projects, 1))}'
        f'</section><section id="codes"><h2>{L("code")}</h2>{codes}</section></body></html>\n'
    )
