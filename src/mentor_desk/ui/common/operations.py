"""One way to change the school's data from the window: run, say what changed, refresh the tabs.

An `Operation` runs one service call. A `UserError` is shown where the user is looking (inside the
open dialog, which stays open with everything typed, or in a message box); on success the dialog
closes, the caller's `success` step runs, and the owner announces what changed through the
`changes_made` signal of the nearest widget that has one (a tab, the main window). The main
window relays every announcement to all tabs, and each tab reloads what it shows if it watches
one of the changed areas. Tabs no longer keep their own lists of callbacks.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtWidgets import QWidget

from mentor_desk.errors import UserError, WarningsNotAccepted
from mentor_desk.ui.common import prompts

T = TypeVar("T")


class Change(enum.Flag):
    """The areas of data an operation changed; tabs watch the areas they show."""

    NONE = 0
    PEOPLE = enum.auto()
    CONSENTS = enum.auto()
    PAIRS = enum.auto()
    MEETINGS = enum.auto()
    IOM = enum.auto()
    ORDERS = enum.auto()
    SCHOOL = enum.auto()  # the school's details and the current year
    REFERENCE = enum.auto()  # forms, programmes, directions, product types
    EVERYTHING = PEOPLE | CONSENTS | PAIRS | MEETINGS | IOM | ORDERS | SCHOOL | REFERENCE


class ProblemShower(Protocol):
    """A dialog that can show a problem inline and close itself when the change is saved."""

    def show_problem(self, message: str) -> None: ...
    def done_ok(self) -> None: ...


def changes_emitter(widget: QObject | None) -> SignalInstance | None:
    """The `changes_made` signal of the widget itself or its nearest ancestor that has one."""
    while widget is not None:
        signal = getattr(widget, "changes_made", None)
        if isinstance(signal, SignalInstance):
            return signal
        widget = widget.parent()
    return None


def announce(owner: QObject, changes: Change) -> None:
    """Say that `changes` happened (for work not run through an Operation, e.g. a background import)."""
    signal = changes_emitter(owner)
    if signal is not None and changes:
        signal.emit(changes, owner)


class Operation(Generic[T]):
    """A change to the data, run on the GUI thread (each service call is one short transaction).

    Usage: `Operation(self, lambda: service.save(draft), Change.PEOPLE).in_dialog(dialog)
    .success(lambda saved: self.select(saved.id)).run()`.
    """

    def __init__(self, owner: QWidget, op: Callable[[], T], changes: Change) -> None:
        self._owner = owner
        self._op = op
        self._changes = changes
        self._dialog: ProblemShower | None = None
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[str], object] | None = None
        self._accepting: Callable[[], T] | None = None

    def in_dialog(self, dialog: ProblemShower) -> Operation[T]:
        """Problems show inside this dialog; it closes when the change is saved."""
        self._dialog = dialog
        return self

    def success(self, callback: Callable[[T], object]) -> Operation[T]:
        """Runs with the result after the dialog closed and before the other tabs are told."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[str], object]) -> Operation[T]:
        """Receives the Russian message of a refused change instead of the default display."""
        self._failure = callback
        return self

    def confirm_warnings(self, op_accepting: Callable[[], T]) -> Operation[T]:
        """On rule warnings ask «Сохранить всё равно?»; yes runs `op_accepting` (the same change, accepted)."""
        self._accepting = op_accepting
        return self

    def run(self) -> T | None:
        """The result, or None when the change was refused (the message has been shown)."""
        try:
            result = self._op()
        except WarningsNotAccepted as warn:
            if self._accepting is not None and prompts.accept_warnings(
                    self._owner, [issue.message for issue in warn.issues]):
                return Operation(self._owner, self._accepting, self._changes)._copy_steps(self).run()
            self._report(warn.message)
            return None
        except UserError as exc:
            self._report(exc.message)
            return None
        if self._dialog is not None:
            self._dialog.done_ok()
            if getattr(self._owner, "dialog", None) is self._dialog:
                self._owner.dialog = None  # type: ignore[attr-defined]
        if self._success is not None:
            self._success(result)
        announce(self._owner, self._changes)
        return result

    def _copy_steps(self, other: Operation[T]) -> Operation[T]:
        self._dialog, self._success, self._failure = other._dialog, other._success, other._failure
        return self

    def _report(self, message: str) -> None:
        if self._failure is not None:
            self._failure(message)
        elif self._dialog is not None:
            self._dialog.show_problem(message)
        else:
            prompts.show_error(self._owner, message)
