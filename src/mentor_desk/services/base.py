"""Shared plumbing of the services: the unit of work and the organisation they serve."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session, sessionmaker

from mentor_desk.errors import NotFoundError

T = TypeVar("T")


class ServiceBase:
    def __init__(self, session_factory: sessionmaker[Session], organisation_id: int) -> None:
        self._sf = session_factory
        self.organisation_id = organisation_id

    @contextmanager
    def _tx(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        with self._sf.begin() as session:
            yield session

    def _get(self, session: Session, model: type[T], obj_id: int, what: str) -> T:
        obj = session.get(model, obj_id)
        org = getattr(obj, "organisation_id", self.organisation_id) if obj is not None else None
        if obj is None or org != self.organisation_id:
            raise NotFoundError(f"{what} не найден(а): запись могла быть удалена. Обновите список.")
        return obj


def today() -> date:
    return date.today()
