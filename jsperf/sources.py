"""From the paths a user names to projects: report texts, web pages, Word and Excel
attachments, PDFs, project files, folders of them.

Reading is two stages.  A source module turns a file into rows of cells with their
positions (`sources()`, by suffix; any other file is text, its encoding and layout
found by `readers/decode.py` and `readers/text_rows.py`); the one card reader
(`readers/card.py`) turns rows into scorecards.  Which source reads a file is decided
here and nowhere else: a new source kind is a module in `readers/` and a line here.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs

from jsperf.codes import finding, message
from jsperf.errors import InputError
from jsperf.layout import FORM_ROWS, FORMS, TABLE_WORDS, TITLE_WORDS
from jsperf.messages import current, t
from jsperf.model import Claims, Finding, Project, Report, Source, Span
from jsperf.projectfile import load_project

PROJECT_SUFFIXES = (".yaml", ".yml")
TEXT_SUFFIXES = (".txt", ".text", ".csv", ".md")


# The readers are imported when a report is read, not for a project file: `jsperf score
# project.yaml` starts without compiling their patterns.
@functools.cache
def sources() -> dict[str, Callable[[Path], Source]]:
    """The source kinds by suffix: each turns a file into rows of cells (`Source`)."""
    from jsperf.readers import docx_rows, html_rows, pdf, workbook, xls_rows

    return {
        **dict.fromkeys(workbook.SUFFIXES, workbook.rows_of_xlsx),
        **dict.fromkeys(xls_rows.SUFFIXES, xls_rows.rows_of_xls),
        # legacy: refused by the Word reader, with what to do
        **dict.fromkeys((*docx_rows.SUFFIXES, *docx_rows.LEGACY), docx_rows.rows_of_docx),
        **dict.fromkeys(html_rows.SUFFIXES, html_rows.rows_of_html),
        **dict.fromkeys(pdf.SUFFIXES, pdf.rows_of_pdf),
    }


# formats no reader takes, and what to do instead (old Word files are the Word reader's to refuse)
REFUSED = {".ofd": "file.ofd"}  # suffix → why, a `messages` key
_LAYOUTS = {"tab": "制表符分隔 (tab)", "pipe": "竖线分隔 (pipe)", "pipe-cells": "每行一格、竖线标记行尾 (pipe cells)",
            "aligned": "空格对齐 (aligned)", "cells": "每行一格 (cell per line)", "spaces": "空格分隔 (spaces)",
            "lines": "整行文字 (lines)"}


@attrs.frozen
class Loaded:
    projects: tuple[Project, ...]
    claims: Claims | None
    findings: tuple[Finding, ...]
    sources: tuple[str, ...]


def rows_of_text_file(path: Path) -> Source:
    """A text file: its encoding found (never guessed silently), traditional characters
    mapped for matching, its layout split into rows."""
    from jsperf.readers.decode import decode, mirror_reading, read_bytes
    from jsperf.readers.text_rows import rows_of_text

    decoded = decode(read_bytes(path), str(path))
    plain = mirror_reading(decoded.text, decoded.traditional)
    rows, layout = rows_of_text(plain(decoded.text) if plain else decoded.text, str(path))
    notes = [finding("JS409", Span(str(path), 1), encoding=decoded.encoding, layout=_LAYOUTS.get(layout, layout))]
    if plain:
        notes.append(finding("JS413", Span(str(path), 1)))
    return Source(str(path), "text", tuple(rows), decoded.encoding, layout, tuple(notes))


def source_of(path: Path) -> Source:
    suffix = path.suffix.lower()
    if suffix in REFUSED:
        raise InputError(t(REFUSED[suffix]), Span(str(path), 1))
    reader = sources().get(suffix)
    return _as_published(reader(path)) if reader is not None else _by_content(path)


def _as_published(source: Source) -> Source:
    """A page, document or workbook a mirror site re-posted (traditional characters, pinyin
    glosses) read cell by cell as the one it copied, as a text file is (JS413)."""
    from jsperf.readers.decode import mirror_reading

    plain = mirror_reading("\n".join("\t".join(row.cells) for row in source.rows))
    if plain is None:
        return source
    rows = tuple(row._replace(cells=tuple(map(plain, row.cells))) for row in source.rows)
    return attrs.evolve(source, rows=rows, notes=(*source.notes, finding("JS413", Span(source.file, 1))))


def _by_content(path: Path) -> Source:
    """A file named as text (or not named at all) read as what its bytes say it is: an
    .xls, .xlsx, .docx or PDF renamed `.txt` or saved without a suffix is read by its
    own reader, and if that fails the message says what the file is."""
    from jsperf.readers import docx_rows, pdf, workbook, xls_rows
    from jsperf.readers.decode import read_head

    head = read_head(path, 1024)
    marks: tuple[tuple[bytes, Callable[[Path], Source], str], ...] = (  # (first bytes, reader, what it is)
        (docx_rows.OLE2, xls_rows.rows_of_xls, "file.kind_ole2"),
        (b"%PDF-", pdf.rows_of_pdf, "file.kind_pdf"),
    )
    for mark, reader, kind in marks:
        if head.startswith(mark):
            return _read_as(path, reader, kind)
    if head.startswith(b"PK\x03\x04"):
        word = _is_word(path)
        return _read_as(path, docx_rows.rows_of_docx if word else workbook.rows_of_xlsx,
                        "file.kind_docx" if word else "file.kind_zip")
    return rows_of_text_file(path)


def _is_word(path: Path) -> bool:
    """Is this zip archive a Word document (parts under `word/`), not a workbook?"""
    import io
    import zipfile

    from jsperf.readers.decode import read_bytes

    try:
        with zipfile.ZipFile(io.BytesIO(read_bytes(path))) as archive:
            return any(name.startswith("word/") for name in archive.namelist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        return False  # the workbook reader says what is wrong with it


def _read_as(path: Path, reader: Callable[[Path], Source], kind: str) -> Source:
    try:
        return _as_published(reader(path))
    except InputError as error:
        raise InputError(t("file.named_as_text", what=t(kind), problem=error.message), Span(str(path), 1)) from None


def read_report_file(path: Path) -> Report:
    from jsperf.readers.card import read_rows

    source = source_of(path)
    report = read_rows(source.rows, str(path), source.notes, sheets=source.kind in ("xls", "xlsx"))
    if not report.projects and not any(f.code == "JS405" for f in report.findings):
        raise _nothing_read(report, source, path)
    return report  # scorecards, or only forms that are not scorecards, each named (JS405)


def _nothing_read(report: Report, source: Source, path: Path) -> InputError:
    """Why no scorecard came out of a file: what was found instead, cells glued
    together by OCR or copying, or no form at all."""
    told = [f for f in report.findings if f.code not in ("JS409", "JS413")]
    if told:
        problems = "; ".join(f"{f.span}: {message(f, current())}" for f in told[:3])
        return InputError(t("report.none_read", problems=problems), Span(str(path), 1))
    for row in source.rows:
        text = "".join(row.text.split())
        kind = _glued_title(text) if len(text) > 60 else None
        if kind is not None:
            form = FORMS[kind]  # named, so a user holding a form jsperf would not score anyway knows it
            return InputError(t("report.glued", form=form.zh if current() == "zh" else form.en), row.span,
                              expected=t("report.glued_expected"))
    return InputError(t("report.no_form"), Span(str(path), 1), expected=t("report.no_form_expected"))


_TITLE_REACH = 30  # how far before its `表` a title's words may begin


def _glued_title(text: str) -> str | None:
    """The kind of form whose title a line of glued cells holds: the title words looked for
    just before a `表` that ends a title, not anywhere in the line (a project card's
    `省对下转移支付项目□`, a box left unticked, names no transfer-payment form), and the
    table's own words after it (`TABLE_WORDS`: a file's name written twice,
    `…绩效自评表(共15个).pdf…`, is no table).  A row that makes a card another form
    whatever its title (`FORM_ROWS`: 转移支付(项目)名称) names the form here too, where it
    follows the title (only the labels too long to be part of other words)."""
    for end in (i for i, char in enumerate(text) if char == "表"):
        title = text[max(0, end - _TITLE_REACH):end + 1]
        kind = next((kind for words, kind in TITLE_WORDS if all(word in title for word in words)), None)
        if kind is not None and any(word in text[end:] for word in TABLE_WORDS):
            after = text[end:end + _ROW_REACH]
            return next((other for label, other in FORM_ROWS.items() if len(label) > 4 and label in after), kind)
    return None


_ROW_REACH = 200  # how far after a glued title a row naming another form is looked for


def expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            suffixes = (*PROJECT_SUFFIXES, *TEXT_SUFFIXES, *sources())  # every file jsperf reads
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() in suffixes)
            if not found:
                raise InputError(t("file.empty_folder", path=path))
            files.extend(found)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(t("file.missing_any", path=path))
    return files


def load(paths: Sequence[Path]) -> Loaded:
    projects: list[Project] = []
    findings: list[Finding] = []
    claims: Claims | None = None
    sources = []
    for path in expand(paths):
        sources.append(str(path))
        if path.suffix.lower() in PROJECT_SUFFIXES:
            projects.append(load_project(path))
            continue
        report = read_report_file(path)
        projects.extend(report.projects)
        findings.extend(report.findings)
        if report.claims is not None and claims is None and len(paths) == 1:
            claims = report.claims
    return Loaded(tuple(projects), claims, tuple(findings), tuple(sources))
