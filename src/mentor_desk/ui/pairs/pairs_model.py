"""Columns of the pairs and groups table and of a pair's meetings log."""

from __future__ import annotations

from mentor_desk.domain.enums import PairStatus
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import MeetingRecord, PairRecord
from mentor_desk.ui.common.dialog_base import format_date
from mentor_desk.ui.common.table_model import Column, RecordTableModel

_STATUS_ORDER = {PairStatus.ACTIVE: 0, PairStatus.PLANNED: 1, PairStatus.COMPLETED: 2, PairStatus.INTERRUPTED: 3}


def _mentees_text(p: PairRecord) -> str:
    if len(p.mentees) <= 2:
        return ", ".join(m.full_name for m in p.mentees)
    return f"группа ({len(p.mentees)}): " + ", ".join(m.surname_initials for m in p.mentees)


PAIR_COLUMNS = [
    Column[PairRecord]("№", lambda p: str(p.id), lambda p: p.id, 40, searchable=False),
    Column[PairRecord]("Форма", lambda p: p.form.name, width=150),
    Column[PairRecord]("Вид", lambda p: p.type_name, width=105),
    Column[PairRecord]("Программа", lambda p: p.programme.name, width=180),
    Column[PairRecord]("Наставник", lambda p: p.mentor.full_name, lambda p: collation_key(p.mentor.full_name), 200),
    Column[PairRecord]("Наставляемые", _mentees_text, width=220),
    Column[PairRecord]("Начало", lambda p: format_date(p.start_date), lambda p: p.start_date.toordinal(), 85,
                       searchable=False),
    Column[PairRecord]("Окончание", lambda p: format_date(p.end_date),
                       lambda p: p.end_date.toordinal() if p.end_date else None, 85, searchable=False),
    Column[PairRecord]("Статус", lambda p: p.status.label, lambda p: _STATUS_ORDER[p.status], 95),
    Column[PairRecord]("Приказ", lambda p: p.order.label if p.order else "", width=160),
    Column[PairRecord]("Уч. год", lambda p: p.school_year, width=80, searchable=False),
]

MEETING_COLUMNS = [
    Column[MeetingRecord]("Дата", lambda m: format_date(m.held_on), lambda m: m.held_on.toordinal(), 90),
    Column[MeetingRecord]("Тема", lambda m: m.topic, width=320),
    Column[MeetingRecord]("Форма", lambda m: m.form, width=120),
    Column[MeetingRecord]("Мин", lambda m: str(m.duration_minutes), lambda m: m.duration_minutes, 50),
    Column[MeetingRecord]("Что сделано", lambda m: m.done, width=360),
    Column[MeetingRecord]("Следующие шаги", lambda m: m.next_steps, width=220),
]


def make_pairs_model() -> RecordTableModel[PairRecord]:
    model = RecordTableModel[PairRecord](PAIR_COLUMNS)
    model.search = lambda p: " ".join(
        [p.mentor.full_name, *(m.full_name for m in p.mentees), p.form.name, p.programme.name, p.type_name, p.goal]
    )
    model.tooltip = lambda p: (f"Цель: {p.goal}" if p.goal else "") + (
        f"\nПричина: {p.status_reason}" if p.status_reason else "")
    return model


def make_meetings_model() -> RecordTableModel[MeetingRecord]:
    return RecordTableModel[MeetingRecord](MEETING_COLUMNS)
