"""Файл → «Подключиться к серверу…»: host, port, database, login, SSL mode (remembered per
user in the settings) and the password (only in the system's credential store)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from mentor_desk.services.credentials import SSL_MODES, ServerAddress, load_password
from mentor_desk.ui.common.dialog_base import FormDialog, InputError, fill_combo
from mentor_desk.ui.common.settings import app_settings
from mentor_desk.ui.generated.ui_connect_dialog import Ui_ConnectDialog


@dataclass(frozen=True)
class ServerLogin:
    address: ServerAddress
    password: str
    remember: bool

    @property
    def url(self) -> str:
        return self.address.url(self.password)


def remembered_address() -> ServerAddress | None:
    s = app_settings()
    host = str(s.value("server/host", "") or "")
    if not host:
        return None
    try:
        port = int(s.value("server/port", 5432))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        port = 5432
    return ServerAddress(host, port, str(s.value("server/database", "") or ""), str(s.value("server/user", "") or ""),
                         str(s.value("server/sslmode", "prefer") or "prefer"))


def remember_address(address: ServerAddress) -> None:
    """Everything but the password goes to the per-user settings."""
    s = app_settings()
    s.setValue("server/host", address.host)
    s.setValue("server/port", address.port)
    s.setValue("server/database", address.database)
    s.setValue("server/user", address.user)
    s.setValue("server/sslmode", address.sslmode)
    s.sync()


class ConnectDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ConnectDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._wire(ui.buttonBox, ui.errorLabel)
        if self._ok_button is not None:
            self._ok_button.setText("Подключиться")
        fill_combo(ui.sslCombo, [(label, mode) for mode, label in SSL_MODES])
        address = remembered_address()
        if address is not None:
            ui.hostEdit.setText(address.host)
            ui.portSpin.setValue(address.port)
            ui.databaseEdit.setText(address.database)
            ui.userEdit.setText(address.user)
            ui.sslCombo.setCurrentIndex(max(0, ui.sslCombo.findData(address.sslmode)))
            password = load_password(address)
            if password:
                ui.passwordEdit.setText(password)

    def value(self) -> ServerLogin:
        ui = self._ui
        problems = []
        host, database, user = ui.hostEdit.text().strip(), ui.databaseEdit.text().strip(), ui.userEdit.text().strip()
        if not host:
            problems.append("Укажите адрес сервера.")
        if not database:
            problems.append("Укажите имя базы данных.")
        if not user:
            problems.append("Укажите логин.")
        if not ui.passwordEdit.text():
            problems.append("Введите пароль.")
        if problems:
            raise InputError(problems)
        address = ServerAddress(host, ui.portSpin.value(), database, user, str(ui.sslCombo.currentData()))
        return ServerLogin(address, ui.passwordEdit.text(), ui.rememberCheck.isChecked())
