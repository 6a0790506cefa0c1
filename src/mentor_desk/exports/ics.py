"""An iCalendar file of all-day events (the deadline board for a phone), written atomically."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import BinaryIO

from icalendar import Calendar, Event

from mentor_desk.exports.atomic import write_atomically


def write_ics(target: Path, events: Sequence[tuple[str, str, str, date]]) -> int:
    """`events`: (uid, summary, description, day). Returns how many were written."""
    cal = Calendar()
    cal.add("prodid", "-//Mentor Desk//Сроки наставничества//RU")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Сроки наставничества")
    stamp = datetime.now(UTC)
    for uid, summary, description, day in events:
        event = Event()
        event.add("uid", uid)
        event.add("dtstamp", stamp)
        event.add("summary", summary)
        event.add("description", description)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        cal.add_component(event)
    data = cal.to_ical()

    def build(stream: BinaryIO) -> None:
        stream.write(data)

    write_atomically(Path(target), build)
    return len(events)
