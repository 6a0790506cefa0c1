"""Reading by ids in batches: one statement per `BATCH` ids, never one per id nor one per school."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

BATCH = 500  # well under SQLite's and PostgreSQL's bound-parameter limits


def chunks(ids: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    """The distinct ids in batches of `size`, in first-seen order."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), size):
        yield unique[start:start + size]


_gc_lock = threading.Lock()
_gc_pausers = 0


@contextmanager
def gc_paused() -> Iterator[None]:
    """No garbage collection while thousands of records are built (they are all kept: a collection
    would only walk them, 35-40 % of a bulk load's time); collection resumes when the last bulk
    load running in any thread ends."""
    global _gc_pausers
    with _gc_lock:
        if _gc_pausers == 0 and not gc.isenabled():
            paused_here = False  # someone else (a test, the app) turned it off: leave it so
        else:
            paused_here = True
            _gc_pausers += 1
            gc.disable()
    try:
        yield
    finally:
        if paused_here:
            with _gc_lock:
                _gc_pausers -= 1
                if _gc_pausers == 0:
                    gc.enable()
