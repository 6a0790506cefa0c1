"""Names and positions in grammatical cases as the coordinator corrected them, remembered per person."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import delete, select

from mentor_desk.db import models as m
from mentor_desk.domain.declension import Case
from mentor_desk.domain.documents import NameForms, NameUse
from mentor_desk.errors import UserError
from mentor_desk.services.base import ServiceBase

PARTS = ("name", "position")


class NameFormService(ServiceBase):
    def corrections(self, person_ids: Iterable[int]) -> dict[int, NameForms]:
        """The corrected forms of these people (people without one are absent)."""
        ids = sorted(set(person_ids))
        if not ids:
            return {}
        names: dict[int, dict[str, str]] = {}
        positions: dict[int, dict[str, str]] = {}
        with self._tx() as s:
            rows = s.execute(
                select(m.NameForm.person_id, m.NameForm.grammatical_case, m.NameForm.part, m.NameForm.value)
                .join(m.Person, m.Person.id == m.NameForm.person_id)
                .where(m.Person.organisation_id == self.organisation_id, m.NameForm.person_id.in_(ids))
            ).all()
        for person_id, case, part, value in rows:
            (names if part == "name" else positions).setdefault(person_id, {})[case] = value
        return {pid: NameForms(pid, names.get(pid, {}), positions.get(pid, {})) for pid in set(names) | set(positions)}

    def remember(self, uses: Sequence[NameUse]) -> int:
        """Store each form that differs from the automatic one (and forget one set back to it); returns
        how many corrections are stored for these people now. A name typed into the school's
        requisites (person 0) cannot be remembered and is skipped."""
        for use in uses:
            if use.part not in PARTS or not isinstance(use.case, Case):
                raise UserError("Неизвестная форма имени.")
            if use.person_id and not use.value.strip():
                raise UserError(f"Форма «{use.full_name}» ({use.case.label} падеж) пуста: впишите её или верните "
                                "автоматическую.")
            if len(use.value) > 300:
                raise UserError(f"Форма «{use.full_name}» длиннее 300 знаков.")
        with self._tx() as s:
            for use in uses:
                if not use.person_id:
                    continue
                self._get(s, m.Person, use.person_id, "Участник")
                s.execute(delete(m.NameForm).where(
                    m.NameForm.person_id == use.person_id, m.NameForm.grammatical_case == use.case.value,
                    m.NameForm.part == use.part))
                value = " ".join(use.value.split())
                if value != use.automatic:
                    s.add(m.NameForm(person_id=use.person_id, grammatical_case=use.case.value, part=use.part,
                                     value=value))
            s.flush()
            ids = {u.person_id for u in uses if u.person_id}
            return len(s.scalars(select(m.NameForm.id).where(m.NameForm.person_id.in_(ids))).all()) if ids else 0
