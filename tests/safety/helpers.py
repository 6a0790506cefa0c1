"""Small fictional schools written through the services, for the data-safety tests."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mentor_desk.domain.enums import PersonKind
from mentor_desk.domain.records import (
    ActivityDraft,
    IomDraft,
    MentorProfile,
    PairDraft,
    PersonDraft,
    PupilProfile,
    StaffProfile,
)
from mentor_desk.services.container import Services

SYLLABLES = ("ка", "ло", "ми", "ре", "са", "ту", "вы", "но", "пе", "ди", "ла", "ко")


def fictional_word(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


@dataclass
class SchoolFacts:
    people: int
    pairs: int
    ioms: int
    activities: int
    files: int


def add_unit(services: Services, rng: random.Random, work_dir: Path, with_file: bool = True) -> None:
    """One mentor, one mentee, their pair, an ИОМ with two activities and (maybe) a product file."""
    forms = {(f.mentor_kind, f.mentee_kind): f for f in services.reference.forms()}
    form = forms[(PersonKind.STAFF, PersonKind.PUPIL)]
    programme = services.reference.programmes()[0]
    mentor = services.people.create(
        PersonDraft(
            last_name=fictional_word(rng) + "ов",
            first_name=fictional_word(rng, 2),
            kind=PersonKind.STAFF,
            staff=StaffProfile(position="учитель"),
            mentor=MentorProfile(resource=3),
        )
    )
    mentee = services.people.create(
        PersonDraft(
            last_name=fictional_word(rng) + "ина",
            first_name=fictional_word(rng, 2),
            kind=PersonKind.PUPIL,
            birth_date=date(2012, 3, 4),
            pupil=PupilProfile(class_name="7Б"),
        )
    )
    pair = services.pairs.create(
        PairDraft(
            form_id=form.id,
            mentor_id=mentor.id,
            mentee_ids=(mentee.id,),
            programme_id=programme.id,
            start_date=date(2025, 9, 15),
            school_year="2025/2026",
        ),
        accept_warnings=True,
    )
    iom = services.roadmaps.create(
        IomDraft(mentee_id=mentee.id, mentor_id=mentor.id, pair_id=pair.id, school_year="2025/2026", topic="Проект")
    )
    first = services.roadmaps.add_activity(iom.id, ActivityDraft(title="Выбор темы проекта"))
    services.roadmaps.add_activity(iom.id, ActivityDraft(title="Защита проекта"))
    if with_file:
        product = work_dir / f"product-{rng.getrandbits(64):016x}.txt"
        product.write_bytes(("Продукт " + fictional_word(rng, 5)).encode("utf-8") * rng.randint(1, 50))
        services.roadmaps.attach_file(first.id, product)


def facts(services: Services) -> SchoolFacts:
    stats = services.reports.stats()
    persons_total = stats["persons_total"]
    pairs_total = stats["pairs_total"]
    ioms = stats["ioms"]
    activities = stats["activities_by_status"]
    assert isinstance(persons_total, int) and isinstance(pairs_total, int) and isinstance(ioms, int)
    assert isinstance(activities, dict)
    return SchoolFacts(
        people=persons_total,
        pairs=pairs_total,
        ioms=ioms,
        activities=sum(activities.values()),
        files=len(services.roadmaps.all_attachment_hashes()),
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def populate(services: Services, units: int, work_dir: Path, seed: int = 7) -> None:
    rng = random.Random(seed)
    work_dir.mkdir(parents=True, exist_ok=True)
    for _ in range(units):
        add_unit(services, rng, work_dir)
