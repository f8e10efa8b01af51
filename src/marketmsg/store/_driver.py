"""SQL the store's hot paths send straight to the DB-API driver, one statement per batch.

SQLAlchemy's statement layer processes every bound value of every row (type adapters, dict keys), which cost
more than the database itself when a sync writes thousands of messages. Bulk writes therefore build their
parameter tuples here, once, in the exact storage formats SQLAlchemy's own types use (so everything else in
the store reads them back unchanged), and run ``INSERT … ON CONFLICT … DO UPDATE`` through the driver's
``executemany`` (psycopg 3 pipelines it; sqlite3 loops in C).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import BigInteger, Connection, Integer, Table

from ._schema import JsonDocument, RecordDocument, UtcDateTime, pg_json_text

__all__ = ["Driver", "pg_text_array"]

_SQLITE_RETURNING = sqlite3.sqlite_version_info >= (3, 35)


class Driver:
    """Storage formats and driver-level statements for one table layout on one backend."""

    def __init__(self, dialect: str, preparer: Any) -> None:
        self.dialect = dialect
        self.postgres = dialect == "postgresql"
        self._preparer = preparer
        self._p = "%s" if self.postgres else "?"
        self._statements: dict[tuple[Any, ...], str] = {}
        self._copies: dict[tuple[Any, ...], tuple[str, list[str]]] = {}

    # ------------------------------------------------------------------ values

    def time(self, value: datetime | None) -> Any:
        """A tz-aware datetime as the column stores it (SQLite: SQLAlchemy's naive-UTC text format)."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("the store only accepts timezone-aware datetimes")
        if self.postgres:
            return value
        if value.tzinfo is not UTC:  # the models' datetimes are UTC already: skip the conversion then
            value = value.astimezone(UTC)
        # "YYYY-MM-DD HH:MM:SS.ffffff" (naive UTC): the aware form minus its "+00:00", without building a
        # naive copy first (this runs per row of every bulk write).
        return value.isoformat(" ", "microseconds")[:26]

    def document(self, text: str | None) -> str | None:
        """A JSON document's text as the driver takes it (PostgreSQL casts it to JSONB in the statement)."""
        if text is None or not self.postgres:
            return text
        return pg_json_text(text)

    def text(self, value: str | None) -> str | None:
        """Free text for a TEXT column: PostgreSQL cannot store U+0000, so it becomes U+FFFD there."""
        if value is None or not self.postgres or "\x00" not in value:
            return value
        return value.replace("\x00", "\ufffd")

    def table(self, table: Table) -> str:
        return str(self._preparer.format_table(table))

    def column(self, name: str) -> str:
        return str(self._preparer.quote(name))

    # ------------------------------------------------------------------ statements

    def upsert_sql(self, table: Table, columns: Sequence[str], keys: Sequence[str]) -> str:
        """``INSERT … VALUES (…) ON CONFLICT (keys) DO UPDATE SET every other column``, positional params."""
        names = ", ".join(self.column(c) for c in columns)
        values = ", ".join(
            f"CAST({self._p} AS JSONB)" if self.postgres and _jsonb(table, c) else self._p for c in columns
        )
        updates = ", ".join(f"{self.column(c)} = excluded.{self.column(c)}" for c in columns if c not in keys)
        conflict = ", ".join(self.column(k) for k in keys)
        return (
            f"INSERT INTO {self.table(table)} ({names}) VALUES ({values}) "
            f"ON CONFLICT ({conflict}) DO UPDATE SET {updates}"
        )

    def insert_sql(self, table: Table, columns: Sequence[str]) -> str:
        names = ", ".join(self.column(c) for c in columns)
        return f"INSERT INTO {self.table(table)} ({names}) VALUES ({', '.join(self._p for _ in columns)})"

    def select_in(
        self, conn: Connection, table: Table, columns: Sequence[str], key: str, ids: Sequence[str]
    ) -> list[Any]:
        """Rows of ``columns`` whose ``key`` is one of ``ids`` (any number of them)."""
        names = ", ".join(self.column(c) for c in columns)
        base = f"SELECT {names} FROM {self.table(table)} WHERE {self.column(key)}"
        rows: list[Any] = []
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            if self.postgres:
                # One text parameter holding an array literal: psycopg dumps a list parameter element by
                # element in Python (a regex per id), and one parameter per id costs it more (query parsing).
                cursor = conn.exec_driver_sql(f"{base} = ANY({self._p}::text[])", (pg_text_array(chunk),))
            else:
                cursor = conn.exec_driver_sql(f"{base} IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            rows.extend(cursor.fetchall())
        return rows

    def executemany(self, conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        if rows:
            conn.exec_driver_sql(sql, list(rows))

    def upsert(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        keys: Sequence[str],
        rows: Sequence[tuple[Any, ...]],
    ) -> None:
        """Insert-or-update ``rows`` (tuples in ``columns`` order) in one round trip per batch."""
        if not rows:
            return
        if not self.postgres:
            conn.exec_driver_sql(self._cached("upsert", table, columns, keys), list(rows))
            return
        # PostgreSQL: one statement whose rows come from one array per column (``unnest``). psycopg's
        # executemany would spend more time in Python per row than the server spends on the row.
        self._pg_arrays(conn, self._cached("pg_upsert", table, columns, keys), rows)

    def insert(
        self, conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Insert ``rows`` (tuples in ``columns`` order) in one round trip per batch."""
        if not rows:
            return
        if not self.postgres:
            conn.exec_driver_sql(self._cached("insert", table, columns, ()), list(rows))
        elif any(_jsonb(table, c) for c in columns):
            self._pg_arrays(conn, self._cached("pg_insert", table, columns, ()), rows)
        else:
            self._pg_copy(conn, table, columns, rows)

    @contextmanager
    def new_rows(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        keys: Sequence[str],
        *,
        write: bool = True,
    ) -> Iterator[Callable[[tuple[Any, ...]], None]]:
        """Collect rows (tuples in ``columns`` order) whose ids were not in the table when this transaction
        looked, and insert them by the end of the block — or upsert them, should a concurrent writer have
        stored some since. ``write=False``: collect nothing, write nothing (a dry run).

        PostgreSQL: a binary ``COPY`` inside a savepoint, streamed while the caller still builds rows (the
        server inserts meanwhile). A plain insert costs the server about two thirds of what
        ``INSERT … ON CONFLICT`` does per row (no speculative insertion). Should another writer have committed
        one of these ids in between, the copy fails on the unique key, is rolled back to the savepoint alone,
        and the rows go through :meth:`upsert`. SQLite: :meth:`upsert` at the end of the block (the store's
        ``BEGIN IMMEDIATE`` already keeps other writers out between the look and the write).
        """
        rows: list[tuple[Any, ...]] = []
        if not write:
            yield lambda row: None
            return
        if not self.postgres or any(_jsonb(table, c) for c in columns):
            yield rows.append
            self.upsert(conn, table, columns, keys, rows)
            return
        writer = _NewRowsCopy(self, conn, table, columns, keys)
        try:
            try:
                yield writer.add
            except BaseException as exc:
                writer.abandon(exc)  # the caller's error rolls the transaction back
                raise
            writer.finish()
        finally:
            writer.close()

    def _pg_copy(
        self, conn: Connection, table: Table, columns: Sequence[str], rows: Sequence[tuple[Any, ...]]
    ) -> None:
        # Binary COPY: psycopg's C row formatter, nothing escaped, no statement to plan.
        raw = conn.connection.dbapi_connection
        assert raw is not None
        sql, types = self._copy_statement(table, columns)
        cursor = raw.cursor()
        try:
            with cursor.copy(sql) as copy:
                copy.set_types(types)
                for row in rows:
                    copy.write_row(row)
        finally:
            cursor.close()

    def _copy_statement(self, table: Table, columns: Sequence[str]) -> tuple[str, list[str]]:
        cache_key = ("copy", table.fullname, tuple(columns))
        found = self._copies.get(cache_key)
        if found is None:
            names = ", ".join(self.column(c) for c in columns)
            sql = f"COPY {self.table(table)} ({names}) FROM STDIN (FORMAT BINARY)"
            found = self._copies[cache_key] = (sql, [_pg_type(table.c[c].type, exact=True) for c in columns])
        return found

    @staticmethod
    def _pg_arrays(conn: Connection, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        # Straight to psycopg, inside the same transaction, with the arrays in binary format: psycopg's text
        # format would escape every element of every array in Python.
        cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(sql, tuple(list(column) for column in zip(*rows, strict=True)))
        finally:
            cursor.close()

    def _cached(self, kind: str, table: Table, columns: Sequence[str], keys: Sequence[str]) -> str:
        cache_key = (kind, table.fullname, tuple(columns), tuple(keys))
        sql = self._statements.get(cache_key)
        if sql is None:
            if kind == "upsert":
                sql = self.upsert_sql(table, columns, keys)
            elif kind == "insert":
                sql = self.insert_sql(table, columns)
            else:
                sql = self._unnest_sql(table, columns, keys if kind == "pg_upsert" else None)
            self._statements[cache_key] = sql
        return sql

    def _unnest_sql(self, table: Table, columns: Sequence[str], keys: Sequence[str] | None) -> str:
        names = ", ".join(self.column(c) for c in columns)
        arrays = ", ".join(f"%b::{_pg_type(table.c[c].type)}[]" for c in columns)
        values = ", ".join(
            f"u.{self.column(c)}::jsonb" if _jsonb(table, c) else f"u.{self.column(c)}" for c in columns
        )
        sql = f"INSERT INTO {self.table(table)} ({names}) SELECT {values} FROM unnest({arrays}) AS u({names})"
        if keys:
            updates = ", ".join(
                f"{self.column(c)} = excluded.{self.column(c)}" for c in columns if c not in keys
            )
            sql += f" ON CONFLICT ({', '.join(self.column(k) for k in keys)}) DO UPDATE SET {updates}"
        return sql

    def advance(self, conn: Connection, table: Table, count: int) -> int:
        """Add ``count`` to the one-row counter ``table`` (``feed_head``) and return the new value.

        The UPDATE takes the row's lock until commit: see ``_feed.py`` for why that makes positions gap-free.
        """
        sql = f"UPDATE {self.table(table)} SET position = position + {self._p} WHERE id = 1"
        if self.postgres or _SQLITE_RETURNING:
            row = conn.exec_driver_sql(f"{sql} RETURNING position", (count,)).fetchone()
        else:  # pragma: no cover - SQLite < 3.35: the IMMEDIATE transaction already excludes other writers
            conn.exec_driver_sql(sql, (count,))
            row = conn.exec_driver_sql(f"SELECT position FROM {self.table(table)} WHERE id = 1").fetchone()
        if row is None:
            raise LookupError(f"{table.name} has no row: the store's schema is incomplete")
        return int(row[0])


class _NewRowsCopy:
    """:meth:`Driver.new_rows` on PostgreSQL: new rows into a binary COPY as they come, inside a savepoint.

    The COPY opens at the first row (a re-sync of unchanged rows costs no extra round trip) and is entered and
    exited by hand: the caller's loop must run to its end whatever the COPY does, or rows would be left out.
    Every row is kept, so that if the COPY did not take them all (a concurrent writer stored one of the ids:
    unique violation) they are upserted after the savepoint took the COPY back.
    """

    def __init__(
        self, driver: Driver, conn: Connection, table: Table, columns: Sequence[str], keys: Sequence[str]
    ) -> None:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        self.driver, self.conn, self.table, self.columns, self.keys = driver, conn, table, columns, keys
        self.sql, self.types = driver._copy_statement(table, columns)
        self.cursor = raw.cursor()
        self.rows: list[tuple[Any, ...]] = []
        self.context: Any = None
        self.copy: Any = None
        self.refused = False

    def add(self, row: tuple[Any, ...]) -> None:
        import psycopg

        self.rows.append(row)
        if self.refused:
            return
        try:
            if self.context is None:
                self.cursor.execute("SAVEPOINT marketmsg_copy")
                self.context = self.cursor.copy(self.sql)
                self.copy = self.context.__enter__()
                self.copy.set_types(self.types)
            self.copy.write_row(row)
        except psycopg.Error:
            self.refused = True  # settled in finish(): every row is upserted there

    def abandon(self, exc: BaseException) -> None:
        if self.context is not None:
            with suppress(Exception):
                self.context.__exit__(type(exc), exc, exc.__traceback__)

    def finish(self) -> None:
        from psycopg.errors import UniqueViolation

        if self.context is None:
            if self.rows:  # the COPY could not even start
                self.driver.upsert(self.conn, self.table, self.columns, self.keys, self.rows)
            return
        try:
            self.context.__exit__(None, None, None)
        except UniqueViolation:
            self.refused = True
        if self.refused:  # not every row went in: take the COPY back, upsert them all
            self.cursor.execute("ROLLBACK TO SAVEPOINT marketmsg_copy")
            self.driver.upsert(self.conn, self.table, self.columns, self.keys, self.rows)
        else:
            self.cursor.execute("RELEASE SAVEPOINT marketmsg_copy")

    def close(self) -> None:
        self.cursor.close()


def pg_text_array(values: Sequence[str]) -> str:
    """A PostgreSQL array literal of ``values``: each element double-quoted, ``\\`` and ``"`` escaped."""
    quoted = ['"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"' for v in values]
    return "{" + ",".join(quoted) + "}"


def _jsonb(table: Table, column: str) -> bool:
    """Whether ``column`` is JSONB on PostgreSQL (its values travel as text and are cast in the statement)."""
    column_type = table.c[column].type
    return isinstance(column_type, JsonDocument) and not isinstance(column_type, RecordDocument)


def _pg_type(column_type: Any, *, exact: bool = False) -> str:
    """The PostgreSQL type a column's values travel in: ``unnest`` arrays (cast to the column's type after),
    or binary ``COPY`` (``exact``: the column's own type, since binary data is not converted)."""
    if isinstance(column_type, UtcDateTime):
        return "timestamptz"
    if isinstance(column_type, Integer):
        return "integer" if exact and not isinstance(column_type, BigInteger) else "bigint"
    return "text"


_CHUNK = 500  # ids per IN (...) lookup: well under SQLite's 32766 bound-parameter limit
