"""«Удалить персональные данные»: erase a person for real, keeping registers consistent.

What happens (152-ФЗ, the right to erasure):
- A person nobody refers to (no pair, ИОМ or order) is deleted with their profiles, consents
  and questionnaire answers.
- A person who appears in pairs, ИОМ or orders stays as an anonymised placeholder
  «Удалённый участник №N» (N = number of the erasure record), so that registers, pair counts
  and ИОМ numbering stay consistent: names, birth date, gender, contacts and notes are
  cleared, every profile (class, position, requests, competences…), consent and
  questionnaire answer is deleted, and the placeholder is archived. Its category (staff,
  pupil, …) stays, because pair forms depend on it.
- The person's full name in its usual written forms («Фамилия Имя Отчество», «Фамилия Имя»,
  «Фамилия И.О.», «И.О. Фамилия», with and without the space between initials) is replaced
  by the placeholder in every text field of the database (goals, meeting notes, ИОМ fields,
  «ответственный», orders, attached files' names, the export log). Declined forms
  («Иванову Петру») written by hand are not found: review free texts if they might hold them.
- Product files attached to the ИОМ of an erased mentee are removed (they are the mentee's own
  work); the ИОМ rows themselves stay under the placeholder.
- An ErasureLog row records who erased and when, with the person's id, never the name.
- Afterwards the WAL is checkpointed and truncated and the file VACUUMed if needed, and the raw
  bytes are checked: the result says whether the name is gone from the file.
- The check looks for the person's name combinations and contacts (never a bare surname, which
  another person may share or begin with: «Кондратьева» is not «Кондратьев»), as whole words.
- Erasing a person already erased adds no second record: the file is only scrubbed again.
Backups made before the erasure still contain the person: services/safety erases them there
too when asked (`erase --in-backups`, or the offer after «Удалить персональные данные»).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import String, Text, func, select, update
from sqlalchemy.orm import Session

from mentor_desk.db import models as m
from mentor_desk.db.database import Database
from mentor_desk.db.filestore import FileStore
from mentor_desk.db.scrub import scrub_storage
from mentor_desk.errors import NotFoundError, UserError

log = logging.getLogger(__name__)

PLACEHOLDER = "Удалённый участник №{n}"
_PLACEHOLDER_RE = re.compile(r"Удалённый участник №\d+")
_SKIP_TABLES = frozenset({"person", "erasure_log", "app_meta", "alembic_version"})


@dataclass(frozen=True)
class ErasureRecord:
    person_id: int
    erased_at: datetime
    erased_by: str
    placeholder: str | None  # the name now shown in registers, None when the row was deleted
    storage_clean: bool  # the name is gone from the database file and its WAL
    files_removed: int


def name_forms(last: str, first: str, middle: str) -> list[str]:
    """The written forms of a full name that are replaced everywhere, longest first."""
    last, first, middle = last.strip(), first.strip(), middle.strip()
    forms: set[str] = set()
    if last and first:
        forms.add(f"{last} {first}")
        initials = [f"{first[0]}."] + ([f"{middle[0]}."] if middle else [])
        forms.add(f"{last} {''.join(initials)}")
        forms.add(f"{last} {' '.join(initials)}")
        forms.add(f"{''.join(initials)} {last}")
        forms.add(f"{' '.join(initials)} {last}")
        if middle:
            forms.add(f"{last} {first} {middle}")
            forms.add(f"{first} {middle} {last}")
    return sorted(forms, key=len, reverse=True)


class ErasureService:
    """Built from the open Database (the storage scrub needs it) and the school's id."""

    def __init__(self, database: Database, organisation_id: int, files: FileStore | None = None) -> None:
        self.database = database
        self.organisation_id = organisation_id
        self.files = files or FileStore(database.files_dir)

    def list_erasures(self) -> list[tuple[int, datetime, str]]:
        """(person id, when, by whom) of every erasure of this school."""
        with self.database.session_factory.begin() as s:
            rows = s.execute(
                select(m.ErasureLog.person_id, m.ErasureLog.erased_at, m.ErasureLog.erased_by)
                .where(m.ErasureLog.organisation_id == self.organisation_id)
                .order_by(m.ErasureLog.id)
            ).all()
            return [(r[0], r[1], r[2]) for r in rows]

    def erase_person(self, person_id: int, erased_by: str) -> ErasureRecord:
        """Erase one person's personal data (see the module docstring); one transaction."""
        if not erased_by.strip():
            raise UserError("Укажите, кто удаляет персональные данные (для журнала удалений).")
        with self.database.session_factory.begin() as s:
            person = s.get(m.Person, person_id)
            if person is not None and person.organisation_id != self.organisation_id:
                person = None
            erased_before = s.scalar(select(m.ErasureLog.erased_at).where(
                m.ErasureLog.person_id == person_id, m.ErasureLog.organisation_id == self.organisation_id).limit(1))
            if person is None and erased_before is None:
                raise NotFoundError("Участник не найден: запись могла быть удалена. Обновите список.")
            if person is None or is_placeholder(person):  # erased before: no second record, only a scrub
                placeholder: str | None = person.last_name if person is not None else None
                erased_at, needles, orphaned = erased_before or datetime.now(), [], set()
            else:
                forms = name_forms(person.last_name, person.first_name, person.middle_name)
                needles = [*forms, *stored_forms(person.last_name, person.first_name, person.middle_name),
                           person.phone, person.email]
                if not _shared_last_name(s, person):
                    needles.append(person.last_name)  # as a whole word: «Кондратьева» does not count
                entry = m.ErasureLog(
                    organisation_id=self.organisation_id, erased_by=erased_by.strip()[:200], person_id=person_id
                )
                s.add(entry)
                s.flush()
                erased_at = entry.erased_at
                placeholder = PLACEHOLDER.format(n=entry.id)
                orphaned = _drop_mentee_files(s, person_id)
                if _is_referenced(s, person_id):
                    _anonymise(s, person, placeholder or "")
                else:
                    s.delete(person)
                    placeholder = None
                for form in forms:
                    _replace_everywhere(s, form, placeholder or "Удалённый участник")
        removed = self._remove_files(orphaned)
        clean = scrub_storage(self.database, needles, vacuum=True)
        log.info("personal data of person id %s erased (placeholder kept: %s)", person_id, placeholder is not None)
        return ErasureRecord(person_id, erased_at, erased_by.strip(), placeholder, clean, removed)

    def _remove_files(self, hashes: set[str]) -> int:
        removed = 0
        with self.database.session_factory.begin() as s:
            still = set(s.scalars(select(m.Attachment.sha256).where(m.Attachment.sha256.in_(hashes))).all())
        for sha in hashes - still:
            try:
                removed += int(self.files.remove(sha))
            except OSError as exc:
                log.warning("could not remove an erased product file: %s", exc.strerror)
        return removed


def _is_referenced(s: Session, person_id: int) -> bool:
    checks = (
        select(m.Pair.id).where(m.Pair.mentor_id == person_id),
        select(m.PairMentee.id).where(m.PairMentee.mentee_id == person_id),
        select(m.Iom.id).where((m.Iom.mentee_id == person_id) | (m.Iom.mentor_id == person_id)),
        select(m.Order.id).where(m.Order.coordinator_id == person_id),
    )
    return any(s.scalar(stmt.limit(1)) is not None for stmt in checks)


def stored_forms(last: str, first: str, middle: str) -> list[str]:
    """The name as a database row holds it: its columns side by side, without spaces."""
    last, first, middle = last.strip(), first.strip(), middle.strip()
    return [f for f in (f"{last}{first}", f"{last}{first}{middle}", f"{first}{middle}") if f != last and len(f) > 3]


def _shared_last_name(s: Session, person: m.Person) -> bool:
    other = s.scalar(
        select(func.count()).select_from(m.Person).where(m.Person.last_name == person.last_name, m.Person.id != person.id)
    )
    return bool(other)


def is_placeholder(person: m.Person) -> bool:
    """The anonymised row an earlier erasure left."""
    return bool(_PLACEHOLDER_RE.fullmatch(person.last_name)) and not person.first_name and person.archived


def _anonymise(s: Session, person: m.Person, placeholder: str) -> None:
    person.last_name = placeholder
    person.first_name = ""
    person.middle_name = ""
    person.gender = None
    person.birth_date = None
    person.phone = ""
    person.email = ""
    person.contact_note = ""
    person.archived = True
    person.staff = None
    person.pupil = None
    person.external = None
    person.mentor_profile = None
    person.mentee_profile = None
    person.consents.clear()
    for response in s.scalars(select(m.QuestionnaireResponse).where(m.QuestionnaireResponse.person_id == person.id)):
        s.delete(response)
    s.flush()


def _drop_mentee_files(s: Session, person_id: int) -> set[str]:
    """Delete the attachment rows of the person's own ИОМ; return their hashes."""
    rows = s.scalars(
        select(m.Attachment)
        .join(m.IomActivity, m.IomActivity.id == m.Attachment.activity_id)
        .join(m.Iom, m.Iom.id == m.IomActivity.iom_id)
        .where(m.Iom.mentee_id == person_id)
    ).all()
    hashes = {r.sha256 for r in rows}
    for row in rows:
        s.delete(row)
    s.flush()
    return hashes


def _replace_everywhere(s: Session, needle: str, placeholder: str) -> None:
    """Replace a name form, as whole words, in every text column of every table (but the person
    table): «И.О. Кондратьев» is replaced in «передал И.О. Кондратьев», never inside «И.О. Кондратьева»."""
    pattern = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    for table in m.Base.metadata.sorted_tables:
        if table.name in _SKIP_TABLES:
            continue
        keys = list(table.primary_key.columns)
        if not keys:
            continue
        for column in table.columns:
            if not isinstance(column.type, String | Text) or column.primary_key or column.foreign_keys:
                continue
            if getattr(column.type, "enums", None):
                continue  # enum columns hold codes, never names
            rows = s.execute(select(*keys, column).where(column.contains(needle, autoescape=True))).all()
            for row in rows:
                text, replaced = pattern.subn(placeholder, row[-1])
                if replaced:
                    s.execute(update(table).where(*(k == v for k, v in zip(keys, row[:-1], strict=True)))
                              .values({column.name: text}))
