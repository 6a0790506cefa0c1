"""The mentoring summary as a self-contained HTML page, written atomically (no Qt, no database)."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from mentor_desk.domain.documents import SummaryData
from mentor_desk.exports.atomic import write_text_atomically


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f} %" if whole else "—"


def _table(headers: list[str], rows: list[list[str]], total: list[str] | None = None) -> str:
    esc = html.escape
    out = ["<table>", "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>")
    out.append("</tbody>")
    if total is not None:
        out.append("<tfoot><tr>" + "".join(f"<th>{esc(c)}</th>" for c in total) + "</tr></tfoot>")
    out.append("</table>")
    return "\n".join(out)


_STYLE = """
body { font-family: "PT Serif", "Times New Roman", serif; margin: 2em auto; max-width: 60em; color: #1a1a1a; }
h1 { font-size: 1.5em; margin-bottom: 0.2em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
.meta { color: #555; }
table { border-collapse: collapse; margin: 0.5em 0; min-width: 50%; }
th, td { border: 1px solid #999; padding: 0.3em 0.6em; text-align: left; }
td:not(:first-child), tfoot th:not(:first-child) { text-align: right; }
thead th { background: #eef2f7; } tfoot th { background: #f6f6f6; }
.alert { color: #b00020; font-weight: bold; }
"""


def render_summary(data: SummaryData) -> str:
    """The HTML text of the summary; every user string is escaped."""
    esc = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ru"><head><meta charset="utf-8">',
        f"<title>Сводка по наставничеству — {esc(data.school_name)}</title>",
        f"<style>{_STYLE}</style></head><body>",
        "<h1>Сводка по наставничеству</h1>",
        f"<p class='meta'>{esc(data.school_name)}<br>Учебный год: {esc(data.school_year)}<br>"
        f"Сформирована {data.generated_on:%d.%m.%Y}</p>",
        "<h2>1. Участники</h2>",
        _table(["Категория", "Человек"], [[k, str(n)] for k, n in data.people_by_kind],
               ["Всего", str(sum(n for _, n in data.people_by_kind))]),
        "<h2>2. Пары и группы по формам наставничества</h2>",
        _table(
            ["Форма", "Пар и групп", "из них групп", "Наставляемых"],
            [[f.form, str(f.pairs), str(f.groups), str(f.mentees)] for f in data.forms],
            ["Итого", str(sum(f.pairs for f in data.forms)), str(sum(f.groups for f in data.forms)),
             str(sum(f.mentees for f in data.forms))],
        ),
        "<h2>3. Статусы пар</h2>",
        _table(["Статус", "Пар и групп"], [[k, str(n)] for k, n in data.pairs_by_status]),
        "<h2>4. Молодые специалисты</h2>",
        _table(
            ["Показатель", "Значение"],
            [
                ["Молодых специалистов", str(data.young_specialists)],
                ["из них с наставником", str(data.young_with_mentor)],
                ["Доля охвата наставничеством", _percent(data.young_with_mentor, data.young_specialists)],
            ],
        ),
        "<h2>5. Индивидуальные образовательные маршруты</h2>",
        _table(
            ["Показатель", "Значение"],
            [
                ["ИОМ", str(data.ioms)],
                ["Мероприятий запланировано", str(data.activities_planned)],
                ["выполнено", str(data.activities_done)],
                ["просрочено", str(data.activities_overdue)],
                ["Выполнение", _percent(data.activities_done, data.activities_planned)],
            ],
        ),
        "<h2>6. Требует внимания</h2>",
        "<ul>",
        f"<li>Молодых специалистов без наставника: {_alert(data.young_specialists - data.young_with_mentor)}</li>",
        f"<li>Просроченных мероприятий ИОМ: {_alert(data.activities_overdue)}</li>",
        f"<li>Пар, завершающихся в ближайшие 30 дней: {data.pairs_ending_soon}</li>",
        f"<li>Участников без согласия на обработку персональных данных: {_alert(data.people_without_consent)}</li>",
        "</ul>",
    ]
    if data.notes:
        parts.append("<p class='meta'>" + "<br>".join(esc(n) for n in data.notes) + "</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _alert(n: int) -> str:
    return f"<span class='alert'>{n}</span>" if n else "0"


def write_summary(
    data: SummaryData, target: Path, progress: Callable[[int, int, str], None] | None = None
) -> Path:
    """Write the page atomically (exports.atomic): a failed write leaves the old file as it was."""
    text = render_summary(data)
    if progress is not None:
        progress(1, 2, "Запись файла")
    target = Path(target)
    write_text_atomically(target, text)
    if progress is not None:
        progress(2, 2, "Готово")
    return target
