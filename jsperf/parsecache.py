"""Project files, indicator sets and rule sets as read before, kept between runs.

Reading them costs more than the rest of `jsperf score`: importing Lark and a YAML
parser, loading Lark's parse tables, compiling its lexer's patterns.  A user scores the
same project again and again, so the model objects a reader returned are kept, one
file for each file read, in the user's cache folder (`JSPERF_CACHE`, else
`$XDG_CACHE_HOME/jsperf` or `%LOCALAPPDATA%\\jsperf`, else `~/.cache/jsperf`;
`JSPERF_CACHE=off` keeps nothing).

An entry is used only when everything its reading depended on is the same: the text
itself (stored whole and compared, not by a digest), the file's name (every `Span`
holds it), the text of every other file it read (a project's indicator set), and
jsperf's own code, grammars and Python (a fingerprint of their files' sizes and
times).  Anything else — no folder, one not the user's own or open to others, an
unreadable or stale entry — is a fresh reading; a reading that fails is an error as
before and is not kept.  The folder holds at most `MOST` entries, the newest.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
import pickle
import sys
import threading
import zlib
from collections.abc import Callable
from contextvars import ContextVar
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from jsperf.model import Case, Piecewise, Project, RuleSet

if TYPE_CHECKING:
    from jsperf.lang.parse import ParsedIndicators

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent
_FORMAT = 1  # bumped when an entry's layout changes


def indicators(text: str, file: str) -> ParsedIndicators:
    """`lang.parse.parse_indicators`, from the cache when it has the file's reading."""
    from jsperf.lang.parse import parse_indicators

    return _cached("indicators", text, file, parse_indicators)


def rules(text: str, file: str) -> RuleSet:
    """`rules.parse.parse_rules`, from the cache when it has the file's reading."""
    from jsperf.rules.parse import parse_rules

    return _cached("rules", text, file, parse_rules)


def project(text: str, file: str) -> Project:
    """`projectfile.read_project`, from the cache when the project file and every
    indicator-set file it named are as they were: a kept project imports no YAML parser."""
    from jsperf.projectfile import read_project

    return _cached("project", text, file, read_project)


def indicator_file(path: Path) -> ParsedIndicators:
    """An indicator-set file read and parsed, and noted as a file the project being read
    depends on."""
    from jsperf.projectfile import read_text

    text = read_text(path)
    depends = _DEPENDS.get()
    if depends is not None:
        depends.append((str(path), text))
    return indicators(text, str(path))


# the files (name, text) read so far by the reading under way in this thread, besides its own
_DEPENDS: ContextVar[list[tuple[str, str]] | None] = ContextVar("jsperf_parse_depends", default=None)


def _cached(kind: str, text: str, file: str, reader: Callable[[str, str], T]) -> T:
    folder = _folder()
    if folder is None:
        return reader(text, file)
    entry = folder / f"{kind}-{zlib.crc32(file.encode('utf-8', 'surrogatepass')):08x}.pickle"
    key = (_FORMAT, _fingerprint(), kind, file, text)
    kept = _load(entry)
    if kept is not None and kept[0] == key and all(_unchanged(*read) for read in kept[1]):
        return cast(T, kept[2])
    depends: list[tuple[str, str]] = []
    token = _DEPENDS.set(depends)
    try:
        result = reader(text, file)
    finally:
        _DEPENDS.reset(token)
    _store(entry, (key, tuple(depends), result))
    _prune(folder)
    return result


# The most entries kept: a long-running `jsperf serve` or a batch over many project files
# reads a new file name again and again; the cache keeps the newest, never grows without end.
MOST = 512


def _prune(folder: Path) -> None:
    """Down to three quarters of `MOST`, the least recently written first, once over it."""
    with contextlib.suppress(OSError):
        entries = [item for item in os.scandir(folder) if item.name.endswith(".pickle")]
        if len(entries) <= MOST:
            return
        entries.sort(key=lambda item: item.stat().st_mtime_ns)
        for item in entries[:len(entries) - MOST * 3 // 4]:
            with contextlib.suppress(OSError):
                os.unlink(item.path)


def _unchanged(file: str, text: str) -> bool:
    from jsperf.projectfile import read_text

    try:
        return read_text(Path(file)) == text
    except Exception:  # gone or unreadable: read afresh, which says why
        return False


def _folder() -> Path | None:
    """The cache folder, made if need be; None when caching is off or the folder is not
    private to this user (an entry is a pickle: only the user's own may be loaded)."""
    named = os.environ.get("JSPERF_CACHE")
    if named is not None and named.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    base = (os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA")  # the latter: Windows
            or os.path.join(os.path.expanduser("~"), ".cache"))
    folder = Path(named or os.path.join(base, "jsperf"))
    if not named and not folder.is_absolute():  # no home to keep it in: never a folder here
        return None
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    if hasattr(os, "getuid") and (status.st_uid != os.getuid() or status.st_mode & 0o022):
        return None  # (Windows has neither owners nor modes here: a profile's folders are its own)
    return folder


@functools.cache
def _fingerprint() -> tuple[object, ...]:
    """What a reading depends on besides its text and file name: this Python, and the
    size and time of each of jsperf's files (code, grammars, shipped rule sets) and of the
    parsers it reads with (found, not imported)."""
    files = [_stat(spec.origin) for name in ("lark", "yaml")
             if (spec := importlib.util.find_spec(name)) is not None and spec.origin is not None]
    folders = [_PACKAGE, _PACKAGE.parent / "grammar"]
    while folders:
        folder = folders.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for item in entries:
            if item.is_dir():
                if item.name != "__pycache__":
                    folders.append(Path(item.path))
            elif item.name.endswith((".py", ".lark", ".rules")):
                files.append(_stat(item.path))
    return (sys.version, *sorted(files))


def _stat(path: str) -> tuple[str, int, int]:
    try:
        status = os.stat(path)
    except OSError:
        return (path, -1, -1)
    return (path, status.st_size, status.st_mtime_ns)


def _load(entry: Path) -> tuple[Any, tuple[tuple[str, str], ...], Any] | None:
    try:
        with open(entry, "rb") as stream:
            kept = pickle.load(stream)
    except Exception:  # none yet, or a damaged or foreign one: a miss, never an error
        return None
    return kept if isinstance(kept, tuple) and len(kept) == 3 else None


def _store(entry: Path, kept: tuple[Any, tuple[tuple[str, str], ...], Any]) -> None:
    """Written whole or not at all: to a file of this thread's own, then renamed."""
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        with open(partial, "wb") as stream:
            _Pickler(stream, pickle.HIGHEST_PROTOCOL).dump(kept)
        os.replace(partial, entry)
    except Exception:  # a full disk, a folder gone read-only: the reading stands, unkept
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)


def piecewise(cases: tuple[Case, ...], label: str, params: tuple[str, ...]) -> Piecewise:
    """A rule rebuilt from its cases: its compiled function is made again, not kept."""
    from jsperf.rules.compile import compile_cases

    return Piecewise(cases, label, params, compile_cases(cases, params))


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj: Any) -> Any:
        if type(obj) is Piecewise:
            return piecewise, (obj.cases, obj.label, obj.params)
        return NotImplemented
