"""Automatic backups while the app works and at exit, and the restore flow of the «Файл» menu."""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from mentor_desk.services.safety import AUTO_INTERVAL, BackupInfo, DataSafety
from mentor_desk.ui.common import background

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 5 * 60 * 1000  # the manager itself keeps to AUTO_INTERVAL between backups


class AutoBackup(QObject):
    """Calls DataSafety.auto_backup_if_changed on a timer (off the GUI thread) and once at exit.

    A failed backup never blocks work: it is logged by the manager and reported through
    `message` (the window shows it in its status bar).
    """

    message = Signal(str)

    def __init__(self, manager: DataSafety, parent: QObject | None = None,
                 interval_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.manager = manager
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.run_in_background)
        self.task: background.Task | None = None
        self._lock = threading.Lock()  # one backup at a time: the timer's and the exit's never overlap
        self._stopped = False

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        """No more backups from this object (the database is being replaced or closed elsewhere)."""
        self.timer.stop()
        self._stopped = True
        with self._lock:  # let a backup already running finish before the caller touches the file
            pass

    def _backup(self, min_interval: bool) -> BackupInfo | None:
        with self._lock:
            return self.manager.auto_backup_if_changed(min_interval=AUTO_INTERVAL if min_interval else None)

    def run_in_background(self) -> None:
        if self._stopped or self.task is not None:
            return
        task = background.Task(lambda _progress, _cancel: self._backup(min_interval=True))
        task.signals.succeeded.connect(self._report)
        task.signals.finished.connect(self._task_finished)
        self.task = task
        background.start(task)

    def _task_finished(self) -> None:
        self.task = None

    def at_exit(self) -> BackupInfo | None:
        """The exit backup (whatever the interval); runs once, waits for a timer backup in progress."""
        if self._stopped:
            return None
        self.stop()
        info = self._backup(min_interval=False)
        self._report(info)
        return info

    def _report(self, info: object) -> None:
        if self.manager.last_error:
            self.message.emit(f"Резервная копия не сделана: {self.manager.last_error}")
        elif isinstance(info, BackupInfo):
            self.message.emit(f"Резервная копия базы сохранена в {info.created:%H:%M}.")


def describe_restore(source_created: datetime, safety: BackupInfo | None, missing: tuple[str, ...],
                     damaged: Path | None) -> str:
    """What a finished restore tells the user."""
    lines = [f"База восстановлена из копии от {source_created:%d.%m.%Y %H:%M}."]
    if safety is not None:
        lines.append(f"Состояние до восстановления сохранено в резервной копии от {safety.created:%d.%m.%Y %H:%M}.")
    if damaged is not None:
        lines.append(f"Прежний файл базы был повреждён и отложен как «{damaged.name}».")
    if missing:
        lines.append(f"Не найдено файлов продуктов: {len(missing)} (их не было в копии).")
    return "\n".join(lines)

