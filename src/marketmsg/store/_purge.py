"""Buyer-data retention: pseudonymise what is older than the cutoff, keep what an audit needs.

Unit of retention: a conversation whose last activity (``last_message_at``, else when it was synced) is before
the cutoff is purged with all its messages; a dispute by its last update (else its opening); an outbox entry by
its last update; a message whose conversation is not stored, by when it was sent. A conversation still going on
keeps its history (its messages are needed to answer the buyer).

What goes: buyer names and handles (``Party.platform_id``/``display_name`` of buyers), subjects (Amazon puts
the buyer's name there), message text, attachment bytes, file names and links, raw platform payloads, solution
texts, outbox texts, and cached order facts not refreshed since the cutoff (the cache re-reads them). What stays: ids, accounts, platforms, order ids, statuses, directions, kinds, timestamps,
deadlines, amounts, content types, sizes and SHA-256 digests (of attachments, and of each message's text in
``raw["marketmsg_purge"]``), and the etag. Ids that contain buyer data (Amazon relay ids carry the buyer's
relay alias; AliExpress IM ids the buyer's id) get that part replaced by a deterministic pseudonym everywhere
— rows, the change feed, the outbox — and the id map (keyed by a digest of the old id) lets old ids resolve.

Every batch is one transaction that rewrites a row only if it did not change meanwhile (its etag), so the purge
can run while workers sync; a crash leaves a consistent store and the next run finishes the job. Running it
again changes nothing.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, exists, func, select

from .._logging import get_logger
from ..retention import DPP_RETENTION, PurgeHook
from ._errors import StoreValueError
from ._feed import Entity, record_changes
from ._records import id_digest

if TYPE_CHECKING:
    from ._sql import SqlStore

__all__ = ["PurgeReport", "pseudonym", "pseudonymise_id", "purge_store"]

log = get_logger("marketmsg.store")
_BATCH = 200
# Separators inside an id's native part (Amazon "<alias>/<order>#<message>", AliExpress "im/<buyer>/<mid>").
_SEGMENT = re.compile(r"[^/#|]+")
_EMAIL = re.compile(r"[^\s/#|<>()\[\],;:\"']+@[^\s/#|<>()\[\],;:\"']+")


@dataclass(frozen=True)
class PurgeReport:
    """What a purge changed. ``hooks`` maps each hook (by class name) to the items it changed."""

    cutoff: datetime
    conversations: int = 0
    messages: int = 0
    disputes: int = 0
    outbox: int = 0
    ids_replaced: int = 0
    hooks: Mapping[str, int] = field(default_factory=dict)
    #: Cached order facts not refreshed since the cutoff, dropped (read again from the platform when needed).
    order_facts: int = 0

    @property
    def total(self) -> int:
        return (
            self.conversations
            + self.messages
            + self.disputes
            + self.outbox
            + self.order_facts
            + sum(self.hooks.values())
        )

    def __str__(self) -> str:
        hooks = "".join(f", {name}: {count}" for name, count in self.hooks.items())
        return (
            f"buyer data older than {self.cutoff.isoformat()} purged: {self.conversations} conversation(s), "
            f"{self.messages} message(s), {self.disputes} dispute(s), {self.outbox} outbox entr(y/ies), "
            f"{self.order_facts} cached order fact entr(y/ies), {self.ids_replaced} id(s) pseudonymised{hooks}"
        )


def pseudonym(value: str) -> str:
    """A stable stand-in for a piece of buyer data inside an id (same input → same pseudonym, no '@')."""
    return (
        "~" + hashlib.sha256(b"marketmsg-purge\x00" + value.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    )


def pseudonymise_id(object_id: str, identifiers: frozenset[str]) -> str:
    """``object_id`` with every native segment that is buyer data (a known handle, or an address) replaced."""
    parts = object_id.split(":", 3)
    if len(parts) != 4:
        return _EMAIL.sub(lambda m: pseudonym(m.group()), object_id)

    def replace(match: re.Match[str]) -> str:
        segment = match.group()
        return pseudonym(segment) if segment in identifiers or "@" in segment else segment

    return ":".join([*parts[:3], _SEGMENT.sub(replace, parts[3])])


def _cutoff(older_than: timedelta | datetime | None, now: datetime) -> datetime:
    if older_than is None:
        return now - DPP_RETENTION
    if isinstance(older_than, timedelta):
        if older_than < timedelta(0):
            raise StoreValueError(f"must not be negative, got {older_than}", field="older_than")
        return now - older_than
    if isinstance(older_than, datetime):
        if older_than.tzinfo is None:
            raise StoreValueError("a cutoff datetime must be timezone-aware (UTC)", field="older_than")
        return older_than.astimezone(UTC)
    raise StoreValueError(
        f"must be a timedelta (a period) or an aware datetime (a cutoff), got {type(older_than).__name__}",
        field="older_than",
    )


# ----------------------------------------------------------------------------------------- documents


def _party(party: Any, identifiers: frozenset[str]) -> Any:
    if not isinstance(party, dict):
        return party
    if party.get("role") == "buyer" or party.get("platform_id") in identifiers:
        return {"role": party.get("role", "buyer"), "platform_id": None, "display_name": None}
    return party


def _files(items: Any) -> list[Any]:
    return [
        {
            "filename": f"attachment-{number}",
            "content_type": item.get("content_type", "application/octet-stream"),
            "size": item.get("size", 0),
            "sha256": item.get("sha256"),
            "content": None,
            "url": None,
            "raw": None,
        }
        for number, item in enumerate(items if isinstance(items, list) else [], start=1)
        if isinstance(item, dict)
    ]


def _marker(stamp: str, **facts: Any) -> dict[str, Any]:
    return {"marketmsg_purge": {"at": stamp, **facts}}


def purge_conversation(
    doc: dict[str, Any], new_id: str, stamp: str, identifiers: frozenset[str]
) -> dict[str, Any]:
    return {
        **doc,
        "id": new_id,
        "buyer": _party(doc.get("buyer"), identifiers) | {"role": "buyer"},
        "subject": None,
        "raw": _marker(stamp),
    }


def purge_message(
    doc: dict[str, Any], new_id: str, conversation_id: str, stamp: str, identifiers: frozenset[str]
) -> dict[str, Any]:
    if isinstance(doc.get("raw"), dict) and "marketmsg_purge" in doc["raw"]:
        facts = doc["raw"]["marketmsg_purge"]  # purged before (e.g. re-keyed later): keep the first digest
    else:
        body = doc.get("body") or ""
        facts = {
            "at": stamp,
            "body_sha256": hashlib.sha256(str(body).encode("utf-8", "surrogatepass")).hexdigest(),
            "body_chars": len(str(body)),
        }
    return {
        **doc,
        "id": new_id,
        "conversation_id": conversation_id,
        "sender": _party(doc.get("sender"), identifiers),
        "body": "",
        "attachments": _files(doc.get("attachments")),
        "raw": {"marketmsg_purge": facts},
    }


def purge_dispute(doc: dict[str, Any], conversation_id: str | None, stamp: str) -> dict[str, Any]:
    def solution(item: Any) -> Any:
        return {**item, "reason": None, "raw": None} if isinstance(item, dict) else item

    return {
        **doc,
        "conversation_id": conversation_id,
        "buyer_solutions": [solution(s) for s in doc.get("buyer_solutions") or []],
        "seller_solutions": [solution(s) for s in doc.get("seller_solutions") or []],
        "platform_solutions": [solution(s) for s in doc.get("platform_solutions") or []],
        "evidence": _files(doc.get("evidence")),
        "raw": _marker(stamp),
    }


def _json(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def _load(value: Any) -> dict[str, Any]:
    loaded = json.loads(value) if isinstance(value, str) else value
    return loaded if isinstance(loaded, dict) else {}


def _buyer_handles(*parties: Any) -> set[str]:
    return {
        str(p["platform_id"])
        for p in parties
        if isinstance(p, dict)
        and p.get("role") == "buyer"
        and isinstance(p.get("platform_id"), str)
        and len(p["platform_id"]) >= 3
    }


# ----------------------------------------------------------------------------------------- the run


class _Run:
    def __init__(
        self, store: SqlStore, cutoff: datetime, now: datetime, account: str | None, platform: str | None
    ):
        self.store = store
        self.t = store.tables
        self.d = store._driver
        self.cutoff = cutoff
        self.now = now
        self.stamp = now.isoformat()
        self.account = account
        self.platform = platform
        self.counts = {
            "conversations": 0,
            "messages": 0,
            "disputes": 0,
            "outbox": 0,
            "order_facts": 0,
            "ids_replaced": 0,
        }

    def _scope(self, table: Table) -> list[Any]:
        where: list[Any] = [table.c.purged_at.is_(None)]
        if self.account is not None:
            where.append(table.c.account == self.account)
        if self.platform is not None and "platform" in table.c:
            where.append(table.c.platform == self.platform)
        if self.platform is not None and "platform" not in table.c:  # the outbox: platform = account prefix
            where.append(table.c.account.like(f"{self.platform}:%"))
        return where

    def _rekey(self, conn: Connection, entity: Entity, pairs: Iterable[tuple[str, str]]) -> None:
        """Remember old → new ids (by digest) and rewrite the change feed's references to them."""
        changed = [(old, new) for old, new in pairs if old != new]
        if not changed:
            return
        self.counts["ids_replaced"] += len(changed)
        self.d.executemany(
            conn,
            self.d.upsert_sql(self.t.id_map, ("digest", "entity", "current_id", "cutoff"), ("digest",)),
            [(id_digest(old), entity.value, new, self.d.time(self.cutoff)) for old, new in changed],
        )
        # Ids the feed recorded earlier for the same objects are rewritten in place (positions unchanged).
        # Replacing old ids that were already replaced before keeps the map pointing at the newest id.
        self.d.executemany(
            conn,
            f"UPDATE {self.d.table(self.t.id_map)} SET current_id = {self._p} WHERE current_id = {self._p}",
            [(new, old) for old, new in changed],
        )
        self.d.executemany(
            conn,
            f"UPDATE {self.d.table(self.t.changes)} SET object_id = {self._p} WHERE object_id = {self._p}",
            [(new, old) for old, new in changed],
        )

    @property
    def _p(self) -> str:
        return "%s" if self.d.postgres else "?"

    def _update_sql(self, table: Table, columns: Iterable[str]) -> str:
        sets = ", ".join(
            f"{self.d.column(c)} = "
            + (f"CAST({self._p} AS JSONB)" if self.d.postgres and c == "data" else self._p)
            for c in columns
        )
        return f"UPDATE {self.d.table(table)} SET {sets} WHERE id = {self._p} AND etag = {self._p}"

    # --------------------------------------------------------------- conversations with their messages

    def conversations(self) -> None:
        c, m = self.t.conversations, self.t.messages
        activity = func.coalesce(c.c.last_message_at, c.c.synced_at)
        query = (
            select(c.c.id, c.c.etag, self.store._text(c.c.data))
            .where(*self._scope(c), activity < self.cutoff)
            .order_by(c.c.id)
            .limit(_BATCH)
        )
        while True:
            with self.store._writing("purge buyer data from conversations") as conn:
                batch = conn.execute(query).all()
                if not batch:
                    return
                ids = [row[0] for row in batch]
                messages = conn.execute(
                    select(m.c.id, m.c.etag, m.c.conversation_id, self.store._text(m.c.data)).where(
                        m.c.conversation_id.in_(ids)
                    )
                ).all()
                self._conversation_batch(conn, batch, messages)

    def _conversation_batch(self, conn: Connection, batch: Sequence[Any], messages: Sequence[Any]) -> None:
        by_conversation: dict[str, list[Any]] = {}
        for row in messages:
            by_conversation.setdefault(row[2], []).append(row)
        conv_rows: list[tuple[Any, ...]] = []
        msg_rows: list[tuple[Any, ...]] = []
        feed: list[tuple[str, str, str, str, str | None]] = []
        conv_pairs: list[tuple[str, str]] = []
        msg_pairs: list[tuple[str, str]] = []
        for object_id, etag, text in batch:
            doc = _load(text)
            own = [
                (mid, metag, _load(mtext)) for mid, metag, _conv, mtext in by_conversation.get(object_id, [])
            ]
            identifiers = frozenset(
                _buyer_handles(doc.get("buyer"), *(mdoc.get("sender") for _mid, _me, mdoc in own))
            )
            new_id = pseudonymise_id(object_id, identifiers)
            conv_rows.append(
                (
                    new_id,
                    _json(purge_conversation(doc, new_id, self.stamp, identifiers)),
                    self.d.time(self.now),
                    object_id,
                    etag,
                )
            )
            conv_pairs.append((object_id, new_id))
            feed.append((Entity.CONVERSATION.value, new_id, doc.get("account", ""), "purge", None))
            for mid, metag, mdoc in own:
                new_mid = pseudonymise_id(mid, identifiers)
                purged = purge_message(mdoc, new_mid, new_id, self.stamp, identifiers)
                msg_rows.append((new_mid, new_id, _json(purged), self.d.time(self.now), mid, metag))
                msg_pairs.append((mid, new_mid))
                feed.append((Entity.MESSAGE.value, new_mid, doc.get("account", ""), "purge", new_id))
        self.d.executemany(
            conn, self._update_sql(self.t.conversations, ("id", "data", "purged_at")), conv_rows
        )
        self.d.executemany(
            conn, self._update_sql(self.t.messages, ("id", "conversation_id", "data", "purged_at")), msg_rows
        )
        self._rekey(conn, Entity.CONVERSATION, conv_pairs)
        self._rekey(conn, Entity.MESSAGE, msg_pairs)
        moved = {old for old, new in conv_pairs if old != new}
        self._retarget_feed(conn, [(row[1], row[0]) for row in msg_rows if row[4] != row[0] or moved])
        self.counts["conversations"] += len(conv_rows)
        self.counts["messages"] += len(msg_rows)
        record_changes(
            conn,
            self.d,
            self.store.tables,
            sorted(feed, key=lambda e: (e[0] != "conversation", e[1])),
            self.now,
        )

    def _retarget_feed(self, conn: Connection, moves: list[tuple[str, str]]) -> None:
        """Point the feed's entries of these (new) message ids at their (new) conversation id."""
        self.d.executemany(
            conn,
            f"UPDATE {self.d.table(self.t.changes)} SET conversation_id = {self._p} WHERE object_id = {self._p}",
            moves,
        )

    # --------------------------------------------------------------- messages without a stored conversation

    def orphan_messages(self) -> None:
        m, c = self.t.messages, self.t.conversations
        query = (
            select(m.c.id, m.c.etag, m.c.conversation_id, self.store._text(m.c.data))
            .where(
                *self._scope(m),
                m.c.sent_at < self.cutoff,
                ~exists().where(c.c.id == m.c.conversation_id),
            )
            .order_by(m.c.id)
            .limit(_BATCH)
        )
        while True:
            with self.store._writing("purge buyer data from messages") as conn:
                batch = conn.execute(query).all()
                if not batch:
                    return
                rows, pairs, feed = [], [], []
                for mid, etag, conversation_id, text in batch:
                    doc = _load(text)
                    identifiers = frozenset(_buyer_handles(doc.get("sender")))
                    new_id = pseudonymise_id(mid, identifiers)
                    new_conv = pseudonymise_id(conversation_id, identifiers)
                    purged = purge_message(doc, new_id, new_conv, self.stamp, identifiers)
                    rows.append((new_id, new_conv, _json(purged), self.d.time(self.now), mid, etag))
                    pairs.append((mid, new_id))
                    feed.append(
                        (Entity.MESSAGE.value, new_id, doc.get("account") or _account(mid), "purge", new_conv)
                    )
                self.d.executemany(
                    conn, self._update_sql(m, ("id", "conversation_id", "data", "purged_at")), rows
                )
                self._rekey(conn, Entity.MESSAGE, pairs)
                self._retarget_feed(conn, [(row[1], row[0]) for row in rows])
                self.counts["messages"] += len(rows)
                record_changes(conn, self.d, self.store.tables, sorted(feed, key=lambda e: e[1]), self.now)

    # --------------------------------------------------------------- disputes

    def disputes(self) -> None:
        t = self.t.disputes
        activity = func.coalesce(t.c.updated_at, t.c.opened_at)
        query = (
            select(t.c.id, t.c.etag, t.c.account, self.store._text(t.c.data))
            .where(*self._scope(t), activity < self.cutoff)
            .order_by(t.c.id)
            .limit(_BATCH)
        )
        while True:
            with self.store._writing("purge buyer data from disputes") as conn:
                batch = conn.execute(query).all()
                if not batch:
                    return
                rows, pairs, feed = [], [], []
                for object_id, etag, account, text in batch:
                    doc = _load(text)
                    new_id = pseudonymise_id(object_id, frozenset())
                    conversation_id = doc.get("conversation_id")
                    if isinstance(conversation_id, str):
                        conversation_id = self._current(conn, conversation_id)
                    purged = {**purge_dispute(doc, conversation_id, self.stamp), "id": new_id}
                    rows.append((new_id, _json(purged), self.d.time(self.now), object_id, etag))
                    pairs.append((object_id, new_id))
                    feed.append((Entity.DISPUTE.value, new_id, account, "purge", None))
                self.d.executemany(conn, self._update_sql(t, ("id", "data", "purged_at")), rows)
                self._rekey(conn, Entity.DISPUTE, pairs)
                self.counts["disputes"] += len(rows)
                record_changes(conn, self.d, self.store.tables, sorted(feed, key=lambda e: e[1]), self.now)

    def _current(self, conn: Connection, object_id: str) -> str:
        found = self.store._resolve(conn, object_id)
        return found if found != object_id else pseudonymise_id(object_id, frozenset())

    # --------------------------------------------------------------- the outbox

    def outbox(self) -> None:
        t = self.t.outbox
        query = (
            select(t.c.key, t.c.account, t.c.target, t.c.message_id, t.c.error, self.store._text(t.c.message))
            .where(*self._scope(t), t.c.updated_at < self.cutoff)
            .order_by(t.c.key)
            .limit(_BATCH)
        )
        p = self._p
        sql = (
            f"UPDATE {self.d.table(t)} SET target = {p}, message_id = {p}, error = {p}, body = NULL, "
            f"message = {'CAST(' + p + ' AS JSONB)' if self.d.postgres else p}, purged_at = {p} "
            f"WHERE {self.d.column('key')} = {p} AND purged_at IS NULL"
        )
        while True:
            with self.store._writing("purge buyer data from the outbox") as conn:
                batch = conn.execute(query).all()
                if not batch:
                    return
                rows, feed = [], []
                for key, account, target, message_id, error, message in batch:
                    new_target = (
                        self._current(conn, target)
                        if ":" in target
                        else _EMAIL.sub(lambda mt: pseudonym(mt.group()), target)
                    )
                    new_message_id = self._current(conn, message_id) if message_id else None
                    doc = None
                    if message:
                        mdoc = _load(message)
                        doc = _json(
                            purge_message(
                                mdoc,
                                new_message_id or str(mdoc.get("id", "")),
                                new_target,
                                self.stamp,
                                frozenset(),
                            )
                        )
                    clean_error = _EMAIL.sub(lambda mt: pseudonym(mt.group()), error) if error else None
                    rows.append((new_target, new_message_id, clean_error, doc, self.d.time(self.now), key))
                    feed.append((Entity.OUTBOX.value, key, account, "purge", new_target))
                self.d.executemany(conn, sql, rows)
                self.d.executemany(
                    conn,
                    f"UPDATE {self.d.table(self.t.changes)} SET conversation_id = {p} WHERE object_id = {p} "
                    f"AND entity = {p}",
                    [(row[0], row[5], Entity.OUTBOX.value) for row in rows],
                )
                self.counts["outbox"] += len(rows)
                record_changes(conn, self.d, self.store.tables, sorted(feed, key=lambda e: e[1]), self.now)

    def order_facts(self) -> None:
        """Drop cached order facts not refreshed since the cutoff. They are meant to be non-PII, but they keep
        the platform's order payload (``raw``) as the adapter gave it, and a cache is re-read on demand: what
        has not been needed since the cutoff goes, rather than being trusted to hold no buyer data."""
        t = self.t.order_facts
        where: list[Any] = [t.c.updated_at < self.cutoff]
        if self.account is not None:
            where.append(t.c.account == self.account)
        if self.platform is not None:
            where.append(t.c.account.like(f"{self.platform}:%"))
        with self.store._writing("purge cached order facts") as conn:
            self.counts["order_facts"] += conn.execute(t.delete().where(*where)).rowcount or 0


def _account(object_id: str) -> str:
    parts = object_id.split(":", 2)
    return f"{parts[0]}:{parts[1]}" if len(parts) == 3 else ""


def purge_store(
    store: SqlStore,
    older_than: timedelta | datetime | None,
    *,
    account: str | None,
    platform: str | None,
    hooks: Iterable[PurgeHook],
    now: datetime,
) -> PurgeReport:
    cutoff = _cutoff(older_than, now)
    hooks = list(hooks)
    for hook in hooks:
        if not isinstance(hook, PurgeHook):
            raise StoreValueError(
                f"{type(hook).__name__} has no purge_buyer_data(before=...) method", field="hooks"
            )
    run = _Run(store, cutoff, now, account, platform)
    run.conversations()
    run.orphan_messages()
    run.disputes()
    run.outbox()
    run.order_facts()
    done: dict[str, int] = {}
    for hook in hooks:
        name = type(hook).__name__
        done[name] = done.get(name, 0) + int(hook.purge_buyer_data(before=cutoff))
    report = PurgeReport(cutoff=cutoff, hooks=done, **run.counts)
    log.info("%s", report)
    return report
