"""The register of orders on the command line: `order new`, `order edit`, `orders` (print: `export order`)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from mentor_desk.commands.common import add_db_argument, open_services
from mentor_desk.domain.enums import OrderAmendment, OrderKind, PersonKind
from mentor_desk.domain.names import collation_key
from mentor_desk.domain.records import OrderDraft, OrderRecord
from mentor_desk.errors import NotFoundError, UserError
from mentor_desk.services.container import Services

KINDS = {"curator": OrderKind.APPOINT_COORDINATOR, "pairs": OrderKind.FIX_PAIRS, "completion": OrderKind.COMPLETION}
KIND_NAMES = {v: k for k, v in KINDS.items()}


def register(sub: Any) -> None:
    order = sub.add_parser("order", help="создать или изменить приказ (о назначении куратора, о закреплении пар, "
                                         "о завершении)")
    what = order.add_subparsers(dest="order_command", metavar="ДЕЙСТВИЕ", required=True, parser_class=type(order))
    new = what.add_parser("new", help="новый приказ в реестре приказов",
                          description="Новый приказ. Пары: для «pairs» — действующие пары, которые ещё не закреплены "
                                      "приказом; для «completion» — завершённые и прерванные пары без приказа о "
                                      "завершении (или --pairs).")
    new.add_argument("--kind", choices=sorted(KINDS), required=True,
                     help="curator — о назначении куратора, pairs — о закреплении пар, completion — о завершении")
    new.add_argument("--number", required=True, metavar="87-о", help="номер приказа с индексом")
    new.add_argument("--date", required=True, metavar="ДД.ММ.ГГГГ", help="дата подписания")
    _common_arguments(new)
    new.set_defaults(handler=cmd_order_new)
    edit = what.add_parser("edit", help="изменить приказ реестра (указанные поля)")
    edit.add_argument("--id", type=int, required=True, metavar="N", help="номер приказа в реестре (mentor-desk orders)")
    edit.add_argument("--number", default=None, metavar="87-о", help="номер приказа с индексом")
    edit.add_argument("--date", default=None, metavar="ДД.ММ.ГГГГ", help="дата подписания")
    _common_arguments(edit)
    edit.set_defaults(handler=cmd_order_edit)
    listing = sub.add_parser("orders", help="реестр приказов: номер, дата, вид, учебный год, статус")
    add_db_argument(listing)
    listing.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)
    listing.set_defaults(handler=cmd_orders)


def _common_arguments(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--person", type=int, default=None, metavar="ID",
                        help="куратор (номер участника); по умолчанию — куратор из реквизитов школы")
    parser.add_argument("--pairs", default=None, metavar="1,2,3", help="номера пар вместо предложенных")
    parser.add_argument("--year", default=None, metavar="2025/2026",
                        help="учебный год приказа (по умолчанию — тот, на который действует дата)")
    parser.add_argument("--title", default=None, help="заголовок (по умолчанию — по виду приказа)")
    parser.add_argument("--preamble", default=None, help="основание (по умолчанию — стандартный текст)")
    parser.add_argument("--changes", type=int, default=None, metavar="N", help="приказ, который этот изменяет")
    parser.add_argument("--cancels", type=int, default=None, metavar="N", help="приказ, который этот отменяет")
    parser.add_argument("--org", type=int, default=None, help=argparse.SUPPRESS)


def _date(text: str) -> date:
    try:
        return datetime.strptime(text.strip(), "%d.%m.%Y").date()
    except ValueError:
        raise UserError(f"Дата «{text}» записана неверно: нужно ДД.ММ.ГГГГ, например 29.08.2025.") from None


def _pair_ids(text: str) -> tuple[int, ...]:
    try:
        return tuple(int(p) for p in text.replace(";", ",").split(",") if p.strip())
    except ValueError:
        raise UserError(f"Номера пар «{text}» записаны неверно: нужно через запятую, например 3,7,12.") from None


def _coordinator_id(services: Services, args: argparse.Namespace) -> int:
    if args.person is not None:
        return int(args.person)
    wanted = collation_key(services.organisation.get().coordinator_name)
    for person in services.people.list_people(include_archived=False, kind=PersonKind.STAFF):
        if wanted and collation_key(person.full_name) == wanted:
            return person.id
    raise UserError("Куратор из реквизитов школы не найден среди сотрудников. Укажите его номер (--person ID).")


def _amendment(args: argparse.Namespace, current: OrderRecord | None) -> tuple[int | None, OrderAmendment | None]:
    if args.changes is not None and args.cancels is not None:
        raise UserError("Укажите одно: --changes или --cancels.")
    if args.changes is not None:
        return args.changes, OrderAmendment.CHANGE
    if args.cancels is not None:
        return args.cancels, OrderAmendment.CANCEL
    if current is not None and current.amends is not None:
        return current.amends.id, current.amendment
    return None, None


def _draft(services: Services, args: argparse.Namespace, kind: OrderKind, number: str, signed_on: date,
           current: OrderRecord | None) -> OrderDraft:
    if args.pairs is not None:
        pair_ids = _pair_ids(args.pairs)
    elif current is not None:
        pair_ids = current.pair_ids
    else:
        pair_ids = services.orders.suggested_pair_ids(kind)
        if kind is OrderKind.FIX_PAIRS and not pair_ids:
            raise UserError("Нет действующих пар без приказа о закреплении. Укажите пары явно (--pairs).")
        if kind is OrderKind.COMPLETION and not pair_ids:
            raise UserError("Нет завершённых пар без приказа о завершении. Укажите пары явно (--pairs 3,7) "
                            "или --pairs \"\" для приказа о завершении учебного года в целом.")
    coordinator_id: int | None = None
    if kind is OrderKind.APPOINT_COORDINATOR:
        keep = current is not None and current.coordinator is not None and args.person is None
        coordinator_id = current.coordinator.id if keep and current and current.coordinator else _coordinator_id(
            services, args)
    amends_id, amendment = _amendment(args, current)
    return OrderDraft(
        kind=kind, number=number, signed_on=signed_on,
        title=args.title if args.title is not None else (current.title if current else ""),
        preamble=args.preamble if args.preamble is not None else (current.preamble if current else ""),
        coordinator_id=coordinator_id, pair_ids=pair_ids,
        school_year=args.year or (current.school_year if current and args.date is None else ""),
        amends_id=amends_id, amendment=amendment,
    )


def _saved(order: OrderRecord, verb: str) -> None:
    pairs = f", пар и групп: {len(order.pair_ids)}" if order.kind is not OrderKind.APPOINT_COORDINATOR else ""
    print(f"{verb} приказ № {order.number} от {order.signed_on:%d.%m.%Y} {order.kind.label} "
          f"на {order.school_year} учебный год (номер в реестре: {order.id}{pairs}).")
    print(f"Печать: mentor-desk export order --db … --id {order.id} -o приказ.pdf")


def cmd_order_new(args: argparse.Namespace) -> int:
    kind = KINDS[args.kind]
    signed_on = _date(args.date)
    services = open_services(args)
    try:
        order = services.orders.save(_draft(services, args, kind, args.number, signed_on, None))
    finally:
        services.database.close()
    _saved(order, "Создан")
    return 0


def cmd_order_edit(args: argparse.Namespace) -> int:
    services = open_services(args)
    try:
        try:
            current = services.orders.get(args.id)
        except NotFoundError as exc:
            raise UserError(f"В реестре нет приказа с номером {args.id}. Посмотрите: mentor-desk orders.") from exc
        signed_on = _date(args.date) if args.date else current.signed_on
        number = args.number if args.number is not None else current.number
        draft = _draft(services, args, current.kind, number, signed_on, current)
        order = services.orders.save(draft, current.id)
    finally:
        services.database.close()
    _saved(order, "Изменён")
    return 0


def cmd_orders(args: argparse.Namespace) -> int:
    services = open_services(args, read_only=True)
    try:
        orders = services.orders.list_orders()
    finally:
        services.database.close()
    if not orders:
        print("Реестр приказов пуст. Новый приказ: mentor-desk order new --db … --kind curator|pairs|completion "
              "--number 87-о --date ДД.ММ.ГГГГ")
        return 0
    print("id  №        дата        вид         уч. год    пар  статус")
    for o in orders:
        relation = f"; {o.relation}" if o.relation else ""
        print(f"{o.id:<3} {o.number:<8} {o.signed_on:%d.%m.%Y}  {KIND_NAMES[o.kind]:<11} {o.school_year:<10} "
              f"{len(o.pair_ids):>3}  {o.status}{relation}")
    return 0
