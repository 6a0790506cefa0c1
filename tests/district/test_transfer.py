"""upload/download: a school's file moves to the server and back with every record and product file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from mentor_desk.cli import main
from mentor_desk.db.database import open_sqlite
from mentor_desk.db.transfer import school_counts
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.district import open_school
from tests.district.conftest import District


def _with_products(demo_path: Path, tmp_path: Path) -> list[str]:
    """Attach two product files (one twice) to activities of the demo school."""
    db = open_sqlite(demo_path)
    services = Services.for_database(db)
    ioms = services.roadmaps.get_many(i.id for i in services.roadmaps.list_ioms())
    activities = [a for iom in ioms for a in iom.activities][:3]
    hashes = []
    for i, activity in enumerate(activities):
        f = tmp_path / f"product-{i % 2}.txt"
        f.write_text(f"Методическая разработка {i % 2}\n" * 100, encoding="utf-8")
        hashes.append(services.roadmaps.attach_file(activity.id, f).sha256)
    db.close()
    return sorted(set(hashes))


def _counts_of_file(path: Path) -> dict[str, int]:
    db = open_sqlite(path)
    with db.engine.connect() as conn:
        counts = school_counts(conn, 1)
    db.close()
    return counts


def _file_hashes(folder: Path) -> list[str]:
    return sorted(hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.rglob("*") if p.is_file())


def test_round_trip_keeps_every_record_and_file(district: District, demo_path: Path, tmp_path: Path) -> None:
    hashes = _with_products(demo_path, tmp_path)
    assert len(hashes) == 2
    before = _counts_of_file(demo_path)
    assert before["person"] > 300 and before["pair_mentee"] > 0 and before["attachment"] == 3
    number, url = district.add_school("Школа из файла", "school_up")

    result = district.admin().upload(number, demo_path)
    assert result.files == 2 and result.counts == before
    engine = create_engine(district.admin_url)
    with engine.connect() as conn:
        assert school_counts(conn, number) == before
    engine.dispose()

    # the school sees its product files from the database, on any workstation
    services = open_school(url)
    try:
        stored = services.roadmaps.all_attachment_hashes()
        assert sorted({sha for sha, _ in stored}) == hashes
        assert all(services.files.verify(sha) for sha in hashes)
        ioms = services.roadmaps.get_many(i.id for i in services.roadmaps.list_ioms())
        attachment = next(a for iom in ioms for act in iom.activities for a in act.attachments)
        assert hashlib.sha256(services.roadmaps.attachment_path(attachment.id).read_bytes()).hexdigest() == attachment.sha256
    finally:
        services.database.close()

    # re-running does not double anything; --replace replaces
    with pytest.raises(UserError, match="--replace"):
        district.admin().upload(number, demo_path)
    assert district.admin().upload(number, demo_path, replace=True).counts == before

    target = tmp_path / "back" / "school.db"
    back = district.admin().download(number, target)
    assert back.counts == before and back.files == 2
    assert _counts_of_file(target) == before
    assert _file_hashes(target.with_name("school.db.files")) == hashes
    with pytest.raises(UserError, match="--force"):
        district.admin().download(number, target)
    assert district.admin().download(number, target, force=True).counts == before
    assert not [p for p in target.parent.iterdir() if p.name.startswith(".download-")]


def test_district_commands_are_safe_to_rerun(district: District, demo_path: Path, tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    url = district.admin_url
    assert main(["district", "init", "--url", url]) == 0
    login = district.login("school_cli")
    assert main(["district", "add-school", "--url", url, "--name", "Школа №5", "--login", login, "--password", "x1"]) == 0
    first = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["district", "add-school", "--url", url, "--name", "Школа №5", "--login", login, "--password", "x2"]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == first
    assert main(["district", "upload", "--url", url, "--school", first, "--from", str(demo_path)]) == 0
    capsys.readouterr()
    assert main(["district", "upload", "--url", url, "--school", first, "--from", str(demo_path)]) == 2
    assert "--replace" in capsys.readouterr().err
    school_url = district.url_for(login, "x2")
    assert main(["stats", "--db", school_url]) == 0
    server_stats = capsys.readouterr().out
    assert main(["stats", "--db", str(demo_path)]) == 0
    assert capsys.readouterr().out == server_stats
    out = tmp_path / "people.xlsx"
    assert main(["export", "people", "--db", school_url, "-o", str(out)]) == 0
    assert out.stat().st_size > 0
    assert main(["check", "--db", school_url]) == 0
    assert main(["backup", "--db", school_url]) == 2
    assert "district download" in capsys.readouterr().err
    assert main(["district", "add-school", "--url", url, "--name", "X", "--login", "Bad Login", "--password", "x"]) == 2
    assert "Логин" in capsys.readouterr().err
    assert main(["district", "download", "--url", url, "--school", "999", "-o", str(tmp_path / "x.db")]) == 2
    assert "нет школы номер 999" in capsys.readouterr().err
