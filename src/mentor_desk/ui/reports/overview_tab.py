"""The «Обзор» tab: the figures a coordinator checks first, each a click away from its list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentor_desk.domain.enums import ActivityStatus, PairStatus, PersonKind
from mentor_desk.services.container import Services
from mentor_desk.services.organisation import needs_setup
from mentor_desk.services.reports import Overview
from mentor_desk.ui.common.lazy_tab import LazyTab
from mentor_desk.ui.school.first_run import FirstRunPanel, fill


class OverviewTab(LazyTab):
    show_people = Signal(list, str)
    show_pairs = Signal(list, str)
    show_form = Signal(str)
    show_ioms = Signal(list, str)

    def __init__(self, services: Services, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._today = today
        self.overview: Overview | None = None
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.forms_box = QGroupBox("Действующие и планируемые пары и группы по формам наставничества", self)
        self.forms_grid = QGridLayout(self.forms_box)
        self.totals_box = QGroupBox("Коротко о программе наставничества", self)
        self.totals_label = QLabel(self.totals_box)
        self.totals_label.setTextFormat(Qt.TextFormat.RichText)
        self.totals_label.setWordWrap(True)
        QVBoxLayout(self.totals_box).addWidget(self.totals_label)
        self.attention_box = QGroupBox("Требует внимания", self)
        al = QVBoxLayout(self.attention_box)
        self.young_button = QCommandLinkButton(self.attention_box)
        self.overdue_button = QCommandLinkButton(self.attention_box)
        self.ending_button = QCommandLinkButton(self.attention_box)
        self.consent_button = QCommandLinkButton(self.attention_box)
        for b in (self.young_button, self.overdue_button, self.ending_button, self.consent_button):
            al.addWidget(b)
        self.form_buttons: list[QPushButton] = []
        self.first_run = FirstRunPanel(services, self, today)
        self.first_run.setVisible(False)
        self.first_run.completed.connect(self.reload)
        # the page scrolls on a small screen (the first-run form above the figures is tall)
        page = QWidget(self)
        scroll = QScrollArea(self)
        scroll.setObjectName("overviewScroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.first_run)
        layout.addWidget(self.forms_box)
        layout.addWidget(self.totals_box)
        layout.addWidget(self.attention_box)
        layout.addStretch(1)
        scroll.setWidget(page)
        self.young_button.clicked.connect(
            lambda: self.overview and self.show_people.emit(self.overview.young_without_mentor,
                                                            "Молодые специалисты без наставника"))
        self.overdue_button.clicked.connect(
            lambda: self.overview and self.show_ioms.emit(self.overview.ioms_with_overdue,
                                                          "ИОМ с просроченными мероприятиями"))
        self.ending_button.clicked.connect(
            lambda: self.overview and self.show_pairs.emit(self.overview.pairs_ending_soon,
                                                           "Пары, завершающиеся в ближайшие 30 дней"))
        self.consent_button.clicked.connect(
            lambda: self.overview and self.show_people.emit(self.overview.people_without_consent,
                                                            "Участники без согласия на обработку ПД"))

    def _load(self) -> None:
        ov = self._services.reports.overview(self._today)
        self.overview = ov
        org = self._services.organisation.get()
        self.heading.setText(f"{org.short_name}: {org.current_year} учебный год")
        if needs_setup(org) and not self.first_run.isVisibleTo(self):
            fill(self.first_run, org)
        self.first_run.setVisible(needs_setup(org))
        for b in self.form_buttons:
            self.forms_grid.removeWidget(b)
            b.deleteLater()
        self.form_buttons = []
        for i, (name, count) in enumerate(ov.pairs_per_form.items()):
            button = QPushButton(f"{name}: {count}", self.forms_box)
            button.setToolTip("Открыть эти пары на вкладке «Пары и группы»")
            button.clicked.connect(lambda _checked=False, n=name: self.show_form.emit(n))
            self.forms_grid.addWidget(button, i // 3, i % 3)
            self.form_buttons.append(button)
        self.totals_label.setText(self._totals_html())
        self._set(self.young_button, "Молодые специалисты без наставника", len(ov.young_without_mentor),
                  "педагоги до 35 лет со стажем до 3 лет без действующей пары", "Участники")
        self._set(self.overdue_button, "Просроченные мероприятия ИОМ", ov.overdue_activities,
                  f"в {len(ov.ioms_with_overdue)} ИОМ: срок прошёл, отметки о выполнении нет", "ИОМ")
        self._set(self.ending_button, "Пары, завершающиеся в ближайшие 30 дней", len(ov.pairs_ending_soon),
                  "подготовьте итоги, анкеты и приказ о завершении", "Пары и группы")
        self._set(self.consent_button, "Участники без согласия на обработку персональных данных",
                  len(ov.people_without_consent), "согласие не получено или отозвано", "Участники")

    def _totals_html(self) -> str:
        s = self._services
        stats = s.reports.stats()
        persons = stats["persons"]
        assert isinstance(persons, dict)
        by_status = stats["pairs_by_status"]
        assert isinstance(by_status, dict)
        activities = stats["activities_by_status"]
        assert isinstance(activities, dict)
        people = ", ".join(f"{k.plural_label} — {persons.get(k.value, 0)}" for k in PersonKind)
        pairs = ", ".join(f"{st.label} — {by_status.get(st.value, 0)}" for st in PairStatus)
        planned = sum(int(v) for v in activities.values())
        done = int(activities.get(ActivityStatus.DONE.value, 0))
        percent = f"{100 * done / planned:.0f} %" if planned else "—"
        rows = [
            ("Участники", f"{stats['persons_total']}: {people}"),
            ("Пары и группы", f"{stats['pairs_total']} (из них групп {stats['groups']}): {pairs}"),
            ("ИОМ", f"{stats['ioms']}; мероприятий выполнено {done} из {planned} ({percent})"),
            ("Встречи и согласия", f"записей о встречах — {stats['meetings']}, согласий — {stats['consents']}, "
                                   f"приказов — {stats['orders']}"),
        ]
        return "<table cellspacing='4'>" + "".join(
            f"<tr><td><b>{title}</b></td><td>{text}</td></tr>" for title, text in rows) + "</table>"

    @staticmethod
    def _set(button: QCommandLinkButton, title: str, count: int, hint: str, tab: str) -> None:
        button.setText(f"{title}: {count}")
        button.setDescription(f"{hint}. Открыть список на вкладке «{tab}»." if count else "Всё в порядке.")
        button.setEnabled(count > 0)

    def new_item(self) -> None:
        pass

    def focus_search(self) -> None:
        pass

    def save_state(self) -> None:
        pass
