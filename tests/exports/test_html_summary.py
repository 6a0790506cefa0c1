"""The HTML summary: content, escaping, and an atomic write that never leaves half a file."""

from __future__ import annotations

import os
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from mentor_desk.domain.documents import FormLine, SummaryData
from mentor_desk.errors import UserError
from mentor_desk.exports.html_summary import render_summary, write_summary


def sample(**changes: object) -> SummaryData:
    data = SummaryData(
        school_name="МБОУ «СОШ № 1» <тест> & Co",
        school_year="2025/2026",
        generated_on=date(2025, 11, 5),
        people_by_kind=(("Педагоги и сотрудники", 40), ("Обучающиеся", 300)),
        forms=(FormLine("учитель – учитель", 5, 1, 7), FormLine("ученик – ученик", 3, 0, 3)),
        pairs_by_status=(("действует", 7), ("завершена", 1)),
        young_specialists=4,
        young_with_mentor=3,
        ioms=5,
        activities_planned=100,
        activities_done=40,
        activities_overdue=6,
        pairs_ending_soon=2,
        people_without_consent=11,
    )
    return SummaryData(**{**data.__dict__, **changes})  # type: ignore[arg-type]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def text_of(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(" ".join(parser.parts).split())


def test_render_has_figures_and_escapes() -> None:
    html = render_summary(sample())
    assert "<тест>" not in html and "&lt;тест&gt; &amp; Co" in html
    text = text_of(html)
    assert "Сформирована 05.11.2025" in text
    assert "учитель – учитель 5 1 7" in text
    assert "Итого 8 1 10" in text
    assert "Доля охвата наставничеством 75 %" in text
    assert "Выполнение 40 %" in text
    assert "Молодых специалистов без наставника: 1" in text


def test_write_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "сводка.html"
    target.write_text("старая версия", encoding="utf-8")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(UserError, match="Недостаточно места"):
        write_summary(sample(), target)
    assert target.read_text(encoding="utf-8") == "старая версия"
    assert list(tmp_path.iterdir()) == [target]  # the temp file was removed
    monkeypatch.undo()
    steps: list[tuple[int, int, str]] = []
    write_summary(sample(), target, lambda d, t, s: steps.append((d, t, s)))
    assert "Сводка по наставничеству" in target.read_text(encoding="utf-8")
    assert steps[-1][0] == steps[-1][1]
