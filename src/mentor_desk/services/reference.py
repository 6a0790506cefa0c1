"""Editable reference data: forms, виды, ролевые модели, programmes, directions, product types."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import CatalogueItem, FormRecord, ProgrammeRecord
from mentor_desk.errors import UserError
from mentor_desk.resources import load_json
from mentor_desk.services import mapping
from mentor_desk.services.base import ServiceBase


class Catalogue(StrEnum):
    TYPES = "types"
    ROLE_MODELS = "role_models"
    DIRECTIONS = "directions"
    PRODUCT_TYPES = "product_types"

    @property
    def label(self) -> str:
        return {
            "types": "Виды наставничества",
            "role_models": "Ролевые модели",
            "directions": "Направления ИОМ",
            "product_types": "Типы продуктов",
        }[self.value]


_CATALOGUE_MODELS: dict[Catalogue, Any] = {
    Catalogue.TYPES: m.MentoringType,
    Catalogue.ROLE_MODELS: m.RoleModel,
    Catalogue.DIRECTIONS: m.Direction,
    Catalogue.PRODUCT_TYPES: m.ProductType,
}


def seed_defaults(s: Session, organisation_id: int) -> None:
    """Fill a new school's reference lists from resources/reference (editable later)."""
    data = load_json("reference", "defaults.json")
    forms: dict[str, m.MentoringForm] = {}
    for i, f in enumerate(data["forms"]):
        row = m.MentoringForm(
            organisation_id=organisation_id,
            name=f["name"],
            mentor_kind=PersonKind(f["mentor_kind"]),
            mentee_kind=PersonKind(f["mentee_kind"]),
            sort_order=i,
        )
        s.add(row)
        forms[f["name"]] = row
    s.flush()
    for i, name in enumerate(data["types"]):
        s.add(m.MentoringType(organisation_id=organisation_id, name=name, sort_order=i))
    for i, rm in enumerate(data["role_models"]):
        form = forms.get(rm.get("form", ""))
        s.add(m.RoleModel(organisation_id=organisation_id, name=rm["name"], sort_order=i,
                          form_id=form.id if form else None))
    for i, p in enumerate(data["programmes"]):
        s.add(m.Programme(organisation_id=organisation_id, name=p["name"], for_teachers=p["for_teachers"],
                          sort_order=i))
    for i, name in enumerate(data["directions"]):
        s.add(m.Direction(organisation_id=organisation_id, name=name, sort_order=i))
    for i, name in enumerate(data["product_types"]):
        s.add(m.ProductType(organisation_id=organisation_id, name=name, sort_order=i))
    questionnaires = load_json("reference", "questionnaires.json")
    for q in questionnaires["questionnaires"]:
        qrow = m.Questionnaire(organisation_id=organisation_id, name=q["name"], respondent=q["respondent"],
                               stages=list(q.get("stages", [])), forms=list(q.get("forms", [])))
        for pos, item in enumerate(q["questions"]):
            qrow.questions.append(
                m.Question(position=pos, text=item["text"], kind=item["kind"], final_only=item["final_only"])
            )
        s.add(qrow)
    s.flush()


class ReferenceService(ServiceBase):
    # ---- forms -------------------------------------------------------------------

    def forms(self, include_inactive: bool = False) -> list[FormRecord]:
        with self._tx() as s:
            stmt = select(m.MentoringForm).where(m.MentoringForm.organisation_id == self.organisation_id)
            if not include_inactive:
                stmt = stmt.where(m.MentoringForm.active.is_(True))
            rows = s.scalars(stmt.order_by(m.MentoringForm.sort_order, m.MentoringForm.id)).all()
            return [mapping.form(r) for r in rows]

    def save_form(
        self, name: str, mentor_kind: PersonKind, mentee_kind: PersonKind, form_id: int | None = None,
        active: bool = True,
    ) -> FormRecord:
        name = name.strip()
        if not name:
            raise UserError("Укажите название формы наставничества.")
        with self._tx() as s:
            self._check_unique(s, m.MentoringForm, name, form_id)
            if form_id is None:
                order = s.scalar(select(func.coalesce(func.max(m.MentoringForm.sort_order), -1) + 1).where(
                    m.MentoringForm.organisation_id == self.organisation_id))
                row = m.MentoringForm(organisation_id=self.organisation_id, sort_order=order)
                s.add(row)
            else:
                row = self._get(s, m.MentoringForm, form_id, "Форма наставничества")
                used = s.scalar(select(m.Pair.id).where(m.Pair.form_id == form_id).limit(1))
                if used is not None and (row.mentor_kind != mentor_kind or row.mentee_kind != mentee_kind):
                    raise UserError(
                        "По этой форме уже есть пары: менять категории участников нельзя. "
                        "Создайте новую форму, а эту сделайте неактивной."
                    )
            row.name = name
            row.mentor_kind = mentor_kind
            row.mentee_kind = mentee_kind
            row.active = active
            s.flush()
            return mapping.form(row)

    # ---- programmes ----------------------------------------------------------------

    def programmes(self, include_inactive: bool = False) -> list[ProgrammeRecord]:
        with self._tx() as s:
            stmt = select(m.Programme).where(m.Programme.organisation_id == self.organisation_id)
            if not include_inactive:
                stmt = stmt.where(m.Programme.active.is_(True))
            rows = s.scalars(stmt.order_by(m.Programme.sort_order, m.Programme.id)).all()
            return [mapping.programme(r) for r in rows]

    def save_programme(
        self, name: str, for_teachers: bool, programme_id: int | None = None, active: bool = True
    ) -> ProgrammeRecord:
        name = name.strip()
        if not name:
            raise UserError("Укажите название программы.")
        with self._tx() as s:
            self._check_unique(s, m.Programme, name, programme_id)
            if programme_id is None:
                row = m.Programme(organisation_id=self.organisation_id, sort_order=self._next_order(s, m.Programme))
                s.add(row)
            else:
                row = self._get(s, m.Programme, programme_id, "Программа")
            row.name = name
            row.for_teachers = for_teachers
            row.active = active
            s.flush()
            return mapping.programme(row)

    # ---- simple catalogues ---------------------------------------------------------

    def items(self, catalogue: Catalogue, include_inactive: bool = False) -> list[CatalogueItem]:
        model = _CATALOGUE_MODELS[catalogue]
        with self._tx() as s:
            stmt = select(model).where(model.organisation_id == self.organisation_id)
            if not include_inactive:
                stmt = stmt.where(model.active.is_(True))
            rows = s.scalars(stmt.order_by(model.sort_order, model.id)).all()
            return [mapping.catalogue_item(r) for r in rows]

    def save_item(
        self, catalogue: Catalogue, name: str, item_id: int | None = None, active: bool = True
    ) -> CatalogueItem:
        model = _CATALOGUE_MODELS[catalogue]
        name = name.strip()
        if not name:
            raise UserError("Укажите название.")
        with self._tx() as s:
            self._check_unique(s, model, name, item_id)
            if item_id is None:
                row = model(organisation_id=self.organisation_id, sort_order=self._next_order(s, model))
                s.add(row)
            else:
                row = self._get(s, model, item_id, "Запись справочника")
            row.name = name
            row.active = active
            s.flush()
            return mapping.catalogue_item(row)

    def find_item(self, catalogue: Catalogue, name: str) -> CatalogueItem | None:
        """An entry by name, case-insensitively (in Python: SQLite's lower() knows no Cyrillic)."""
        model = _CATALOGUE_MODELS[catalogue]
        wanted = collation_key(name.strip())
        with self._tx() as s:
            for row in s.scalars(select(model).where(model.organisation_id == self.organisation_id)):
                if collation_key(row.name) == wanted:
                    return mapping.catalogue_item(row)
            return None

    # ---- helpers -------------------------------------------------------------------

    def _check_unique(self, s: Session, model: Any, name: str, own_id: int | None) -> None:
        wanted = collation_key(name)
        names = s.execute(
            select(model.id, model.name).where(model.organisation_id == self.organisation_id)
        ).all()
        if any(collation_key(other) == wanted and other_id != own_id for other_id, other in names):
            raise UserError(f"«{name}» уже есть в справочнике.")

    def _next_order(self, s: Session, model: Any) -> int:
        value = s.scalar(
            select(func.coalesce(func.max(model.sort_order), -1) + 1).where(model.organisation_id == self.organisation_id)
        )
        return int(value or 0)
