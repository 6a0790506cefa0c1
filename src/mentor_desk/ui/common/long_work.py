"""Long work the window can be left in the middle of: exports running off the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QWidget

from mentor_desk.ui.common import background, prompts

REPORTS_TAB = 4  # the one tab whose registers run as a plain background task


def running_exports(built_tabs: Mapping[int, QWidget]) -> list[background.Task]:
    """Documents and registers being written right now by the tabs made so far."""
    tasks: list[background.Task] = []
    for index, tab in built_tabs.items():  # a tab never made runs nothing
        task = getattr(tab, "task", None) if index == REPORTS_TAB else None
        job = getattr(tab, "pdf_job", None)
        if isinstance(task, background.Task):
            tasks.append(task)
        if job is not None and job.running:
            tasks.append(job.task)
    return tasks


def leave_running_exports(parent: QWidget, tasks: list[background.Task]) -> bool:
    """Ask before closing during an export; on «Да» stop it (it leaves no file) and wait for it."""
    if not tasks:
        return True
    if not prompts.ask_yes_no(parent, "Документ ещё выгружается. Прервать выгрузку и закрыть программу? "
                                      "Недописанный файл не останется.", "Выгрузка не закончена"):
        return False
    for task in tasks:
        task.cancel_flag.cancel()
    QThreadPool.globalInstance().waitForDone(10_000)  # every stage checks the flag at least once a second
    return True
