"""Reading by ids in batches: one statement per `BATCH` ids, never one per id nor one per school."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

BATCH = 500  # well under SQLite's and PostgreSQL's bound-parameter limits


def chunks(ids: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    """The distinct ids in batches of `size`, in first-seen order."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), size):
        yield unique[start:start + size]
