"""Every register of the demo school, reopened and counted against the database; and LibreOffice opens them."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from mentor_desk.db import models as m
from mentor_desk.domain.registers import REGISTER_KINDS, load_spec
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.services.container import Services
from mentor_desk.services.documents import export_register
from mentor_desk.services.registers import in_school_year


def data_rows(path: Path, sheet: str) -> tuple[list[str], list[tuple[object, ...]]]:
    wb = openpyxl.load_workbook(path, read_only=True)
    try:
        rows = list(wb[sheet].iter_rows(values_only=True))
    finally:
        wb.close()
    spec_headers = next(load_spec(k) for k in REGISTER_KINDS if load_spec(k).sheet == sheet).columns
    idx = next(i for i, r in enumerate(rows) if r and r[0] == spec_headers[0].header)
    return [str(v) for v in rows[idx]], rows[idx + 1 :]


def test_demo_registers_match_the_database(demo_services: Services, tmp_path: Path) -> None:
    services = demo_services
    result = export_register(services, "all", tmp_path / "all.xlsx")
    year = SchoolYear.parse(services.organisation.get().current_year)
    pairs = [p for p in services.pairs.list_pairs() if in_school_year(p, year)]
    people = services.people.list_people(include_archived=False)
    with services.database.session_factory() as s:
        ioms = s.scalar(select(func.count()).select_from(m.Iom).where(m.Iom.school_year == year.title))
    expected = {
        "people": len(people),
        "pairs": sum(len(p.mentees) for p in pairs),
        "mentees": len({x.id for p in pairs for x in p.mentees} | {p.id for p in people if p.mentee is not None}),
        "iom-progress": ioms,
    }
    for kind, count in expected.items():
        sheet = load_spec(kind).sheet
        headers, rows = data_rows(tmp_path / "all.xlsx", sheet)
        assert headers == [c.header for c in load_spec(kind).columns]
        assert len(rows) == count == result.sheets[sheet], kind
    _, pair_rows = data_rows(tmp_path / "all.xlsx", load_spec("pairs").sheet)
    assert {r[3] for r in pair_rows} == {p.mentor.full_name for p in pairs}
    assert len(pairs) > 10 and expected["people"] > 300


def test_iom_progress_of_one_form(demo_services: Services, tmp_path: Path) -> None:
    """A form filter on the ИОМ register keeps the ИОМ of that form's pairs only (it used to warn and fail)."""
    services = demo_services
    form = next(f for f in services.reference.forms() if f.name == "учитель – учитель")
    year = services.organisation.get().current_year
    result = export_register(services, "iom-progress", tmp_path / "iom.xlsx", form=form.name)
    pair_forms = {p.id: p.form.id for p in services.pairs.list_pairs()}
    ioms = services.roadmaps.list_ioms(year)
    with services.database.session_factory() as s:
        linked = dict(s.execute(select(m.Iom.id, m.Iom.pair_id)).all())
    expected = sum(1 for i in ioms if linked.get(i.id) is not None and pair_forms.get(linked[i.id]) == form.id)
    assert expected > 0
    assert result.sheets[load_spec("iom-progress").sheet] == expected
    other = next(f for f in services.reference.forms() if f.id != form.id)
    none = export_register(services, "iom-progress", tmp_path / "other.xlsx", form=other.name)
    assert none.sheets[load_spec("iom-progress").sheet] == sum(
        1 for i in ioms if linked.get(i.id) is not None and pair_forms.get(linked[i.id]) == other.id)


def libreoffice_calc() -> str | None:
    """Why the test cannot run here, or None: soffice must be there *with* Calc.

    A Writer-only install (libreoffice-writer-nogui, as the DOCX and site tools need) has a
    working soffice that cannot load .xlsx: it prints «Error: source file could not be loaded»,
    exits 0 and writes no .csv. Calc's library sits beside soffice (libsclo.so, sclo.dll…).
    """
    soffice = shutil.which("soffice")
    if soffice is None:
        return "LibreOffice is not installed"
    if not any(Path(soffice).resolve().parent.glob("*sclo.*")):
        return "LibreOffice Calc is not installed (e.g. libreoffice-calc-nogui)"
    return None


@pytest.mark.slow
@pytest.mark.skipif(libreoffice_calc() is not None, reason=str(libreoffice_calc()))
def test_libreoffice_opens_every_register(demo_services: Services, tmp_path: Path) -> None:
    """LibreOffice converts each sheet without complaint and sees the same text and dates."""
    profile = (tmp_path / "lo-profile").as_uri()  # its own profile: no clash with a running soffice
    for kind in ("mentors", "pairs"):
        target = tmp_path / f"{kind}.xlsx"
        export_register(demo_services, kind, target)
        out = tmp_path / "out"
        done = subprocess.run(
            ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
             "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", "--outdir", str(out), str(target)],
            check=True, capture_output=True, text=True, timeout=600,
        )
        assert (out / f"{kind}.csv").exists(), f"soffice wrote no CSV: {done.stdout} {done.stderr}"
        with (out / f"{kind}.csv").open(encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        header_idx = next(i for i, r in enumerate(rows) if r and r[0] == "№")
        assert rows[header_idx][1] in ("ФИО наставника", "№ пары (группы)")
        dates = [c for r in rows[header_idx + 1 :] for c in r if len(c) == 10 and c[2] == "." and c[5] == "."]
        assert dates, "dates are shown as ДД.ММ.ГГГГ"
