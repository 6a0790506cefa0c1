"""Shared plumbing of the services: the unit of work and the organisation they serve."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from mentor_desk.db.errors import translate
from mentor_desk.errors import ConcurrentEditError, NotFoundError

T = TypeVar("T")


class ServiceBase:
    def __init__(self, session_factory: sessionmaker[Session], organisation_id: int) -> None:
        self._sf = session_factory
        self.organisation_id = organisation_id

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        try:
            with self._sf.begin() as session:
                yield session
        except StaleDataError as exc:  # changed by another session between our read and our write
            raise ConcurrentEditError(concurrent_edit_message(None)) from exc
        except DBAPIError as exc:
            # A server's refusals and a dropped connection: the transaction is rolled back, say so.
            if isinstance(exc, IntegrityError) or not type(exc.orig).__module__.startswith("psycopg"):
                raise
            raise translate(exc) from exc

    @staticmethod
    def _check_version(row: Any, expected_version: int | None) -> None:
        """Refuse to save over a record changed since the user loaded `expected_version` of it."""
        if expected_version is not None and row.version != expected_version:
            raise ConcurrentEditError(concurrent_edit_message(row.updated_at))
        row.updated_at = datetime.now()  # always an UPDATE, so the version moves on even if only a profile changed

    def _get(self, session: Session, model: type[T], obj_id: int, what: str) -> T:
        obj = session.get(model, obj_id)
        org = getattr(obj, "organisation_id", self.organisation_id) if obj is not None else None
        if obj is None or org != self.organisation_id:
            raise NotFoundError(f"{what} не найден(а): запись могла быть удалена. Обновите список.")
        return obj


def today() -> date:
    return date.today()


def concurrent_edit_message(when: datetime | None) -> str:
    at = f" {when:%d.%m.%Y в %H:%M}" if when is not None else " только что"
    return (
        f"Запись изменена другим пользователем{at}. Ваши изменения не сохранены, но остались в окне: "
        "закройте его, обновите список (F5), откройте запись снова и внесите изменения повторно."
    )
