"""index.html of the site section: valid HTML5, in Russian, no scripts, nothing from the internet."""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

from mentor_desk.domain.site import PublicPerson, SiteData
from mentor_desk.exports.pdf.text import long_date
from mentor_desk.resources import resource_path

ABOUT = (
    "Наставничество — форма поддержки, при которой опытный педагог, сверстник, студент или представитель "
    "работодателя помогает наставляемому освоить профессию, справиться с трудностями в учёбе, раскрыть "
    "способности и выбрать дорогу в жизни. Школа реализует целевую модель наставничества (распоряжение "
    "Минпросвещения России от 25.12.2019 № Р-145, письмо от 21.12.2021 № АЗ-1128/08): наставнические "
    "пары и группы работают по индивидуальным образовательным маршрутам, результаты оцениваются "
    "мониторингом в начале и в конце учебного года."
)


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} МБ".replace(".", ",")
    return f"{max(1, round(size / 1024))} КБ"


def _mentor_row(number: int, person: PublicPerson) -> str:
    cells = [
        f'<td class="number">{number}</td>',
        f"<td>{_e(person.name)}</td>",
        f"<td>{_e(person.position)}</td>",
        f"<td>{_e(person.experience)}</td>",
        f"<td>{_e(person.competences)}</td>",
        f"<td>{_e(', '.join(person.forms))}</td>",
        f'<td class="number">{person.mentees}</td>',
    ]
    return "<tr>" + "".join(cells) + "</tr>"


def render_index(data: SiteData) -> str:
    year = _e(data.year)
    out: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="ru">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Наставничество — {_e(data.school_short or data.school_full)}</title>",
        '<link rel="stylesheet" href="style.css">',
        "</head>",
        "<body>",
        "<header>",
        f'<p class="school">{_e(data.school_full)}</p>',
        "<h1>Целевая модель наставничества</h1>",
        f'<p class="year">{year} учебный год</p>',
        '<nav aria-label="Разделы страницы"><ul>',
        '<li><a href="#about">О наставничестве</a></li>',
        '<li><a href="#forms">Формы и программы</a></li>',
        '<li><a href="#figures">Показатели</a></li>',
        '<li><a href="#documents">Документы</a></li>',
        '<li><a href="#mentors">База наставников</a></li>',
        '<li><a href="#contacts">Куратор</a></li>',
        "</ul></nav>",
        "</header>",
        "<main>",
        '<section id="about" aria-labelledby="about-title">',
        '<h2 id="about-title">О наставничестве</h2>',
        f"<p>{_e(ABOUT)}</p>",
        "</section>",
        '<section id="forms" aria-labelledby="forms-title">',
        '<h2 id="forms-title">Формы и программы наставничества</h2>',
    ]
    if data.forms:
        out += [
            "<table>",
            f"<caption>Действующие наставнические пары и группы в {year} учебном году</caption>",
            '<thead><tr><th scope="col">Форма наставничества</th><th scope="col">Пар и групп</th>'
            '<th scope="col">Наставляемых</th></tr></thead>',
            "<tbody>",
        ]
        for form in data.forms:
            out.append(
                f'<tr><td>{_e(form.name)}</td><td class="number">{form.pairs}</td>'
                f'<td class="number">{form.mentees}</td></tr>'
            )
        out += ["</tbody>", "</table>"]
    if data.programmes:
        out.append("<p>Программы наставничества:</p>")
        out.append("<ul>" + "".join(f"<li>{_e(p)}</li>" for p in data.programmes) + "</ul>")
    out += [
        "</section>",
        '<section id="figures" aria-labelledby="figures-title">',
        f'<h2 id="figures-title">Показатели {year} учебного года</h2>',
        '<dl class="figures">',
    ]
    for figure in data.figures:
        detail = f'<span class="detail">{_e(figure.detail)}</span>' if figure.detail else ""
        out.append(f'<div class="figure"><dt>{_e(figure.title)}</dt><dd>{_e(figure.value)}{detail}</dd></div>')
    out += [
        "</dl>",
        "</section>",
        '<section id="documents" aria-labelledby="documents-title">',
        '<h2 id="documents-title">Документы</h2>',
        '<ul class="documents">',
    ]
    for document in data.documents:
        out.append(
            f'<li><a href="{_e(document.file_name)}">{_e(document.title)}</a> '
            f'<span class="size">(PDF, {_size(document.size)})</span></li>'
        )
    out += [
        "</ul>",
        "</section>",
        '<section id="mentors" aria-labelledby="mentors-title">',
        '<h2 id="mentors-title">База наставников</h2>',
    ]
    if data.mentors:
        out += [
            "<table>",
            f"<caption>Наставники {year} учебного года</caption>",
            '<thead><tr><th scope="col">№</th><th scope="col">Наставник</th><th scope="col">Должность</th>'
            '<th scope="col">Стаж, категория</th><th scope="col">Компетенции, интересы, достижения</th>'
            '<th scope="col">Форма наставничества</th><th scope="col">Наставляемых</th></tr></thead>',
            "<tbody>",
        ]
        out += [_mentor_row(i, p) for i, p in enumerate(data.mentors, start=1)]
        out += ["</tbody>", "</table>"]
    else:
        out.append("<p>Сведения о наставниках будут опубликованы после получения их согласия.</p>")
    out += [
        '<p class="note">Публикуются только сведения о наставниках, давших согласие на публикацию, и только '
        "те, на которые дано согласие; обучающиеся названы по имени и первой букве фамилии.</p>",
        "</section>",
        '<section id="contacts" aria-labelledby="contacts-title">',
        '<h2 id="contacts-title">Куратор наставничества</h2>',
        "<address>",
        f"<strong>{_e(data.curator.name)}</strong>",
    ]
    if data.curator.position:
        out.append(f"<br>{_e(data.curator.position)}")
    if data.curator.contacts:
        out.append(f"<br>{_e(data.curator.contacts)}")
    if data.address:
        out.append(f"<br>{_e(data.address)}")
    out += [
        "</address>",
        "</section>",
        "</main>",
        "<footer>",
        f"<p>Сведения обновлены {_e(long_date(data.generated_on))}. {_e(data.school_short)}.</p>",
        "</footer>",
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(out)


def write_index(data: SiteData, folder: Path) -> None:
    """index.html and style.css into `folder` (a fresh temporary folder: replaced as a whole later)."""
    (folder / "index.html").write_text(render_index(data), encoding="utf-8")
    shutil.copyfile(resource_path("site", "style.css"), folder / "style.css")
