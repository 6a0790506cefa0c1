"""When a roadmap from a template plans each activity: months counted from the start of the ИОМ."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date

from mentor_desk.domain.schoolyear import SchoolYear

MONTH_NAMES = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
               "ноябрь", "декабрь")


def plan_start(year: SchoolYear, pair_start: date | None, on: date) -> date:
    """The first month a roadmap from a template plans: never before the pair starts, never before today.

    For a school year other than the current one (entered afterwards, or prepared ahead) the plan
    starts with the pair or the year. It never starts after May, the last month of lessons.
    """
    first, last = year.first_day, date(year.start + 1, 5, 1)
    start = max(pair_start or first, first)
    if first <= on <= year.last_day:
        start = max(start, on)
    return min(start, last)


def _month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def _month_end(index: int) -> date:
    y, m0 = divmod(index, 12)
    return date(y, m0 + 1, calendar.monthrange(y, m0 + 1)[1])


def template_schedule(activities: Iterable[dict[str, object]], start: date, year: SchoolYear,
                      ) -> list[tuple[date, str]]:
    """(due date, period text) of each template activity, months counted from `start`.

    The template spans nine months (September to May); a later start squeezes the plan into the
    months left until May, keeping the order of the activities.
    """
    acts = list(activities)
    first = _month_index(start)
    left = max(_month_index(date(year.start + 1, 5, 1)) - first, 0)  # months after the first one
    span = max((int(str(a.get("month", 0))) + int(str(a.get("months", 1))) - 1 for a in acts), default=0)
    scale = left / span if span > left and span else 1.0
    out = []
    for a in acts:
        begin = round(int(str(a.get("month", 0))) * scale)
        end = max(begin, round((int(str(a.get("month", 0))) + int(str(a.get("months", 1))) - 1) * scale))
        names = [MONTH_NAMES[(first + i) % 12] for i in (begin, end)]
        period = names[0] if begin == end else f"{names[0]}–{names[1]}"
        note = str(a.get("period_note", "")).strip()
        out.append((_month_end(first + end), f"{period} ({note})" if note else period))
    return out
