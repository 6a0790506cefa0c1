"""District server commands: `district init|add-school|add-methodist|upload|download`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from mentor_desk.services.district import DistrictAdmin


def register(sub: Any) -> None:
    district = sub.add_parser("district", help="районный сервер PostgreSQL: подготовка, школы, методисты, перенос")
    dsub = district.add_subparsers(dest="district_command", metavar="ДЕЙСТВИЕ", required=True,
                                   parser_class=type(district))

    def url_parser(name: str, text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = dsub.add_parser(name, help=text)
        p.add_argument("--url", required=True, metavar="URL",
                       help="адрес сервера с логином администратора: postgresql://ЛОГИН:ПАРОЛЬ@СЕРВЕР/БАЗА")
        return p

    init = url_parser("init", "создать или обновить схему, роли и политики доступа")
    init.set_defaults(handler=cmd_init)

    school = url_parser("add-school", "добавить школу с её логином (повторный запуск не создаёт вторую)")
    school.add_argument("--name", required=True, help="название школы")
    school.add_argument("--login", required=True, help="логин школы (латиница, цифры, «_»)")
    school.add_argument("--password", required=True, help="пароль школы")
    school.set_defaults(handler=cmd_add_school)

    methodist = url_parser("add-methodist", "добавить методиста района: видит все школы, ничего не меняет")
    methodist.add_argument("--login", required=True, help="логин методиста")
    methodist.add_argument("--password", required=True, help="пароль методиста")
    methodist.set_defaults(handler=cmd_add_methodist)

    upload = url_parser("upload", "перенести файл базы школы (записи и файлы продуктов) на сервер")
    upload.add_argument("--school", type=int, required=True, metavar="N", help="номер школы на сервере")
    upload.add_argument("--from", dest="source", required=True, metavar="FILE", help="файл базы школы (.db)")
    upload.add_argument("--replace", action="store_true", help="заменить данные школы, уже загруженные на сервер")
    upload.set_defaults(handler=cmd_upload)

    download = url_parser("download", "записать одну школу с сервера в файл базы (копия школы и путь назад)")
    download.add_argument("--school", type=int, required=True, metavar="N", help="номер школы на сервере")
    download.add_argument("-o", "--output", required=True, metavar="FILE", help="куда записать файл базы (.db)")
    download.add_argument("--force", action="store_true", help="заменить существующий файл")
    download.set_defaults(handler=cmd_download)


def cmd_init(args: argparse.Namespace) -> int:
    schools = DistrictAdmin(args.url).init()
    print(f"Сервер готов: схема Mentor Desk актуальна, роли и политики доступа установлены. Школ на сервере: {schools}.")
    return 0


def cmd_add_school(args: argparse.Namespace) -> int:
    number, created = DistrictAdmin(args.url).add_school(args.name, args.login, args.password)
    if created:
        print(f"Школа добавлена: номер {number}, логин «{args.login}».")
    else:
        print(f"Школа с логином «{args.login}» уже есть: номер {number} (пароль обновлён).")
    print(number)
    return 0


def cmd_add_methodist(args: argparse.Namespace) -> int:
    created = DistrictAdmin(args.url).add_methodist(args.login, args.password)
    print(f"Методист «{args.login}» {'добавлен' if created else 'уже был; пароль обновлён'}: "
          "видит все школы, изменять ничего не может.")
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    result = DistrictAdmin(args.url).upload(args.school, Path(args.source), replace=args.replace)
    print(f"Школа {result.school} загружена на сервер: {result.summary()}.")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    result = DistrictAdmin(args.url).download(args.school, Path(args.output), force=args.force)
    print(f"Школа {result.school} записана в «{args.output}»: {result.summary()}.")
    return 0
