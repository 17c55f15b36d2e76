"""Auditing many files at once: each file on its own terms, in parallel, then one summary.

Each file is audited as if it were the only one: a report brings its own narrative
claims, and without `--rules` its own rule set is inferred (a folder may hold reports of
several regions).  Files go to worker processes with `--jobs N`; results come back in the
order given, each an `AuditView` (typed, picklable), so `--format jsonl` can write a
file's scorecards and forget them before the next file arrives.  A single file is
audited in this process a scorecard at a time as its output is written (`ViewStream`),
so that a report of any size is never held whole after it is read.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import attrs

from jsperf.errors import InputError
from jsperf.messages import text
from jsperf.model import AuditView
from jsperf.pipeline import audit_stream
from jsperf.rules.parse import load_rules
from jsperf.sources import expand, load
from jsperf.writers.views import ViewStream, view_stream

Progress = Callable[[int, int, str], None]  # (done, total, what is counted)


@attrs.frozen
class FileAudit:
    source: str
    view: AuditView | None  # None when the file could not be read
    error: str | None = None


@attrs.frozen
class FileStream:
    """A file's audit as a command writes it: its view told card by card (None when the
    file could not be read, and `error` says why)."""

    source: str
    view: ViewStream | None
    error: str | None = None

    @classmethod
    def of(cls, item: FileAudit) -> FileStream:
        return cls(item.source, ViewStream.of(item.view) if item.view is not None else None, item.error)


def audit_file(path: str, option: str | None, lang: str) -> FileAudit:
    """One file, start to end; any failure becomes the file's message, not an exception,
    so that one file never stops a batch: bad input told as such (with the file's name
    when the message has no place), anything else as the bug in jsperf it is."""
    try:
        return FileAudit(path, view_stream(audit_stream(load([Path(path)]), option), lang).whole())
    except InputError as error:
        return FileAudit(path, None, error.render() if error.span else f"{path}: {error.render()}")
    except Exception as error:  # a bug of ours, and still only this file's
        if os.environ.get("JSPERF_DEBUG"):
            raise
        return FileAudit(path, None, text("batch.bug", lang, path=path, kind=type(error).__name__, error=error))


def run(paths: Sequence[Path], option: str | None, lang: str, jobs: int = 1,
        progress: Progress | None = None, cluster: str | None = None, ordered: bool = True) -> Iterator[FileStream]:
    """Audit every file under `paths`, in order, `jobs` at a time, or over the Dask
    cluster at `cluster` (there, without `ordered`, each file as soon as it is done);
    a single file here, a scorecard at a time as its stream is read."""
    files = [str(path) for path in expand(paths)]
    if option is not None:
        load_rules(option)  # an unknown rule set is one error, not one per file
    if len(files) == 1 and cluster is None:  # one file: progress by scorecard
        by_scorecard = (lambda done, total: progress(done, total, "scorecards")) if progress else None
        yield FileStream(files[0], view_stream(audit_stream(load([Path(files[0])]), option, by_scorecard), lang))
        return
    yield from map(FileStream.of, _audits(files, option, lang, jobs, progress, cluster, ordered))


def _audits(files: list[str], option: str | None, lang: str, jobs: int, progress: Progress | None,
            cluster: str | None, ordered: bool) -> Iterator[FileAudit]:
    if cluster is not None:
        from jsperf.cluster import audit_files  # Dask only when asked for

        yield from audit_files(files, option, lang, cluster, progress, ordered)  # its own progress
    elif jobs <= 1:
        yield from _counted((audit_file(f, option, lang) for f in files), len(files), progress)
    else:
        from concurrent.futures import ProcessPoolExecutor  # only batches pay for it

        with ProcessPoolExecutor(max_workers=jobs) as pool:
            yield from _counted(pool.map(audit_file, files, [option] * len(files), [lang] * len(files)),
                                len(files), progress)


def _counted(results: Iterator[FileAudit], total: int, progress: Progress | None) -> Iterator[FileAudit]:
    for number, result in enumerate(results, start=1):
        if progress is not None:
            progress(number, total, "files")
        yield result
