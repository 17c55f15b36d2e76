"""Pausing the cyclic garbage collector while many immutable records are made.

jsperf's records (rows, projects, results) form trees without reference cycles, so
the collector finds nothing to free in them; but it still scans them, over and over,
as their number grows.  On 10,000 scorecards that scanning takes as long as the work
itself.  Reference counting still frees everything as usual while it is paused.

Re-enabling is not enough: everything made while paused sits in the youngest
generation, and the first allocation afterwards would scan it all at once (a third of
the time of scoring 100,000 scorecards).  So the records are frozen first
(`gc.freeze`): moved where the collector never looks, freed by reference counting
alone, as they would have been anyway.
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
            gc.freeze()
            gc.enable()
