"""Escaping, Russian dates and numbers used by the PDF documents."""

from __future__ import annotations

from datetime import date

from mentor_desk.exports.pdf.text import (
    esc,
    esc_lines,
    long_date,
    plural,
    quoted_date,
    short_date,
    signature_name,
    split_lines,
    years_text,
)


def test_esc_makes_markup_characters_literal() -> None:
    assert esc('a < b & "c" > \'d\'') == "a &lt; b &amp; &quot;c&quot; &gt; &#39;d&#39;"
    assert esc("<b>жирный</b>") == "&lt;b&gt;жирный&lt;/b&gt;"
    assert esc(None) == ""


def test_esc_drops_control_characters_that_break_the_parser() -> None:
    assert esc("а\x00б\x0bв\tг") == "абв\tг"


def test_esc_lines_keeps_line_breaks() -> None:
    assert esc_lines("1. <один>\n2. два\n") == "1. &lt;один&gt;<br/>2. два"
    assert split_lines(" a \n\n b ") == ["a", "b"]


def test_russian_dates() -> None:
    assert long_date(date(2025, 11, 5)) == "5 ноября 2025 г."
    assert quoted_date(date(2025, 9, 1)) == "«01» сентября 2025 г."
    assert short_date(date(2026, 3, 8)) == "08.03.2026"
    assert short_date(None) == ""


def test_plural_and_years() -> None:
    assert [plural(n, "год", "года", "лет") for n in (1, 2, 5, 11, 12, 21, 22, 25, 111)] == [
        "год", "года", "лет", "лет", "лет", "год", "года", "лет", "лет",
    ]
    assert years_text(1) == "1 год"
    assert years_text(3.0) == "3 года"
    assert years_text(14) == "14 лет"
    assert years_text(2.5) == "2 года 6 месяцев"
    assert years_text(1.7) == "1 год 8 месяцев"
    assert years_text(0.25) == "3 месяца"
    assert years_text(4.99) == "5 лет"
    assert years_text(0) == "0 лет"


def test_signature_name_from_full_name() -> None:
    assert signature_name("Белозёрова Галина Аркадьевна") == "Г.А.\u00a0Белозёрова"  # never split
    assert signature_name("  Ким  Ли ") == "Л.\u00a0Ким"
    assert signature_name("") == ""
