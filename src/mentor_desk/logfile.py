"""The program's log file, shared by the window and the commands; private to the user.

The file is created 0600 in a 0700 folder on POSIX (it may name files and folders, never a
person: no pupil names are logged). An unexpected error is logged by its type and stack frames
only (`error_summary`), because the text of an exception can carry a person's data.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import traceback
from pathlib import Path

from mentor_desk.paths import log_dir

LOG_NAME = "mentor-desk.log"


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are created readable by their owner only."""

    def _open(self):
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if os.name != "nt":
            os.chmod(self.baseFilename, 0o600)
        return os.fdopen(fd, self.mode, encoding=self.encoding, errors=self.errors)


def log_path() -> Path:
    return log_dir() / LOG_NAME


def setup_logging() -> Path:
    """Log to the shared file (once per process); returns its path."""
    folder = log_dir()
    missing = [p for p in (folder, *folder.parents) if not p.exists()]
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        for created in missing:
            os.chmod(created, 0o700)
    path = folder / LOG_NAME
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        if Path(old.baseFilename) != path.resolve():  # another data folder: the messages name this one
            root.removeHandler(old)
            old.close()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    return path


def error_summary(exc: BaseException) -> str:
    """The type and stack frames of an exception, without its text (which may name a person)."""
    frames = "".join(traceback.format_tb(exc.__traceback__))
    return f"{type(exc).__module__}.{type(exc).__qualname__}\n{frames}"
