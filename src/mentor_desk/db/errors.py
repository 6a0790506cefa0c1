"""Turn low-level database and file-system errors into Russian messages with the next step."""

from __future__ import annotations

import errno
import sqlite3

from sqlalchemy.exc import DBAPIError, IntegrityError

from mentor_desk.errors import DamagedDatabaseError, DatabaseBusyError, NotADatabaseError, UserError

BUSY_MESSAGE = (
    "База данных занята другой программой или другим окном Mentor Desk. Закройте другую копию и повторите."
)
DISK_FULL_MESSAGE = (
    "На диске закончилось место: изменения не сохранены. Освободите место (удалите ненужные файлы, "
    "очистите корзину) и повторите."
)
READ_ONLY_MESSAGE = (
    "Папка или файл базы доступны только для чтения. Выберите папку, в которую можно записывать "
    "(например, «Документы»), или попросите администратора дать права на запись."
)
NOT_A_DATABASE_MESSAGE = (
    "Файл не является базой данных Mentor Desk. Выберите другой файл или восстановите базу из резервной копии "
    "(Файл → «Восстановить из копии…»)."
)
DAMAGED_MESSAGE = (
    "Файл базы повреждён. Восстановите базу из резервной копии (Файл → «Восстановить из копии…»); "
    "повреждённый файл не удаляется."
)
IO_MESSAGE = (
    "Ошибка чтения или записи диска с базой. Если база на флешке — проверьте, что флешка вставлена; "
    "затем повторите. Если ошибка повторяется, восстановите базу из резервной копии."
)
_WIN_SHARING_VIOLATION = (32, 33)


def _permission_message(filename: object) -> str:
    where = f"к «{filename}»" if filename else "к файлу или папке базы"
    return (
        f"Нет доступа {where}: не хватает прав. Выберите другую папку (например, «Документы») "
        "или попросите администратора дать права на запись."
    )


SERVER_LOST_MESSAGE = (
    "Связь с сервером прервалась: изменения не сохранены (на сервере ничего не записано наполовину). "
    "Проверьте сеть и повторите — окно можно продолжать использовать."
)


def _server_message(text: str) -> UserError | None:
    """Messages for a PostgreSQL server (psycopg's texts are English whatever the server's locale)."""
    if "password authentication failed" in text or "no password supplied" in text or ("password" in text and "auth" in text):
        return UserError("Сервер отклонил вход: неверный логин или пароль. Проверьте их (пароль — у администратора района).")
    if "role" in text and "does not exist" in text:
        return UserError("Сервер отклонил вход: такого логина нет. Проверьте логин (его выдаёт администратор района).")
    if "database" in text and "does not exist" in text:
        return UserError("На сервере нет такой базы данных. Проверьте её имя в настройках подключения.")
    if any(s in text for s in ("connection refused", "could not translate host", "name or service not known",
                               "timeout expired", "no route to host", "network is unreachable",
                               "could not connect", "connection timed out", "nodename nor servname")):
        return UserError(
            "Сервер недоступен: проверьте адрес и порт, сеть и что сервер PostgreSQL запущен; затем повторите."
        )
    if any(s in text for s in ("server closed the connection", "terminating connection", "connection is closed",
                               "connection was closed", "consuming input failed", "ssl syscall",
                               "connection already closed", "lost synchronization", "broken pipe")):
        return UserError(SERVER_LOST_MESSAGE)
    if "row-level security" in text or "permission denied" in text:
        return UserError(
            "Сервер не разрешил это изменение для вашего логина (у методиста — только просмотр). Ничего не записано."
        )
    if "ssl" in text:
        return UserError("Не удалось установить защищённое соединение (SSL) с сервером: проверьте режим SSL.")
    return None


def translate(exc: BaseException) -> UserError:
    """Map an exception to a UserError; unknown errors keep their text after a general hint."""
    if isinstance(exc, UserError):
        return exc
    if isinstance(exc, DBAPIError) and type(exc.orig).__module__.startswith("psycopg"):
        server = _server_message(str(exc.orig).lower())
        if server is not None:
            return server
    if isinstance(exc, IntegrityError):
        text = str(exc.orig).lower()
        if "one_open_per_programme" in text or "pair_mentee.mentee_id, pair_mentee.programme_id" in text:
            return UserError(
                "Наставляемый уже состоит в действующей паре по этой программе. "
                "Завершите ту пару или выберите другую программу."
            )
        return UserError("Изменение нарушает связи между записями и не сохранено. Обновите данные и повторите.")
    orig = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = str(orig).lower()
    if isinstance(orig, sqlite3.Error) or isinstance(exc, DBAPIError):
        if "locked" in text or "busy" in text:
            return DatabaseBusyError(BUSY_MESSAGE)
        if "disk is full" in text or "database or disk is full" in text:
            return UserError(DISK_FULL_MESSAGE)
        if "readonly" in text or "read-only" in text:
            return UserError(READ_ONLY_MESSAGE)
        if "not a database" in text:
            return NotADatabaseError(NOT_A_DATABASE_MESSAGE)
        if "malformed" in text or "corrupt" in text:
            return DamagedDatabaseError(DAMAGED_MESSAGE)
        if "disk i/o error" in text:
            return UserError(IO_MESSAGE)
        if "unable to open" in text:
            return UserError(
                "Не удалось открыть файл базы: проверьте, что папка существует и в неё можно записывать, "
                "или выберите другую папку."
            )
        if "permission" in text or ("access" in text and "denied" in text):
            return UserError(_permission_message(None))
    if isinstance(orig, OSError):
        if getattr(orig, "winerror", None) in _WIN_SHARING_VIOLATION:
            return DatabaseBusyError(
                "Файл базы открыт другой программой (например, антивирусом или программой синхронизации). "
                "Закройте её и повторите."
            )
        if orig.errno in (errno.ENOSPC, errno.EDQUOT):
            return UserError(DISK_FULL_MESSAGE)
        if orig.errno == errno.EROFS:
            return UserError(
                "Диск доступен только для чтения (например, защищённая от записи флешка или диск). "
                "Выберите другую папку."
            )
        if orig.errno in (errno.EACCES, errno.EPERM):
            # A refused rename names both files: the one that really failed is its target.
            return UserError(_permission_message(getattr(orig, "filename2", None) or orig.filename))
        if orig.errno == errno.ENOENT:
            where = f"«{orig.filename}»" if orig.filename else "Файл или папка"
            return UserError(f"{where} не найден(а). Проверьте путь: возможно, флешка вынута или папка переименована.")
        if orig.errno == errno.EIO:
            return UserError(IO_MESSAGE)
        return UserError(f"Ошибка работы с файлом: {orig.strerror or orig}. Проверьте диск и папку базы и повторите.")
    if isinstance(orig, sqlite3.Error):  # SQLite's own text names tables and columns, never values
        return UserError(f"Не удалось выполнить операцию с базой данных: {orig}. Повторите действие.")
    return UserError(
        f"Не удалось выполнить операцию с базой данных ({type(orig).__name__}). Повторите действие; если ошибка "
        "повторится, восстановите базу из резервной копии (Файл → «Восстановить из копии…»)."
    )
