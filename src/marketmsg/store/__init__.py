"""Durable storage: the outbox, the synced inbox and per-account sync cursors in SQLite or PostgreSQL.

``SqlStore("inbox.db")`` needs no setup; ``SqlStore("postgresql://…")`` lets many workers share one inbox and
one outbox (pair it with ``marketmsg.transport.RedisLimitStore`` so they share one quota too). Pass the store
to a client as ``outbox=`` so every send is recorded before it goes out, and to
:class:`marketmsg.inbox.InboxSync` to pull conversations into it. :func:`export_jsonl` / :func:`export_mbox`
write an account's or an order's full history (platforms purge old messages; the seller needs the record).
"""

from ._export import ExportSummary, export_jsonl, export_mbox, read_jsonl
from ._sql import SqlStore, SyncCursor, UpsertResult

__all__ = [
    "ExportSummary",
    "SqlStore",
    "SyncCursor",
    "UpsertResult",
    "export_jsonl",
    "export_mbox",
    "read_jsonl",
]
