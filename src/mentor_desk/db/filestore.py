"""Content-addressed store of attached product files, in a folder that belongs to the database."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, Table, delete, insert, select

from mentor_desk.db.fileops import private_mkdir
from mentor_desk.db.models import StoredFile
from mentor_desk.errors import UserError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024
STORED = cast(Table, StoredFile.__table__)


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.path_for_local(sha256)

    def add(self, source: Path) -> tuple[str, int]:
        """Copy a file in (once per content) and return its sha256 and size."""
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise UserError(f"Файл «{source.name}» недоступен: {exc.strerror}.") from exc
        if size > MAX_ATTACHMENT_BYTES:
            raise UserError(f"Файл «{source.name}» больше 200 МБ: прикрепите уменьшенную копию или ссылку.")
        private_mkdir(self.root)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                for chunk in iter(lambda: src.read(1 << 20), b""):
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            target = self.path_for(sha)
            if target.exists() and self.verify(sha):
                tmp.unlink()
            else:
                private_mkdir(target.parent)
                os.replace(tmp, target)
            return sha, size
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise UserError(f"Не удалось сохранить копию файла «{source.name}»: {exc.strerror}.") from exc

    def verify(self, sha256: str) -> bool:
        path = self.path_for_local(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest() == sha256

    def remove(self, sha256: str) -> bool:
        """Delete the stored copy (after erasure, when no attachment refers to it any more)."""
        try:
            self.path_for_local(sha256).unlink()
        except FileNotFoundError:
            return False
        return True

    def path_for_local(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256


class DbFileStore(FileStore):
    """Product files of one school kept inside a server database (table stored_file).

    Every workstation sees the same files. `path_for` hands out a verified local copy from a
    per-user cache folder, so opening a file works the same as with a SQLite file's folder.
    """

    def __init__(self, engine: Engine, organisation_id: int, cache: Path) -> None:
        super().__init__(cache)
        self.engine = engine
        self.organisation_id = organisation_id

    def _key(self, sha256: str) -> Any:
        t = STORED.c
        return (t.organisation_id == self.organisation_id) & (t.sha256 == sha256)

    def add(self, source: Path) -> tuple[str, int]:
        try:
            size = source.stat().st_size
            if size > MAX_ATTACHMENT_BYTES:
                raise UserError(f"Файл «{source.name}» больше 200 МБ: прикрепите уменьшенную копию или ссылку.")
            content = source.read_bytes()
        except OSError as exc:
            raise UserError(f"Файл «{source.name}» недоступен: {exc.strerror}.") from exc
        sha = hashlib.sha256(content).hexdigest()
        self.put(sha, content)
        return sha, len(content)

    def put(self, sha256: str, content: bytes) -> None:
        """Store content under its hash once (a second copy of the same content is not stored again)."""
        table = STORED
        with self.engine.begin() as conn:
            if conn.execute(select(table.c.sha256).where(self._key(sha256))).first() is None:
                conn.execute(insert(table).values(organisation_id=self.organisation_id, sha256=sha256,
                                                  size=len(content), content=content))

    def content(self, sha256: str) -> bytes | None:
        with self.engine.connect() as conn:
            value = conn.execute(select(STORED.c.content).where(self._key(sha256))).scalar()
        return bytes(value) if value is not None else None

    def verify(self, sha256: str) -> bool:
        data = self.content(sha256)
        return data is not None and hashlib.sha256(data).hexdigest() == sha256

    def path_for(self, sha256: str) -> Path:
        path = self.path_for_local(sha256)
        if path.is_file() and FileStore.verify(self, sha256):
            return path
        data = self.content(sha256)
        if data is None or hashlib.sha256(data).hexdigest() != sha256:
            return path  # missing: the caller reports it
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".incoming-", dir=path.parent)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, path)
        return path

    def remove(self, sha256: str) -> bool:
        with self.engine.begin() as conn:
            removed = conn.execute(delete(STORED).where(self._key(sha256))).rowcount > 0
        super().remove(sha256)
        return removed
