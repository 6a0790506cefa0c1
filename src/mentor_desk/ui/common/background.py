"""Running long work off the GUI thread, with progress, cancel and the result back on the GUI thread."""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from typing_extensions import override

from mentor_desk.errors import Cancelled

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]


class CancelFlag:
    """Set from the GUI thread, polled by the worker (`check()` raises Cancelled)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def is_set(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # the exception and its formatted traceback
    cancelled = Signal()
    finished = Signal()


class Task(QRunnable):
    """A function run on the thread pool; it receives a progress callback and a cancel flag."""

    def __init__(self, work: Callable[[ProgressCallback, CancelFlag], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the caller keeps the task (and its signals) alive
        self.signals = TaskSignals()
        self.cancel_flag = CancelFlag()
        self._work = work

    @override
    def run(self) -> None:
        try:
            result = self._work(self.signals.progress.emit, self.cancel_flag)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the GUI thread, which shows it
            log.exception("background task failed")
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            if self.cancel_flag.is_set:
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()


def start(task: Task) -> None:
    QThreadPool.globalInstance().start(task)
