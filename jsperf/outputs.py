"""Writing files without losing any: never onto an input, whole or not at all, nothing
left behind, several files (an `import`) all or none.

Every file jsperf writes goes through `cli.atomic_path` or `write_all` here, and both ask
`refuse_input` first, so the promise "inputs are never changed" is kept in one place: a
command names what it reads (`reading`), and a write onto any of those files — by the same
name, through a symbolic link or a hard link — is refused before anything is written.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import FrameType

from jsperf.errors import InputError
from jsperf.messages import t

STALE_AFTER = 3600  # seconds: a temporary file this old was left by a run that was killed
LOCK_WAIT = 10.0  # seconds an `import` waits for another into the same folder
STAGING_PREFIX = ".jsperf-import."

_reading: tuple[Path, ...] = ()


def reading(paths: Iterable[Path | str | None]) -> None:
    """The files and folders the running command reads: no output may land on one."""
    global _reading
    _reading = tuple(Path(p) for p in paths if p is not None and Path(p).exists())


def _files_read() -> Iterator[Path]:
    """What `reading` named, and in folders the files jsperf would read there."""
    from jsperf.sources import expand  # only a command that writes pays for it

    for path in _reading:
        yield path
        if path.is_dir():
            with contextlib.suppress(InputError):  # an empty folder holds nothing more to protect
                yield from expand([path])


def refuse_input(target: Path) -> None:
    """An InputError when `target` is a file the command reads (compared by device and
    inode, so also through links); nothing has been written yet."""
    try:
        written = target.stat()
    except OSError:  # not there (yet): no input can be lost
        return
    for path in _files_read():
        with contextlib.suppress(OSError):
            read = path.stat()
            if (read.st_dev, read.st_ino) == (written.st_dev, written.st_ino):
                raise InputError(t("output.is_input", output=target, input=path))


def through_link(path: Path) -> Path:
    """The file a symbolic link names, so that writing replaces that file and the link
    stays a link; any other path as it is."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def clean_stale(folder: Path, pattern: re.Pattern[str]) -> None:
    """Remove what killed runs left in `folder` (names matching `pattern`, older than
    `STALE_AFTER`); a fresh one may belong to a run still going, and stays."""
    import shutil

    cutoff = time.time() - STALE_AFTER
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if pattern.fullmatch(entry.name) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                with contextlib.suppress(OSError):
                    if entry.is_dir(follow_symlinks=False):
                        shutil.rmtree(entry.path)
                    else:
                        os.unlink(entry.path)


def temporary_pattern(path: Path) -> re.Pattern[str]:
    """The names `tempfile.mkstemp` gives the temporary files of `path` (`.NAME.XXXXXXXX.tmp`)."""
    return re.compile(re.escape(f".{path.name}.") + r"[a-z0-9_]{8}\.tmp")


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def cleaned_up_on_terminate() -> Iterator[None]:
    """SIGTERM raises SystemExit while the block runs (as SIGINT raises KeyboardInterrupt),
    so the writer's cleanup runs instead of the process vanishing with a temporary file."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


@contextlib.contextmanager
def locked(folder: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """An exclusive lock on `folder` itself (no lock file left behind) so that two imports
    into one folder never interleave: the second waits up to `wait` seconds, then gives up."""
    import fcntl

    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder, os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise InputError(t("output.busy", folder=folder, seconds=int(wait))) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(handle)  # and with it the lock


def _differs(path: Path, text: str) -> bool:
    """Whether writing `text` to `path` would replace something else (another text, bytes
    that are not UTF-8, a folder, a file that cannot be read)."""
    if not (path.exists() or path.is_symlink()):
        return False
    try:
        return path.read_bytes() != text.encode("utf-8")
    except OSError:
        return True


def write_all(files: Sequence[tuple[Path, str]], force: bool) -> None:
    """Write every file or none: under a lock on each target folder, refuse inputs and (without
    `force`) anything else in the way, write the files into a hidden folder beside their
    targets, then move them in — putting back what was there if a move fails."""
    folders = sorted({path.parent.resolve() for path, _ in files})  # one lock a folder, however it is spelled
    with contextlib.ExitStack() as stack:
        for folder in folders:
            stack.enter_context(locked(folder))
            clean_stale(folder, re.compile(re.escape(STAGING_PREFIX) + r"[a-z0-9_]{8}"))
        for path, _ in files:
            refuse_input(path)
        clashes = [path for path, text in files if _differs(path, text)]
        if clashes and not force:
            raise InputError(t("cli.clashes", count=len(clashes), example=clashes[0]))
        stack.enter_context(cleaned_up_on_terminate())
        import tempfile  # only when files are written: `score` to the terminal never is

        staging = {folder: Path(stack.enter_context(tempfile.TemporaryDirectory(prefix=STAGING_PREFIX, dir=folder)))
                   for folder in folders}
        staged = []
        for path, text in files:
            temporary = staging[path.parent.resolve()] / path.name
            temporary.write_bytes(text.encode("utf-8"))
            staged.append((temporary, path))
        _move_in(staged)


def _move_in(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename each staged file over its target, keeping the old one beside the staged file
    until all are in, so that a failure leaves the targets as they were."""
    moved: list[tuple[Path, Path | None]] = []
    try:
        for temporary, target in staged:
            kept = None
            if target.exists() or target.is_symlink():
                kept = temporary.with_name(temporary.name + ".old")
                os.replace(target, kept)
            moved.append((target, kept))
            os.replace(temporary, target)
    except BaseException:
        for target, kept in reversed(moved):
            with contextlib.suppress(OSError):
                target.unlink(missing_ok=True)  # the new file, if it got in
                if kept is not None:
                    os.replace(kept, target)
        raise


NAME_BYTES = 150  # of a file name's 255, leaving room for a number, a suffix and a temporary name's additions


def safe_name(name: str) -> str:
    """`name` as a file name: letters, digits, `-` and `_`, at most 60 characters and
    `NAME_BYTES` bytes of UTF-8 (a 4-byte character counts four), no character split."""
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)[:60]
    return safe.encode("utf-8")[:NAME_BYTES].decode("utf-8", errors="ignore")
