"""Property-based checks of the small domain helpers."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from mentor_desk.domain.names import collation_key, full_name, split_full_name
from mentor_desk.domain.rules import age_on, check_dates
from mentor_desk.domain.schoolyear import SchoolYear

days = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
cyrillic_word = st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ", min_size=1,
                        max_size=12)


@given(days)
def test_school_year_contains_its_days(day: date) -> None:
    year = SchoolYear.containing(day)
    assert year.first_day <= day <= year.last_day
    assert SchoolYear.parse(year.title) == year


@given(days, st.integers(min_value=0, max_value=3000))
def test_dates_rule_agrees_with_order(start: date, delta: int) -> None:
    assert check_dates(start, start + timedelta(days=delta)) == []
    if delta:
        assert check_dates(start, start - timedelta(days=delta))


@given(days, days)
def test_age_never_negative_after_birth(birth: date, day: date) -> None:
    if day >= birth:
        assert age_on(birth, day) >= 0


@given(cyrillic_word, cyrillic_word, cyrillic_word)
def test_full_name_splits_back(last: str, first: str, middle: str) -> None:
    assert split_full_name(full_name(last, first, middle)) == (last, first, middle)


@given(cyrillic_word)
def test_collation_key_folds_yo_and_case(word: str) -> None:
    assert collation_key(word) == collation_key(word.upper().replace("Ё", "Е"))
