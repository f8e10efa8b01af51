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
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import TYPE_CHECKING

from .._clock import Clock, SystemClock
from .._exceptions import MarketmsgError, UnsupportedOperationError
from .._logging import get_logger
from .._registry import get_adapter
from ..adapter import Feature
from ..models import Conversation, Dispute
from ..store import SqlStore, SyncCursor
from ._steps import ListConversations, ListDisputes, ListMessages, StoreCall, SyncFlow

if TYPE_CHECKING:
    from ..store import UpsertResult

__all__ = ["DEFAULT_OVERLAP", "AccountReport", "SyncEvent", "SyncReport", "sync_accounts"]

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


def _since(cursor: SyncCursor | None, overlap: timedelta) -> datetime | None:
    return cursor.watermark - overlap if cursor is not None and cursor.watermark is not None else None


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


def _sync_conversations(
    store: SqlStore,
    report: AccountReport,
    features: frozenset[Feature],
    now: datetime,
    overlap: timedelta,
    progress: Progress,
) -> SyncFlow[None]:
    account = report.account
    cursor = yield StoreCall(lambda: store.get_cursor(account, CONVERSATIONS))
    conversations: list[Conversation] = yield ListConversations(account, _since(cursor, overlap))
    report.conversations_seen = len(conversations)
    diff: UpsertResult = yield StoreCall(lambda: store.upsert_conversations(conversations, dry_run=True))
    by_id = {c.id: c for c in conversations}
    ready: list[Conversation] = []
    total = len(diff.changed) + 2
    progress(SyncEvent(account, "messages", 1, total))
    for done, conversation_id in enumerate(diff.changed, start=2):
        if Feature.LIST_MESSAGES in features:
            previous = diff.previous.get(conversation_id)
            try:
                messages = yield ListMessages(conversation_id, previous - overlap if previous else None)
            except Exception as exc:
                _error(report, "messages", exc, item=conversation_id)
                continue  # the conversation stays "changed", so the next run fetches it again
            stored = yield StoreCall(partial(store.upsert_messages, messages))
            report.messages_new += len(stored.new)
            report.messages_updated += len(stored.updated)
        ready.append(by_id[conversation_id])
        progress(SyncEvent(account, "messages", done, total))
    written = yield StoreCall(lambda: store.upsert_conversations(ready, synced_at=now))
    report.conversations_new, report.conversations_updated = len(written.new), len(written.updated)
    if not report.errors:
        mark = _newest([c.last_message_at for c in conversations], cursor.watermark if cursor else None)
        yield StoreCall(lambda: store.set_cursor(SyncCursor(account, CONVERSATIONS, mark, now)))
    progress(SyncEvent(account, "conversations", total, total))


def _sync_disputes(
    store: SqlStore, report: AccountReport, now: datetime, overlap: timedelta
) -> SyncFlow[None]:
    account = report.account
    cursor = yield StoreCall(lambda: store.get_cursor(account, DISPUTES))
    disputes: list[Dispute] = yield ListDisputes(account, _since(cursor, overlap))
    report.disputes_seen = len(disputes)
    written = yield StoreCall(lambda: store.upsert_disputes(disputes))
    report.disputes_new, report.disputes_updated = len(written.new), len(written.updated)
    mark = _newest([d.updated_at or d.opened_at for d in disputes], cursor.watermark if cursor else None)
    yield StoreCall(lambda: store.set_cursor(SyncCursor(account, DISPUTES, mark, now)))


def _sync_account(
    store: SqlStore, account: str, platform: str, now: datetime, overlap: timedelta, progress: Progress
) -> SyncFlow[AccountReport]:
    report = AccountReport(account)
    features = get_adapter(platform).features
    if Feature.LIST_CONVERSATIONS in features:
        try:
            yield from _sync_conversations(store, report, features, now, overlap, progress)
        except UnsupportedOperationError:
            pass  # this account's app may not list conversations (e.g. a disputes-only channel)
        except Exception as exc:  # one account's failure (even an adapter bug) must not stop the others
            _error(report, "conversations", exc)
    if Feature.DISPUTES in features:
        try:
            yield from _sync_disputes(store, report, now, overlap)
        except UnsupportedOperationError:
            pass
        except Exception as exc:  # one account's failure (even an adapter bug) must not stop the others
            _error(report, "disputes", exc)
    log.info("synced %s: %d object(s) new or changed", account, report.changed)
    return report


def sync_accounts(
    store: SqlStore,
    accounts: Sequence[tuple[str, str]],
    *,
    clock: Clock | None = None,
    overlap: timedelta = DEFAULT_OVERLAP,
    progress: Progress | None = None,
) -> SyncFlow[SyncReport]:
    """The sync flow over ``(account key, platform)`` pairs; run it with ``drive``/``adrive``."""
    now = (clock or SystemClock()).now()
    report = SyncReport()
    for account, platform in accounts:
        report.accounts.append(
            (yield from _sync_account(store, account, platform, now, overlap, progress or _quiet))
        )
    return report


def _quiet(event: SyncEvent) -> None:
    return None
