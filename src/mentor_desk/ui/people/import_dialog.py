"""Preview of a people import: columns and their Russian fields, rows that will not load, values
left out (warnings), and what would change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QHeaderView, QTableWidgetItem, QWidget

from mentor_desk.domain.enums import PersonKind
from mentor_desk.errors import UserError
from mentor_desk.services.imports import (
    HEADER_SEARCH_ROWS,
    IGNORE,
    ColumnMatch,
    ImportPlan,
    ImportPreview,
    RowIssue,
    import_fields,
    parse_rows,
    recognise,
)
from mentor_desk.ui.common.dialog_base import FormDialog, InputError, fill_combo
from mentor_desk.ui.generated.ui_import_dialog import Ui_ImportDialog

UNRECOGNISED_COLOR = QColor("#fff3c4")
ERROR_COLOR = QColor("#fde2e1")
WARNING_COLOR = QColor("#fff3c4")
FIELD_COLUMN = 2


@dataclass(frozen=True)
class ImportRequest:
    preview: ImportPreview
    update_existing: bool


def _guess_columns(rows: Sequence[Sequence[Any]]) -> list[ColumnMatch]:
    """Columns of the fullest of the first rows, when no header row with names was found."""
    fields = import_fields()
    head = [r for r in rows[:HEADER_SEARCH_ROWS] if any(v not in (None, "") for v in r)]
    if not head:
        return []
    best = max(head, key=lambda r: sum(1 for v in r if v not in (None, "")))
    texts = [" ".join(str(v).split()) if v is not None else "" for v in best]
    return [ColumnMatch(i, t, recognise(t, fields)) for i, t in enumerate(texts)]


class ImportDialog(FormDialog):
    """Re-reads the rows (already loaded) whenever a column mapping or the category changes."""

    def __init__(self, path: Path, rows: Sequence[Sequence[Any]], plan: Callable[[ImportPreview], ImportPlan],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ui = Ui_ImportDialog()
        self._ui.setupUi(self)
        ui = self._ui
        self._path = path
        self._rows = rows
        self._plan_of = plan
        self._fields = [f for f in import_fields() if f.field != IGNORE]
        self._auto: dict[int, str | None] = {}
        self.columns: list[ColumnMatch] = []
        self.preview: ImportPreview | None = None
        self.plan: ImportPlan | None = None
        self._parse_problem = ""
        self._wire(ui.buttonBox, ui.errorLabel)
        ok = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText("Загрузить")
        fill_combo(ui.kindCombo, [(k.plural_label, k.value) for k in PersonKind],
                   empty="определить по столбцам")
        ct = ui.columnsTable
        ct.setColumnCount(4)
        ct.setHorizontalHeaderLabels(["Столбец", "Заголовок в файле", "Загружать как", "Распознан"])
        ct.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        ct.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        it = ui.issuesTable
        it.setColumnCount(4)
        it.setHorizontalHeaderLabels(["Строка", "Столбец", "Что", "Причина"])
        it.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        it.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        it.setWordWrap(False)  # one line per finding; the whole reason is in the tooltip
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        self.resize(900, 720)
        ui.kindCombo.currentIndexChanged.connect(lambda _i: self.reparse())
        ui.updateCheck.toggled.connect(lambda _on: self._show_summary())
        self._first_parse()

    # ---- parsing -------------------------------------------------------------------

    def _first_parse(self) -> None:
        self.reparse()
        self._auto = {c.index: c.field for c in self.columns}
        self._fill_columns()

    def mapping(self) -> dict[str | int, str | None]:
        """Header text -> field for every column whose field the user changed from the recognised one."""
        chosen: dict[str | int, str | None] = {}
        for row, col in enumerate(self.columns):
            combo = self._combo(row)
            if combo is None:
                continue
            value = combo.currentData()
            auto = self._auto.get(col.index) or IGNORE
            if value != auto:
                chosen[col.header if col.header else col.index] = None if value == IGNORE else value
        return chosen

    def kind(self) -> PersonKind | None:
        value = self._ui.kindCombo.currentData()
        return PersonKind(value) if value else None

    def reparse(self) -> None:
        mapping = self.mapping() if self.columns else {}
        try:
            self.preview = parse_rows(self._path, self._rows, mapping or None, self.kind())
            self._parse_problem = ""
        except UserError as exc:
            self.preview = None
            self._parse_problem = exc.message
        columns = self.preview.columns if self.preview is not None else (self.columns or _guess_columns(self._rows))
        if [(c.index, c.header) for c in columns] != [(c.index, c.header) for c in self.columns]:
            first = not self.columns
            self.columns = columns
            if not first:
                QTimer.singleShot(0, self._fill_columns)  # never delete the combo whose signal runs now
        else:
            self.columns = columns
            self._refresh_status()
        self.plan = self._plan_of(self.preview) if self.preview is not None else None
        self._fill_issues()
        self._show_summary()

    # ---- widgets -------------------------------------------------------------------

    def _combo(self, row: int) -> QComboBox | None:
        widget = self._ui.columnsTable.cellWidget(row, FIELD_COLUMN)
        return widget if isinstance(widget, QComboBox) else None

    def set_field(self, header: str, field: str) -> None:
        """Choose the field of the column with this header (as the user does in its combo)."""
        row = next(i for i, c in enumerate(self.columns) if c.header == header)
        combo = self._combo(row)
        assert combo is not None
        combo.setCurrentIndex(combo.findData(field))

    def _fill_columns(self) -> None:
        ct = self._ui.columnsTable
        ct.setRowCount(len(self.columns))
        items = [("не загружать", IGNORE)] + [(f.label, f.field) for f in self._fields]
        for row, col in enumerate(self.columns):
            ct.setItem(row, 0, QTableWidgetItem(col.letter))
            ct.setItem(row, 1, QTableWidgetItem(col.header or "(без заголовка)"))
            combo = QComboBox(ct)
            fill_combo(combo, items)
            combo.setCurrentIndex(max(combo.findData(col.field or IGNORE), 0))
            combo.currentIndexChanged.connect(lambda _i: self.reparse())
            ct.setCellWidget(row, FIELD_COLUMN, combo)
            ct.setItem(row, 3, QTableWidgetItem())
        self._refresh_status()
        ct.setColumnWidth(1, min(max(ct.columnWidth(1), 160), 320))

    def _status(self, col: ColumnMatch) -> str:
        auto = self._auto.get(col.index)
        combo_value = col.field or IGNORE
        if combo_value != (auto or IGNORE):
            return "выбрано вами"
        if auto is not None:
            return "да"
        return "нет — выберите поле" if col.header else ""

    def _refresh_status(self) -> None:
        ct = self._ui.columnsTable
        for row, col in enumerate(self.columns[: ct.rowCount()]):
            combo = self._combo(row)
            shown = ColumnMatch(col.index, col.header, combo.currentData() if combo is not None else col.field)
            state = self._status(shown)
            color = UNRECOGNISED_COLOR if state.startswith("нет") else QColor(Qt.GlobalColor.transparent)
            item = ct.item(row, 3)
            if item is not None:
                item.setText(state)
            for c in (0, 1, 3):
                cell = ct.item(row, c)
                if cell is not None:
                    cell.setBackground(color)

    def _fill_issues(self) -> None:
        preview = self.preview
        issues: list[tuple[RowIssue, str]] = []
        if preview is not None:
            issues = [(i, "ошибка") for i in preview.errors] + [(i, "повтор") for i in preview.duplicates]
            issues += [(i, "предупреждение") for i in preview.warnings]
            issues += [(i, "пропущена") for i in preview.skipped]
            issues.sort(key=lambda pair: (pair[0].row, pair[0].column))
        it = self._ui.issuesTable
        it.setRowCount(len(issues))
        for row, (issue, what) in enumerate(issues):
            for col, text in enumerate((str(issue.row), issue.column, what, issue.reason)):
                item = QTableWidgetItem(text)
                if col == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(issue.reason)
                if what in ("ошибка", "предупреждение"):
                    item.setBackground(ERROR_COLOR if what == "ошибка" else WARNING_COLOR)
                it.setItem(row, col, item)
        errors = len(preview.rejected_rows) if preview is not None else 0
        self._ui.issuesGroup.setTitle(
            f"Замечания по файлу ({len(issues)})" if issues else "Все строки файла можно загрузить"
            if preview is not None else "Строки файла"
        )
        self._ui.issuesGroup.setProperty("errors", errors)

    def _show_summary(self) -> None:
        ui = self._ui
        preview, plan = self.preview, self.plan
        where = f"Файл: <b>{self._path.name}</b>"
        if preview is not None:
            where += f", строка заголовков — {preview.header_row}"
            if preview.default_kind is not None and self.kind() is None:
                where += f"; в списке — {preview.default_kind.plural_label}"
        ui.fileLabel.setText(where)
        if preview is None or plan is None:
            ui.summaryLabel.setText("")
            self.show_problem(self._parse_problem)
            self._set_ok(False)
            return
        update = ui.updateCheck.isChecked()
        parts = [f"Будет добавлено новых участников: <b>{len(plan.new)}</b>."]
        if plan.existing:
            parts.append(
                f"Уже есть в базе: <b>{len(plan.existing)}</b> — "
                + ("их поля дополнятся значениями из файла." if update else "останутся как есть.")
            )
        if preview.errors:
            parts.append(f"Строк с ошибками: <b>{len(preview.rejected_rows)}</b> (не загружаются).")
        if preview.warnings:
            rows = len({w.row for w in preview.warnings})
            parts.append(f"С предупреждениями: <b>{rows}</b> (загружаются, нераспознанные значения не заполняются).")
        if preview.duplicates:
            parts.append(f"Повторов в файле: {len(preview.duplicates)}.")
        if preview.skipped:
            parts.append(f"Пропущено служебных строк: {len(preview.skipped)}.")
        ui.summaryLabel.setText(" ".join(parts))
        ui.updateCheck.setEnabled(bool(plan.existing))
        self.show_problem("")
        self._set_ok(bool(plan.new) or (update and bool(plan.existing)))

    def _set_ok(self, enabled: bool) -> None:
        ok = self._ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(enabled)

    def summary_text(self) -> str:
        return self._ui.summaryLabel.text()

    def issues(self) -> list[list[str]]:
        """The rows of the issues table as shown: row number, column, what, reason."""
        it = self._ui.issuesTable
        return [[item.text() if (item := it.item(r, c)) is not None else "" for c in range(4)]
                for r in range(it.rowCount())]

    # ---- value ---------------------------------------------------------------------

    def value(self) -> ImportRequest:
        if self.preview is None or self.plan is None:
            raise InputError([self._parse_problem or "Список не прочитан: сопоставьте столбцы."])
        update = self._ui.updateCheck.isChecked()
        if not self.plan.new and not (update and self.plan.existing):
            raise InputError(["Загружать нечего: все участники из файла уже есть в базе."])
        return ImportRequest(self.preview, update)
