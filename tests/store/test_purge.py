"""Retention purge: afterwards no buyer name, alias or address is anywhere in the database; ids still resolve."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import anyio
import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from marketmsg import OutboxEntry, OutboxState
from marketmsg.cli import app
from marketmsg.models import (
    Attachment,
    Channel,
    Conversation,
    ConversationStatus,
    Direction,
    Dispute,
    DisputeStatus,
    Message,
    Money,
    Party,
    PartyRole,
    Solution,
    SolutionKind,
)
from marketmsg.retention import DPP_RETENTION, PurgeHook
from marketmsg.store import AsyncSqlStore, SqlStore, StoreValueError

OLD = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
NOW = OLD + timedelta(days=60)
SELLER = "A1SELLER"
ALIAS = "x7kq2mzz9p1abcd@marketplace.amazon.de"
ORDER = "303-1234567-1234567"
NAME = "Jürgen Öztürk"
ADDRESS = "Hauptstraße 5, 10115 Berlin"
AE_BUYER, AE_NAME = "2207123456", "Ana Souza"
# Everything that identifies a buyer; none may survive the purge, in any column of any table.
NEEDLES = [ALIAS, "x7kq2mzz9p1abcd", NAME, "Jürgen", "Öztürk", ADDRESS, "Hauptstraße", AE_BUYER, AE_NAME]
OLD_CONV = f"amazon:{SELLER}:conv:{ALIAS}/{ORDER}"  # the previous release's relay id: alias inside
OLD_MSG = f"amazon:{SELLER}:msg:{ALIAS}/{ORDER}#<m1@mail.example>"
AE_CONV = f"aliexpress:CN1:conv:im/{AE_BUYER}"


def _buyer() -> Party:
    return Party(role=PartyRole.BUYER, platform_id=ALIAS, display_name=NAME)


def fill(store: SqlStore, old: datetime = OLD) -> None:
    label = f"{NAME}\n{ADDRESS}".encode()
    store.upsert_conversations(
        [
            Conversation(
                id=OLD_CONV, platform="amazon", account=f"amazon:{SELLER}", channel=Channel.RELAY_EMAIL,
                buyer=_buyer(), order_id=ORDER, subject=f"Inquiry from Amazon customer {NAME} (Order: {ORDER})",
                status=ConversationStatus.AWAITING_SELLER, last_message_at=old, tags=("vip",),
                raw={"headers": {"To": ALIAS}, "address": ADDRESS},
            ),
            Conversation(
                id=AE_CONV, platform="aliexpress", account="aliexpress:CN1", channel=Channel.IM,
                buyer=Party(role=PartyRole.BUYER, platform_id=AE_BUYER, display_name=AE_NAME),
                order_id="8123456789012345", last_message_at=old,
            ),
            Conversation(
                id=f"amazon:{SELLER}:conv:t-recent/{ORDER}", platform="amazon", account=f"amazon:{SELLER}",
                channel=Channel.RELAY_EMAIL, buyer=Party(role=PartyRole.BUYER, display_name="Recent Buyer"),
                order_id=ORDER, last_message_at=old + timedelta(days=50),
            ),
        ]
    )  # fmt: skip
    store.upsert_messages(
        [
            Message(
                id=OLD_MSG, conversation_id=OLD_CONV, direction=Direction.INBOUND, sender=_buyer(),
                channel=Channel.RELAY_EMAIL, body=f"Hallo, ich bin {NAME}, {ADDRESS}. Wo ist mein Paket?",
                attachments=(Attachment.from_bytes(f"{NAME} label.pdf", label, "application/pdf"),),
                sent_at=old - timedelta(hours=1), raw={"from": f"{NAME} <{ALIAS}>"},
            ),
            Message(
                id=f"amazon:{SELLER}:msg:{ALIAS}/{ORDER}#out1", conversation_id=OLD_CONV,
                direction=Direction.OUTBOUND, sender=Party(role=PartyRole.SELLER, platform_id=SELLER),
                channel=Channel.RELAY_EMAIL, body=f"Dear {NAME}, shipped to {ADDRESS}.", sent_at=old,
            ),
            Message(
                id=f"aliexpress:CN1:msg:im/{AE_BUYER}/9", conversation_id=AE_CONV, direction=Direction.INBOUND,
                sender=Party(role=PartyRole.BUYER, platform_id=AE_BUYER, display_name=AE_NAME),
                channel=Channel.IM, body=f"I am {AE_NAME}", sent_at=old,
            ),
            Message(  # a message whose conversation is not stored
                id=f"amazon:{SELLER}:msg:{ALIAS}/999-0000000-0000000#x", conversation_id=f"amazon:{SELLER}:conv:{ALIAS}/999-0000000-0000000",
                direction=Direction.INBOUND, sender=_buyer(), channel=Channel.RELAY_EMAIL, body=ADDRESS, sent_at=old,
            ),
        ]
    )  # fmt: skip
    reason = Solution(id="s1", proposer="buyer", kind=SolutionKind.REFUND, reason=f"send it to {ADDRESS}")
    store.upsert_disputes(
        [
            Dispute(
                id="aliexpress:CN1:dispute:77/8123456789012345", platform="aliexpress", account="aliexpress:CN1",
                order_id="8123456789012345", status=DisputeStatus.RESOLVED, reason="not as described",
                opened_at=old, updated_at=old, amount=Money(amount=Decimal("9.99"), currency="USD"),
                buyer_solutions=(reason,), evidence=(Attachment.from_bytes("me.png", label, "image/png"),),
                conversation_id=AE_CONV, raw={"buyer_login_id": AE_BUYER, "name": AE_NAME},
            )
        ]
    )  # fmt: skip
    entry = OutboxEntry(
        key="reply-1", account=f"amazon:{SELLER}", target=OLD_CONV, operation="send_reply",
        state=OutboxState.PENDING, created_at=old - timedelta(minutes=5),
    )  # fmt: skip
    store.begin(entry)
    sent = Message(
        id=f"amazon:{SELLER}:msg:{ALIAS}/{ORDER}#out1", conversation_id=OLD_CONV, direction=Direction.OUTBOUND,
        sender=Party(role=PartyRole.SELLER, platform_id=SELLER), channel=Channel.RELAY_EMAIL,
        body=f"Dear {NAME}, shipped to {ADDRESS}.", sent_at=old,
    )  # fmt: skip
    store.finish("reply-1", OutboxState.SENT, message=sent, error=None)
    table = store.tables.outbox
    with store.engine.begin() as conn:  # the sender recorded the text, and the entry is old
        conn.execute(table.update().values(body=f"Dear {NAME}", updated_at=old, error=f"bounced for {ALIAS}"))


def dump(store: SqlStore) -> dict[str, list[str]]:
    """Every row of every table of the store, as text (PostgreSQL: the whole row cast to text)."""
    rows: dict[str, list[str]] = {}
    with store.engine.connect() as conn:
        for table in store.tables.metadata.sorted_tables:
            name = store._driver.table(table)
            if store.dialect == "postgresql":
                found = [r[0] for r in conn.execute(text(f"SELECT t::text FROM {name} t ORDER BY 1"))]
            else:
                found = sorted(
                    repr(tuple(v.decode("utf-8", "replace") if isinstance(v, bytes) else v for v in row))
                    for row in conn.execute(text(f"SELECT * FROM {name}"))
                )
            rows[table.name] = found
    return rows


def _leaks(store: SqlStore) -> list[str]:
    encoded = [base64.urlsafe_b64encode(f"{NAME}\n{ADDRESS}".encode()).decode()[:20]]
    return [
        f"{table}: {needle!r}"
        for table, rows in dump(store).items()
        for row in rows
        for needle in [*NEEDLES, *encoded]
        if needle in row or needle.encode("unicode_escape").decode() in row
    ]


def test_no_buyer_name_alias_or_address_is_left_in_any_column(store: SqlStore) -> None:
    fill(store)
    assert _leaks(store), "the fixture must contain buyer data to begin with"
    report = store.purge(now=NOW)
    assert _leaks(store) == []
    assert (report.conversations, report.messages, report.disputes, report.outbox) == (2, 4, 1, 1)
    assert report.cutoff == NOW - DPP_RETENTION
    assert report.ids_replaced >= 4
    # The recent conversation (last activity 10 days ago) is untouched.
    recent = store.get_conversation(f"amazon:{SELLER}:conv:t-recent/{ORDER}")
    assert recent is not None and recent.buyer.display_name == "Recent Buyer"


def test_what_audit_needs_stays_and_old_ids_still_resolve(store: SqlStore) -> None:
    fill(store)
    store.purge(now=NOW)
    conv = store.get_conversation(OLD_CONV)  # the id issued before the purge
    assert conv is not None
    assert conv.id != OLD_CONV and ALIAS not in conv.id and conv.id.endswith(f"/{ORDER}")
    assert (conv.order_id, conv.status, conv.last_message_at, conv.tags) == (
        ORDER, ConversationStatus.AWAITING_SELLER, OLD, ("vip",),
    )  # fmt: skip
    assert conv.buyer.platform_id is None and conv.buyer.display_name is None and conv.subject is None
    assert store.get_conversation(conv.id) == conv  # the new id works too
    messages = list(store.messages(OLD_CONV))
    assert [m.direction for m in messages] == [Direction.INBOUND, Direction.OUTBOUND]
    assert all(m.conversation_id == conv.id and m.body == "" for m in messages)
    inbound = messages[0]
    body = f"Hallo, ich bin {NAME}, {ADDRESS}. Wo ist mein Paket?"
    import hashlib

    assert inbound.raw["marketmsg_purge"]["body_sha256"] == hashlib.sha256(body.encode()).hexdigest()
    [attachment] = inbound.attachments
    assert (
        attachment.content is None
        and attachment.sha256 == hashlib.sha256(f"{NAME}\n{ADDRESS}".encode()).hexdigest()
    )
    entry = store.get("reply-1")
    assert entry is not None and entry.state is OutboxState.SENT and entry.target == conv.id
    assert entry.message is not None and entry.message.body == ""
    [dispute] = list(store.disputes())
    assert (
        dispute.amount == Money(amount=Decimal("9.99"), currency="USD")
        and dispute.evidence[0].content is None
    )
    # The change feed says what was purged, under the new ids; earlier entries point at the new ids too.
    purged = [c for c in store.changes() if c.op.value == "purge"]
    assert {c.object_id for c in purged if c.entity.value == "conversation"} >= {conv.id}
    assert all(ALIAS not in c.object_id for c in store.changes())


def test_purge_is_idempotent(store: SqlStore) -> None:
    fill(store)
    store.purge(now=NOW)
    before = dump(store)
    again = store.purge(now=NOW)
    assert again.total == 0 and again.ids_replaced == 0
    assert dump(store) == before


def test_a_resync_of_purged_items_does_not_bring_the_data_back(store: SqlStore) -> None:
    fill(store)
    store.purge(now=NOW)
    result = store.upsert_conversations(
        [c for c in _conversations_again() if c.id == OLD_CONV or c.id == AE_CONV]
    )
    assert result.changed == ()
    assert _leaks(store) == []
    # New activity on the platform is a live conversation again: it is stored in full.
    newer = [c.model_copy(update={"last_message_at": NOW}) for c in _conversations_again() if c.id == AE_CONV]
    assert store.upsert_conversations(newer).changed == (AE_CONV,)


def _conversations_again() -> list[Conversation]:
    scratch = SqlStore("sqlite://")
    fill(scratch)
    found = list(scratch.conversations())
    scratch.close()
    return found


class _Hook:
    def __init__(self) -> None:
        self.calls: list[datetime] = []

    def purge_buyer_data(self, *, before: datetime) -> int:
        self.calls.append(before)
        return 3


def test_hooks_get_the_same_cutoff(store: SqlStore) -> None:
    hook = _Hook()
    assert isinstance(hook, PurgeHook) and isinstance(store, PurgeHook)
    report = store.purge(timedelta(days=7), hooks=[hook], now=NOW)
    assert hook.calls == [NOW - timedelta(days=7)] and report.hooks == {"_Hook": 3}
    with pytest.raises(StoreValueError, match="hooks"):
        store.purge(hooks=[object()], now=NOW)  # type: ignore[list-item]


def test_cutoff_arguments_are_checked(store: SqlStore) -> None:
    with pytest.raises(StoreValueError, match="older_than"):
        store.purge(timedelta(days=-1))
    with pytest.raises(StoreValueError, match="timezone"):
        store.purge(datetime(2026, 1, 1))
    assert store.purge(datetime(2026, 1, 1, tzinfo=UTC)).cutoff == datetime(2026, 1, 1, tzinfo=UTC)


def test_purge_by_platform_leaves_the_other_platform(store: SqlStore) -> None:
    fill(store)
    report = store.purge(platform="aliexpress", now=NOW)
    assert (report.conversations, report.disputes, report.outbox) == (1, 1, 0)
    still = store.get_conversation(OLD_CONV)
    assert still is not None and still.buyer.display_name == NAME


def test_async_purge(store: SqlStore) -> None:
    fill(store)

    async def main() -> int:
        return (await AsyncSqlStore(store).purge(now=NOW)).conversations

    assert anyio.run(main) == 2
    assert _leaks(store) == []


def test_cli_purge(tmp_path: Path) -> None:
    db = tmp_path / "cli.db"
    with SqlStore(db) as store:
        fill(store, old=datetime.now(UTC) - timedelta(days=400))
    result = CliRunner().invoke(app, ["store", "purge", "--store", str(db), "--older-than", "365d"])
    assert result.exit_code == 0, result.output
    assert "2 conversation(s)" in result.output
    with SqlStore(db) as store:
        assert _leaks(store) == []
    again = CliRunner().invoke(app, ["store", "purge", "--db", str(db), "--older-than", "365d"])
    assert again.exit_code == 0 and "0 conversation(s)" in again.output
    bad = CliRunner().invoke(app, ["store", "purge", "--db", str(db), "--older-than", "soon"])
    assert bad.exit_code == 2 and "older-than" in bad.output
