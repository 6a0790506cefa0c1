"""The overview's charts: drawn once by reportlab.graphics (the same code as the annual report)
and shown here as SVG, so the window and the report show the same picture."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QWidget

from mentor_desk.errors import UserError
from mentor_desk.services.container import Services

# Three charts side by side must fit a 1280-pixel-wide laptop screen (tests/ui/test_screen_fit.py).
CHART_SIZE = QSize(380, 182)


class ChartsPanel(QGroupBox):
    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__("Показатели в картинках", parent)
        self._services = services
        self._today = today
        self.charts: list[QSvgWidget] = []
        self._layout = QHBoxLayout(self)

    def reload(self) -> None:
        for w in self.charts:
            self._layout.removeWidget(w)
            w.deleteLater()
        self.charts = []
        try:
            svgs = self._services.annual.overview_svgs(self._today)
        except UserError:
            return
        for svg in svgs:
            widget = QSvgWidget(self)
            widget.load(QByteArray(svg))
            widget.setFixedSize(CHART_SIZE)
            self._layout.addWidget(widget)
            self.charts.append(widget)
        self._layout.addStretch(1)
