"""Render every tab and the main dialogs of the demo school to PNG (for README and for review).

Run: QT_QPA_PLATFORM=offscreen python tools/screenshots.py docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.services.container import Services
from mentor_desk.ui.application import install_translators, make_application, open_services
from mentor_desk.ui.main_window import MainWindow


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def _save(widget: QWidget, path: Path, app: QApplication) -> Path:
    _settle(app)
    widget.grab().save(str(path))
    return path


def _dialog_shot(window: MainWindow, dialog: QWidget | None, path: Path, app: QApplication,
                 width: int | None = None) -> Path:
    assert dialog is not None
    dialog.show()
    _settle(app)
    size = dialog.sizeHint()
    dialog.resize(max(width or 0, size.width()), size.height())
    out = _save(dialog, path, app)
    dialog.close()
    return out


def _import_shot(window: MainWindow, out: Path, app: QApplication) -> Path:
    """The import preview of a small staff list with an unknown column, a bad date and a repeated row."""
    from openpyxl import Workbook

    from mentor_desk.imports.people import read_rows
    from mentor_desk.ui.people.import_dialog import ImportDialog

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in (
        ["Список педагогических работников на 01.09"],
        ["№", "ФИО", "Должность", "Предмет", "Стаж", "Дата рождения", "Кабинет"],
        [1, "Лебедева Нина Аркадьевна", "учитель", "химия", 12, "04.05.1988", "203"],
        [2, "Мухин Олег Петрович", "учитель", "история", 3, "31.02.1999", "105"],
        [3, "Ракитина Вера Львовна", "педагог-психолог", "", 7, "12.12.1990", "110"],
        [4, "Мухин Олег Петрович", "учитель", "история", 3, "31.02.1999", "105"],
        [5, "Щербакова Инна Олеговна", "учитель", "биология", 1, "22.07.2001", "204"],
    ):
        ws.append(row)
    path = Path(tempfile.mkdtemp(prefix="mentor-desk-shots-")) / "педагоги.xlsx"
    wb.save(path)
    dialog = ImportDialog(path, read_rows(path), window.services.imports.plan, window)
    return _dialog_shot(window, dialog, out / "dialog-import.png", app, 900)


def capture(services: Services, out: Path, db_path: Path) -> list[Path]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    out.mkdir(parents=True, exist_ok=True)
    window = MainWindow(services, db_path)
    window.resize(1440, 860)
    window.show()
    shots = []
    for index, name in enumerate(["overview", "participants", "pairs", "iom", "reports"]):
        window.tabs.setCurrentIndex(index)
        if name == "pairs":
            pt = window.pairs_tab
            with_meetings = [r for r in range(pt.proxy.rowCount())
                             if pt.proxy.record_at(r).status is PairStatus.ACTIVE and services.pairs.meetings(
                                 pt.proxy.record_at(r).id)]
            pt.view.selectRow(with_meetings[0] if with_meetings else 0)
        if name == "reports":
            window.reports_tab.select_report("register_pairs")
        if name == "iom":
            tab = window.iom_tab
            best = max(range(tab.list_proxy.rowCount()),
                       key=lambda r: (tab.list_proxy.record_at(r).done > 0, tab.list_proxy.record_at(r).overdue > 0,
                                      tab.list_proxy.record_at(r).planned), default=None)
            if best is not None:
                tab.list_view.selectRow(best)
        shots.append(_save(window, out / f"main-{index + 1}-{name}.png", app))

    people = window.people_tab
    people.kind_combo.setCurrentIndex(people.kind_combo.findData(PersonKind.STAFF.value))
    window.tabs.setCurrentWidget(people)
    people.view.selectRow(0)
    shots.append(_save(window, out / "main-2b-participants-staff.png", app))
    people.edit_person()
    shots.append(_dialog_shot(window, people.dialog, out / "dialog-person.png", app, 640))
    people.open_consents()
    shots.append(_dialog_shot(window, people.consents_dialog, out / "dialog-consents.png", app, 640))

    pairs = window.pairs_tab
    window.tabs.setCurrentWidget(pairs)
    groups = [r for r in range(pairs.proxy.rowCount()) if pairs.proxy.record_at(r).is_group]
    pairs.view.selectRow(groups[0] if groups else 0)
    pairs.edit_pair()
    shots.append(_dialog_shot(window, pairs.dialog, out / "dialog-pair.png", app, 660))
    open_rows = [r for r in range(pairs.proxy.rowCount()) if pairs.proxy.record_at(r).status is PairStatus.ACTIVE]
    if open_rows:
        pairs.view.selectRow(open_rows[0])
        pairs.close_pair()
        shots.append(_dialog_shot(window, pairs.dialog, out / "dialog-close-pair.png", app))

    pairs.new_order()
    shots.append(_dialog_shot(window, pairs.dialog, out / "dialog-order.png", app, 720))

    iom = window.iom_tab
    window.tabs.setCurrentWidget(iom)
    iom.new_iom()
    shots.append(_dialog_shot(window, iom.dialog, out / "dialog-new-iom.png", app, 560))
    if iom.current is not None and iom.current.activities:
        iom.select_activity(iom.current.activities[0].id)
        iom.edit_activity()
        shots.append(_dialog_shot(window, iom.dialog, out / "dialog-activity.png", app, 600))
    shots.append(_import_shot(window, out, app))
    if window.backup_manager is not None:
        window.backup_manager.forced_backup("import")
        window.backup_manager.auto_backup_if_changed()
        window.backup_manager.forced_backup("manual")
        window.open_backups()
        shots.append(_dialog_shot(window, window.dialog, out / "dialog-backups.png", app, 820))
    window.edit_reference("forms")
    shots.append(_dialog_shot(window, window.dialog, out / "dialog-reference.png", app))
    window.edit_organisation()
    shots.append(_dialog_shot(window, window.dialog, out / "dialog-organisation.png", app))
    window.edit_templates()
    shots.append(_dialog_shot(window, window.dialog, out / "dialog-templates.png", app, 900))
    window.publish_site()
    shots.append(_dialog_shot(window, window.dialog, out / "dialog-site.png", app, 640))
    window.close()
    return shots


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    app = make_application()
    install_translators(app)
    scratch = Path(tempfile.mkdtemp(prefix="mentor-desk-shots-"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(scratch / "settings"))
    QCoreApplication.setOrganizationName("MentorDeskScreenshots")
    from mentor_desk.demo.generator import write_demo

    db_path = scratch / "demo.db"
    write_demo(db_path, seed=2025)
    database, services = open_services(db_path)
    try:
        for path in capture(services, out, db_path):
            print(path)
    finally:
        database.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
