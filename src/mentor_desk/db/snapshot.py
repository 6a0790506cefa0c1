"""«Сохранить копию базы»: one verified, self-contained copy of an open SQLite database."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from mentor_desk.db.database import files_dir_for
from mentor_desk.errors import UserError


def _integrity_ok(path: Path) -> bool:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()


def save_copy(source: Path, target: Path) -> Path:
    """Copy through SQLite's backup API to a temp file beside the target, check it, then rename.

    Attached product files are copied into the folder that belongs to the copy, so the copy
    opens elsewhere with everything in it.
    """
    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise UserError("Копию нельзя сохранить поверх открытой базы: выберите другое имя файла.")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise UserError(f"Не удалось записать в папку «{target.parent}»: {exc.strerror}. Выберите другую папку.") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True)
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
            src.close()
        if not _integrity_ok(tmp):
            raise UserError("Копия не прошла проверку целостности и не сохранена. Исходная база не изменена.")
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except sqlite3.Error as exc:
        raise UserError(f"Не удалось сохранить копию базы: {exc}.") from exc
    except OSError as exc:
        raise UserError(f"Не удалось сохранить копию базы: {exc.strerror}. Проверьте место на диске.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    if not _integrity_ok(target):
        raise UserError(f"Копия «{target.name}» записана, но не прошла повторную проверку: сохраните её заново.")
    files = files_dir_for(source)
    if files.is_dir() and any(files.iterdir()):
        try:
            shutil.copytree(files, files_dir_for(target), dirs_exist_ok=True)
        except OSError as exc:
            raise UserError(
                f"База скопирована, но файлы продуктов не скопированы: {exc.strerror}. "
                f"Скопируйте папку «{files.name}» вручную."
            ) from exc
    return target
