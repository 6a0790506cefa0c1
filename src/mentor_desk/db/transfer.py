"""Copy one school's records between two databases (a SQLite file and a district server).

Every table is copied in dependency order; row ids are new in the target and every reference
is rewritten through the map of ids already copied. Runs inside the caller's transactions, so
a failure leaves the target as it was.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Select, Table, delete, func, insert, select, update

from mentor_desk.db.district import PARENT_OF, SHARED_READ_ONLY
from mentor_desk.db.models import Base

SKIPPED = (*SHARED_READ_ONLY, "organisation", "stored_file")
CHUNK = 500


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in SKIPPED]


def _chunks(values: Sequence[int]) -> Iterator[list[int]]:
    for i in range(0, len(values), CHUNK):
        yield list(values[i:i + CHUNK])


def _school_rows(conn: Connection, table: Table, org: int, maps: dict[str, dict[int, int]]) -> list[dict[str, Any]]:
    order = [c for c in table.primary_key.columns]
    if "organisation_id" in table.c:
        rows = conn.execute(select(table).where(table.c.organisation_id == org).order_by(*order)).mappings().all()
        return [dict(r) for r in rows]
    parent, column = PARENT_OF[table.name]
    out: list[dict[str, Any]] = []
    for ids in _chunks(sorted(maps.get(parent, {}))):
        rows = conn.execute(select(table).where(table.c[column].in_(ids)).order_by(*order)).mappings().all()
        out.extend(dict(r) for r in rows)
    return out


def copy_school(source: Connection, source_org: int, target: Connection, target_org: int | None) -> tuple[int, dict[str, int]]:
    """Copy school `source_org` into `target` (into school `target_org`, or a new one); return its
    number in the target and the rows copied per table."""
    org_table = Base.metadata.tables["organisation"]
    org_row = source.execute(select(org_table).where(org_table.c.id == source_org)).mappings().one()
    values = {k: v for k, v in org_row.items() if k != "id"}
    if target_org is None:
        target_org = int(target.execute(insert(org_table).returning(org_table.c.id), values).scalar_one())
    else:
        target.execute(update(org_table).where(org_table.c.id == target_org).values(**values))
    maps: dict[str, dict[int, int]] = {"organisation": {source_org: target_org}}
    counts: dict[str, int] = {}
    for table in _tables():
        rows = _school_rows(source, table, source_org, maps)
        counts[table.name] = len(rows)
        if not rows:
            continue
        fks = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
        for row in rows:
            for column, referred in fks:
                if row[column] is not None:
                    row[column] = maps[referred][row[column]]
        has_id = "id" in table.c and [c.name for c in table.primary_key.columns] == ["id"]
        if has_id:
            old_ids = [r.pop("id") for r in rows]
            new_ids = target.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), rows).scalars().all()
            maps[table.name] = dict(zip(old_ids, new_ids, strict=True))
        else:
            target.execute(insert(table), rows)
    return target_org, counts


def _school_ids(table_name: str, org: int) -> Select[Any]:
    """The ids of a table's rows that belong to a school, through its parents where it has no school column."""
    table = Base.metadata.tables[table_name]
    if "organisation_id" in table.c:
        return select(table.c.id).where(table.c.organisation_id == org)
    parent, column = PARENT_OF[table_name]
    return select(table.c.id).where(table.c[column].in_(_school_ids(parent, org)))


def clear_school(conn: Connection, org: int) -> None:
    """Delete every record of a school except the school itself.

    Children are deleted before their parents, including link tables without a school column
    (an order's pairs refer to a pair with RESTRICT, so a cascade from the order alone is too late).
    """
    for table in reversed(Base.metadata.sorted_tables):
        if table.name in SHARED_READ_ONLY or table.name == "organisation":
            continue
        if "organisation_id" in table.c:
            conn.execute(delete(table).where(table.c.organisation_id == org))
        elif table.name in PARENT_OF:
            parent, column = PARENT_OF[table.name]
            conn.execute(delete(table).where(table.c[column].in_(_school_ids(parent, org))))


def school_counts(conn: Connection, org: int) -> dict[str, int]:
    """Rows per table that belong to a school (to compare a copy with its source)."""
    maps: dict[str, dict[int, int]] = {"organisation": {org: org}}
    counts: dict[str, int] = {}
    for table in _tables():
        if "organisation_id" in table.c:
            counts[table.name] = int(conn.execute(
                select(func.count()).select_from(table).where(table.c.organisation_id == org)).scalar_one())
            if "id" in table.c:
                ids = conn.execute(select(table.c.id).where(table.c.organisation_id == org)).scalars().all()
                maps[table.name] = {i: i for i in ids}
        else:
            rows = _school_rows(conn, table, org, maps)
            counts[table.name] = len(rows)
            if "id" in table.c:
                maps[table.name] = {r["id"]: r["id"] for r in rows}
    return counts


def attachment_hashes(conn: Connection, org: int) -> set[str]:
    m = Base.metadata.tables
    att, act, iom = m["attachment"], m["iom_activity"], m["iom"]
    return set(conn.execute(
        select(att.c.sha256).join(act, act.c.id == att.c.activity_id).join(iom, iom.c.id == act.c.iom_id)
        .where(iom.c.organisation_id == org)
    ).scalars())
