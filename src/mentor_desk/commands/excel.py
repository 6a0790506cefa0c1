"""Staff and class lists on the command line: `import people FILE` (registers: commands/export.py)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.domain.enums import PersonKind
from mentor_desk.errors import UserError

_KIND_ARG = {
    "staff": PersonKind.STAFF,
    "pupil": PersonKind.PUPIL,
    "student": PersonKind.STUDENT,
    "employer": PersonKind.EMPLOYER,
}


def register(sub: Any) -> None:
    imp = sub.add_parser("import", help="загрузить списки сотрудников и классов")
    what = imp.add_subparsers(dest="import_kind", metavar="ЧТО", required=True, parser_class=type(imp))
    people = what.add_parser("people", help="участники из .xlsx, .xlsm, .xls, .ods или .csv")
    people.add_argument("file", metavar="FILE", help="таблица со списком (.xlsx, .xlsm, .xls, .ods, .csv)")
    add_db_argument(people)
    people.add_argument("--dry-run", action="store_true", help="только проверить: показать отчёт, ничего не записывать")
    people.add_argument("--update-existing", action="store_true", help="обновить данные тех, кто уже есть в базе")
    people.add_argument("--kind", choices=sorted(_KIND_ARG), default=None,
                        help="кто в списке, если по столбцам не понять (staff, pupil, student, employer)")
    people.add_argument("--map", action="append", default=[], metavar="СТОЛБЕЦ=ПОЛЕ",
                        help="сопоставить столбец полю вручную: «Ребёнок=ФИО полностью» (ПОЛЕ пустое — не "
                             "загружать столбец)")
    people.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    people.set_defaults(handler=cmd_import_people)


def _parse_map(items: list[str]) -> dict[str | int, str | None]:
    """«Столбец=поле», the field by its Russian label (as the window shows it) or its code."""
    from mentor_desk.services.imports import import_fields, normalise_label

    fields = import_fields()
    by_label = {normalise_label(f.label): f.field for f in fields}
    by_label.update({normalise_label(f.label.split(" (")[0]): f.field for f in fields})
    codes = {f.field for f in fields}
    out: dict[str | int, str | None] = {}
    for item in items:
        header, sep, target = item.partition("=")
        if not sep or not header.strip():
            raise UserError(f"Сопоставление «{item}» записано неверно: нужно «Столбец=поле».")
        target = target.strip()
        field = target if target in codes else by_label.get(normalise_label(target))
        if target and field is None:
            names = "; ".join(f"«{f.label}»" for f in fields)
            raise UserError(f"Неизвестное поле «{target}». Доступны: {names}.")
        out[header.strip()] = field or None
    return out


def cmd_import_people(args: argparse.Namespace) -> int:
    from mentor_desk.services.imports import field_labels, parse_people_file

    preview = parse_people_file(
        Path(args.file), mapping=_parse_map(args.map) or None,
        default_kind=_KIND_ARG[args.kind] if args.kind else None,
    )
    labels = field_labels()
    recognised = ", ".join(f"«{c.header}» → {labels.get(c.field or '', c.field)}" for c in preview.recognised)
    print(f"Строка заголовков: {preview.header_row}. Распознаны столбцы: {recognised}.")
    if preview.unrecognised:
        print("Не распознаны (не загружаются): " + ", ".join(f"«{c.header}»" for c in preview.unrecognised) + ".")
    services = open_services(args, read_only=args.dry_run)  # a dry run writes nothing, not even a rename
    try:
        from mentor_desk.services.safety import apply_import

        outcome = apply_import(services, preview, update_existing=args.update_existing, dry_run=args.dry_run)
    finally:
        services.database.close()
    for issue in sorted(outcome.rejected, key=lambda i: i.row):
        print(f"Отклонено: {issue}", file=sys.stderr)
    for issue in outcome.warnings:
        print(f"Предупреждение: {issue}")
    for issue in outcome.duplicates:
        print(f"Повтор: {issue}")
    for issue in outcome.unchanged:
        print(f"Уже в базе: {issue}")
    for issue in preview.skipped:
        print(f"Пропущено: {issue}")
    verb = "Будет добавлено" if args.dry_run else "Добавлено"
    verb2 = "будет обновлено" if args.dry_run else "обновлено"
    print(f"{verb}: {outcome.created}, {verb2}: {outcome.updated}, уже в базе без изменений: {len(outcome.unchanged)}, "
          f"повторов в файле: {len(outcome.duplicates)}, отклонено строк: {outcome.rejected_rows}, "
          f"с предупреждениями: {len({w.row for w in outcome.warnings})}.")
    if args.dry_run:
        print("Пробный запуск: база не изменена.")
    return 1 if outcome.rejected else 0

