"""Each browser's own private folder, and what it uploaded.

A session is a random id in a cookie and a temporary folder only this process knows;
what a browser sends is never a path: an uploaded file is stored under a name made here
(`1-report.txt`, its suffix kept so the right reader takes it), and a page names an
upload by an id drawn from the session's own table.  A session unused for `ttl` seconds
is deleted with its folder, and all of them when the server stops.
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

import attrs

from jsperf.model import Audit
from jsperf.web.uploads import confine

_STEM = re.compile(r"[^\w\-]+")
MAX_UPLOADS = 50  # pages a session keeps


def stored_name(filename: str, taken: set[str]) -> str:
    """A name for an upload that keeps its suffix (which reader takes it) and a readable
    stem, and nothing a path could be made of; `-2`, `-3`… when the upload has it already."""
    stem, dot, suffix = Path(filename.replace("\\", "/")).name.rpartition(".")
    if not dot:
        stem, suffix = suffix, "txt"
    stem = _STEM.sub("_", stem).strip("_")[:60] or "upload"
    suffix = _STEM.sub("", suffix).lower()[:8] or "txt"
    name, number = f"{stem}.{suffix}", 1
    while name in taken:
        number += 1
        name = f"{stem}-{number}.{suffix}"
    taken.add(name)
    return name


@attrs.define
class Upload:
    """Files sent together, audited together; their audit under each rule set asked for,
    and each download made of it."""

    folder: Path
    files: tuple[Path, ...]  # to audit: a project's own `.ind` is in the folder, not here
    names: tuple[str, ...]  # as the browser named them, for the page only
    # (`--rules` option, language of the messages made while reading) → audit
    audits: dict[tuple[str | None, str], Audit] = attrs.field(factory=dict)
    downloads: dict[tuple[str, str | None, str], bytes] = attrs.field(factory=dict)  # (file, option, language) → bytes


@attrs.define
class Session:
    id: str
    folder: Path
    used: float
    uploads: dict[str, Upload] = attrs.field(factory=dict)
    rules_file: Path | None = None  # a `.rules` file uploaded and checked, used for this session

    def save(self, files: Sequence[tuple[str, bytes]]) -> str:
        """Files (name as sent, content) stored in a new folder of the session, project
        files pointed at the files uploaded with them; the upload's id."""
        while len(self.uploads) >= MAX_UPLOADS:  # the oldest page expires first, with its files
            shutil.rmtree(self.uploads.pop(next(iter(self.uploads))).folder, ignore_errors=True)
        upload_id = secrets.token_urlsafe(8)
        folder = self.folder / upload_id
        folder.mkdir()
        paths: list[Path] = []
        taken: set[str] = set()
        for filename, content in files:
            paths.append(folder / stored_name(filename, taken))
            paths[-1].write_bytes(content)
        names = [Path(name.replace("\\", "/")).name for name, _ in files]
        parts = confine(paths, names)  # a project's `.ind` is read through the project, not as a report
        kept = [index for index, path in enumerate(paths) if path.name not in parts]
        self.uploads[upload_id] = Upload(folder, tuple(paths[i] for i in kept), tuple(names[i] for i in kept))
        return upload_id

    def scratch(self, name: str) -> Path:
        """A folder of the session for files the server writes itself (the fill-in form's);
        its name, like an upload's id, is no more than letters, digits, `-` and `_`."""
        folder = self.folder / name
        folder.mkdir(exist_ok=True)
        return folder


class Sessions:
    """Every live session, behind a lock: requests are served from several threads."""

    def __init__(self, ttl: float = 3600.0, root: Path | None = None) -> None:
        self.ttl = ttl
        self.root = Path(tempfile.mkdtemp(prefix="jsperf-web-", dir=root))
        self.root.chmod(0o700)
        self._live: dict[str, Session] = {}
        self._lock = threading.Lock()

    def get(self, session_id: str | None) -> Session:
        """The session of this id, or a new one (a cookie unknown or expired starts afresh)."""
        now = time.monotonic()
        with self._lock:
            self._expire(now)
            session = self._live.get(session_id or "")
            if session is None:
                new_id = secrets.token_urlsafe(24)
                folder = self.root / secrets.token_hex(8)
                folder.mkdir(mode=0o700)
                session = self._live[new_id] = Session(new_id, folder, now)
            session.used = now
            return session

    def _expire(self, now: float) -> None:
        for key in [key for key, session in self._live.items() if now - session.used > self.ttl]:
            shutil.rmtree(self._live.pop(key).folder, ignore_errors=True)

    def close(self) -> None:
        with self._lock:
            self._live.clear()
            shutil.rmtree(self.root, ignore_errors=True)
