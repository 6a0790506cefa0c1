"""Cell values as schools write them: dates, стаж, qualification categories, service rows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from mentor_desk.domain.enums import QualificationCategory as Q
from mentor_desk.imports.values import Memo, is_footer, is_numbering, parse_category, parse_date, parse_years


@pytest.mark.parametrize(("raw", "expected"), [
    ("05.09.2023", date(2023, 9, 5)), ("5.9.23", date(2023, 9, 5)), ("05/09/2023", date(2023, 9, 5)),
    ("5 сентября 2023 г.", date(2023, 9, 5)), ("«5» сентября 2023 года", date(2023, 9, 5)),
    ("2023-09-05", date(2023, 9, 5)), ("2023-09-05 00:00:00", date(2023, 9, 5)), ("05.09.2023 г.", date(2023, 9, 5)),
    ("5 сент. 2023", date(2023, 9, 5)), ("1 мая 2014", date(2014, 5, 1)), ("5.9.88", date(1988, 9, 5)),
    (45174, date(2023, 9, 5)), (45174.0, date(2023, 9, 5)), ("45174", date(2023, 9, 5)),
    (datetime(2023, 9, 5, 0, 0), date(2023, 9, 5)), ("", None), (None, None), ("-", None),
])
def test_dates(raw: object, expected: date | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize("raw", ["вчера", "31.02.1990", "сентябрь 2023", "5 брюмера 2023", 12.5, True, "13.13.2013"])
def test_dates_not_understood(raw: object) -> None:
    with pytest.raises(ValueError):
        parse_date(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("0,5", 0.5), ("5 лет", 5), ("5 л. 3 мес.", 5.25), ("3 г.", 3), ("1 год 2 мес", 1.17), ("8 мес.", 0.67),
    ("2 года 6 месяцев", 2.5), ("5,5 лет", 5.5), (12, 12), (0.5, 0.5), ("", None), ("-", None), ("без стажа", 0),
    ("25", 25), ("10 л, 6 м", 10.5),
])
def test_experience(raw: object, expected: float | None) -> None:
    assert parse_years(raw) == (pytest.approx(expected, abs=0.01) if expected is not None else None)


@pytest.mark.parametrize("raw", ["много", "5 3", "около 5 лет", "5 лет стажа"])
def test_experience_not_understood(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_years(raw)


@pytest.mark.parametrize(("raw", "expected"), [
    ("б/к", Q.NONE), ("Б/К", Q.NONE), ("без категории", Q.NONE), ("нет", Q.NONE), ("", None), ("—", None),
    ("СЗД", Q.CONFORMITY), ("с.з.д.", Q.CONFORMITY), ("соответствие занимаемой должности", Q.CONFORMITY),
    ("соотв. занимаемой должности", Q.CONFORMITY),
    ("первая", Q.FIRST), ("1 кв. к.", Q.FIRST), ("первая кв. категория", Q.FIRST), ("1 категория", Q.FIRST),
    ("Первая квалификационная категория", Q.FIRST), ("I", Q.FIRST),
    ("высшая", Q.HIGHEST), ("высшая категория", Q.HIGHEST), ("ВКК", Q.HIGHEST), ("в/к", Q.HIGHEST),
    ("педагог-методист", Q.METHODIST), ("Педагог - наставник", Q.MENTOR),
])
def test_categories(raw: str, expected: Q | None) -> None:
    assert parse_category(raw) is expected


@pytest.mark.parametrize("raw", ["вторая", "кандидат наук", "2"])
def test_categories_not_understood(raw: str) -> None:
    with pytest.raises(ValueError):
        parse_category(raw)


def test_every_category_has_a_russian_label() -> None:
    assert [c.label for c in Q] == ["без категории", "соответствие занимаемой должности", "первая", "высшая",
                                    "педагог-методист", "педагог-наставник"]


def test_service_rows() -> None:
    assert is_footer(["Директор ____________ И.О. Фамилия"], [])
    assert is_footer(["М.П."], ["М.П."]) and is_footer(["Итого: 25"], ["Итого: 25"])
    assert not is_footer(["Директорова Нина Павловна", "директор"], ["Директорова Нина Павловна"])
    assert not is_footer(["Иванова Анна Петровна", "Директор"], ["Иванова Анна Петровна"])  # the post, not a signature
    assert is_numbering(["1", "2", "3", "4"]) and not is_numbering(["1", "Иванов Иван", "учитель"])


def test_memo_parses_each_value_once_and_remembers_failures() -> None:
    calls: list[object] = []

    def parse(value: object) -> int:
        calls.append(value)
        if value == "x":
            raise ValueError("x")
        return 1

    memo = Memo(parse)
    assert memo("a") == memo("a") == 1
    for _ in range(2):
        with pytest.raises(ValueError):
            memo("x")
    assert memo(1) == memo(1.0) == 1  # 1 and 1.0 are told apart: different cells, different parses
    assert calls == ["a", "x", 1, 1.0]
