"""Russian name forms, alphabetical order and school years."""

from __future__ import annotations

from datetime import date

import pytest

from mentor_desk.domain.names import collation_key, full_name, short_name, split_full_name, surname_initials
from mentor_desk.domain.schoolyear import SchoolYear


def test_name_forms() -> None:
    assert full_name("Иванова", "Мария", "Петровна") == "Иванова Мария Петровна"
    assert short_name("Иванова", "Мария", "Петровна") == "М.П. Иванова"
    assert short_name("Смит", "Джон", "") == "Д. Смит"
    assert surname_initials("Иванова", "Мария", "Петровна") == "Иванова М.П."
    assert split_full_name("  Иванова  Мария Петровна ") == ("Иванова", "Мария", "Петровна")
    assert split_full_name("Оглы Рамиль Гусейн оглы") == ("Оглы", "Рамиль", "Гусейн оглы")


def test_yo_sorts_with_ye() -> None:
    names = ["Ёлкина", "Егорова", "Жукова", "Еремеева"]
    assert sorted(names, key=collation_key) == ["Егорова", "Ёлкина", "Еремеева", "Жукова"]


def test_school_year() -> None:
    assert SchoolYear.parse("2025/2026").title == "2025/2026"
    assert SchoolYear.parse("2025-2026").dash_title == "2025–2026"
    assert SchoolYear.containing(date(2026, 8, 31)).title == "2025/2026"
    assert SchoolYear.containing(date(2026, 9, 1)).title == "2026/2027"
    with pytest.raises(ValueError, match="второй год"):
        SchoolYear.parse("2025/2027")
    with pytest.raises(ValueError, match="2025/2026"):
        SchoolYear.parse("прошлый год")
