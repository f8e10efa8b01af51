"""``SqlTokenStore``: OAuth tokens in PostgreSQL (or SQLite), shared by every worker, with a refresh lock.

One row per token key in ``<prefix>tokens``: the token's JSON, its access token (what compare-and-set compares)
and a lock (holder and until when). Taking the lock is one upsert that succeeds only when the lock is free or
expired, so it holds between workers on PostgreSQL's default isolation level; compare-and-set is one
conditional UPDATE (``access_token IS NOT DISTINCT FROM :expected``). The lock expires by itself, so a worker
that dies while refreshing blocks the others for at most its TTL.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Column, Engine, Float, MetaData, String, Table, Text, select, update
from sqlalchemy.dialects import postgresql, sqlite

from .._exceptions import ConfigurationError
from ._engine import make_engine, shown_url
from ._errors import database_errors

__all__ = ["SqlTokenStore"]


class SqlTokenStore:
    """A :class:`~marketmsg.auth.LockingTokenStore` in a database table.

    >>> tokens = SqlTokenStore("postgresql://app@db.internal/marketmsg")    # doctest: +SKIP
    >>> client = marketmsg.Client(accounts, token_store=tokens)             # doctest: +SKIP

    ``target`` as for :class:`~marketmsg.store.SqlStore` (a path, a URL or an Engine); the table is
    ``<table_prefix>tokens``, created unless ``create=False``. Database failures raise the store's documented
    errors (:class:`~marketmsg.store.StoreError` subclasses), as :class:`~marketmsg.store.SqlStore` does.
    """

    def __init__(
        self,
        target: str | os.PathLike[str] | Engine,
        *,
        table_prefix: str = "marketmsg_",
        create: bool = True,
    ) -> None:
        if not table_prefix.replace("_", "").isalnum():
            raise ConfigurationError(
                f"table_prefix {table_prefix!r} may only contain letters, digits and '_'",
                field="table_prefix",
            )
        self._owns_engine = not isinstance(target, Engine)
        self.engine: Engine = make_engine(target)
        self.database = shown_url(self.engine)
        self.metadata = MetaData()
        self.table = Table(
            f"{table_prefix}tokens",
            self.metadata,
            Column("key", String(255), primary_key=True),
            Column("access_token", Text),
            Column("data", Text),
            Column("lock_holder", String(64)),
            Column("lock_until", Float),
        )
        if create:
            with database_errors(self.database, "create the tokens table"):
                self.metadata.create_all(self.engine, checkfirst=True)

    def _insert(self) -> Any:
        return (postgresql.insert if self.engine.dialect.name == "postgresql" else sqlite.insert)(self.table)

    def load(self, key: str) -> Mapping[str, Any] | None:
        with database_errors(self.database, "read a token"), self.engine.begin() as conn:
            data = conn.execute(select(self.table.c.data).where(self.table.c.key == key)).scalar_one_or_none()
        try:
            token = json.loads(data) if data else None
        except ValueError:  # not written by us (edited by hand, truncated): as if nothing were stored
            return None
        return token if isinstance(token, dict) else None

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        values = {"access_token": token.get("access_token"), "data": json.dumps(dict(token))}
        stmt = self._insert().values(key=key, **values)
        with database_errors(self.database, "save a token"), self.engine.begin() as conn:
            conn.execute(stmt.on_conflict_do_update(index_elements=[self.table.c.key], set_=values))

    def acquire(self, key: str, ttl: float) -> str | None:
        t = self.table
        handle = uuid.uuid4().hex
        now = time.time()
        stmt = self._insert().values(key=key, lock_holder=handle, lock_until=now + ttl)
        stmt = stmt.on_conflict_do_update(
            index_elements=[t.c.key],
            set_={"lock_holder": handle, "lock_until": now + ttl},
            where=(t.c.lock_until.is_(None)) | (t.c.lock_until < now),
        )
        # RETURNING, not rowcount: drivers disagree on rowcount for upserts (psycopg reports -1).
        with database_errors(self.database, "take a token's refresh lock"), self.engine.begin() as conn:
            taken = conn.execute(stmt.returning(t.c.key)).first() is not None
        return handle if taken else None

    def release(self, key: str, handle: str) -> None:
        t = self.table
        stmt = (
            update(t)
            .where(t.c.key == key, t.c.lock_holder == handle)
            .values(lock_holder=None, lock_until=None)
        )
        with database_errors(self.database, "release a token's refresh lock"), self.engine.begin() as conn:
            conn.execute(stmt)

    def compare_and_set(self, key: str, expected: str | None, token: Mapping[str, Any]) -> bool:
        t = self.table
        values = {"access_token": token.get("access_token"), "data": json.dumps(dict(token))}
        stmt = (
            update(t).where(t.c.key == key, t.c.access_token.is_not_distinct_from(expected)).values(**values)
        )
        with database_errors(self.database, "save a refreshed token"), self.engine.begin() as conn:
            if conn.execute(stmt.returning(t.c.key)).first() is not None:
                return True
            if expected is not None:
                return False
            # Nothing stored yet and no row (no lock was taken through this store): insert unless one appeared.
            insert = self._insert().values(key=key, **values).on_conflict_do_nothing(index_elements=[t.c.key])
            return conn.execute(insert.returning(t.c.key)).first() is not None

    def drop_table(self) -> None:
        """Drop the tokens table (and only it)."""
        with database_errors(self.database, "drop the tokens table"):
            self.metadata.drop_all(self.engine, checkfirst=True)

    def close(self) -> None:
        """Release pooled connections (only when this store created the engine)."""
        if self._owns_engine:
            self.engine.dispose()

    def __repr__(self) -> str:  # never show tokens
        return f"SqlTokenStore({self.table.name!r})"
