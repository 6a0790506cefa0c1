"""«Сохранить копию базы»: a verified copy with its product files; never over the open database."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from mentor_desk.db.database import files_dir_for, open_sqlite
from mentor_desk.db.snapshot import save_copy
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import ActivityDraft, IomDraft, PersonDraft, StaffProfile
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services


def test_copy_opens_with_data_and_files(services: Services, db_path: Path, tmp_path: Path) -> None:
    person = services.people.create(PersonDraft("Сидорова", "Нина", PersonKind.STAFF, staff=StaffProfile()))
    iom = services.roadmaps.create(IomDraft(person.id, "2025/2026"))
    act = services.roadmaps.add_activity(iom.id, ActivityDraft("Открытый урок", due_date=date(2025, 12, 1)))
    product = tmp_path / "урок.pdf"
    product.write_bytes(b"%PDF fictional")
    services.roadmaps.attach_file(act.id, product)
    target = tmp_path / "copies" / "копия.db"
    target.parent.mkdir()
    assert save_copy(db_path, target) == target
    assert [p.name for p in target.parent.iterdir() if not p.is_dir()] == ["копия.db"]  # no temp file left
    copy_db = open_sqlite(target, create=False)
    try:
        copy = Services.for_database(copy_db)
        assert [p.last_name for p in copy.people.list_people()] == ["Сидорова"]
        att = copy.roadmaps.get(iom.id).activities[0].attachments[0]
        assert copy.roadmaps.attachment_path(att.id).read_bytes() == b"%PDF fictional"
        assert files_dir_for(target).is_dir()
    finally:
        copy_db.close()


def test_copy_over_itself_is_refused(services: Services, db_path: Path) -> None:
    with pytest.raises(UserError, match="поверх открытой базы"):
        save_copy(db_path, db_path)


def test_unwritable_folder_gives_a_russian_message(services: Services, db_path: Path, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="Не удалось записать в папку"):
        save_copy(db_path, tmp_path / "нет такой папки" / "копия.db")
