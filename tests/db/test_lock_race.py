"""Eight processes open the same database at the same moment: exactly one holds it, every round.

Even rounds start on a database nobody holds; odd rounds on one whose lock was left by a killed
process on this computer, so the eight race to take the crashed lock over.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from mentor_desk.db.lock import DatabaseLock, DatabaseLockedError, lock_path_for, this_host

PROCESSES = 8
ROUNDS = 25


def _slow_disk() -> None:
    """Writes that take a moment, as on a USB stick: a lock file is visible before its contents."""
    real_write = os.write

    def slow_write(fd: int, data: Any) -> int:
        time.sleep(0.003)
        return real_write(fd, data)

    os.write = slow_write  # type: ignore[assignment]  # only in this forked child


def _contender(folder: str, barrier: Any, results: Any) -> None:  # pragma: no cover - runs in the children
    try:
        _slow_disk()
        for r in range(ROUNDS):
            path = Path(folder) / f"round-{r}.db"
            barrier.wait(timeout=60)
            lock: DatabaseLock | None = None
            try:
                lock = DatabaseLock.acquire(path)
            except DatabaseLockedError:
                lock = None
            except Exception as exc:  # reported, so that the test shows it instead of hanging
                results.put((r, os.getpid(), repr(exc)))
                raise
            results.put((r, os.getpid(), lock is not None))
            barrier.wait(timeout=60)  # everyone has tried before the holder lets go
            if lock is not None:
                lock.release()
    finally:
        results.close()
        results.join_thread()  # the queue's feeder thread must deliver everything before _exit
        os._exit(0)


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_eight_processes_never_hold_the_lock_together(tmp_path: Path) -> None:
    dead = _dead_pid()
    now = datetime.now().isoformat(timespec="seconds")
    for r in range(1, ROUNDS, 2):
        crashed = {"host": this_host(), "pid": dead, "user": "", "since": now, "heartbeat": now, "token": f"dead{r}"}
        lock_path_for(tmp_path / f"round-{r}.db").write_text(json.dumps(crashed), encoding="utf-8")
    ctx = multiprocessing.get_context("fork")
    barrier = ctx.Barrier(PROCESSES)
    results = ctx.Queue()
    procs = [ctx.Process(target=_contender, args=(str(tmp_path), barrier, results)) for _ in range(PROCESSES)]
    for proc in procs:
        proc.start()
    outcomes = [results.get(timeout=120) for _ in range(PROCESSES * ROUNDS)]
    for proc in procs:
        proc.join(timeout=60)
    assert [o for o in outcomes if not isinstance(o[2], bool)] == []
    holders = {r: sum(1 for rr, _pid, got in outcomes if rr == r and got) for r in range(ROUNDS)}
    assert holders == dict.fromkeys(range(ROUNDS), 1)
    assert not list(tmp_path.glob("*.lock")), "every holder released its lock"
