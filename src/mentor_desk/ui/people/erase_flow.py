"""Erasing a participant's personal data on request (152-ФЗ), from the database and from the backups."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from mentor_desk.domain.records import PersonRow
from mentor_desk.services.container import Services
from mentor_desk.ui.common import prompts
from mentor_desk.ui.common.operations import Change, Operation


def erase_personal_data(parent: QWidget, services: Services, person: PersonRow, reload: Callable[[], None]) -> None:
    """Two confirmations (a question, then the surname typed), the erasure, then the backups."""
    first = (
        f"Удалить персональные данные участника «{person.full_name}»?\n\n"
        "ФИО, дата рождения, контакты, согласия и анкеты будут удалены из базы безвозвратно. Если участник "
        "есть в парах, ИОМ или приказах, там он останется как «Удалённый участник №…», чтобы реестры "
        "сходились. Файлы продуктов его ИОМ будут удалены.\n\nОбычно это делают по письменному заявлению "
        "участника или его законного представителя."
    )
    if not prompts.ask_yes_no(parent, first, "Удаление персональных данных"):
        return
    typed = prompts.ask_text(parent, "Подтверждение удаления",
                             f"Чтобы подтвердить, введите фамилию участника ({person.last_name}):")
    if typed is None:
        return
    if typed.strip().casefold().replace("ё", "е") != person.last_name.strip().casefold().replace("ё", "е"):
        prompts.show_error(parent, "Фамилия введена неверно — данные не удалены.")
        return
    org = services.organisation.get()
    who = org.coordinator_name or "куратор наставничества"
    result = Operation(parent, lambda: services.erasure.erase_person(person.id, who),
                       Change.EVERYTHING).success(lambda _r: reload()).run()
    if result is None:
        return
    text = (f"Персональные данные удалены. В реестрах участник теперь «{result.placeholder}»."
            if result.placeholder else "Персональные данные удалены, запись участника удалена из базы.")
    if not result.storage_clean:
        text += ("\n\nВнимание: следы имени ещё остались в файле базы. Закройте программу и откройте снова, "
                 "затем проверьте базу.")
    prompts.show_info(parent, text, "Удаление персональных данных")
    _offer_erasure_in_backups(parent, services, person.id, who)

def _offer_erasure_in_backups(parent: QWidget, services: Services, person_id: int, who: str) -> None:
    """152-ФЗ: the copies made before still hold the person; offer to remove them from there too."""
    from mentor_desk.services.safety import archives_in_backups, erase_in_backups

    path = services.database.path
    archives = archives_in_backups(path) if path is not None else []
    if path is None or not archives:
        return
    question = (f"В папке резервных копий {len(archives)} копий базы, сделанных раньше, ещё содержат данные "
                "этого участника. Удалить его и из них? Каждая копия будет переписана без участника и проверена.")
    if not prompts.ask_yes_no(parent, question, "Удаление из резервных копий"):
        return
    report = Operation(parent, lambda: erase_in_backups(path, person_id, who), Change.NONE).run()
    if report is not None:
        prompts.show_info(parent, report.describe(), "Удаление из резервных копий")
