"""The write process of the crash harness: opens like the app and writes through the services until killed."""

from __future__ import annotations

import os
import random
from datetime import date
from pathlib import Path

from mentor_desk.db.opening import open_for_writing
from mentor_desk.domain.enums import ActivityStatus, PairStatus
from mentor_desk.services.container import Services
from tests.safety.helpers import add_unit


def write_forever(db_path: Path, work_dir: Path, progress: Path, seed: int) -> None:
    """Open the database (taking over the killed predecessor's lock) and write in a loop.

    After each committed step a line is appended to `progress`, so the harness knows what must
    have survived the kill.
    """
    rng = random.Random(seed)
    db = open_for_writing(db_path, heartbeat=True)
    services = Services.for_database(db)
    with progress.open("a", encoding="utf-8") as out:
        out.write("open\n")
        out.flush()
        while True:
            add_unit(services, rng, work_dir, with_file=rng.random() < 0.5)
            out.write("unit\n")
            out.flush()
            step = rng.random()
            if step < 0.3:
                open_pairs = [p for p in services.pairs.list_pairs() if p.status is PairStatus.ACTIVE]
                if open_pairs:
                    services.pairs.close(rng.choice(open_pairs).id, PairStatus.COMPLETED, date(2026, 5, 25))
            elif step < 0.6:
                ioms = services.roadmaps.list_ioms()
                if ioms:
                    iom = services.roadmaps.get(rng.choice(ioms).id)
                    todo = [a for a in iom.activities if a.status is not ActivityStatus.DONE]
                    if todo:
                        services.roadmaps.mark_done(todo[0].id, date(2025, 12, 1), "зачтено")


def child_main(db_path: str, work_dir: str, progress: str, seed: int) -> None:  # pragma: no cover - killed
    try:
        write_forever(Path(db_path), Path(work_dir), Path(progress), seed)
    finally:
        os._exit(0)
