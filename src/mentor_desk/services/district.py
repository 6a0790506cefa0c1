"""District mode: setting up a PostgreSQL server for many schools, moving a school's file in and
out of it, and connecting to it as a school or a methodist.

The administrator's URL (a role that may create roles) runs `init`, `add_school`,
`add_methodist`, `upload` and `download`; each is safe to run again. Schools and methodists
connect with their own logins: the server decides what each one sees (db/district.py).
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError

from mentor_desk.db import district as sql
from mentor_desk.db import models as m
from mentor_desk.db.database import (
    Database,
    files_dir_for,
    open_read_only,
    open_server,
    open_sqlite,
    open_url,
)
from mentor_desk.db.engine import is_server_url, make_engine
from mentor_desk.db.errors import translate
from mentor_desk.db.filestore import STORED, DbFileStore, FileStore
from mentor_desk.db.migrate import HEAD_REVISION, stored_revision
from mentor_desk.db.transfer import attachment_hashes, clear_school, copy_school
from mentor_desk.domain.records import OrganisationDraft
from mentor_desk.errors import DatabaseFileError, UserError
from mentor_desk.paths import data_dir
from mentor_desk.services.container import Services
from mentor_desk.services.organisation import create_organisation


@dataclass(frozen=True)
class TransferResult:
    school: int
    counts: dict[str, int]
    files: int

    def summary(self) -> str:
        return (f"участников: {self.counts.get('person', 0)}, пар и групп: {self.counts.get('pair', 0)}, "
                f"ИОМ: {self.counts.get('iom', 0)}, файлов продуктов: {self.files}")


__all__ = ["DistrictAdmin", "ServerSession", "connect", "is_server_url", "open_school"]


def files_cache_for(url: str) -> Path:
    """Per-user folder of local copies of a server's product files (opened from there)."""
    key = re.sub(r"[^A-Za-z0-9_.-]+", "_", url.split("@")[-1])[:80]
    return data_dir() / "server-files" / key


def check_server_url(url: str) -> str:
    if not is_server_url(url):
        raise UserError(
            "Адрес сервера должен начинаться с postgresql:// (например, "
            "postgresql://school_12:ПАРОЛЬ@server.rono.local/mentor)."
        )
    return url


class DistrictAdmin:
    """The district administrator's commands over a URL of a role that may create roles."""

    def __init__(self, url: str) -> None:
        self.url = check_server_url(url)

    def _engine(self) -> Engine:
        return make_engine(self.url)

    def init(self) -> int:
        """Create or upgrade the schema (same migrations as a file), the groups and the policies;
        return the number of schools already on the server."""
        try:
            database = open_url(self.url, files_cache_for(self.url))
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        try:
            with database.engine.begin() as conn:
                sql.install(conn)
                return int(conn.execute(select(func.count()).select_from(m.Organisation)).scalar_one())
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            database.close()

    def _installed(self) -> Database:
        database = open_server(self.url, files_cache_for(self.url))
        with database.engine.connect() as conn:
            if not sql.is_installed(conn):
                database.close()
                raise DatabaseFileError(
                    "Сервер не подготовлен для района: сначала выполните «mentor-desk district init --url …»."
                )
        return database

    def add_school(self, name: str, login: str, password: str) -> tuple[int, bool]:
        """The school with this login (created with its own login role when new); (number, created)."""
        sql.check_login(login)
        if not name.strip():
            raise UserError("Укажите название школы (--name).")
        database = self._installed()
        try:
            with database.engine.begin() as conn:
                existing = sql.school_of_login(conn, login)
            if existing is not None:
                with database.engine.begin() as conn:
                    sql.ensure_login(conn, login, password, sql.SCHOOL_GROUP)
                return existing, False
            record = create_organisation(database.session_factory, OrganisationDraft(name.strip(), name.strip()))
            with database.engine.begin() as conn:
                sql.ensure_login(conn, login, password, sql.SCHOOL_GROUP)
                sql.map_login(conn, login, record.id)
            return record.id, True
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            database.close()

    def add_methodist(self, login: str, password: str) -> bool:
        sql.check_login(login)
        database = self._installed()
        try:
            with database.engine.begin() as conn:
                if sql.school_of_login(conn, login) is not None:
                    raise UserError(f"Логин «{login}» уже принадлежит школе: для методиста выберите другой.")
                created = sql.ensure_login(conn, login, password, sql.METHODIST_GROUP)
                sql.map_login(conn, login, None)
            return created
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            database.close()

    def _check_school(self, database: Database, school: int) -> None:
        with database.engine.connect() as conn:
            if conn.execute(select(m.Organisation.id).where(m.Organisation.id == school)).first() is None:
                raise UserError(f"На сервере нет школы номер {school}. Номера школ печатает «district add-school».")

    def upload(self, school: int, source: Path, replace: bool = False) -> TransferResult:
        """Move a school's SQLite file (records and product files) into school `school` on the server."""
        source = Path(source)
        if not source.is_file():
            raise UserError(f"Файл базы «{source}» не найден. Проверьте путь.")
        database = self._installed()
        tmp_dir: Path | None = None
        try:
            if stored_revision(source) != HEAD_REVISION:
                # A file of an earlier version: upgrade a copy, never the school's own file.
                tmp_dir = Path(tempfile.mkdtemp(prefix="mentor-desk-upload-"))
                copy = tmp_dir / source.name
                shutil.copyfile(source, copy)
                open_sqlite(copy).close()
                file_db = open_read_only(copy)
            else:
                file_db = open_read_only(source)
        except BaseException:
            database.close()
            if tmp_dir is not None:
                _remove_tree(tmp_dir)
            raise
        try:
            self._check_school(database, school)
            store = FileStore(files_dir_for(source))
            with file_db.engine.connect() as src:
                orgs = src.execute(select(m.Organisation.id).order_by(m.Organisation.id)).scalars().all()
                if len(orgs) != 1:
                    raise UserError(f"В файле «{source.name}» {len(orgs)} школ(ы): загружается файл одной школы.")
                hashes = attachment_hashes(src, orgs[0])
                missing = [h for h in sorted(hashes) if not store.verify(h)]
                if missing:
                    raise UserError(
                        f"В папке файлов базы «{source.name}» нет или испорчены {len(missing)} файл(ов) продуктов: "
                        "проверьте базу командой «mentor-desk check» и восстановите файлы; на сервер ничего не загружено."
                    )
                with database.engine.begin() as dst:
                    has_people = dst.execute(
                        select(m.Person.id).where(m.Person.organisation_id == school).limit(1)).first()
                    if has_people is not None and not replace:
                        raise UserError(
                            f"У школы {school} на сервере уже есть данные: повторная загрузка их не дублирует. "
                            "Чтобы заменить их содержимым файла, добавьте --replace."
                        )
                    clear_school(dst, school)
                    _, counts = copy_school(src, orgs[0], dst, school)
                    for sha in sorted(hashes):
                        content = store.path_for(sha).read_bytes()
                        dst.execute(insert(STORED).values(
                            organisation_id=school, sha256=sha, size=len(content), content=content))
            return TransferResult(school, counts, len(hashes))
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            file_db.close()
            database.close()
            if tmp_dir is not None:
                _remove_tree(tmp_dir)

    def download(self, school: int, target: Path, force: bool = False) -> TransferResult:
        """Write one school of the server into a new SQLite file (its backup, and a way out)."""
        target = Path(target)
        if target.exists() and not force:
            raise UserError(f"Файл «{target}» уже есть. Укажите другой или добавьте --force, чтобы заменить его.")
        database = self._installed()
        folder = target.parent
        folder.mkdir(parents=True, exist_ok=True)
        tmp_dir = Path(tempfile.mkdtemp(prefix=".download-", dir=folder))
        tmp = tmp_dir / target.name
        try:
            self._check_school(database, school)
            file_db = open_sqlite(tmp)
            try:
                store = FileStore(file_db.files_dir)
                server_files = DbFileStore(database.engine, school, files_cache_for(self.url))
                with database.engine.connect() as src, file_db.engine.begin() as dst:
                    _, counts = copy_school(src, school, dst, None)
                    hashes = attachment_hashes(src, school)
                for sha in sorted(hashes):
                    content = server_files.content(sha)
                    if content is None or hashlib.sha256(content).hexdigest() != sha:
                        raise UserError(f"Файл продукта {sha[:12]}… на сервере отсутствует или испорчен; файл не записан.")
                    path = store.path_for_local(sha)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(content)
            finally:
                file_db.close()
            _replace_with_files(tmp, target)
            return TransferResult(school, counts, len(hashes))
        except SQLAlchemyError as exc:
            raise translate(exc) from exc
        finally:
            database.close()
            _remove_tree(tmp_dir)


def _replace_with_files(tmp: Path, target: Path) -> None:
    files_tmp = tmp.with_name(tmp.name + ".files")
    files_target = target.with_name(target.name + ".files")
    if files_target.exists():
        _remove_tree(files_target)
    if files_tmp.exists():
        os.replace(files_tmp, files_target)
    os.replace(tmp, target)


def _remove_tree(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


@dataclass
class ServerSession:
    """An open connection of a school or methodist login."""

    database: Database
    school: int | None
    methodist: bool


def connect(url: str) -> ServerSession:
    """Open the server as a login: its school, or the whole district for a methodist."""
    database = open_server(check_server_url(url), files_cache_for(url))
    try:
        with database.engine.connect() as conn:
            if not sql.is_installed(conn):
                raise DatabaseFileError(
                    "Сервер не подготовлен для района: администратор выполняет «mentor-desk district init --url …»."
                )
            school, methodist = sql.whoami(conn)
            superuser = conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = session_user")).scalar()
    except BaseException as exc:
        database.close()
        if isinstance(exc, SQLAlchemyError):
            raise translate(exc) from exc
        raise
    if school is None and not methodist and not superuser:
        database.close()
        raise UserError("Этот логин не привязан ни к школе, ни к методисту: обратитесь к администратору района.")
    return ServerSession(database, school, methodist)


def open_school(url: str, organisation_id: int | None = None) -> Services:
    """Services of the login's school (a command's `--db postgresql://…`)."""
    session = connect(url)
    school = session.school if session.school is not None else organisation_id
    if school is None:
        session.database.close()
        raise UserError(
            "Логин методиста видит все школы и ничего не меняет: откройте окно района (mentor-desk --db …) "
            "или укажите школу (--org N) для команд просмотра."
        )
    try:
        return Services.for_database(session.database, school)
    except BaseException:
        session.database.close()
        raise
