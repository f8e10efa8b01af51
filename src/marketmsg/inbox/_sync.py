"""Incremental sync of conversations, their messages and disputes into a :class:`~marketmsg.store.SqlStore`.

Per account and stream the store keeps a watermark: the newest platform timestamp seen. A run lists what changed
since the watermark (minus a small overlap, because listings can lag behind the newest writes), compares each
item with the stored copy, and fetches messages only for conversations that are new or changed. Items seen again
in the overlap are recognised as unchanged, so a second run reports nothing new and stores no duplicates.

Order of writes, so a crash at any point is repaired by the next run: a changed conversation's messages are
stored first, the conversation after them, and the watermark last — and only when the account synced cleanly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING, TypeVar

from .._effects import BlockingCall, Flow
from .._exceptions import MarketmsgError, UnsupportedOperationError
from .._logging import get_logger
from .._pagination import all_pages
from ..adapter import Adapter, ConversationQuery, DisputeQuery, Feature, MessageQuery
from ..models import Conversation, Dispute, IdKind, Message
from ..store import SqlStore, SyncCursor

if TYPE_CHECKING:
    from ..store import UpsertResult

__all__ = [
    "DEFAULT_OVERLAP",
    "AccountReport",
    "Progress",
    "SyncEvent",
    "SyncReport",
    "all_conversations",
    "all_disputes",
    "all_messages",
    "store_call",
    "sync_account",
]

R = TypeVar("R")

log = get_logger("marketmsg.inbox")

DEFAULT_OVERLAP = timedelta(minutes=5)
CONVERSATIONS, DISPUTES = "conversations", "disputes"


@dataclass
class AccountReport:
    """What one account's sync fetched and changed. ``errors`` are per-operation failures (redacted text)."""

    account: str
    conversations_seen: int = 0
    conversations_new: int = 0
    conversations_updated: int = 0
    messages_new: int = 0
    messages_updated: int = 0
    disputes_seen: int = 0
    disputes_new: int = 0
    disputes_updated: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        """How many stored objects were inserted or updated."""
        return (
            self.conversations_new
            + self.conversations_updated
            + self.messages_new
            + self.messages_updated
            + self.disputes_new
            + self.disputes_updated
        )


@dataclass
class SyncReport:
    """The result of one sync run over several accounts."""

    accounts: list[AccountReport] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(a.errors for a in self.accounts)

    @property
    def changed(self) -> int:
        return sum(a.changed for a in self.accounts)

    def total(self, name: str) -> int:
        """Sum of one counter over all accounts, e.g. ``report.total("messages_new")``."""
        return sum(int(getattr(a, name)) for a in self.accounts)

    def __str__(self) -> str:
        return (
            f"{len(self.accounts)} account(s): {self.total('conversations_new')} new / "
            f"{self.total('conversations_updated')} updated conversations, {self.total('messages_new')} new "
            f"messages, {self.total('disputes_new')} new / {self.total('disputes_updated')} updated disputes"
            + ("" if self.ok else f", {sum(len(a.errors) for a in self.accounts)} error(s)")
        )


@dataclass(frozen=True)
class SyncEvent:
    """Progress: ``done`` of ``total`` steps of ``account``'s sync are finished; ``stage`` names the current one."""

    account: str
    stage: str
    done: int
    total: int


Progress = Callable[[SyncEvent], None]


def _since(cursor: SyncCursor | None, overlap: timedelta, first: datetime | None) -> datetime | None:
    """Where a listing starts: the watermark minus the overlap, or — before the first sync — ``first``."""
    return cursor.watermark - overlap if cursor is not None and cursor.watermark is not None else first


def _newest(values: Sequence[datetime | None], fallback: datetime | None) -> datetime | None:
    present = [v for v in values if v is not None]
    if fallback is not None:
        present.append(fallback)
    return max(present) if present else None


def _error(report: AccountReport, what: str, exc: Exception, *, item: str | None = None) -> None:
    # marketmsg errors are redacted of secrets; anything else is reported by type only. The report (returned to
    # the caller) names the conversation; the log does not: ids can embed buyer handles (Amazon relay aliases).
    text = str(exc) if isinstance(exc, MarketmsgError) else "unexpected error in the adapter or store"
    report.errors.append(f"{what}{f' of {item}' if item else ''}: {type(exc).__name__}: {text}")
    log.warning("sync of %s: %s failed (%s)", report.account, what, type(exc).__name__)


def store_call(operation: str, call: Callable[[], R]) -> Flow[R]:
    """A blocking store call as the core effect: inline under ``Client``, in a worker thread under ``AsyncClient``."""
    return BlockingCall(f"store_{operation}", call).send()


def all_conversations(adapter: Adapter, since: datetime | None) -> Flow[list[Conversation]]:
    query = ConversationQuery(since=since)
    return all_pages(lambda cursor: adapter.list_conversations(replace(query, cursor=cursor)))


def all_messages(adapter: Adapter, conversation_id: str, since: datetime | None) -> Flow[list[Message]]:
    query = MessageQuery(adapter.native_id(conversation_id, IdKind.CONVERSATION), since=since)
    return all_pages(lambda cursor: adapter.list_messages(replace(query, cursor=cursor)))


def all_disputes(adapter: Adapter, since: datetime | None) -> Flow[list[Dispute]]:
    query = DisputeQuery(since=since)
    return all_pages(lambda cursor: adapter.list_disputes(replace(query, cursor=cursor)))


def _sync_conversations(
    adapter: Adapter,
    store: SqlStore,
    report: AccountReport,
    now: datetime,
    overlap: timedelta,
    progress: Progress,
    first: datetime | None = None,
) -> Flow[None]:
    account = report.account
    cursor = yield from store_call("get_cursor", lambda: store.get_cursor(account, CONVERSATIONS))
    conversations = yield from all_conversations(adapter, _since(cursor, overlap, first))
    report.conversations_seen = len(conversations)
    diff: UpsertResult = yield from store_call(
        "diff_conversations", lambda: store.upsert_conversations(conversations, dry_run=True)
    )
    by_id = {c.id: c for c in conversations}
    ready: list[Conversation] = []
    total = len(diff.changed) + 2
    progress(SyncEvent(account, "messages", 1, total))
    for done, conversation_id in enumerate(diff.changed, start=2):
        if Feature.LIST_MESSAGES in adapter.features:
            previous = diff.previous.get(conversation_id)
            try:
                # A conversation new to the store is read from ``first`` on (None: its whole history).
                messages = yield from all_messages(
                    adapter, conversation_id, previous - overlap if previous else first
                )
            except Exception as exc:
                _error(report, "messages", exc, item=conversation_id)
                continue  # the conversation stays "changed", so the next run fetches it again
            stored = yield from store_call("upsert_messages", partial(store.upsert_messages, messages))
            report.messages_new += len(stored.new)
            report.messages_updated += len(stored.updated)
        ready.append(by_id[conversation_id])
        progress(SyncEvent(account, "messages", done, total))
    written = yield from store_call(
        "upsert_conversations", lambda: store.upsert_conversations(ready, synced_at=now)
    )
    report.conversations_new, report.conversations_updated = len(written.new), len(written.updated)
    if not report.errors:
        mark = _newest([c.last_message_at for c in conversations], cursor.watermark if cursor else None)
        yield from store_call(
            "set_cursor", lambda: store.set_cursor(SyncCursor(account, CONVERSATIONS, mark, now))
        )
    progress(SyncEvent(account, "conversations", total, total))


def _sync_disputes(
    adapter: Adapter,
    store: SqlStore,
    report: AccountReport,
    now: datetime,
    overlap: timedelta,
    first: datetime | None = None,
) -> Flow[None]:
    account = report.account
    cursor = yield from store_call("get_cursor", lambda: store.get_cursor(account, DISPUTES))
    disputes = yield from all_disputes(adapter, _since(cursor, overlap, first))
    report.disputes_seen = len(disputes)
    written = yield from store_call("upsert_disputes", lambda: store.upsert_disputes(disputes))
    report.disputes_new, report.disputes_updated = len(written.new), len(written.updated)
    mark = _newest([d.updated_at or d.opened_at for d in disputes], cursor.watermark if cursor else None)
    yield from store_call("set_cursor", lambda: store.set_cursor(SyncCursor(account, DISPUTES, mark, now)))


def sync_account(
    adapter: Adapter,
    store: SqlStore,
    *,
    now: datetime,
    overlap: timedelta = DEFAULT_OVERLAP,
    progress: Progress | None = None,
    since: datetime | None = None,
) -> Flow[AccountReport]:
    """One account's sync as a flow, run by the client's driver like any adapter operation.

    ``since`` bounds the account's *first* sync (no cursor yet): only what changed since then is read, so a
    new account does not fetch years of history before it is useful. Later syncs follow the cursor.

    Never raises for the account's own failures: they are in the report, so one account cannot stop the others.
    """
    report = AccountReport(adapter.account.key)
    features = adapter.features
    if Feature.LIST_CONVERSATIONS in features:
        try:
            yield from _sync_conversations(adapter, store, report, now, overlap, progress or _quiet, since)
        except UnsupportedOperationError:
            pass  # this account's app may not list conversations (e.g. a disputes-only channel)
        except Exception as exc:  # one account's failure (even an adapter bug) must not stop the others
            _error(report, "conversations", exc)
    if Feature.DISPUTES in features:
        try:
            yield from _sync_disputes(adapter, store, report, now, overlap, since)
        except UnsupportedOperationError:
            pass
        except Exception as exc:  # one account's failure (even an adapter bug) must not stop the others
            _error(report, "disputes", exc)
    log.info("synced %s: %d object(s) new or changed", report.account, report.changed)
    return report


def _quiet(event: SyncEvent) -> None:
    return None
