"""Durable storage: the outbox, the synced inbox, a change feed and sync cursors in SQLite or PostgreSQL.

``SqlStore("inbox.db")`` needs no setup; ``SqlStore("postgresql://…")`` lets many workers share one inbox and
one outbox (pair it with ``marketmsg.transport.RedisLimitStore`` so they share one quota too). Pass the store
to a client as ``outbox=`` so every send is recorded before it goes out, and to
:class:`marketmsg.inbox.InboxSync` to pull conversations into it. Listings stream (memory stays flat however
large the store is); :meth:`SqlStore.changes` is the change feed; :meth:`SqlStore.purge` enforces buyer-data
retention. :func:`export_jsonl` / :func:`export_mbox` write an account's or an order's full history.
:class:`AsyncSqlStore` offers the same reads, writes, feed and purge to asyncio code. :class:`SqlTokenStore` keeps
OAuth tokens for workers sharing a database (``Client(token_store=…)``), with a refresh lock.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._async import AsyncSqlStore
    from ._errors import SchemaVersionError, StoreError, StoreUnavailableError, StoreValueError
    from ._export import ExportSummary, export_jsonl, export_mbox, read_jsonl
    from ._feed import Change, ChangeKind, Entity
    from ._purge import PurgeReport
    from ._sql import SqlStore, SyncCursor, UpsertResult
    from ._tokens import SqlTokenStore

__all__ = [
    "AsyncSqlStore",
    "Change",
    "ChangeKind",
    "Entity",
    "ExportSummary",
    "PurgeReport",
    "SchemaVersionError",
    "SqlStore",
    "SqlTokenStore",
    "StoreError",
    "StoreUnavailableError",
    "StoreValueError",
    "SyncCursor",
    "UpsertResult",
    "export_jsonl",
    "export_mbox",
    "read_jsonl",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._async": ("AsyncSqlStore",),
        "._errors": ("SchemaVersionError", "StoreError", "StoreUnavailableError", "StoreValueError"),
        "._export": ("ExportSummary", "export_jsonl", "export_mbox", "read_jsonl"),
        "._feed": ("Change", "ChangeKind", "Entity"),
        "._purge": ("PurgeReport",),
        "._sql": ("SqlStore", "SyncCursor", "UpsertResult"),
        "._tokens": ("SqlTokenStore",),
    },
)
