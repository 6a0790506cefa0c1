"""A small hand-checked school for the indicators, on fixed dates of the 2025/2026 school year.

Expected figures are worked out by hand in tests/services/test_indicators.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from mentor_desk.domain.enums import PairStatus, PersonKind, QuestionKind, QuestionnaireStage, Respondent
from mentor_desk.domain.records import (
    ActivityDraft,
    AnswerDraft,
    IomDraft,
    PairDraft,
    PersonDraft,
    PupilProfile,
    ResponseDraft,
    StaffProfile,
)
from mentor_desk.services.container import Services

YEAR = "2025/2026"
AS_OF = date(2025, 9, 1)


@dataclass(frozen=True)
class HandSchool:
    people: dict[str, int]
    pairs: dict[str, int]
    ioms: dict[str, int]


def build_hand_school(services: Services) -> HandSchool:
    ppl = services.people
    forms = {f.name: f.id for f in services.reference.forms()}
    progs = {p.name: p.id for p in services.reference.programmes()}

    def teacher(last: str, born: date, years: float) -> int:
        return ppl.create(PersonDraft(last, "Тест", PersonKind.STAFF, birth_date=born,
                                      staff=StaffProfile(position="учитель", experience_years=years,
                                                         experience_as_of=AS_OF))).id

    def pupil(last: str, born: date | None, cls: str) -> int:
        return ppl.create(PersonDraft(last, "Тест", PersonKind.PUPIL, birth_date=born,
                                      pupil=PupilProfile(class_name=cls))).id

    p = {
        "M1": teacher("Наставникова", date(1975, 3, 1), 20),
        "Y1": teacher("Молодова", date(2000, 3, 1), 1.0),
        "Y2": teacher("Тридцатьчетвёртова", date(1991, 1, 10), 0.5),  # 35 on 10.01.2026
        "Y3": teacher("Почтитрёхлетова", date(1998, 6, 1), 2.5),  # 3 years of experience on 01.03.2026
        "T4": teacher("Опытнова", date(1980, 1, 1), 15),
        "A": pupil("Алексеев", date(2012, 5, 1), "7А"),
        "B": pupil("Борисов", date(2015, 11, 1), "4А"),  # turns 10 on 01.11.2025
        "C": pupil("Васильев", date(2009, 2, 1), "10Б"),
        "D": pupil("Григорьев", date(2013, 4, 1), "6Б"),
        "E": pupil("Дмитриев", None, "8В"),  # no birth date: form 8 counts
        "F": pupil("Архипов", date(2011, 1, 1), "9А"),  # archived, in no pair
    }
    ppl.set_archived(p["F"])
    pairs = services.pairs

    def pair(form: str, mentor: str, mentees: tuple[str, ...], prog: str, start: date,
             end: date | None = None, status: PairStatus = PairStatus.ACTIVE) -> int:
        return pairs.create(PairDraft(form_id=forms[form], mentor_id=p[mentor], mentee_ids=tuple(p[x] for x in mentees),
                                      programme_id=progs[prog], start_date=start, end_date=end, school_year=YEAR,
                                      status=status), accept_warnings=True).id

    pr = {
        "P1": pair("учитель – учитель", "M1", ("Y1",), "Поддержка молодых педагогов", date(2025, 9, 5), date(2026, 5, 31)),
        "P2": pair("учитель – учитель", "M1", ("Y2",), "Поддержка молодых педагогов", date(2026, 2, 1), date(2026, 5, 31)),
        "P3": pair("учитель – ученик", "T4", ("A",), "Поддержка одарённых обучающихся", date(2025, 9, 10)),
        "P4": pair("ученик – ученик", "C", ("D",), "Поддержка одарённых обучающихся", date(2026, 3, 1)),
        "P5": pair("учитель – ученик", "T4", ("E",), "Профориентация обучающихся", date(2025, 10, 1),
                   status=PairStatus.PLANNED),
    }
    pairs.close(pr["P3"], PairStatus.COMPLETED, date(2025, 12, 20), result="проект защищён")

    road = services.roadmaps
    iom1 = road.create(IomDraft(mentee_id=p["Y1"], school_year=YEAR, mentor_id=p["M1"], pair_id=pr["P1"])).id
    iom2 = road.create(IomDraft(mentee_id=p["Y2"], school_year=YEAR, mentor_id=p["M1"], pair_id=pr["P2"])).id
    for iom, due, done in (
        (iom1, date(2025, 10, 1), date(2025, 9, 28)),  # on time
        (iom1, date(2025, 10, 10), date(2025, 10, 20)),  # late
        (iom1, date(2026, 3, 1), None),  # not done
        (iom1, date(2026, 4, 1), date(2026, 3, 30)),  # on time
        (iom1, date(2026, 6, 15), None),  # not yet due on either date
        (iom2, date(2026, 3, 1), date(2026, 2, 25)),  # on time
    ):
        act = road.add_activity(iom, ActivityDraft(title="мероприятие", due_date=due))
        if done is not None:
            road.mark_done(act.id, done)

    mon = services.monitoring
    by_respondent = {q.respondent: q for q in mon.questionnaires()}

    def answer(who: str, respondent: Respondent, stage: QuestionnaireStage, on: date, score: int,
               pair_key: str) -> None:
        q = by_respondent[respondent]
        scale = [x for x in q.questions if x.kind is QuestionKind.SCALE and not x.final_only]
        mon.add_response(ResponseDraft(q.id, p[who], stage, on, pr[pair_key],
                                       tuple(AnswerDraft(x.id, score=score) for x in scale)))

    answer("Y1", Respondent.MENTEE, QuestionnaireStage.ENTRY, date(2025, 9, 15), 3, "P1")  # entry: not satisfaction
    answer("Y1", Respondent.MENTEE, QuestionnaireStage.INTERIM, date(2025, 12, 20), 6, "P1")
    answer("Y1", Respondent.MENTEE, QuestionnaireStage.FINAL, date(2026, 5, 15), 9, "P1")
    answer("M1", Respondent.MENTOR, QuestionnaireStage.FINAL, date(2026, 5, 16), 8, "P1")
    answer("T4", Respondent.MENTOR, QuestionnaireStage.INTERIM, date(2025, 10, 10), 5, "P3")
    return HandSchool(p, pr, {"Y1": iom1, "Y2": iom2})
