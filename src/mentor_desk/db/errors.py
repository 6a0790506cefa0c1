"""Turn low-level database and file-system errors into Russian messages with the next step."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError

from mentor_desk.errors import DamagedDatabaseError, DatabaseBusyError, NotADatabaseError, UserError


def translate(exc: BaseException) -> UserError:
    """Map an exception to a UserError; unknown errors keep their text after a general hint."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, IntegrityError):
        text = str(exc.orig).lower()
        if "one_open_per_programme" in text or "pair_mentee.mentee_id, pair_mentee.programme_id" in text:
            return UserError(
                "Наставляемый уже состоит в действующей паре по этой программе. "
                "Завершите ту пару или выберите другую программу."
            )
        return UserError("Изменение нарушает связи между записями и не сохранено. Обновите данные и повторите.")
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    if isinstance(orig, sqlite3.OperationalError | sqlite3.DatabaseError) or isinstance(exc, DBAPIError):
        if "locked" in text or "busy" in text:
            return DatabaseBusyError(
                "База данных занята другой программой или другим окном Mentor Desk. "
                "Закройте другую копию и повторите."
            )
        if "disk is full" in text or "database or disk is full" in text:
            return UserError("На диске закончилось место. Освободите место и повторите: изменения не сохранены.")
        if "readonly" in text or "read-only" in text:
            return UserError(
                "Папка или файл базы доступны только для чтения. Выберите папку, в которую можно записывать, "
                "или попросите администратора дать права на запись."
            )
        if "not a database" in text:
            return NotADatabaseError("Файл не является базой данных Mentor Desk. Выберите другой файл.")
        if "malformed" in text or "corrupt" in text:
            return DamagedDatabaseError(
                "Файл базы повреждён. Восстановите базу из резервной копии (Файл → «Восстановить из копии…»)."
            )
        if "unable to open" in text:
            return UserError("Не удалось открыть файл базы: проверьте путь и права доступа к папке.")
    if isinstance(orig, OSError):
        if orig.errno == errno.ENOSPC:
            return UserError("На диске закончилось место. Освободите место и повторите.")
        if orig.errno in (errno.EACCES, errno.EPERM):
            return UserError(f"Нет доступа к «{orig.filename}». Выберите другую папку или проверьте права.")
        if orig.errno == errno.EROFS:
            return UserError("Диск доступен только для чтения. Выберите другую папку.")
    return UserError(f"Не удалось выполнить операцию с базой данных: {orig}")
