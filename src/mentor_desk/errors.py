"""Errors that carry a Russian message meant for the coordinator, with the next step."""

from __future__ import annotations

from collections.abc import Sequence

from mentor_desk.domain.records import Issue


class UserError(Exception):
    """An error whose message is shown to the user as it is; never a traceback."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class Cancelled(Exception):
    """The user pressed «Отмена»: the work stopped and wrote nothing."""


class NotFoundError(UserError):
    pass


class ConcurrentEditError(UserError):
    """The record was saved by someone else after the user started editing it; nothing was written."""


class DatabaseFileError(UserError):
    """Something is wrong with the database file itself; it was not modified."""

    exit_code = 3


class NotADatabaseError(DatabaseFileError):
    pass


class ForeignDatabaseError(DatabaseFileError):
    pass


class DamagedDatabaseError(DatabaseFileError):
    pass


class NewerDatabaseError(DatabaseFileError):
    pass


class DatabaseBusyError(DatabaseFileError):
    pass


class RuleViolation(UserError):
    """A change was refused by the domain rules; `issues` says what to change."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("\n".join(i.message for i in self.issues))


class WarningsNotAccepted(UserError):
    """The change has warnings the caller has not accepted yet."""

    def __init__(self, issues: Sequence[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("\n".join(i.message for i in self.issues))
