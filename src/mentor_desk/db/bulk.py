"""Bulk inserts of thousands of rows in one transaction, fast on SQLite too.

SQLAlchemy keeps `INSERT … RETURNING` ids in parameter order on SQLite only by sending one
statement per row, and converts every parameter of every row in Python. On SQLite the rows are
converted here with the columns' own bind processors (computed once per column), written with
one DB-API executemany, and their ids read back: within the transaction they are the rows
stamped with this batch's `created_at` above the largest id seen before, in id order (SQLite
gives each new row the next rowid, so id order is insertion order). Other databases keep
SQLAlchemy's batched RETURNING.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session


def insert_rows(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert rows that all have the same keys."""
    if not rows:
        return
    if s.get_bind().dialect.name != "sqlite" or not _covers_defaults(table, rows[0]):
        s.execute(insert(table), list(rows))
        return
    _sqlite_executemany(s, table, rows)


def insert_returning_ids(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert rows (each with the same `created_at`) and return their new ids in row order."""
    if not rows:
        return []
    if s.get_bind().dialect.name != "sqlite" or not _covers_defaults(table, rows[0]):
        return list(s.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), list(rows)))
    stamp = rows[0]["created_at"]
    before = s.scalar(select(func.max(table.c.id))) or 0
    _sqlite_executemany(s, table, rows)
    ids = list(s.scalars(
        select(table.c.id).where(table.c.id > before, table.c.created_at == stamp).order_by(table.c.id)
    ))
    if len(ids) != len(rows):  # pragma: no cover - SQLite has one writer: nobody else inserted meanwhile
        raise RuntimeError(f"bulk insert into {table.name}: {len(rows)} rows written, {len(ids)} found")
    return ids


def _covers_defaults(table: Table, row: dict[str, Any]) -> bool:
    """The raw path bypasses Python-side column defaults: every column with one must be given."""
    return all(col.name in row for col in table.c if col.default is not None)


def _sqlite_executemany(s: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    connection = s.connection()
    dialect = connection.dialect
    names = list(rows[0])
    columns = [table.c[name] for name in names]
    processors: list[Callable[[Any], Any] | None] = [
        col.type._cached_bind_processor(dialect) for col in columns
    ]
    placeholders = ", ".join("?" for _ in names)
    quoted = ", ".join(dialect.identifier_preparer.quote(name) for name in names)
    sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted}) VALUES ({placeholders})"
    converted = [_column(rows, name, proc) for name, proc in zip(names, processors, strict=True)]
    connection.exec_driver_sql(sql, list(zip(*converted, strict=True)))


def _column(rows: Sequence[dict[str, Any]], name: str, proc: Callable[[Any], Any] | None) -> list[Any]:
    """One column's values converted for the driver; repeated values (dates, kinds) converted once."""
    values = [row[name] for row in rows]
    if proc is None:
        return values
    seen: dict[Any, Any] = {}
    out: list[Any] = []
    for value in values:
        if value is None:
            out.append(None)
            continue
        try:
            out.append(seen[value])
        except KeyError:
            seen[value] = converted = proc(value)
            out.append(converted)
        except TypeError:  # unhashable (a JSON list): convert every time
            out.append(proc(value))
    return out
