"""Deterministic district-scale database for the benchmarks: 20,000 persons, 6,000 pairs in all
six forms, 2,000 ИОМ with 20 activities each, built with bulk inserts in one transaction."""

from __future__ import annotations

import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from mentor_desk.db import models as m
from mentor_desk.db.database import open_sqlite
from mentor_desk.demo import vocabulary as v
from mentor_desk.demo.generator import SCHOOL
from mentor_desk.domain.enums import ActivityStatus, Gender, PairStatus, PersonKind
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.resources import load_json
from mentor_desk.services.organisation import create_organisation

PERSONS = 20_000
PAIRS = 6_000
IOMS = 2_000
ACTIVITIES_PER_IOM = 20


def _name(rng: random.Random, gender: Gender) -> tuple[str, str, str]:
    surname = rng.choice(v.SURNAMES)
    father = rng.choice(sorted(v.PATRONYMICS))
    if gender is Gender.MALE:
        return surname, rng.choice(v.MALE_NAMES), v.PATRONYMICS[father][0]
    return v.feminine_surname(surname), rng.choice(v.FEMALE_NAMES), v.PATRONYMICS[father][1]


def build(
    path: Path, seed: int = 1, on: date = date(2026, 11, 27), persons: int = PERSONS, pairs: int = PAIRS,
    ioms: int = IOMS,
) -> dict[str, int]:
    """Write the large database to `path` (replacing it) and return its counts."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    rng = random.Random(seed)
    year = SchoolYear.containing(on)
    db = open_sqlite(path)
    try:
        org = create_organisation(db.session_factory, SCHOOL).id
        with db.session_factory.begin() as s:
            kinds = [PersonKind.STAFF] * (persons * 12 // 100) + [PersonKind.STUDENT] * (persons * 3 // 200)
            kinds += [PersonKind.EMPLOYER] * (persons * 3 // 200)
            kinds += [PersonKind.PUPIL] * (persons - len(kinds))
            person_rows = []
            for i, kind in enumerate(kinds, start=1):
                gender = rng.choice((Gender.MALE, Gender.FEMALE))
                last, first, middle = _name(rng, gender)
                age = rng.randrange(23, 64) if kind is PersonKind.STAFF else (
                    rng.randrange(10, 18) if kind is PersonKind.PUPIL else rng.randrange(18, 55))
                person_rows.append({
                    "id": i, "organisation_id": org, "last_name": last, "first_name": first, "middle_name": middle,
                    "kind": kind, "gender": gender, "birth_date": date(on.year - age, rng.randrange(1, 13), 15),
                    "phone": f"+7 9{rng.randrange(10, 99)} {rng.randrange(100, 999)}-{rng.randrange(10, 99)}-00",
                    "email": "", "contact_note": "", "archived": False,
                })
            s.execute(insert(m.Person), person_rows)
            staff_ids = [r["id"] for r in person_rows if r["kind"] is PersonKind.STAFF]
            pupil_ids = [r["id"] for r in person_rows if r["kind"] is PersonKind.PUPIL]
            student_ids = [r["id"] for r in person_rows if r["kind"] is PersonKind.STUDENT]
            employer_ids = [r["id"] for r in person_rows if r["kind"] is PersonKind.EMPLOYER]
            s.execute(insert(m.StaffProfileRow), [
                {"person_id": pid, "position": v.SUBJECTS[pid % len(v.SUBJECTS)][0],
                 "subjects": v.SUBJECTS[pid % len(v.SUBJECTS)][1], "experience_years": float(pid % 30),
                 "experience_as_of": on, "shmo": v.SUBJECTS[pid % len(v.SUBJECTS)][2]} for pid in staff_ids])
            s.execute(insert(m.PupilProfileRow), [
                {"person_id": pid, "class_name": f"{5 + pid % 7}{'АБВГ'[pid % 4]}", "categories": []}
                for pid in pupil_ids])
            s.execute(insert(m.ExternalProfileRow), [
                {"person_id": pid, "organisation_name": v.COLLEGES[0] if pid in set(student_ids) else v.EMPLOYERS[0][0],
                 "position_or_course": "2 курс"} for pid in student_ids + employer_ids])
            s.execute(insert(m.MentorProfileRow), [
                {"person_id": pid, "resource": 50} for pid in staff_ids + student_ids + employer_ids + pupil_ids[: len(pupil_ids) // 10]])
            s.execute(insert(m.Consent), [
                {"organisation_id": org, "person_id": r["id"], "consent_type": "processing",
                 "signed_on": year.first_day, "signer": "parent" if r["kind"] is PersonKind.PUPIL else "self",
                 "signer_name": ""} for r in person_rows if r["id"] % 17])

            forms = {f.name: f for f in s.scalars(select(m.MentoringForm).where(m.MentoringForm.organisation_id == org))}
            programmes = list(s.scalars(select(m.Programme.id).where(m.Programme.organisation_id == org)))
            pools = {PersonKind.STAFF: staff_ids, PersonKind.PUPIL: pupil_ids[len(pupil_ids) // 10 :],
                     PersonKind.STUDENT: student_ids, PersonKind.EMPLOYER: employer_ids}
            mentor_pools = {**pools, PersonKind.PUPIL: pupil_ids[: len(pupil_ids) // 10]}
            form_list = list(forms.values())
            pair_rows, link_rows = [], []
            used: set[tuple[int, int]] = set()
            start, end = year.first_day + timedelta(days=14), year.last_day - timedelta(days=92)
            for pid in range(1, pairs + 1):
                form = form_list[pid % len(form_list)]
                programme = programmes[pid % len(programmes)]
                status = PairStatus.ACTIVE if pid % 5 else PairStatus.COMPLETED
                pair_rows.append({
                    "id": pid, "organisation_id": org, "form_id": form.id, "programme_id": programme,
                    "mentor_id": rng.choice(mentor_pools[form.mentor_kind]), "school_year": year.title,
                    "goal": "Цель пары", "start_date": start, "end_date": end, "status": status,
                    "status_reason": "", "result": "", "agreement": ""})
                for _ in range(1 if pid % 10 else 3):
                    for _attempt in range(20):
                        mentee = rng.choice(pools[form.mentee_kind])
                        if (mentee, programme) not in used:
                            break
                    if status is PairStatus.ACTIVE:
                        if (mentee, programme) in used:
                            continue
                        used.add((mentee, programme))
                    link_rows.append({"pair_id": pid, "mentee_id": mentee, "programme_id": programme,
                                      "open_slot": 1 if status is PairStatus.ACTIVE else None})
            s.execute(insert(m.Pair), pair_rows)
            s.execute(insert(m.PairMentee), link_rows)

            template = load_json("templates", "iom_young_teacher.json")["activities"]
            directions = {d.name: d.id for d in s.scalars(select(m.Direction).where(m.Direction.organisation_id == org))}
            products = {p.name: p.id for p in s.scalars(select(m.ProductType).where(m.ProductType.organisation_id == org))}
            s.execute(insert(m.Iom), [
                {"id": i, "organisation_id": org, "mentee_id": staff_ids[i % len(staff_ids)],
                 "mentor_id": staff_ids[(i + 7) % len(staff_ids)], "school_year": year.title,
                 "topic": rng.choice(v.SELF_EDUCATION_TOPICS), "deficits": rng.choice(v.DEFICITS),
                 "goal": "Профессиональная адаптация", "tasks": "1. …\n2. …"} for i in range(1, ioms + 1)])
            activity_rows = []
            statuses = list(ActivityStatus)
            for i in range(1, ioms + 1):
                for pos in range(ACTIVITIES_PER_IOM):
                    act = template[pos % len(template)]
                    month = (8 + act["month"] + act["months"] - 1) % 12 + 1  # months from September
                    due = date(year.start if month >= 9 else year.start + 1, month, 28)
                    status = statuses[(i + pos) % len(statuses)]
                    activity_rows.append({
                        "iom_id": i, "position": pos, "direction_id": directions.get(act["direction"]),
                        "title": act["title"], "period": act.get("period_note", ""), "due_date": due,
                        "product_type_id": products.get(act["product_type"]),
                        "product_description": act["product_description"], "responsible": act["responsible"],
                        "status": status, "done_on": min(due, on) if status is ActivityStatus.DONE else None,
                        "mark": ""})
            s.execute(insert(m.IomActivity), activity_rows)
        return {"persons": len(person_rows), "pairs": len(pair_rows), "ioms": ioms,
                "activities": len(activity_rows)}
    finally:
        db.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "large.db")
    t0 = time.perf_counter()
    counts = build(target)
    print(f"{target}: {counts} in {time.perf_counter() - t0:.1f} s")
