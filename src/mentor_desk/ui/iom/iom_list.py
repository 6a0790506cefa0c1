"""The left pane of the «ИОМ» tab: the list of ИОМ with search, the year filter and the ИОМ buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QMenu, QPushButton, QVBoxLayout, QWidget

from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import IomSummary
from mentor_desk.ui.common.id_filter_bar import IdFilterBar
from mentor_desk.ui.common.search_proxy import SearchProxy
from mentor_desk.ui.common.table_model import Column, RecordTableModel
from mentor_desk.ui.common.table_view import RecordTableView

IOM_COLUMNS = [
    Column[IomSummary]("Наставляемый", lambda s: s.mentee.full_name, lambda s: collation_key(s.mentee.full_name), 215),
    Column[IomSummary]("Наставник", lambda s: s.mentor.surname_initials if s.mentor else "", width=110),
    Column[IomSummary]("Год", lambda s: s.school_year, width=70),
    Column[IomSummary]("Выполнено", lambda s: f"{s.done} из {s.planned}", lambda s: s.percent_done, 95,
                       searchable=False),
    Column[IomSummary]("Просрочено", lambda s: str(s.overdue) if s.overdue else "", lambda s: s.overdue, 85,
                       searchable=False),
]
YEAR_COLUMN = [c.title for c in IOM_COLUMNS].index("Год")
EMPTY_TEXT = ("ИОМ пока нет. Сначала создайте пару «учитель – учитель» во вкладке «Пары и группы», "
              "затем нажмите «Новый ИОМ…» (Ctrl+N): дорожная карта заполнится по типовому шаблону.")


class IomListPane(QWidget):
    """Shows summaries; says which one is selected through `selection_changed`."""

    selection_changed = Signal()
    print_requested = Signal(bool, bool)  # blank, save_as

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText("Поиск по ФИО (Ctrl+F)")
        self.search_edit.setClearButtonEnabled(True)
        self.year_combo = QComboBox(self)
        self.model = RecordTableModel[IomSummary](IOM_COLUMNS, self)
        self.model.alert = lambda s: s.overdue > 0
        self.proxy = SearchProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = RecordTableView("ioms", self)
        self.view.setModel(self.proxy)
        self.view.set_empty_text(EMPTY_TEXT)
        self.id_bar = IdFilterBar(self)
        self.new_button = QPushButton("Н&овый ИОМ…", self)
        self.new_button.setToolTip("Ctrl+N")
        self.delete_button = QPushButton("Удалить ИОМ", self)
        self.print_button = QPushButton("Пе&чать / PDF…", self)
        self.print_button.setToolTip("ИОМ с дорожной картой в PDF: откроется в программе просмотра, "
                                     "оттуда его можно напечатать")
        menu = QMenu(self.print_button)
        for text, blank, save_as in (("Открыть PDF с отметками о выполнении", False, False),
                                     ("Открыть бланк для подписи (без отметок)", True, False),
                                     ("", False, False),
                                     ("Сохранить PDF с отметками…", False, True),
                                     ("Сохранить бланк для подписи…", True, True)):
            if not text:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, b=blank, s=save_as: self.print_requested.emit(b, s))
        self.print_button.setMenu(menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 2)
        row.addWidget(self.year_combo, 1)
        layout.addLayout(row)
        layout.addWidget(self.id_bar)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.search_edit.textChanged.connect(self.proxy.set_search)
        self.year_combo.currentIndexChanged.connect(self.apply_filters)
        self.id_bar.cleared.connect(self.apply_filters)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.view.apply_columns(IOM_COLUMNS)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)

    def fill_years(self, years: list[str], current: str) -> None:
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        self.year_combo.addItem("все годы", None)
        for y in reversed(years):
            self.year_combo.addItem(y, y)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(current), 0))
        self.year_combo.blockSignals(False)

    def set_rows(self, rows: list[IomSummary]) -> None:
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.apply_filters()

    def apply_filters(self) -> None:
        year = self.year_combo.currentData()
        self.view.setColumnHidden(YEAR_COLUMN, year is not None)  # the filter already says which year
        ids = self.id_bar.ids
        self.proxy.set_predicate(lambda s: (year is None or s.school_year == year) and (ids is None or s.id in ids))

    def show_year(self, year: str) -> None:
        """Clear a list of ids from the overview and show one school year."""
        self.id_bar.ids = None
        self.id_bar.setVisible(False)
        self.year_combo.setCurrentIndex(max(self.year_combo.findData(year), 0))

    def show_ids(self, ids: list[int], text: str) -> None:
        self.year_combo.setCurrentIndex(0)
        self.search_edit.clear()
        self.id_bar.set_ids(frozenset(ids), text, "Показать все ИОМ")
        self.apply_filters()

    def select(self, iom_id: int) -> bool:
        return self.view.select_record_id(iom_id)

    def selected(self) -> IomSummary | None:
        row = self.view.current_source_row()
        if row is None:
            return None
        rec = self.proxy.record_at(row)
        return rec if isinstance(rec, IomSummary) else None

    def set_iom_actions_enabled(self, enabled: bool) -> None:
        self.delete_button.setEnabled(enabled)
        self.print_button.setEnabled(enabled)

    def save_state(self) -> None:
        self.view.remember_columns()
