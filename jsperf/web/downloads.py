"""What the audit page offers to download, each made by the writer the CLI uses for it;
the findings tables are written from the model, one row a finding."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
from openpyxl import Workbook

from jsperf.codes import message
from jsperf.model import Audit, Finding, Result
from jsperf.vocabulary import label
from jsperf.writers.views import sort_findings

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_COLUMNS = ("project", "name", "code", "severity", "location", "message", "reported", "recomputed")


def workbook_bytes(scored: list[tuple[Result, list[Finding]]], lang: str) -> bytes:
    """The official form as `.xlsx`, through `writers.workbook` (which writes to a path)."""
    from jsperf.writers.workbook import write_workbook

    with tempfile.TemporaryDirectory(prefix="jsperf-xlsx-") as folder:
        path = Path(folder) / "scorecards.xlsx"
        write_workbook(scored, path, lang)
        return path.read_bytes()


def _finding_rows(audit: Audit, lang: str) -> Iterator[list[str]]:
    """The report's own findings, then each scorecard's, most severe first within each."""
    groups = [(None, audit.findings)] + [(item.result.project.name, item.findings) for item in audit.scorecards]
    for project, findings in groups:
        for f in sort_findings(list(findings)):
            yield [project or f.project or "", f.indicator or "", f.code, label(f.severity.value, lang),
                   str(f.span) if f.span else "", message(f, lang), f.reported or "", f.recomputed or ""]


def findings_csv(audit: Audit, lang: str) -> bytes:
    """UTF-8 with a byte-order mark, so that Excel opens the Chinese as Chinese."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([label(key, lang) for key in _COLUMNS])
    writer.writerows(_finding_rows(audit, lang))
    return out.getvalue().encode("utf-8-sig")


def findings_xlsx(audit: Audit, lang: str) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = label("findings", lang)
    sheet.append([label(key, lang) for key in _COLUMNS])
    for row in _finding_rows(audit, lang):
        sheet.append(row)
    for letter, width in zip("ABCDEFGH", (24, 18, 8, 8, 28, 60, 10, 10), strict=True):
        sheet.column_dimensions[letter].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def audit_json(audit: Audit, lang: str) -> bytes:
    """The JSON `jsperf audit -f json` writes."""
    from jsperf.writers.views import audit_json, audit_view

    return json.dumps(audit_json(audit_view(audit, lang)), ensure_ascii=False, indent=2).encode("utf-8")


def audit_page(audit: Audit, lang: str) -> bytes:
    from jsperf.writers.html import audit_html
    from jsperf.writers.views import audit_view

    return audit_html(audit_view(audit, lang), lang).encode("utf-8")


@attrs.frozen
class Download:
    words: str  # its link's text, a catalogue key
    kind: str  # content type
    make: Callable[[Audit, str], bytes]


# by the name in the URL, which is also the downloaded file's
DOWNLOADS = {
    "workbook.xlsx": Download("web.download.workbook", XLSX, lambda audit, lang: workbook_bytes(
        [(item.result, list(item.findings)) for item in audit.scorecards], lang)),
    "findings.xlsx": Download("web.download.findings_xlsx", XLSX, findings_xlsx),
    "findings.csv": Download("web.download.findings_csv", "text/csv; charset=utf-8", findings_csv),
    "audit.json": Download("web.download.json", "application/json", audit_json),
    "audit.html": Download("web.download.html", "text/html; charset=utf-8", audit_page),
}
