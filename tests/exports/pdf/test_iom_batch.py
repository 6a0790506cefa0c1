"""All ИОМ of a year in bounded memory: one document laid out at a time, or a folder of files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mentor_desk.domain.records import IomRecord
from mentor_desk.exports.pdf import Cancelled, write_iom_pdf
from mentor_desk.exports.pdf.iom import iom_file_name, write_iom_folder
from mentor_desk.services.container import Services
from mentor_desk.services.documents import iom_batch_for_print, ioms_for_print
from tests.exports.pdf.pdfcheck import flat, page_texts
from tests.exports.pdf.school import build_school

TITLE = "ИНДИВИДУАЛЬНЫЙ ОБРАЗОВАТЕЛЬНЫЙ МАРШРУТ"


def test_the_batch_is_read_lazily_in_the_same_order(services: Services) -> None:
    build_school(services)
    total, stream = iom_batch_for_print(services)
    assert isinstance(stream, Iterator)
    assert total == 2
    assert [r.id for r in stream] == [r.id for r in ioms_for_print(services)]


def test_documents_are_laid_out_one_at_a_time(services: Services, tmp_path: Path) -> None:
    """The next ИОМ is taken from the stream only when the previous one is on its pages."""
    build_school(services)
    records = ioms_for_print(services) * 3  # six documents
    pulled: list[int] = []

    def stream() -> Iterator[IomRecord]:
        for r in records:
            pulled.append(r.id)
            yield r

    seen_when_starting: list[int] = []
    target = tmp_path / "все.pdf"
    pages = write_iom_pdf(stream(), services.organisation.get(), target, total=len(records),
                          progress=lambda done, total: seen_when_starting.append(len(pulled)))
    texts = page_texts(target)
    assert sum(TITLE in t for t in texts) == 6 and pages == len(texts)
    # progress(n) fires on the first page of document n+1: by then at most n+1 (+1 ahead) were read
    for done, pulled_then in enumerate(seen_when_starting[:-1], start=1):
        assert pulled_then <= done + 2, f"document {done + 1} started with {pulled_then} ИОМ already read"


def test_cancel_in_a_stream_leaves_no_file(services: Services, tmp_path: Path) -> None:
    build_school(services)
    total, stream = iom_batch_for_print(services)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        write_iom_pdf(stream, services.organisation.get(), out / "все.pdf", total=total, cancel=lambda: True)
    assert list(out.iterdir()) == []


def test_a_folder_of_separate_files(services: Services, tmp_path: Path) -> None:
    build_school(services)
    total, stream = iom_batch_for_print(services)
    records = ioms_for_print(services)
    progress: list[tuple[int, int]] = []
    out = tmp_path / "ИОМ"
    out.mkdir()
    written = write_iom_folder(stream, services.organisation.get(), out, total=total,
                               progress=lambda d, t: progress.append((d, t)))
    assert [p.name for p in written] == [iom_file_name(r) for r in records]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in written)
    for path, record in zip(written, records, strict=True):
        texts = page_texts(path)
        assert TITLE in texts[0] and record.mentee.last_name in flat(" ".join(texts))
    assert progress[-1] == (2, 2)
    assert written[0].name.startswith("ИОМ ") and written[0].suffix == ".pdf"


def test_file_names_are_valid_everywhere(services: Services) -> None:
    build_school(services)
    record = ioms_for_print(services)[0]
    odd = IomRecord(record.id, record.mentee.__class__(**{**record.mentee.__dict__, "last_name": 'Зу/ев:*?"<>|'}),
                    record.school_year)
    name = iom_file_name(odd)
    assert not any(c in name for c in '/\\:*?"<>|') and name.endswith(f"({record.id}).pdf")
