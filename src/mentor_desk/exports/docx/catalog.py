"""The documents a school may reword: their default DOCX templates and the fields each may use."""

from __future__ import annotations

from dataclasses import dataclass

from mentor_desk.resources import resource_path

SCHOOL_FIELDS: tuple[tuple[str, str], ...] = (
    ("school_full", "полное наименование школы"),
    ("school_short", "краткое наименование школы"),
    ("school_in", "«в МБОУ …» (или «в образовательной организации»)"),
    ("director_position", "должность директора"),
    ("director_signature", "И.О. Фамилия директора"),
    ("coordinator_signature", "И.О. Фамилия куратора из реквизитов школы"),
    ("municipality", "муниципалитет"),
    ("address", "адрес школы"),
    ("year", "учебный год, например 2025/2026"),
    ("n", "n() — номер следующего пункта (1, 2, 3…), n.sub() — подпункта (2.1, 2.2…)"),
)

ORDER_FIELDS: tuple[tuple[str, str], ...] = (
    ("order_number", "номер приказа"),
    ("order_date", "дата приказа, ДД.ММ.ГГГГ"),
    ("order_date_long", "дата приказа, «5 сентября 2025 г.»"),
    ("order_title", "заголовок приказа"),
    ("preamble", "преамбула, введённая в приказе (пусто — текст шаблона)"),
    ("preamble_says_order", "в преамбуле уже есть «ПРИКАЗЫВАЮ» (да/нет)"),
    ("coordinator", "куратор указан (да/нет)"),
    ("coordinator_accusative", "куратор в винительном падеже: «Сазонову Инну Викторовну»"),
    ("coordinator_dative", "куратор в дательном падеже: «Сазоновой Инне Викторовне»"),
    ("pairs", "пары приказа; у каждой: mentees_accusative, mentor_instrumental, form, type, term, "
              "mentor_cell, mentees_cell, number"),
    ("acquainted", "кто ознакомлен с приказом: И.О. Фамилия (без обучающихся)"),
)

IOM_FIELDS: tuple[tuple[str, str], ...] = (
    ("approved_date", "дата утверждения «05» сентября 2025 г. (или пустая строка для подписи)"),
    ("whose", "«педагога Ёлкиной Анны Сергеевны» — чей маршрут"),
    ("year_line", "«на 2025–2026 учебный год»"),
    ("is_teacher", "наставляемый — педагог (да/нет)"),
    ("passport", "строки паспорта; у каждой: label, value"),
    ("deficits", "дефициты (список абзацев)"),
    ("goal", "цель (список абзацев)"),
    ("tasks", "задачи (список абзацев)"),
    ("blank", "бланк для подписи без отметок (да/нет)"),
    ("show_groups", "мероприятия разбиты по направлениям (да/нет)"),
    ("groups", "направления; у каждого: title, activities (number, title, period, product, responsible, mark)"),
    ("has_activities", "есть мероприятия (да/нет)"),
    ("done_line", "«Выполнено мероприятий: 5 из 24 (21 %).»"),
    ("self_report", "самоотчёт наставляемого (список абзацев)"),
    ("mentor_conclusion", "заключение наставника (список абзацев)"),
    ("signatures", "подписи; у каждой: role, name"),
)

REGULATION_FIELDS: tuple[tuple[str, str], ...] = (
    ("forms", "формы наставничества; у каждой: name, mentor (кто наставник), mentee (кто наставляемый)"),
    ("programmes", "программы наставничества; у каждой: name"),
)

PROGRAMME_FIELDS: tuple[tuple[str, str], ...] = (
    ("programme_name", "название программы"),
    ("for_teachers", "программа для педагогов (да/нет)"),
    ("forms", "формы наставничества в парах программы (список названий)"),
    ("pairs_count", "число действующих пар (групп) программы"),
    ("mentors_count", "число наставников программы"),
    ("mentees_count", "число наставляемых программы"),
)

CONSENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("person_name", "ФИО участника"),
    ("person_class", "класс обучающегося"),
    ("minor", "участник — обучающийся, согласие подписывает родитель (да/нет)"),
)

# Names a template may read from the items of a list (pairs, groups, activities, …).
ITEM_ATTRIBUTES = frozenset(
    {
        "mentees_accusative", "mentor_instrumental", "form", "type", "term", "mentor_cell", "mentees_cell",
        "number", "label", "value", "title", "activities", "period", "product", "responsible", "mark",
        "role", "name", "sub", "text", "items", "position", "details", "forms", "pairs", "mentees",
        "mentors", "mentor", "mentee", "month", "what", "who", "result", "index", "last", "first", "length",
        "revindex", "index0",
    }
)


@dataclass(frozen=True)
class DocumentKind:
    key: str
    title: str
    fields: tuple[tuple[str, str], ...]

    @property
    def file_name(self) -> str:
        return f"{self.key}.docx"

    def default_template(self) -> bytes:
        return resource_path("templates", "docx", self.file_name).read_bytes()

    @property
    def field_names(self) -> frozenset[str]:
        return frozenset(name for name, _ in self.fields)


KINDS: dict[str, DocumentKind] = {
    k.key: k
    for k in (
        DocumentKind("order_fix_pairs", "Приказ о закреплении наставнических пар", SCHOOL_FIELDS + ORDER_FIELDS),
        DocumentKind("order_appoint_coordinator", "Приказ о назначении куратора", SCHOOL_FIELDS + ORDER_FIELDS),
        DocumentKind("order_completion", "Приказ о завершении программы наставничества",
                     SCHOOL_FIELDS + ORDER_FIELDS),
        DocumentKind("iom", "Индивидуальный образовательный маршрут с дорожной картой", SCHOOL_FIELDS + IOM_FIELDS),
        DocumentKind("regulation", "Положение о наставничестве", SCHOOL_FIELDS + REGULATION_FIELDS),
        DocumentKind("implementation_roadmap", "Дорожная карта внедрения целевой модели наставничества",
                     SCHOOL_FIELDS),
        DocumentKind("programme", "Программа наставничества", SCHOOL_FIELDS + PROGRAMME_FIELDS),
        DocumentKind("consent", "Согласие на обработку персональных данных", SCHOOL_FIELDS + CONSENT_FIELDS),
    )
}


def kind(key: str) -> DocumentKind:
    return KINDS[key]
