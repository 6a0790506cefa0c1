"""Every register and document the Reports tab can produce: title, parameters and a producer.

A producer runs off the GUI thread: `produce(services, params, target_path, progress, cancel)`.
It must write the target atomically (temp file, then os.replace), call `progress(done, total,
text)` now and then, and call `cancel.check()` between steps (it raises Cancelled).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mentor_desk.domain.enums import PairStatus, PersonKind
from mentor_desk.domain.records import IomRecord
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.exports.excel.spec import ALL_KIND, REGISTER_KINDS, load_spec
from mentor_desk.exports.html_summary import FormLine, SummaryData, write_summary
from mentor_desk.services.container import Services
from mentor_desk.services.pairs import PairFilter
from mentor_desk.ui.common.background import CancelFlag, Cancelled, ProgressCallback

if TYPE_CHECKING:
    from mentor_desk.exports.pdf import OrderDocument


class ParamKind(StrEnum):
    SCHOOL_YEAR = "school_year"  # value: "2025/2026" or None for all years
    FORM = "form"  # value: a form id or None for all forms
    CHOICE = "choice"  # value: one of `choices`
    FILE = "file"  # value: a Path the user picked (`file_filter`), or None


@dataclass(frozen=True)
class ReportParam:
    key: str
    label: str
    kind: ParamKind
    allow_all: bool = True
    choices: tuple[tuple[str, Any], ...] = ()
    file_filter: str = "Все файлы (*)"
    none_text: str = "нет"


Producer = Callable[[Services, dict[str, Any], Path, ProgressCallback, CancelFlag], Any]


@dataclass(frozen=True)
class ReportSpec:
    key: str
    title: str
    description: str
    file_filter: str
    suffix: str
    produce: Producer
    params: tuple[ReportParam, ...] = field(default_factory=tuple)
    default_name: str = "отчёт"

    def suggested_name(self, params: dict[str, Any]) -> str:
        year = params.get("school_year")
        tail = f" {str(year).replace('/', '-')}" if year else ""
        return f"{self.default_name}{tail}{self.suffix}"


# ---- the HTML summary ------------------------------------------------------------------


def gather_summary(services: Services, school_year: str | None, today: date | None = None) -> SummaryData:
    """Figures of the summary for one school year (or all years), from service records only."""
    today = today or date.today()
    org = services.organisation.get()
    people = services.people.list_people(include_archived=False)
    pairs = services.pairs.list_pairs(PairFilter(school_year=school_year))
    forms = services.reference.forms(include_inactive=True)
    lines = []
    for form in forms:
        of_form = [p for p in pairs if p.form.id == form.id]
        if of_form or form.active:
            lines.append(FormLine(form.name, len(of_form), sum(1 for p in of_form if p.is_group),
                                  sum(len(p.mentees) for p in of_form)))
    by_status = [(st.label, sum(1 for p in pairs if p.status is st)) for st in PairStatus]
    # Coverage of young specialists: the one definition (services/indicators.py), on today's date
    # inside the chosen year.
    on = today
    if school_year:
        year = SchoolYear.parse(school_year)
        on = min(max(today, year.first_day), year.last_day)
    young = services.indicators.compute(on)["young_specialists_covered"]
    ioms = services.roadmaps.list_ioms(school_year)
    overview = services.reports.overview(today)
    return SummaryData(
        school_name=org.full_name,
        school_year=school_year or "все годы",
        generated_on=today,
        people_by_kind=tuple((k.plural_label.capitalize(), sum(1 for p in people if p.kind is k)) for k in PersonKind),
        forms=tuple(lines),
        pairs_by_status=tuple(by_status),
        young_specialists=young.denominator or 0,
        young_with_mentor=int(young.numerator),
        ioms=len(ioms),
        activities_planned=sum(s.planned for s in ioms),
        activities_done=sum(s.done for s in ioms),
        activities_overdue=sum(s.overdue for s in ioms),
        pairs_ending_soon=len(overview.pairs_ending_soon),
        people_without_consent=len(overview.people_without_consent),
        notes=(f"Участники — без архива. Охват молодых специалистов — на {on:%d.%m.%Y}, по парам, работавшим "
               "в этом учебном году.",),
    )


def produce_summary(
    services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback, cancel: CancelFlag
) -> Path:
    progress(0, 3, "Сбор данных")
    data = gather_summary(services, params.get("school_year"))
    cancel.check()
    progress(1, 3, "Оформление")
    cancel.check()
    return write_summary(data, target, lambda done, total, text: progress(1 + done, 1 + total, text))


SUMMARY_HTML = ReportSpec(
    key="summary_html",
    title="Сводка по наставничеству (HTML)",
    description=(
        "Участники, пары и группы по формам наставничества, статусы пар, охват молодых специалистов, "
        "выполнение ИОМ и то, что требует внимания. Открывается в любом браузере, подходит для печати "
        "и для отчёта руководителю."
    ),
    file_filter="Веб-страница (*.html)",
    suffix=".html",
    produce=produce_summary,
    params=(ReportParam("school_year", "Учебный год", ParamKind.SCHOOL_YEAR),),
    default_name="Сводка по наставничеству",
)


# ---- Excel registers ----------------------------------------------------------------------

REGISTER_DESCRIPTIONS = {
    "people": "Все участники программы наставничества: педагоги, обучающиеся, студенты и представители "
              "работодателей, с ролью в программе и отметкой о согласии на обработку данных.",
    "mentors": "Наставники с должностью, стажем, категорией, компетенциями и числом наставляемых.",
    "mentees": "Наставляемые с запросом (дефицитами), формой наставничества и наставником.",
    "pairs": "Одна строка на каждого наставляемого пары или группы: наставник, сроки, программа и результат.",
    "summary": "Свод по формам наставничества: число пар и групп, наставников и наставляемых, охват "
               "молодых специалистов.",
    "iom-progress": "Выполнение ИОМ: сколько мероприятий запланировано, выполнено и просрочено у каждого "
                    "наставляемого.",
}
TEMPLATE_HINT = (
    " Можно выгрузить в шаблоне района: выберите его .xlsx — столбцы будут в порядке и с названиями шаблона."
)
XLSX_FILTER = "Книга Excel (*.xlsx)"


def form_name(services: Services, form_id: int | None) -> str | None:
    """The registers select a form by its name; the tab's parameter holds the form's id."""
    if form_id is None:
        return None
    for f in services.reference.forms(include_inactive=True):
        if f.id == form_id:
            return f.name
    return None


def register_producer(kind: str) -> Producer:
    """A producer that writes one register kind (or `all`) through services.registers.export_register."""

    def produce(services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback,
                cancel: CancelFlag) -> str:
        from mentor_desk.exports.excel.writer import ExportCancelled  # openpyxl: loaded on first export
        from mentor_desk.services.registers import export_register

        progress(0, 0, "Сбор данных")
        try:
            result = export_register(
                services, kind, target, params.get("school_year"), form_name(services, params.get("form")),
                template=params.get("template"),
                progress=lambda done, total: progress(done, total, f"Записано строк: {done} из {total}"),
                cancel=lambda: cancel.is_set,
            )
        except ExportCancelled as exc:
            raise Cancelled() from exc
        notes = [f"Строк: {result.rows}."]
        if result.unknown_columns:
            notes.append("Столбцы шаблона, которые программа не заполняет: "
                         + ", ".join(f"«{c}»" for c in result.unknown_columns) + ".")
        if result.formula_like_cells:
            notes.append(f"Ячеек, похожих на формулы (записаны как текст): {result.formula_like_cells}.")
        if result.truncated_cells:
            notes.append(f"Слишком длинных значений: {result.truncated_cells}.")
        return " ".join(notes)

    return produce


YEAR_PARAM = ReportParam("school_year", "Учебный год", ParamKind.SCHOOL_YEAR, allow_all=False)
FORM_PARAM = ReportParam("form", "Форма наставничества", ParamKind.FORM)
TEMPLATE_PARAM = ReportParam("template", "Шаблон района", ParamKind.FILE, file_filter=XLSX_FILTER,
                             none_text="стандартный вид")


def register_spec(kind: str) -> ReportSpec:
    if kind == ALL_KIND:
        return ReportSpec(
            key="register_all",
            title="Все реестры одной книгой (Excel)",
            description="Все реестры на отдельных листах одной книги Excel: участники, наставники, "
                        "наставляемые, пары, свод по формам и выполнение ИОМ.",
            file_filter=XLSX_FILTER,
            suffix=".xlsx",
            produce=register_producer(ALL_KIND),
            params=(YEAR_PARAM, FORM_PARAM),
            default_name="Реестры наставничества",
        )
    spec = load_spec(kind)
    return ReportSpec(
        key=f"register_{kind}",
        title=f"{spec.sheet} (Excel)",
        description=f"{spec.title}. {REGISTER_DESCRIPTIONS.get(kind, '')}{TEMPLATE_HINT}",
        file_filter=XLSX_FILTER,
        suffix=".xlsx",
        produce=register_producer(kind),
        params=(YEAR_PARAM, FORM_PARAM, TEMPLATE_PARAM),
        default_name=spec.sheet,
    )


# ---- PDF documents -------------------------------------------------------------------------

IOM_VARIANT = ReportParam(
    "blank", "Вариант", ParamKind.CHOICE,
    choices=(("с отметками о выполнении", False), ("бланк для подписи (без отметок)", True)),
)


NO_ORDER = (
    "В базе нет приказа о закреплении наставнических пар. Создайте его на вкладке «Пары и группы»: "
    "«Приказ PDF…» → «Новый приказ о закреплении пар…»."
)


def order_document(services: Services, order_id: int | None) -> OrderDocument:
    """services.documents.order_for_print with the GUI's wording when there is no order yet."""
    from mentor_desk.domain.enums import OrderKind
    from mentor_desk.services.documents import order_for_print

    if order_id is None and services.orders.latest(OrderKind.FIX_PAIRS) is None:
        raise UserError(NO_ORDER)
    return order_for_print(services, order_id)


def ioms_of_year(services: Services, school_year: str | None) -> list[IomRecord]:
    """Every ИОМ of a school year for printing, with the GUI's wording when there is none."""
    from mentor_desk.services.documents import ioms_for_print

    year = school_year or services.organisation.current_year().title
    if not services.roadmaps.list_ioms(year):
        raise UserError(f"В {year} учебном году нет ни одного ИОМ. Создайте ИОМ на вкладке «ИОМ» "
                        "или выберите другой учебный год.")
    return ioms_for_print(services, None, year)


def _pdf_callbacks(progress: ProgressCallback, cancel: CancelFlag,
                   what: str) -> tuple[Callable[[int, int], None], Callable[[], bool]]:
    return (lambda done, total: progress(done, total, f"{what}: {done} из {total}")), (lambda: cancel.is_set)


def produce_iom_pdf(services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback,
                    cancel: CancelFlag) -> str:
    from mentor_desk.exports.pdf import Cancelled as PdfCancelled
    from mentor_desk.exports.pdf import write_iom_pdf

    progress(0, 0, "Сбор данных")
    records = ioms_of_year(services, params.get("school_year"))
    cancel.check()
    on_progress, is_cancelled = _pdf_callbacks(progress, cancel, "Подготовлено ИОМ")
    try:
        pages = write_iom_pdf(records, services.organisation.get(), target, blank=bool(params.get("blank")),
                              progress=on_progress, cancel=is_cancelled)
    except PdfCancelled as exc:
        raise Cancelled() from exc
    return f"ИОМ: {len(records)}, страниц: {pages}."


def produce_order_pdf(services: Services, params: dict[str, Any], target: Path, progress: ProgressCallback,
                      cancel: CancelFlag) -> str:
    from mentor_desk.exports.pdf import Cancelled as PdfCancelled
    from mentor_desk.exports.pdf import write_order_pdf

    progress(0, 0, "Сбор данных")
    document = order_document(services, params.get("order_id"))
    cancel.check()
    on_progress, is_cancelled = _pdf_callbacks(progress, cancel, "Страниц")
    try:
        pages = write_order_pdf(document, services.organisation.get(), target, progress=on_progress,
                                cancel=is_cancelled)
    except PdfCancelled as exc:
        raise Cancelled() from exc
    order = document.order
    return f"Приказ № {order.number} от {order.signed_on:%d.%m.%Y}, страниц: {pages}."


IOM_PDF = ReportSpec(
    key="iom_pdf",
    title="ИОМ с дорожной картой (все ИОМ учебного года, PDF)",
    description="Индивидуальные образовательные маршруты всех наставляемых учебного года в одном PDF: "
                "паспорт, дефициты, цель, задачи и дорожная карта, с грифом «УТВЕРЖДАЮ». Бланк — без отметок "
                "о выполнении, для подписи в начале года. Один ИОМ печатают на вкладке «ИОМ».",
    file_filter="Документ PDF (*.pdf)",
    suffix=".pdf",
    produce=produce_iom_pdf,
    params=(YEAR_PARAM, IOM_VARIANT),
    default_name="ИОМ наставляемых",
)

ORDER_PDF = ReportSpec(
    key="order_pdf",
    title="Приказ о закреплении наставнических пар (последний, PDF)",
    description="Последний приказ о закреплении наставнических пар с приложением — списком пар и групп, "
                "готовый к подписи. Приказ по выбранной паре печатают на вкладке «Пары и группы».",
    file_filter="Документ PDF (*.pdf)",
    suffix=".pdf",
    produce=produce_order_pdf,
    default_name="Приказ о закреплении наставников",
)


def build_registry() -> list[ReportSpec]:
    """All reports in the order the tab lists them."""
    return [
        SUMMARY_HTML,
        *(register_spec(kind) for kind in REGISTER_KINDS),
        register_spec(ALL_KIND),
        IOM_PDF,
        ORDER_PDF,
    ]
