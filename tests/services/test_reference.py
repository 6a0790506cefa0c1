"""Reference lists: editable, unique by name whatever the case (Cyrillic included)."""

from __future__ import annotations

import pytest

from mentor_desk.domain.enums import PersonKind
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.reference import Catalogue


def test_defaults_seeded(services: Services) -> None:
    assert len(services.reference.forms()) == 6
    assert len(services.reference.programmes()) == 5
    assert services.reference.items(Catalogue.DIRECTIONS)
    assert services.reference.items(Catalogue.PRODUCT_TYPES)


def test_cyrillic_names_are_unique_case_insensitively(services: Services) -> None:
    item = services.reference.save_item(Catalogue.PRODUCT_TYPES, "Видеозапись урока")
    assert services.reference.find_item(Catalogue.PRODUCT_TYPES, "видеозапись УРОКА") == item
    with pytest.raises(UserError, match="уже есть"):
        services.reference.save_item(Catalogue.PRODUCT_TYPES, "ВИДЕОЗАПИСЬ урока")
    with pytest.raises(UserError, match="уже есть"):
        services.reference.save_programme("поддержка молодых педагогов", for_teachers=True)
    renamed = services.reference.save_item(Catalogue.PRODUCT_TYPES, "видеозапись урока", item.id)
    assert renamed.name == "видеозапись урока"


def test_forms_are_editable_but_kinds_fixed_once_used(services: Services) -> None:
    form = services.reference.save_form("студент – студент", PersonKind.STUDENT, PersonKind.STUDENT)
    assert form.name in {f.name for f in services.reference.forms()}
    changed = services.reference.save_form("студент – студент (колледж)", PersonKind.STUDENT, PersonKind.STUDENT,
                                           form.id)
    assert changed.name == "студент – студент (колледж)"
    hidden = services.reference.save_form(changed.name, PersonKind.STUDENT, PersonKind.STUDENT, form.id, active=False)
    assert hidden.id not in {f.id for f in services.reference.forms()}
    assert hidden.id in {f.id for f in services.reference.forms(include_inactive=True)}
