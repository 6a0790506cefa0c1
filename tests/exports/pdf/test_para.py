"""`Para` (markup parsed once, lines broken once per width) lays out exactly what reportlab's own
Paragraph does: the same ИОМ written both ways is the same file, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.platypus import Paragraph

from mentor_desk.domain.enums import ActivityStatus, Gender, PersonKind
from mentor_desk.domain.records import ActivityRecord, IomRecord, OrganisationRecord, PersonRecord
from mentor_desk.exports.pdf import blocks, iom, write_iom_pdf
from mentor_desk.exports.pdf.para import Para
from mentor_desk.exports.pdf.styles import styles
from tests.exports.pdf.pdfcheck import all_text

ORG = OrganisationRecord(1, "МБОУ «Школа № 1»", "Школа № 1", director_name="Орлова Нина Петровна",
                         coordinator_name="Кравец Ольга Юрьевна")


@pytest.fixture
def invariant() -> Iterator[None]:
    """No creation date or random document id in the file, so two runs can be compared."""
    before = rl_config.invariant
    rl_config.invariant = 1
    yield
    rl_config.invariant = before


def _records() -> list[IomRecord]:
    words = " ".join(f"флеш-наставничество{i}" for i in range(700))
    tall = f"НАЧАЛО {words} КОНЕЦ"
    records = []
    for n in range(6):
        mentee = PersonRecord(n + 1, "Синицына", "Дарья", "Олеговна", PersonKind.STAFF, gender=Gender.FEMALE)
        activities = tuple(
            ActivityRecord(
                i, n + 1, i,
                tall if (n, i) == (2, 3) else f"Посещение уроков наставника <{i % 4}> & разбор «урока»",
                direction=("Диагностика", "Предметно-методическое", "")[i % 3],
                period="сентябрь–октябрь", product_description="Конспект\nс анализом" if i % 2 else "",
                responsible="Н, К", status=ActivityStatus.DONE if i % 3 == 0 else ActivityStatus.PLANNED,
                done_on=date(2025, 10, 1) if i % 3 == 0 else None, mark="выполнено, обсуждено\nна МО" if i % 5 else "",
            )
            for i in range(12 + 9 * n)
        )
        records.append(IomRecord(n + 1, mentee, "2025/2026", activities=activities,
                                 deficits="Планирование урока\nРабота с <родителями>", goal="Цель " * 80))
    return records


def test_para_writes_the_same_file_as_paragraph(tmp_path: Path, invariant: None,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    records = _records()
    fast = tmp_path / "para.pdf"
    # Twice: the second run finds every markup and line break in the caches.
    write_iom_pdf(records, ORG, fast)
    pages = write_iom_pdf(records, ORG, fast)
    monkeypatch.setattr(iom, "Para", Paragraph)
    monkeypatch.setattr(blocks, "Para", Paragraph)
    plain = tmp_path / "paragraph.pdf"
    plain_pages = write_iom_pdf(records, ORG, plain)

    assert pages == plain_pages > len(records) + 2  # the tall activity takes pages of its own
    assert "НАЧАЛО флеш-наставничество0" in all_text(fast)
    assert fast.read_bytes() == plain.read_bytes()


def test_a_split_paragraph_leaves_the_shared_lines_alone() -> None:
    style = styles().cell
    text = " ".join(f"слово{i}" for i in range(300))
    first, second = Para(text, style), Para(text, style)
    w1, h1 = first.wrap(150, 10_000)
    assert second.wrap(150, 10_000) == (w1, h1)
    lines = list(second.blPara.lines)

    halves = first.split(150, h1 / 2)

    assert len(halves) == 2
    assert second.blPara.lines == lines
    assert sum(p.wrap(150, 10_000)[1] for p in halves) == pytest.approx(h1)
    reference = Paragraph(text, style)
    assert reference.wrap(150, 10_000) == (w1, h1)


def test_the_same_text_in_columns_of_different_widths_breaks_for_each_width() -> None:
    style = styles().cell
    text = "Посещение уроков наставника и разбор урока с анализом его этапов"
    for width in (60, 200, 60, 120):
        reference = Paragraph(text, style)
        para = Para(text, style)
        assert para.wrap(width, 1000) == reference.wrap(width, 1000), width
        assert [line[1] for line in para.blPara.lines] == [line[1] for line in reference.blPara.lines]
