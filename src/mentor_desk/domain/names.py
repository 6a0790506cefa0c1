"""Russian personal names: full and short forms, and the alphabetical sort key."""

from __future__ import annotations


def full_name(last: str, first: str, middle: str | None = None) -> str:
    """«Фамилия Имя Отчество», as registers and lists write it."""
    return " ".join(filter(None, (last, first, middle)))  # empty or missing parts left out


def short_name(last: str, first: str, middle: str | None = None) -> str:
    """«И.О. Фамилия», as signature lines write it."""
    initials = "".join(f"{part[0]}." for part in (first, middle or "") if part)
    return f"{initials} {last}".strip() if initials else last


NBSP = "\u00a0"


def signature(last: str, first: str, middle: str | None = None) -> str:
    """«И.О.\u00a0Фамилия» for signature blocks: a no-break space keeps the initials with the surname
    (a double surname keeps its plain hyphen: a line never breaks inside one word)."""
    initials = "".join(f"{part[0]}." for part in (first, middle or "") if part)
    return f"{initials}{NBSP}{last}" if initials else last


def surname_initials(last: str, first: str, middle: str | None = None) -> str:
    """«Фамилия И.О.», as tables of people commonly write it."""
    initials = "".join(f"{part[0]}." for part in (first, middle or "") if part)
    return f"{last} {initials}".strip()


def format_phone(text: str) -> str:
    """A Russian phone in one format, «+7 (912) 345-67-89», whether typed as 89123456789, 8-912-345-67-89
    or +7 912 3456789; anything else (an extension, a foreign number, two numbers) stays as typed."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) == 11 and digits[0] in "78":
        digits = digits[1:]
    elif len(digits) != 10:
        return text.strip()
    if len(text.strip()) - len("".join(ch for ch in text if ch in "0123456789+-() ")) > 0:
        return text.strip()  # letters or other signs: «доб. 12», «раб.» — leave it to the coordinator
    return f"+7 ({digits[:3]}) {digits[3:6]}-{digits[6:8]}-{digits[8:]}"


def collation_key(text: str) -> str:
    """Sort key for Russian alphabetical order with Ё sorted as Е, case-insensitive."""
    return text.casefold().replace("ё", "е")


def split_full_name(text: str) -> tuple[str, str, str]:
    """Split «Фамилия Имя Отчество» into its parts; extra words go to the patronymic."""
    parts = text.split()
    if not parts:
        return "", "", ""
    if len(parts) == 1:
        return parts[0], "", ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], parts[1], " ".join(parts[2:])
