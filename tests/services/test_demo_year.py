"""The demo school at the end of a school year: questionnaires at every stage, a staff change,
and a finished year that `mentor-desk year new` rolls over."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from mentor_desk.cli import main
from mentor_desk.db import models as m
from mentor_desk.db.database import open_sqlite
from mentor_desk.domain.enums import QuestionnaireStage


@pytest.mark.slow
def test_demo_at_the_end_of_the_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", str(db), "--on", "20.06.2026"]) == 0
    database = open_sqlite(db)
    try:
        with database.session_factory() as s:
            stages = dict(s.execute(select(m.QuestionnaireResponse.stage, func.count())
                                    .group_by(m.QuestionnaireResponse.stage)).all())
            absences = s.scalar(select(func.count()).select_from(m.PersonStatus))
            replaced = s.scalar(select(func.count()).select_from(m.PairEvent).where(m.PairEvent.kind == "mentor_replaced"))
            current = s.scalar(select(m.Organisation.current_year))
    finally:
        database.close()
    assert set(stages) == set(QuestionnaireStage) and min(stages.values()) >= 2
    assert absences == 1 and replaced == 1 and current == "2025/2026"
    capsys.readouterr()
    assert main(["year", "new", "--db", str(db)]) == 0
    assert "переведён на 2026/2027" in capsys.readouterr().out
    assert main(["year", "new", "--db", str(db)]) != 0
    assert "уже переведён" in capsys.readouterr().err
