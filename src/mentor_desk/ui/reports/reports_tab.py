"""The «Отчёты» tab: choose a register or document, set its parameters, save it in the background."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.ui.common import background, prompts
from mentor_desk.ui.reports.reports_registry import ParamKind, ReportParam, ReportSpec, build_registry

log = logging.getLogger(__name__)
PICK_FILE = "\0pick-file"  # item data of «выбрать файл…» in a file parameter


class ReportsTab(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None,
                 reports: list[ReportSpec] | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.reports = reports if reports is not None else build_registry()
        self.task: background.Task | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.last_output: Path | None = None
        self._param_widgets: dict[str, QComboBox] = {}

        self.list = QListWidget(self)
        for spec in self.reports:
            item = QListWidgetItem(spec.title, self.list)
            item.setToolTip(spec.description)
        self.title_label = QLabel(self)
        self.title_label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.description_label = QLabel(self)
        self.description_label.setWordWrap(True)
        self.params_box = QGroupBox("Параметры", self)
        self.params_form = QFormLayout(self.params_box)
        self.params_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.save_button = QPushButton("Сохранить &как…", self)
        self.save_button.setDefault(True)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton("Открыть", self)
        self.folder_button = QPushButton("Показать в папке", self)
        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.addWidget(self.title_label)
        rl.addWidget(self.description_label)
        rl.addWidget(self.params_box)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        rl.addLayout(row)
        rl.addSpacing(12)
        rl.addWidget(self.result_label)
        row2 = QHBoxLayout()
        row2.addWidget(self.open_button)
        row2.addWidget(self.folder_button)
        row2.addStretch(1)
        rl.addLayout(row2)
        rl.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 930])  # the list shows whole titles of the PDF documents
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.list.currentRowChanged.connect(self._report_chosen)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(self.open_output)
        self.folder_button.clicked.connect(self.show_output_folder)
        self._show_result(None, "")
        if self.reports:
            self.list.setCurrentRow(0)

    # ---- parameters ----------------------------------------------------------------

    def current_spec(self) -> ReportSpec | None:
        row = self.list.currentRow()
        return self.reports[row] if 0 <= row < len(self.reports) else None

    def _report_chosen(self) -> None:
        spec = self.current_spec()
        while self.params_form.rowCount():
            self.params_form.removeRow(0)
        self._param_widgets.clear()
        if spec is None:
            return
        self.title_label.setText(spec.title)
        self.description_label.setText(spec.description)
        for param in spec.params:
            combo = self._param_widget(param)
            self._param_widgets[param.key] = combo
            self.params_form.addRow(param.label, combo)
        self.params_box.setVisible(bool(spec.params))

    def _param_widget(self, param: ReportParam) -> QComboBox:
        combo = QComboBox(self.params_box)
        combo.setMinimumContentsLength(18)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        if param.kind is ParamKind.SCHOOL_YEAR:
            if param.allow_all:
                combo.addItem("все годы", None)
            years = self._services.organisation.school_years()
            current = self._services.organisation.current_year().title
            for y in reversed(list(dict.fromkeys([*years, current]))):
                combo.addItem(y, y)
            combo.setCurrentIndex(max(combo.findData(current), 0))
        elif param.kind is ParamKind.FORM:
            if param.allow_all:
                combo.addItem("все формы", None)
            for f in self._services.reference.forms(include_inactive=True):
                combo.addItem(f.name, f.id)
        elif param.kind is ParamKind.ORDER:
            combo.addItem("последний приказ о закреплении пар", None)
            for order in reversed(self._services.orders.list_orders()):
                combo.addItem(f"№ {order.number} от {order.signed_on:%d.%m.%Y} — {order.kind.label}", order.id)
            combo.setMinimumContentsLength(36)
        elif param.kind is ParamKind.FILE:
            combo.addItem(param.none_text, None)
            combo.addItem("выбрать файл…", PICK_FILE)
            combo.setMinimumContentsLength(28)
            combo.activated.connect(lambda index, c=combo, p=param: self._file_chosen(c, p, index))
        else:
            for text, value in param.choices:
                combo.addItem(text, value)
        return combo

    def _file_chosen(self, combo: QComboBox, param: ReportParam, index: int) -> None:
        """«выбрать файл…» opens the picker; the chosen file becomes an item of its own."""
        if combo.itemData(index) != PICK_FILE:
            return
        path = prompts.open_file(self, param.label, param.file_filter)
        if path is None:
            combo.setCurrentIndex(0)
            return
        self._add_file_item(combo, path)

    @staticmethod
    def _add_file_item(combo: QComboBox, path: Path) -> None:
        found = combo.findData(str(path))
        if found < 0:
            combo.insertItem(1, path.name, str(path))
            combo.setItemData(1, str(path), Qt.ItemDataRole.ToolTipRole)
            found = 1
        combo.setCurrentIndex(found)

    def params(self) -> dict[str, Any]:
        return {key: (None if combo.currentData() == PICK_FILE else combo.currentData())
                for key, combo in self._param_widgets.items()}

    def set_param(self, key: str, value: Any) -> None:
        combo = self._param_widgets[key]
        if isinstance(value, Path):
            self._add_file_item(combo, value)
            return
        combo.setCurrentIndex(combo.findData(value))

    def select_report(self, key: str) -> ReportSpec:
        """Make the report with this key current (as a click in the list would)."""
        row = next(i for i, spec in enumerate(self.reports) if spec.key == key)
        self.list.setCurrentRow(row)
        return self.reports[row]

    # ---- running -------------------------------------------------------------------

    def save_as(self) -> None:
        spec = self.current_spec()
        if spec is None or self.task is not None:
            return
        params = self.params()
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        if self.last_output is not None:
            folder = self.last_output.parent
        target = prompts.save_file(self, f"Сохранить: {spec.title}", folder / spec.suggested_name(params),
                                   spec.file_filter)
        if target is None:
            return
        if target.suffix.lower() not in (spec.suffix, *spec.suffixes):
            target = target.with_name(target.name + spec.suffix)
        self.start(spec, params, target)

    def start(self, spec: ReportSpec, params: dict[str, Any], target: Path) -> background.Task:
        services = self._services
        task = background.Task(lambda progress, cancel: spec.produce(services, params, target, progress, cancel))
        dialog = QProgressDialog(f"{spec.title}…", "Отмена", 0, 0, self)
        dialog.setWindowTitle("Подготовка отчёта")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(task.cancel_flag.cancel)
        task.signals.progress.connect(self._on_progress)
        task.signals.succeeded.connect(lambda result: self._on_done(target, result))
        task.signals.cancelled.connect(lambda: self._show_result(None, "Отменено: файл не создан."))
        task.signals.failed.connect(self._on_failed)
        task.signals.finished.connect(self._on_finished)
        self.task = task
        self.progress_dialog = dialog
        self.save_button.setEnabled(False)
        self._show_result(None, "")
        background.start(task)
        return task

    def _on_progress(self, done: int, total: int, text: str) -> None:
        if self.progress_dialog is not None and self.task is not None and self.progress_dialog.wasCanceled():
            self.task.cancel_flag.cancel()
            return
        dialog = self.progress_dialog  # setValue may run the event loop, which can finish the task
        if dialog is not None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))
            if text:
                dialog.setLabelText(text)

    def _on_done(self, target: Path, result: object = None) -> None:
        self.last_output = target
        details = f"\n{result}" if isinstance(result, str) and result else ""
        self._show_result(target, f"Готово: {target}{details}")

    def _on_failed(self, exc: object, details: str) -> None:
        message = exc.message if isinstance(exc, UserError) else (
            f"Отчёт не сформирован: {exc}. Подробности записаны в журнал программы."
        )
        self._show_result(None, "Отчёт не сформирован.")
        prompts.show_error(self, message)

    def _on_finished(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        self.task = None
        self.save_button.setEnabled(True)

    def _show_result(self, path: Path | None, text: str) -> None:
        self.result_label.setText(text)
        self.open_button.setEnabled(path is not None)
        self.folder_button.setEnabled(path is not None)

    def open_output(self) -> None:
        if self.last_output is not None and not prompts.open_path(self.last_output):
            prompts.show_error(self, f"Нет программы, чтобы открыть «{self.last_output.name}».")

    def show_output_folder(self) -> None:
        if self.last_output is not None:
            prompts.show_in_folder(self.last_output)

    # ---- common tab interface ------------------------------------------------------

    def new_item(self) -> None:
        self.save_as()

    def focus_search(self) -> None:
        self.list.setFocus()

    def save_state(self) -> None:
        pass
