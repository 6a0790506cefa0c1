"""Content-addressed store of attached product files, in a folder that belongs to the database."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from mentor_desk.db.fileops import private_mkdir
from mentor_desk.errors import UserError

MAX_ATTACHMENT_BYTES = 200 * 1024 * 1024


class FileStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

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
        path = self.path_for(sha256)
        if not path.is_file():
            return False
        digest = hashlib.sha256()
        with path.open("rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        return digest.hexdigest() == sha256
