"""Server addresses and their passwords: the password lives only in the system's credential
store (Windows Credential Manager, macOS Keychain, Secret Service on Linux) through keyring,
never in the settings file and never in the log."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)
KEYRING_SERVICE = "Mentor Desk"
SSL_MODES = (
    ("prefer", "если сервер поддерживает"),
    ("require", "обязательно"),
    ("verify-full", "обязательно, с проверкой сертификата"),
    ("disable", "без защиты (только внутри доверенной сети)"),
)


@dataclass(frozen=True)
class ServerAddress:
    host: str
    port: int = 5432
    database: str = ""
    user: str = ""
    sslmode: str = "prefer"

    @property
    def key(self) -> str:
        """Under this name the password is kept in the credential store."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def display(self) -> str:
        return f"{self.host}:{self.port}/{self.database}"

    def url(self, password: str) -> str:
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        return URL.create("postgresql+psycopg", username=self.user, password=password or None, host=self.host,
                          port=self.port, database=self.database, query=query).render_as_string(hide_password=False)

    @classmethod
    def from_url(cls, url: str) -> tuple[ServerAddress, str]:
        u = make_url(url)
        sslmode = u.query.get("sslmode", "prefer")
        return cls(u.host or "localhost", u.port or 5432, u.database or "", u.username or "",
                   sslmode if isinstance(sslmode, str) else "prefer"), u.password or ""


def load_password(address: ServerAddress) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, address.key)
    except Exception as exc:  # no backend, locked store, missing package: the user types it
        log.warning("credential store unavailable: %s", type(exc).__name__)
        return None


def save_password(address: ServerAddress, password: str) -> str | None:
    """Keep the password; a message when the system has no usable credential store."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, address.key, password)
        return None
    except Exception as exc:
        log.warning("password not stored: %s", type(exc).__name__)
        return ("Пароль не сохранён: в системе нет доступного хранилища паролей. "
                "При следующем подключении введите его снова.")


def forget_password(address: ServerAddress) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, address.key)
    except Exception as exc:
        log.info("no stored password removed: %s", type(exc).__name__)
