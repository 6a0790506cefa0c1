"""The annual report: its PDF reopened carries the numbers `mentor-desk indicators --json` prints."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentor_desk.cli import main
from mentor_desk.db.database import Database
from mentor_desk.domain.report_doc import ChartBlock, TableBlock
from mentor_desk.errors import UserError
from mentor_desk.services.annual import MAIN_KEYS
from mentor_desk.services.container import Services
from tests.services.indicator_school import YEAR, build_hand_school


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def expected(item: dict) -> str:
    value = item["value"]
    if item["unit"] == "share":
        return f"{100 * value:.1f} %".replace(".", ",") + f" ({item['numerator']} из {item['denominator']})"
    if item["unit"] == "score":
        return f"{value:.1f}".replace(".", ",") + f" (ответивших: {item['denominator']})"
    return str(int(value))


@pytest.fixture
def school_file(sqlite_database: Database, db_path: Path) -> Path:
    build_hand_school(Services.for_database(sqlite_database))
    sqlite_database.close()
    return db_path


def test_report_pdf_has_the_indicator_numbers(school_file: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "справка.pdf"
    assert main(["report", "annual", "--db", str(school_file), "-o", str(target), "--year", YEAR]) == 0
    assert "Аналитическая справка сохранена" in capsys.readouterr().out
    assert main(["indicators", "--db", str(school_file), "--on", "31.08.2026", "--json"]) == 0
    items = {i["key"]: i for i in json.loads(capsys.readouterr().out)}
    reader = PdfReader(target)
    text = squash("".join(page.extract_text() for page in reader.pages))
    assert squash("Аналитическая справка по итогам реализации программы наставничества") in text
    assert squash("по состоянию на 31.08.2026") in text
    for key in MAIN_KEYS:
        assert squash(expected(items[key])) in text, key
    for part in ("SWOT-анализ", "Сильныестороны", "Угрозы", "Выполнениеиндивидуальныхобразовательныхмаршрутов"):
        assert part in text
    assert len(reader.pages) >= 2


def test_builder_returns_plain_blocks(services: Services) -> None:
    build_hand_school(services)
    doc = services.annual.build(YEAR)
    tables = doc.tables()
    forms = next(t for t in tables if t.headers[0] == "Форма наставничества")
    total = forms.rows[-1]
    assert total[:5] == ("Всего", "4", "3", "4", "1")  # P3 completed in December
    # the questionnaire change: Y1's entry 3 → final 9 over the same person
    change = next(t for t in tables if t.caption.startswith("Анкета наставляемого"))
    assert change.rows[0][1:] == ("3,0", "9,0", "+6,0", "1")
    charts = [b for b in doc.blocks if isinstance(b, ChartBlock)]
    assert {c.kind for c in charts} == {"hbar", "bar", "pie"}
    assert isinstance(doc.blocks[2], TableBlock) and doc.blocks[2].headers[1:3] == ("2024/2025", YEAR)


def test_overview_charts_are_svg(services: Services) -> None:
    build_hand_school(services)
    svgs = services.annual.overview_svgs(date(2026, 5, 20))
    assert len(svgs) == 3 and all(s.lstrip().startswith(b"<?xml") and b"<svg" in s for s in svgs)
    assert "учитель –".encode() in svgs[0] and "Пары и группы по формам".encode() in svgs[0]


def test_report_refuses_another_format_and_a_bad_year(services: Services, tmp_path: Path) -> None:
    build_hand_school(services)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match=r"\.pdf или \.docx"):
        services.annual.write(tmp_path / "x.odt", YEAR)  # a DOCX is written since the DOCX writer
    with pytest.raises(UserError, match="2025/2026"):
        services.annual.write(tmp_path / "x.docx", "2025-26")
    with pytest.raises(UserError, match="2025/2026"):
        services.annual.write(tmp_path / "x.pdf", "2025-26")
    with pytest.raises(UserError, match="данных школы ещё нет"):
        services.annual.write(tmp_path / "x.pdf", "2019/2020")
    assert not list(tmp_path.iterdir())
