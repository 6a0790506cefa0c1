"""«Справка» → «Руководство»: the short Russian manual shipped in resources/help, in a text browser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mentor_desk.resources import resource_path


class HelpWindow(QDialog):
    """Pages link to each other; external links open in the system browser."""

    def __init__(self, parent: QWidget | None = None, page: str = "index.html") -> None:
        super().__init__(parent)
        self.setWindowTitle("Руководство куратора")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(resource_path("help"))])
        self.browser.setSource(QUrl(page))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(760, 600)

    def page_title(self) -> str:
        return self.browser.documentTitle()

    def text(self) -> str:
        return self.browser.toPlainText()
