"""Excel on the command line: `export people|mentors|...|all` and `import people FILE`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.commands.export import ensure_export_parser, register_export_kind
from mentor_desk.domain.enums import PersonKind
from mentor_desk.errors import UserError

_REGISTER_HELP = {
    "people": "«Участники»: все участники, категория, класс/должность, роль, согласие",
    "mentors": "«База наставников»",
    "mentees": "«База наставляемых»",
    "pairs": "«Реестр наставнических пар» (персонифицированный учёт)",
    "summary": "«Свод по формам»: пары, участники, охват",
    "iom-progress": "«Выполнение ИОМ»: запланировано, выполнено, просрочено, %",
    "all": "все реестры одной книгой Excel",
}
_KIND_ARG = {
    "staff": PersonKind.STAFF,
    "pupil": PersonKind.PUPIL,
    "student": PersonKind.STUDENT,
    "employer": PersonKind.EMPLOYER,
}


def register(sub: Any) -> None:
    ensure_export_parser(sub)
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


def cmd_export_register(args: argparse.Namespace) -> int:
    from mentor_desk.services.registers import export_register

    services = open_services(args)
    try:
        result = export_register(
            services, args.kind, Path(args.output), year=args.year, form=args.form,
            template=Path(args.template) if args.template else None,
        )
    finally:
        services.database.close()
    print(f"Записано: «{result.path}», строк: {result.rows}.")
    for sheet, rows in result.sheets.items():
        if len(result.sheets) > 1:
            print(f"  лист «{sheet}»: {rows}")
    if result.unknown_columns:
        names = ", ".join(f"«{c}»" for c in result.unknown_columns)
        print(f"Столбцы шаблона без данных в программе (оставлены пустыми): {names}.")
    if result.sanitized_cells:
        print(f"Удалены недопустимые символы в ячейках: {result.sanitized_cells}.")
    if result.truncated_cells:
        print(f"Внимание: текст обрезан до 32 767 знаков (предел Excel) в ячейках: {result.truncated_cells}.")
    return 0


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
    services = open_services(args)
    try:
        if not args.dry_run and services.database.path is not None and preview.rows:
            from mentor_desk.db.backup import BackupManager

            BackupManager(services.database.path).forced_backup("import")
        outcome = services.imports.apply(preview, update_existing=args.update_existing, dry_run=args.dry_run)
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


for _kind, _help in _REGISTER_HELP.items():
    register_export_kind(_kind, cmd_export_register, _help)
