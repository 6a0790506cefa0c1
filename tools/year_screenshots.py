"""Render the coordinator's-year screens of the demo school to PNG: the deadline board, the
answer grid, the overview's charts, the new-year wizard and a page of the annual report.

Run: QT_QPA_PLATFORM=offscreen python tools/year_screenshots.py docs/screenshots
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mentor_desk.demo.generator import write_demo
from mentor_desk.domain.enums import QuestionnaireStage
from mentor_desk.ui.application import make_application, open_services
from mentor_desk.ui.board.board_tab import BoardTab
from mentor_desk.ui.monitoring.monitoring_tab import MonitoringTab
from mentor_desk.ui.year.charts_panel import ChartsPanel
from mentor_desk.ui.year.year_actions import RolloverWizard

END_OF_YEAR = date(2026, 5, 25)


def _shot(app: QApplication, widget: QWidget, path: Path, width: int, height: int) -> None:
    widget.resize(width, height)
    widget.show()
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(path))
    widget.close()
    print(path)


def main(out: Path) -> int:
    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        write_demo(db, on=END_OF_YEAR)
        _database, services = open_services(db)
        board = BoardTab(services, today=END_OF_YEAR)
        board.reload()
        _shot(app, board, out / "year-board.png", 1100, 640)
        grid = MonitoringTab(services)
        forms = {f.name: f.id for f in services.reference.forms()}
        grid.select("Анкета наставляемого", QuestionnaireStage.INTERIM, "form", forms["учитель – учитель"])
        _shot(app, grid, out / "year-questionnaire-grid.png", 1200, 640)
        charts = ChartsPanel(services, today=END_OF_YEAR)
        charts.reload()
        _shot(app, charts, out / "year-overview-charts.png", 1440, 270)
        wizard = RolloverWizard(services, on=date(2026, 6, 20))
        wizard.show()
        wizard.next()
        _shot(app, wizard, out / "year-new-year-wizard.png", 900, 520)
        report = Path(tmp) / "report.pdf"
        services.annual.write(report, "2025/2026", on=END_OF_YEAR)
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "2", str(report), str(out / "year-report")],
                       check=True)
        print(out / "year-report-1.png", out / "year-report-2.png")
        services.database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")))
