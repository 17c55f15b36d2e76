"""Batches over a Dask cluster (`--cluster ADDRESS`): the files of a batch mapped over
the workers of a `dask.distributed` scheduler, for batches one machine cannot do in time
(a province's ~10⁴ reports of 20–50 PDF pages each).

Each worker runs `batch.audit_file`, exactly what `--jobs` runs in a process of its own,
so a file's result, its failure message and the summary are the same as with `--jobs 1`.
Workers read the files by their paths: the files must be on storage every worker sees at
the same path (or the cluster is `local:N`, N processes on this machine).  Dask is an
optional extra (`pip install 'jsperf[cluster]'`), imported only here and only when asked.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from jsperf.errors import InputError
from jsperf.messages import t

if TYPE_CHECKING:
    from jsperf.batch import FileAudit, Progress

LOCAL = "local:"


def workers_of(address: str) -> int | None:
    """N for `local:N` (a local cluster of N worker processes), None for a scheduler's
    address; a `local:` without a positive count is bad input."""
    if not address.startswith(LOCAL):
        return None
    count = address.removeprefix(LOCAL)
    if not count.isdigit() or int(count) < 1:
        raise InputError(t("cluster.local", address=address))
    return int(count)


@contextlib.contextmanager
def connected(address: str) -> Iterator[Any]:
    """A client of the cluster at `address`, started (`local:N`) or reached (`tcp://host:8786`)."""
    workers = workers_of(address)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError(t("cluster.missing")) from None
    if workers is not None:
        with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                          silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
            yield client
        return
    try:
        client = Client(address, timeout=30)
    except (OSError, ValueError, TypeError) as error:  # refused, timed out, or no address at all
        raise InputError(t("cluster.unreachable", address=address, error=error)) from None
    with client:
        yield client


def audit_files(files: Sequence[str], option: str | None, lang: str, address: str,
                progress: Progress | None = None, ordered: bool = True) -> Iterator[FileAudit]:
    """Every file audited on the cluster: in the order given (`ordered`), or each as soon
    as it is done (a JSONL stream).  A file whose task fails (a worker lost, a bug) is
    that file's failure, as with `--jobs`."""
    from distributed import as_completed

    from jsperf.batch import FileAudit, audit_file

    with connected(address) as client:
        futures = client.map(audit_file, files, option=option, lang=lang, pure=False)
        where = {future.key: index for index, future in enumerate(futures)}
        waiting: dict[int, FileAudit] = {}
        following = 0
        for done, (future, value) in enumerate(as_completed(futures, with_results=True, raise_errors=False),
                                               start=1):
            index = where[future.key]
            if future.status == "error":  # the task's (type, exception, traceback)
                error = value[1]
                value = FileAudit(files[index], None,
                                  t("cluster.failed", path=files[index], kind=type(error).__name__, error=error))
            result: FileAudit = value
            if progress is not None:
                progress(done, len(files), "files")
            if not ordered:
                yield result
                continue
            waiting[index] = result
            while following in waiting:
                yield waiting.pop(following)
                following += 1
