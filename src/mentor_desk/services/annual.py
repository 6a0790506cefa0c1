"""«Аналитическая справка по итогам реализации программы наставничества» for a school year, built
as a plain ReportDocument from the indicators (services/indicators.py), so the PDF and any other
writer print the same numbers as `mentor-desk indicators`; and the overview's charts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from mentor_desk.db import models as m
from mentor_desk.domain.enums import ActivityStatus, PairStatus
from mentor_desk.domain.names import collation_key, short_name
from mentor_desk.domain.report_doc import Block, ChartBlock, Heading, Paragraph, ReportDocument, TableBlock
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.base import ServiceBase, today
from mentor_desk.services.indicators import Indicator, IndicatorSet, compute_indicators, school_start
from mentor_desk.services.monitoring import MonitoringService
from mentor_desk.services.staffing import OUTCOMES

REPORT_TITLE = "Аналитическая справка по итогам реализации программы наставничества"
MAIN_KEYS = ("pupils_covered", "young_specialists_covered", "participants", "mentors", "mentees", "pairs",
             "iom_on_time", "iom_activities_on_time", "satisfaction", "satisfaction_mean")
SWOT = ("Сильные стороны", "Слабые стороны", "Возможности", "Угрозы")


def report_date(year: SchoolYear, on: date | None = None) -> date:
    """The year's figures are taken on its last day, or today while it is still going."""
    return min(on or today(), year.last_day)


def change_text(now: Indicator, before: Indicator | None) -> str:
    if before is None or now.value is None or before.value is None:
        return "—"
    delta = now.value - before.value
    if now.unit == "share":
        return f"{100 * delta:+.1f} п.п.".replace(".", ",")
    if now.unit == "score":
        return f"{delta:+.1f}".replace(".", ",")
    return f"{int(delta):+d}"


def cell(item: Indicator | None) -> str:
    if item is None:
        return "—"
    return f"{item.value_text} ({item.detail_text})" if item.detail_text else item.value_text


class AnnualReportService(ServiceBase):
    def figures(self, year: str | None = None, on: date | None = None) -> tuple[IndicatorSet, IndicatorSet | None]:
        """The indicators of the year and of the year before (None before the school's records)."""
        with self._tx() as s:
            y = self._year(s, year)
            day = report_date(y, on)
            now = compute_indicators(s, self.organisation_id, day)
            prev_day = SchoolYear(y.start - 1).last_day
            before = (compute_indicators(s, self.organisation_id, prev_day)
                      if prev_day >= school_start(s, self.organisation_id) else None)
            return now, before

    def _year(self, s: object, year: str | None) -> SchoolYear:
        if year:
            try:
                return SchoolYear.parse(year)
            except ValueError as exc:
                raise UserError(str(exc)) from None
        org = self._org()
        return SchoolYear.parse(org.current_year) if org.current_year else SchoolYear.containing(today())

    def _org(self) -> m.Organisation:
        with self._tx() as s:
            org = self._get(s, m.Organisation, self.organisation_id, "Организация")
            s.expunge(org)
            return org

    def build(self, year: str | None = None, on: date | None = None) -> ReportDocument:
        org = self._org()
        now, before = self.figures(year, on)
        y = SchoolYear.parse(now.school_year)
        blocks: list[Block] = [
            Paragraph(f"Справка подготовлена по данным {org.short_name or org.full_name} по состоянию на "
                      f"{now.on:%d.%m.%Y}. Показатели рассчитаны по единым правилам: участники учтены по парам, "
                      "работавшим в учебном году до этой даты; возраст и стаж — на эту дату."),
            Heading("1. Показатели реализации программы наставничества"),
            TableBlock(("Показатель", f"{SchoolYear(y.start - 1).title}", y.title, "Изменение"),
                       tuple((now[k].title, cell(before.get(k) if before else None), cell(now[k]),
                              change_text(now[k], before.get(k) if before else None)) for k in MAIN_KEYS),
                       (4, 2, 2, 1.3)),
            ChartBlock("hbar", "Охват наставничеством и целевое значение", ("Обучающиеся 10–18 лет",
                       "Молодые специалисты"), ((now["pupils_covered"].value or 0,
                                                 now["young_specialists_covered"].value or 0),),
                       target=now["pupils_covered"].target, percent=True),
            Heading("2. Пары и группы по формам наставничества и их результаты"),
        ]
        blocks += self._forms(now)
        blocks += self._ioms(y, now.on)
        blocks += self._questionnaires(y, now)
        blocks.append(Heading("5. SWOT-анализ реализации программы"))
        blocks += [Paragraph(f"{title}:", blank_lines=3) for title in SWOT]
        blocks.append(Heading("6. Выводы и задачи на следующий учебный год"))
        blocks.append(Paragraph("", blank_lines=5))
        return ReportDocument(REPORT_TITLE, f"за {y.dash_title} учебный год", org.full_name, tuple(blocks),
                              (org.coordinator_position or "Куратор наставничества", org.coordinator_name))

    def _forms(self, now: IndicatorSet) -> list[Block]:
        pair_ids = now["pairs"].pairs
        with self._tx() as s:
            rows = s.execute(select(m.Pair.id, m.Pair.status, m.Pair.outcome).where(m.Pair.id.in_(pair_ids))).all()
        status = {int(r.id): (r.status, r.outcome) for r in rows}
        table = []
        for name in now.forms:
            ids = now[f"pairs:{name}"].pairs
            finished = [status[i] for i in ids if status[i][0] is PairStatus.COMPLETED]
            table.append((name, str(len(ids)), str(int(now[f"mentors:{name}"].numerator)),
                          str(int(now[f"mentees:{name}"].numerator)), str(len(finished)),
                          *(str(sum(1 for _, o in finished if o == key)) for key in OUTCOMES)))
        table.append(("Всего", str(int(now["pairs"].numerator)), str(int(now["mentors"].numerator)),
                      str(int(now["mentees"].numerator)),
                      str(sum(1 for i in pair_ids if status[i][0] is PairStatus.COMPLETED)),
                      *(str(sum(1 for i in pair_ids if status[i][1] == key)) for key in OUTCOMES)))
        headers = ("Форма наставничества", "Пар и групп", "Наставников", "Наставляемых", "Завершено",
                   "Результаты достигнуты", "Частично", "Не достигнуты")
        return [TableBlock(headers, tuple(table), (3, 1, 1.2, 1.3, 1.2, 1.3, 1.1, 1.2)),
                ChartBlock("bar", "Пары и группы по формам наставничества", now.forms,
                           (tuple(float(now[f"pairs:{n}"].numerator) for n in now.forms),))]

    def _ioms(self, y: SchoolYear, on: date) -> list[Block]:
        with self._tx() as s:
            rows = s.execute(
                select(m.Iom.id, m.Person.last_name, m.Person.first_name, m.Person.middle_name,
                       m.IomActivity.status, m.IomActivity.due_date, m.IomActivity.done_on)
                .join(m.Person, m.Person.id == m.Iom.mentee_id)
                .outerjoin(m.IomActivity, m.IomActivity.iom_id == m.Iom.id)
                .where(m.Iom.organisation_id == self.organisation_id, m.Iom.school_year == y.title)
            ).all()
        per: dict[int, list] = {}
        names: dict[int, str] = {}
        for iom_id, last, first, middle, st, due, done_on in rows:
            names[iom_id] = short_name(last, first, middle)
            per.setdefault(iom_id, [])
            if st is not None:
                per[iom_id].append((st, due, done_on))
        table = []
        counts = {"done": 0, "work": 0, "overdue": 0}
        for iom_id in sorted(per, key=lambda i: collation_key(names[i])):
            acts = per[iom_id]
            done = sum(1 for st, _, _ in acts if st is ActivityStatus.DONE)
            overdue = sum(1 for st, due, _ in acts
                          if st not in (ActivityStatus.DONE, ActivityStatus.FAILED) and due is not None and due < on)
            counts["done"] += done
            counts["overdue"] += overdue
            counts["work"] += len(acts) - done - overdue
            table.append((names[iom_id], str(len(acts)), str(done), str(overdue),
                          f"{100 * done / len(acts):.0f} %" if acts else "—"))
        blocks: list[Block] = [Heading("3. Выполнение индивидуальных образовательных маршрутов")]
        if not table:
            return [*blocks, Paragraph("ИОМ в этом учебном году не составлялись.")]
        blocks.append(TableBlock(("Наставляемый", "Мероприятий", "Выполнено", "Просрочено", "Выполнено, %"),
                                 tuple(table), (3, 1, 1, 1, 1)))
        blocks.append(ChartBlock("pie", "Мероприятия ИОМ", ("выполнены", "в работе или впереди", "просрочены"),
                                 ((counts["done"], counts["work"], counts["overdue"]),)))
        return blocks

    def _questionnaires(self, y: SchoolYear, now: IndicatorSet) -> list[Block]:
        monitoring = MonitoringService(self._sf, self.organisation_id)
        blocks: list[Block] = [Heading("4. Результаты анкетирования участников"),
                               Paragraph(f"{now['satisfaction'].title}: {cell(now['satisfaction'])}. "
                                         f"{now['satisfaction_mean'].title}: {cell(now['satisfaction_mean'])}.")]
        for q in monitoring.questionnaires():
            changes = [c for c in monitoring.change(q.id, school_year=y.title) if c.people]
            if not changes:
                continue
            blocks.append(TableBlock(
                ("Вопрос", "Входная", "Итоговая", "Изменение", "Человек"),
                tuple((c.question, _num(c.entry_mean), _num(c.final_mean), _num(c.change, signed=True), str(c.people))
                      for c in changes), (4, 1, 1, 1, 1), caption=f"{q.name}: входная и итоговая анкеты тех же людей"))
        if len(blocks) == 2:
            blocks.append(Paragraph("Входные и итоговые анкеты одних и тех же участников в этом году не собраны."))
        return blocks

    def write(self, target: Path, year: str | None = None, on: date | None = None) -> int:
        """The report as PDF or DOCX (by the target's extension, atomically); returns the number of
        pages of a PDF, of charts drawn as pictures in a DOCX."""
        suffix = Path(target).suffix.lower()
        if suffix not in (".pdf", ".docx"):
            raise UserError("Аналитическая справка сохраняется в PDF или DOCX: укажите файл с расширением "
                            ".pdf или .docx.")
        report = self.build(year, on)
        if suffix == ".docx":
            from mentor_desk.exports.docx.report import write_report_docx

            return write_report_docx(report, Path(target))
        from mentor_desk.exports.pdf.report import write_report_pdf

        return write_report_pdf(report, Path(target))

    # ---- the overview's charts ------------------------------------------------------------

    def overview_charts(self, on: date | None = None) -> list[ChartBlock]:
        with self._tx() as s:
            now = compute_indicators(s, self.organisation_id, on or today())
        doc_blocks = self._forms(now)[1:] + self._ioms(SchoolYear.parse(now.school_year), now.on)[2:]
        coverage = ChartBlock("hbar", "Охват наставничеством и целевое значение",
                              ("Обучающиеся 10–18 лет", "Молодые специалисты"),
                              ((now["pupils_covered"].value or 0, now["young_specialists_covered"].value or 0),),
                              target=now["pupils_covered"].target, percent=True)
        return [b for b in doc_blocks if isinstance(b, ChartBlock)] + [coverage]

    def overview_svgs(self, on: date | None = None) -> list[bytes]:
        from mentor_desk.exports.charts import chart_svg

        return [chart_svg(c) for c in self.overview_charts(on)]


def _num(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "—"
    return (f"{x:+.1f}" if signed else f"{x:.1f}").replace(".", ",")
