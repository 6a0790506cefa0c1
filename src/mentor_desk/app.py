"""Composition root of the GUI: logging, paths, database, services, main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mentor_desk.logfile import setup_logging
from mentor_desk.paths import default_database, demo_database


def resolve_database(args: argparse.Namespace) -> Path | str:
    if getattr(args, "demo", False):
        path = demo_database()
        if not path.exists():
            from mentor_desk.demo.generator import write_demo

            write_demo(path, seed=2025, force=False)
        return path
    if args.db and str(args.db).startswith(("postgresql://", "postgres://", "postgresql+")):
        return str(args.db)  # a district server: the password is in the URL, never logged
    return Path(args.db) if args.db else default_database()


def run_gui(args: argparse.Namespace) -> int:
    setup_logging()
    # Paint first: a splash before SQLAlchemy, the services and the window are imported and the
    # database is opened (those grow with the code and the school; the splash does not).
    from mentor_desk.ui.common.splash import show_splash

    splash = show_splash()
    path = resolve_database(args)
    from mentor_desk.ui.application import run

    return run(path, smoke_test=bool(getattr(args, "smoke_test", False)), splash=splash)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(run_gui(argparse.Namespace(db=None, demo=True, smoke_test=False)))
