"""The first thing painted at start-up: a splash shown before the database, services and tabs are
imported and opened, so the coordinator sees the app at once whatever the size of the school."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QSplashScreen

from mentor_desk.resources import resource_path


def show_splash() -> QSplashScreen:
    """Create the application if needed, paint a splash with the icon and «Открываю базу…», return it."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    pixmap = QPixmap(320, 220)
    pixmap.fill(QColor("#ffffff"))
    icon = QPixmap(str(resource_path("icons", "mentor-desk-128.png")))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#c0c0c0"))
    painter.drawRect(0, 0, 319, 219)
    if not icon.isNull():  # an icon missing from a partial install: the text alone
        painter.drawPixmap((320 - icon.width()) // 2, 24, icon)
    painter.end()
    splash = QSplashScreen(pixmap)
    splash.showMessage("Mentor Desk\nОткрываю базу…", Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                       QColor("#202020"))
    splash.show()
    app.processEvents()
    return splash
