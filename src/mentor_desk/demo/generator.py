"""Writes a complete fictional school: staff, pupils, external mentors, pairs in every form,
ИОМ in every status, orders, meetings, consents and questionnaires. Same seed, same school
(for the same day: statuses follow the calendar)."""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from mentor_desk.demo import vocabulary as v
from mentor_desk.demo.people import Names, external_drafts, pupil_drafts, staff_drafts
from mentor_desk.domain.enums import (
    ActivityStatus,
    ConsentType,
    OrderKind,
    PairStatus,
    PersonKind,
    PupilCategory,
    Signer,
)
from mentor_desk.domain.records import (
    ActivityDraft,
    ConsentDraft,
    IomDraft,
    MeetingDraft,
    OrderDraft,
    OrganisationDraft,
    PairDraft,
    PersonRecord,
)
from mentor_desk.domain.schoolyear import SchoolYear
from mentor_desk.errors import UserError
from mentor_desk.services.container import Services
from mentor_desk.services.organisation import create_organisation
from mentor_desk.services.safety import open_sqlite, replace_database

SCHOOL = OrganisationDraft(
    full_name="Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 7» "
    "Заречного муниципального района",
    short_name="МБОУ СОШ № 7",
    director_name="Лебедева Ольга Николаевна",
    director_position="Директор",
    coordinator_name="Крылова Марина Сергеевна",
    coordinator_position="Заместитель директора по УВР, куратор наставничества",
    address="Заречный район, пос. Светлый, ул. Школьная, д. 1 (вымышленный адрес)",
    municipality="Заречный муниципальный район",
)


@dataclass(frozen=True)
class DemoSummary:
    staff: int
    pupils: int
    students: int
    employers: int
    pairs: int
    ioms: int
    replaced_backup: Path | None = None  # the forced backup of the database it replaced

    def __str__(self) -> str:
        return (
            f"педагогов и сотрудников — {self.staff}, обучающихся — {self.pupils}, студентов — {self.students}, "
            f"представителей работодателей — {self.employers}, пар и групп — {self.pairs}, ИОМ — {self.ioms}."
        )


def write_demo(path: Path, seed: int = 2025, force: bool = False, on: date | None = None) -> DemoSummary:
    """Write the demo school to `path`; replacing an existing file needs force and is done safely.

    The school is built in a hidden folder beside the target and swapped in by services.safety:
    the lock is respected, only a Mentor Desk database is replaced, after a forced backup.
    """
    path = Path(path)
    if path.exists() and not force:
        raise UserError(f"Файл «{path}» уже существует. Укажите --force, чтобы перезаписать его.")
    on = on or date.today()
    made: list[DemoSummary] = []

    def build(staged: Path) -> None:
        database = open_sqlite(staged)
        try:
            services = Services.for_database(database, create_organisation(database.session_factory, SCHOOL).id)
            made.append(_generate(services, seed, on))
        finally:
            database.close()

    backup = replace_database(path, build)
    return dataclasses.replace(made[0], replaced_backup=backup)


def _generate(sv: Services, seed: int, on: date) -> DemoSummary:
    rng = random.Random(seed)
    names = Names(rng)
    year = SchoolYear.containing(on)
    last_year = SchoolYear(year.start - 1)
    sv.organisation.set_current_year(year.title)
    sv.organisation.ensure_year(last_year.title)

    sv.people.create_many(staff_drafts(rng, names, on, year))
    sv.people.create_many(pupil_drafts(rng, names, year))
    sv.people.create_many(external_drafts(rng, names, on, year))

    people = sv.people.list_people()
    by_kind: dict[PersonKind, list[PersonRecord]] = {k: [] for k in PersonKind}
    for p in people:
        by_kind[p.kind].append(p)
    staff = by_kind[PersonKind.STAFF]
    young = [p for p in staff if p.young_specialist]
    mentors = [p for p in staff if p.mentor is not None]
    pupils = by_kind[PersonKind.PUPIL]

    def grade_of(p: PersonRecord) -> int:
        return int("".join(ch for ch in (p.pupil.class_name if p.pupil else "0") if ch.isdigit()))

    # ---- consents ------------------------------------------------------------------
    consent_day = year.first_day + timedelta(days=3)
    for p in people:
        if rng.random() < 0.06:
            continue  # a few people still have no consent: the overview shows them
        minor = p.kind is PersonKind.PUPIL
        sv.people.add_consent(
            ConsentDraft(
                person_id=p.id, consent_type=ConsentType.PROCESSING, signed_on=min(consent_day, on),
                signer=Signer.PARENT if minor else Signer.SELF,
                signer_name=p.contact_note.split(": ", 1)[-1] if minor else "",
            )
        )
        if p.kind is not PersonKind.PUPIL and rng.random() < 0.5:
            sv.people.add_consent(
                ConsentDraft(person_id=p.id, consent_type=ConsentType.PUBLICATION, signed_on=min(consent_day, on),
                             scope=("name", "position", "experience", "competences"))
            )

    # ---- reference ids -------------------------------------------------------------
    forms = {f.name: f for f in sv.reference.forms()}
    programmes = {p.name: p for p in sv.reference.programmes()}
    from mentor_desk.services.reference import Catalogue

    types = {t.name: t.id for t in sv.reference.items(Catalogue.TYPES)}
    roles = {r.name: r.id for r in sv.reference.items(Catalogue.ROLE_MODELS)}
    p_young = programmes["Поддержка молодых педагогов"].id
    p_comp = programmes["Поддержка педагогов, испытывающих недостаток педагогических компетенций"].id
    p_gifted = programmes["Поддержка одарённых обучающихся"].id
    p_ovz = programmes["Работа с детьми с ОВЗ"].id
    p_career = programmes["Профориентация обучающихся"].id

    start = min(year.first_day + timedelta(days=14), on)
    end = year.last_day - timedelta(days=92)  # 31 May
    created: list[int] = []

    def pair(form: str, mentor: PersonRecord, mentees: list[PersonRecord], programme: int, goal: str,
             type_name: str = "традиционное", role: str | None = None, status: PairStatus = PairStatus.ACTIVE,
             start_on: date = start, end_on: date = end, sy: SchoolYear = year, reason: str = "",
             result: str = "") -> int:
        rec = sv.pairs.create(
            PairDraft(
                form_id=forms[form].id, mentor_id=mentor.id, mentee_ids=tuple(m.id for m in mentees),
                programme_id=programme, start_date=start_on, end_date=end_on, type_id=types.get(type_name),
                role_model_id=roles.get(role) if role else None, school_year=sy.title, goal=goal,
                status=status, status_reason=reason, result=result,
                mentor_consent_on=start_on - timedelta(days=5) if mentor.kind is PersonKind.STAFF else None,
                agreement=f"доп. соглашение № {len(created) + 1} от {start_on - timedelta(days=3):%d.%m.%Y}"
                if mentor.kind is PersonKind.STAFF else "",
            ),
            accept_warnings=True,
        )
        created.append(rec.id)
        return rec.id

    # учитель – учитель: every young specialist gets an experienced mentor
    teacher_pairs: list[tuple[int, PersonRecord, PersonRecord]] = []
    # the newest young teacher (hired this autumn) has no mentor yet: the overview points at them
    for i, mentee in enumerate(young[:-1]):
        mentor = mentors[i % len(mentors)]
        pid = pair("учитель – учитель", mentor, [mentee], p_young,
                   "Профессиональная адаптация молодого педагога, устранение дефицитов",
                   role="опытный педагог – молодой специалист")
        teacher_pairs.append((pid, mentor, mentee))
    experienced_mentees = [p for p in staff if p not in young and p.mentor is None][:2]
    for i, mentee in enumerate(experienced_mentees):
        mentor = mentors[-(i + 1)]
        pid = pair("учитель – учитель", mentor, [mentee], p_comp,
                   "Освоение технологии формирующего оценивания",
                   type_name="краткосрочное (целеполагающее)",
                   role="опытный педагог – педагог, испытывающий затруднения",
                   end_on=on + timedelta(days=21) if i == 0 else start + timedelta(days=120))
        teacher_pairs.append((pid, mentor, mentee))

    # ученик – ученик: seniors help younger pupils; one group of three
    seniors = [p for p in pupils if grade_of(p) >= 9]
    juniors = [p for p in pupils if 5 <= grade_of(p) <= 7]
    rng.shuffle(seniors)
    rng.shuffle(juniors)
    for i in range(4):
        pair("ученик – ученик", seniors[i], [juniors[i]], p_gifted if i % 2 else p_ovz,
             "Повышение учебной мотивации и успеваемости", role="успевающий – неуспевающий")
    pair("ученик – ученик", seniors[4], juniors[4:7], p_gifted, "Подготовка группового проекта к конференции",
         type_name="групповое", role="равный – равному")

    # учитель – ученик
    gifted = [p for p in pupils if PupilCategory.GIFTED.value in (p.pupil.categories if p.pupil else ())
              and p not in juniors[:7] and p not in seniors[:5]]
    ovz = [p for p in pupils if PupilCategory.SPECIAL_NEEDS.value in (p.pupil.categories if p.pupil else ())
           and grade_of(p) >= 4 and p not in juniors[:7]]
    for i in range(3):
        pair("учитель – ученик", mentors[(i + 3) % len(mentors)], [gifted[i]], p_gifted,
             "Подготовка к олимпиаде по предмету", role="педагог – одарённый обучающийся")
    pair("учитель – ученик", mentors[(6) % len(mentors)], [ovz[0]], p_ovz,
         "Индивидуальная поддержка в освоении программы", role="педагог – неуспевающий обучающийся")

    # студент – ученик
    students = by_kind[PersonKind.STUDENT]
    career = [p for p in pupils if grade_of(p) >= 8 and p not in seniors[:5]
              and PupilCategory.GIFTED.value not in (p.pupil.categories if p.pupil else ())]
    for i, student in enumerate(students):
        pair("студент – ученик", student, [career[i]], p_career, "Проект по робототехнике для школьной выставки",
             type_name="виртуальное" if i == 2 else "традиционное",
             role="студент – обучающийся (проектная деятельность)")

    # работодатель – ученик (one group) and работодатель – учитель
    employers = by_kind[PersonKind.EMPLOYER]
    pair("работодатель – ученик", employers[0], career[3:7], p_career,
         "Профессиональные пробы на предприятии", type_name="групповое",
         role="работодатель – обучающийся (профориентация)")
    pair("работодатель – ученик", employers[1], [career[7]], p_career, "Знакомство с инженерными профессиями",
         role="работодатель – обучающийся (профориентация)")
    biology = next(p for p in staff if p.staff and "биолог" in p.staff.position and p not in young)
    pair("работодатель – учитель", employers[0], [biology], p_comp,
         "Практико-ориентированные задания по биологии на материале агрофирмы",
         role="работодатель – педагог (практико-ориентированное обучение)", end_on=start + timedelta(days=150))

    # last year's pairs: completed and one interrupted
    ly_start, ly_end = last_year.first_day + timedelta(days=14), last_year.last_day - timedelta(days=92)
    done_mentees = [p for p in staff if p not in young and p.mentor is None][2:5]
    closed: list[int] = []
    for i, mentee in enumerate(done_mentees):
        interrupted = i == 2
        pid = pair("учитель – учитель", mentors[(i + 8) % len(mentors)], [mentee], p_comp,
                   "Освоение электронного журнала и цифровых ресурсов",
                   status=PairStatus.INTERRUPTED if interrupted else PairStatus.COMPLETED,
                   start_on=ly_start, end_on=ly_start + timedelta(days=70) if interrupted else ly_end, sy=last_year,
                   reason="Наставляемый переведён в другую школу" if interrupted else "",
                   result="" if interrupted else "Программа выполнена, дефициты устранены")
        closed.append(pid)
    planned_pid = pair("ученик – ученик", seniors[5], [juniors[8]], p_gifted, "Подготовка к научной конференции",
                       status=PairStatus.PLANNED, start_on=min(on, year.last_day), end_on=year.last_day - timedelta(days=92)
                       if on < year.last_day - timedelta(days=92) else year.last_day)

    # ---- orders --------------------------------------------------------------------
    coordinator = next(p for p in staff if p not in young and p.mentor is None and p not in done_mentees
                       and p not in experienced_mentees)
    # the school's settings name the same curator the order appoints (one curator)
    school = sv.organisation.get()
    sv.organisation.update(OrganisationDraft(
        school.full_name, school.short_name, school.director_name, school.director_position,
        coordinator.full_name, school.coordinator_position, school.address, school.municipality))
    sv.orders.save(OrderDraft(kind=OrderKind.APPOINT_COORDINATOR, number="112-о",
                              signed_on=min(year.first_day - timedelta(days=3), on),
                              preamble="В соответствии с Положением о наставничестве в МБОУ СОШ № 7",
                              coordinator_id=coordinator.id))
    # The curator is named on the school's website with work contacts.
    sv.people.add_consent(ConsentDraft(person_id=coordinator.id, consent_type=ConsentType.PUBLICATION,
                                       signed_on=min(consent_day, on), scope=("name", "position", "contacts")))
    current_ids = [pid for pid in created if pid not in closed and pid != planned_pid]
    sv.orders.save(OrderDraft(kind=OrderKind.FIX_PAIRS, number="135-о", signed_on=min(start - timedelta(days=2), on),
                              preamble="В соответствии с Положением о наставничестве в МБОУ СОШ № 7, "
                              "на основании заявлений наставников и наставляемых",
                              pair_ids=tuple(current_ids)))
    sv.orders.save(OrderDraft(kind=OrderKind.FIX_PAIRS, number="141-о", signed_on=ly_start - timedelta(days=2),
                              preamble="В соответствии с Положением о наставничестве в МБОУ СОШ № 7",
                              pair_ids=tuple(closed)))
    sv.orders.save(OrderDraft(kind=OrderKind.COMPLETION, number="88-о", signed_on=ly_end + timedelta(days=1),
                              preamble="По итогам реализации программ наставничества в учебном году",
                              pair_ids=tuple(closed), school_year=last_year.title))

    # ---- meetings ------------------------------------------------------------------
    for pid in current_ids:
        day = start + timedelta(days=rng.randrange(3, 10))
        while day < on - timedelta(days=1):
            sv.pairs.save_meeting(MeetingDraft(
                pair_id=pid, held_on=day, topic=rng.choice(v.MEETING_TOPICS), form=rng.choice(v.MEETING_FORMS),
                duration_minutes=rng.choice((30, 45, 60, 90)), done="Обсудили задачи, наставник дал рекомендации",
                next_steps="Подготовить материалы к следующей встрече"))
            day += timedelta(days=rng.randrange(14, 28))

    # ---- ИОМ -----------------------------------------------------------------------
    statuses_cycle = (ActivityStatus.POSTPONED, ActivityStatus.FAILED, ActivityStatus.IN_PROGRESS)
    ioms = 0
    for n, (pid, mentor, mentee) in enumerate(teacher_pairs):
        iom = sv.roadmaps.create(
            IomDraft(mentee_id=mentee.id, school_year=year.title, mentor_id=mentor.id, pair_id=pid,
                     topic=rng.choice(v.SELF_EDUCATION_TOPICS),
                     deficits=(mentee.mentee.deficits if mentee.mentee else rng.choice(v.DEFICITS)),
                     approved_by=SCHOOL.director_name, approved_on=min(start + timedelta(days=7), on)),
            template_key="iom_young_teacher",
            plan_from=start,  # the demo shows a year under way: ИОМ made when the pairs started
        )
        keep = rng.randrange(12, 25)
        for act in iom.activities[keep:]:
            sv.roadmaps.delete_activity(act.id)
        for i, act in enumerate(iom.activities[:keep]):
            assert act.due_date is not None
            if act.due_date < on - timedelta(days=10):
                status = ActivityStatus.DONE if (i + n) % 7 else statuses_cycle[(i + n) % 3]
            elif act.due_date < on + timedelta(days=20):
                status = ActivityStatus.IN_PROGRESS if i % 2 else ActivityStatus.PLANNED
            else:
                status = ActivityStatus.PLANNED
            if status is ActivityStatus.PLANNED:
                continue
            done_on = min(act.due_date - timedelta(days=rng.randrange(0, 10)), on) if status is ActivityStatus.DONE else None
            sv.roadmaps.update_activity(act.id, ActivityDraft(
                **{**act.to_draft().__dict__, "status": status, "done_on": done_on,
                   "mark": "выполнено, продукт в методической копилке" if done_on else
                   ("перенесено на следующую четверть" if status is ActivityStatus.POSTPONED else "")}))
        ioms += 1
    _ensure_every_status(sv, on)
    # ---- questionnaires, a staff change (demo/year_story.py) -----------------------------
    from mentor_desk.demo.year_story import add_year_story

    add_year_story(sv, rng, on, teacher_pairs)
    return DemoSummary(
        staff=len(staff), pupils=len(pupils), students=len(students), employers=len(employers),
        pairs=len(created), ioms=ioms,
    )


def _ensure_every_status(sv: Services, on: date) -> None:
    """Early in a school year little is due yet: make sure every activity status is present."""
    summaries = sv.roadmaps.list_ioms()
    if not summaries:
        return
    iom = sv.roadmaps.get(summaries[0].id)
    present = {a.status for s in summaries for a in sv.roadmaps.get(s.id).activities}
    missing = [st for st in ActivityStatus if st not in present]
    for act, status in zip(iom.activities, missing, strict=False):
        sv.roadmaps.update_activity(act.id, ActivityDraft(
            **{**act.to_draft().__dict__, "status": status,
               "done_on": on if status is ActivityStatus.DONE else None}))
