"""Data-safety commands: `backup`, `restore`, `backups`, `erase`, `unlock`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, db_path, open_services
from mentor_desk.errors import UserError
from mentor_desk.services.safety import (
    DataSafety,
    archives_in_backups,
    erase_in_backups,
    force_unlock,
    inspect_backup,
    this_user,
    translate,
)


def register(sub: Any) -> None:
    backup = sub.add_parser(
        "backup", help="сохранить проверенную копию базы с файлами (для флешки) или резервную копию"
    )
    add_db_argument(backup)
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="куда сохранить копию (.zip); без него — в папку резервных копий"
    )
    backup.set_defaults(handler=cmd_backup)

    restore = sub.add_parser("restore", help="восстановить базу из копии; текущая база сохраняется в резервной копии")
    add_db_argument(restore)
    restore.add_argument("--from", dest="source", metavar="FILE", required=True, help="файл копии (.zip или .db)")
    restore.set_defaults(handler=cmd_restore)

    backups = sub.add_parser("backups", help="список резервных копий базы: дата, время, что в них")
    add_db_argument(backups)
    backups.set_defaults(handler=cmd_backups)

    erase = sub.add_parser("erase", help="удалить персональные данные участника (152-ФЗ)")
    add_db_argument(erase)
    erase.add_argument("--person", type=int, required=True, metavar="ID", help="номер участника")
    erase.add_argument("--by", default="", metavar="КТО", help="кто удаляет (для журнала удалений)")
    erase.add_argument("--in-backups", action="store_true",
                       help="удалить участника и из всех резервных копий и сохранённых копий в папке копий")
    erase.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    erase.set_defaults(handler=cmd_erase)

    unlock = sub.add_parser("unlock", help="снять блокировку базы, оставшуюся после сбоя")
    add_db_argument(unlock)
    unlock.set_defaults(handler=cmd_unlock)


def cmd_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():
        raise UserError(f"Файл базы «{path}» не найден. Проверьте путь.")
    manager = DataSafety(path)
    if args.output:
        info = manager.save_copy(Path(args.output))
        print(f"Копия базы сохранена и проверена: «{info.path}» ({info.counts_text()}).")
    else:
        info = manager.forced_backup("manual")
        print(f"Резервная копия сделана и проверена: «{info.path}» ({info.counts_text()}).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    source = Path(args.source)
    info = inspect_backup(source)
    result = DataSafety(path).restore(source)
    print(f"База «{path.name}» восстановлена из копии от {info.created:%d.%m.%Y %H:%M} ({info.counts_text()}).")
    if result.safety_backup is not None:
        print(f"Прежняя база сохранена в резервной копии «{result.safety_backup.path.name}».")
    if result.damaged_copy is not None:
        print(f"Прежний файл был повреждён и сохранён как «{result.damaged_copy.name}».")
    if result.missing_files:
        print(
            f"Внимание: в копии нет {len(result.missing_files)} файл(ов) продуктов; проверьте базу командой check.",
            file=sys.stderr,
        )
        return 4
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    manager = DataSafety(db_path(args))
    items = manager.list_backups()
    if not items:
        print(f"Резервных копий базы «{db_path(args).name}» нет (папка «{manager.backups_dir}»).")
        return 0
    for info in items:
        mark = " [хранится всегда]" if info.forced else ""
        print(f"{info.describe()}{mark}\n    {info.path}")
    return 0


def cmd_erase(args: argparse.Namespace) -> int:
    who = args.by or this_user() or "командная строка"
    services = open_services(args)
    try:
        result = services.erasure.erase_person(args.person, who)
    except UserError:
        raise
    except Exception as exc:
        raise translate(exc) from exc
    finally:
        services.database.close()
    if result.placeholder:
        print(f"Персональные данные участника №{args.person} удалены; в реестрах он показан как «{result.placeholder}».")
    else:
        print(f"Участник №{args.person} и его персональные данные удалены.")
    code = 0
    if not result.storage_clean:
        print("Внимание: удалённые данные ещё найдены в файле базы; выполните команду повторно.", file=sys.stderr)
        code = 4
    archives = archives_in_backups(db_path(args))
    if args.in_backups:
        report = erase_in_backups(db_path(args), args.person, who)
        print(report.describe())
        if report.failed:
            code = 4
    elif archives:
        print(f"В папке резервных копий {len(archives)} копий базы, сделанных раньше, ещё могут содержать данные "
              "участника. Чтобы удалить их и оттуда, повторите команду с --in-backups.")
    return code


def cmd_unlock(args: argparse.Namespace) -> int:
    held = force_unlock(db_path(args))
    if held is None:
        print("База не заблокирована.")
    else:
        print(f"Блокировка снята (база была отмечена как открытая {held.describe()}).")
    return 0
