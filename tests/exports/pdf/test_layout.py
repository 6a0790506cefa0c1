"""Page layout: fonts registered once, rows kept whole unless taller than a page, atomic writes."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import ActivityRecord, IomRecord, OrganisationRecord, PersonRecord
from mentor_desk.errors import UserError
from mentor_desk.exports.atomic import write_atomically
from mentor_desk.exports.pdf import write_iom_pdf
from mentor_desk.exports.pdf.fonts import BOLD, BOLD_ITALIC, FAMILY, ITALIC, REGULAR, register_fonts
from mentor_desk.resources import resource_path
from tests.exports.pdf.pdfcheck import page_texts

ORG = OrganisationRecord(1, "Школа", "Школа")


def test_family_is_shipped_with_its_licence_and_registered_once() -> None:
    for name in ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                 "LiberationSerif-BoldItalic.ttf"):
        assert resource_path("fonts", name).stat().st_size > 100_000
    licence = resource_path("fonts", "OFL-LiberationSerif.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert register_fonts() == register_fonts() == REGULAR
    for name in (REGULAR, BOLD, ITALIC, BOLD_ITALIC):
        assert pdfmetrics.getFont(name).face.name  # registered TrueType faces, not base fonts
    assert rl_config.canvas_basefontname == REGULAR
    from reportlab.lib.fonts import tt2ps

    assert tt2ps(FAMILY, 1, 1) == BOLD_ITALIC


def test_rows_that_fit_a_page_are_never_cut_in_two(tmp_path: Path) -> None:
    filler = " ".join(["текст"] * 150)  # a row of about half a page in the activity column
    activities = tuple(
        ActivityRecord(i, 1, i, f"НАЧАЛО{i} {filler} КОНЕЦ{i}", direction="Итоги", period="май") for i in range(8)
    )
    mentee = PersonRecord(1, "Орлов", "Иван", "Петрович", PersonKind.STAFF)
    target = tmp_path / "rows.pdf"

    write_iom_pdf([IomRecord(1, mentee, "2025/2026", activities=activities)], ORG, target)

    texts = page_texts(target)
    for i in range(8):
        start = [n for n, t in enumerate(texts) if f"НАЧАЛО{i} " in t]
        end = [n for n, t in enumerate(texts) if f"КОНЕЦ{i}" in t]
        assert start == end and len(start) == 1, f"activity {i} is cut across pages {start} and {end}"


def test_atomic_write_keeps_the_old_file_when_building_fails(tmp_path: Path) -> None:
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")

    def build(stream: object) -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        write_atomically(target, build)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]


def test_file_open_elsewhere_or_full_disk_are_user_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "doc.pdf"
    target.write_bytes(b"old")

    def locked(src: object, dst: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("mentor_desk.exports.atomic.os.replace", locked)
    with pytest.raises(UserError, match=r"открыт в другой программе.*Закройте его"):
        write_atomically(target, lambda stream: stream.write(b"new"))
    monkeypatch.undo()

    def full(stream: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(UserError, match="Недостаточно места"):
        write_atomically(target, full)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["doc.pdf"]
