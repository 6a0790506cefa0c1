"""The window and the main dialogs fit the screens schools have (1366×768, 1280×720 laptops)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from mentor_desk.services.container import Services
from mentor_desk.ui.main_window import MainWindow, initial_window_size

TASKBAR = 40  # what Windows and most Linux desktops keep for their panel
# (screen, font scale): the two laptop screens, and the smaller one with a larger font (Windows' 125 %
# text scaling on a 1280×720 screen shows Segoe UI about that large)
SCREENS = [(QSize(1366, 768), 1.0), (QSize(1280, 720), 1.0), (QSize(1280, 720), 1.25)]
SCREEN_IDS = ["1366x768", "1280x720", "1280x720-large-font"]


@pytest.fixture
def scaled_font(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[None]:
    old = qapp.font()
    scale = request.param
    if scale != 1.0:
        font = QFont(old)
        font.setPointSizeF(old.pointSizeF() * scale)
        qapp.setFont(font)
    yield
    qapp.setFont(old)


def _visible_rect(widget: QWidget, top: QWidget) -> QRect:
    """Where the widget shows inside `top`; inside a scroll area only the scroll area must fit."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            widget = parent
        parent = parent.parentWidget()
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def outside(top: QWidget) -> list[str]:
    """Buttons and labels of `top` that lie (partly) outside it: cut off by the screen edge."""
    area = top.rect()
    problems = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, (QAbstractButton, QLabel)) or not widget.isVisibleTo(top) or widget.isWindow():
            continue
        if widget.window() is not top:
            continue
        rect = _visible_rect(widget, top)
        if not area.contains(rect):
            problems.append(f"{type(widget).__name__} «{getattr(widget, 'text', lambda: '')()}» at {rect}")
    return problems


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def fit(top: QWidget, screen: QSize) -> QSize:
    """Place a window on a screen of this size as a window manager would: never larger than the screen."""
    available = QSize(screen.width(), screen.height() - TASKBAR)
    if hasattr(top, "fit_to"):
        top.fit_to(available)  # what the dialog does itself on its screen when first shown
    else:
        top.resize(top.sizeHint().expandedTo(top.minimumSizeHint()).boundedTo(available))
    _settle()
    return available


@pytest.fixture
def window(qtbot: QtBot, demo_services: Services, demo_path: Path) -> MainWindow:
    win = MainWindow(demo_services, demo_path)
    qtbot.addWidget(win)
    win.show()
    return win


def test_the_first_window_size_follows_the_available_screen() -> None:
    for available in (QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(0, 0, 1920, 1040)):
        size = initial_window_size(available)
        assert size.width() <= available.width() and size.height() <= available.height()
        assert size.width() >= min(1100, available.width()) and size.height() >= min(640, available.height())


@pytest.mark.parametrize(("screen", "scaled_font"), SCREENS, ids=SCREEN_IDS, indirect=["scaled_font"])
def test_every_tab_fits_the_screen(scaled_font: None, window: MainWindow, screen: QSize) -> None:
    available = QSize(screen.width(), screen.height() - TASKBAR)
    assert window.minimumSizeHint().width() <= available.width()
    assert window.minimumSizeHint().height() <= available.height()
    window.resize(available)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        tab = window.tabs.currentWidget()
        if hasattr(tab, "ensure_loaded"):
            tab.ensure_loaded()
        if index == 3:  # the ИОМ tab with a roadmap shown
            window.iom_tab.list_view.selectRow(0)
        _settle()
        assert window.size() == available, window.tabs.tabText(index)
        assert outside(window) == [], window.tabs.tabText(index)


def _dialogs(window: MainWindow) -> list[tuple[str, Callable[[], QWidget | None]]]:
    people, pairs, iom = window.people_tab, window.pairs_tab, window.iom_tab

    def person() -> QWidget | None:
        window.tabs.setCurrentWidget(people)
        people.view.selectRow(0)
        people.edit_person()
        return people.dialog

    def consents() -> QWidget | None:
        window.tabs.setCurrentWidget(people)
        people.view.selectRow(0)
        people.open_consents()
        return people.consents_dialog

    def pair() -> QWidget | None:
        window.tabs.setCurrentWidget(pairs)
        pairs.add_pair()
        return pairs.dialog

    def close_pair() -> QWidget | None:
        window.tabs.setCurrentWidget(pairs)
        rows = [r for r in range(pairs.proxy.rowCount()) if pairs.proxy.record_at(r).status.is_open]
        pairs.view.selectRow(rows[0])
        pairs.close_pair()
        return pairs.dialog

    def new_iom() -> QWidget | None:
        window.tabs.setCurrentWidget(iom)
        iom.new_iom()
        return iom.dialog

    def activity() -> QWidget | None:
        window.tabs.setCurrentWidget(iom)
        iom.list_view.selectRow(0)
        assert iom.current is not None
        iom.select_activity(iom.current.activities[0].id)
        iom.edit_activity()
        return iom.dialog

    def passport() -> QWidget | None:
        window.tabs.setCurrentWidget(iom)
        iom.list_view.selectRow(0)
        iom.edit_passport()
        return iom.dialog

    def organisation() -> QWidget | None:
        window.edit_organisation()
        return window.dialog

    def reference() -> QWidget | None:
        window.edit_reference("programmes")
        return window.dialog

    def backups() -> QWidget | None:
        window.open_backups()
        return window.dialog

    return [("person", person), ("consents", consents), ("pair", pair), ("close_pair", close_pair),
            ("new_iom", new_iom), ("activity", activity), ("passport", passport), ("organisation", organisation),
            ("reference", reference), ("backups", backups)]


@pytest.mark.parametrize(("screen", "scaled_font"), SCREENS, ids=SCREEN_IDS, indirect=["scaled_font"])
def test_every_main_dialog_fits_the_screen(scaled_font: None, window: MainWindow, screen: QSize) -> None:
    for name, opener in _dialogs(window):
        dialog = opener()
        assert dialog is not None, name
        available = fit(dialog, screen)
        assert dialog.width() <= available.width() and dialog.height() <= available.height(), name
        assert dialog.minimumSizeHint().height() <= available.height(), name
        assert outside(dialog) == [], name
        if hasattr(dialog, "show_problem"):  # a long warning wraps inside the dialog, nothing is cut off
            dialog.show_problem("Проверьте поля: " + "дата начала не может быть позже даты окончания; " * 4)
            _settle()
            assert dialog.height() <= available.height(), name
            assert outside(dialog) == [], name
        dialog.close()
        _settle()
