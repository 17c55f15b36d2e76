"""Pausing the cyclic garbage collector while many immutable records are made.

jsperf's records (rows, projects, results) form trees without reference cycles, so
the collector finds nothing to free in them; but it still scans them, over and over,
as their number grows.  On 10,000 scorecards that scanning takes as long as the work
itself.  Reference counting still frees everything as usual while it is paused.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
