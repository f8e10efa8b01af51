"""Store fixtures: every store test runs on SQLite (a temp file) and on the real PostgreSQL on loopback."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from marketmsg.models import (
    Attachment,
    Authenticity,
    Channel,
    Conversation,
    ConversationStatus,
    Deadline,
    Direction,
    Dispute,
    DisputeStatus,
    DisputeTimeline,
    Message,
    MessageKind,
    Money,
    Party,
    PartyRole,
    ReachedType,
    Solution,
    SolutionKind,
    SolutionStatus,
)
from marketmsg.store import SqlStore

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)

POSTGRES_URL = os.environ.get("MARKETMSG_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/test")


def postgres_available() -> str | None:
    """None when the test server answers, else why it does not."""
    try:
        import psycopg
    except ModuleNotFoundError:
        return "psycopg is not installed (pip install 'marketmsg[postgres]')"
    dsn = POSTGRES_URL.replace("postgresql+psycopg://", "postgresql://")
    try:
        psycopg.connect(dsn, connect_timeout=2).close()
    except psycopg.Error as exc:
        return f"PostgreSQL at {POSTGRES_URL} not reachable ({type(exc).__name__}); set MARKETMSG_TEST_POSTGRES_URL"
    return None


def make_store(kind: str, tmp_path: Path) -> SqlStore:
    if kind == "sqlite":
        return SqlStore(tmp_path / "store.db")
    reason = postgres_available()
    if reason:
        pytest.skip(f"needs PostgreSQL: {reason}")
    # A unique table prefix per test: runs (and parallel workers) on the shared server never see each other.
    return SqlStore(POSTGRES_URL, table_prefix=f"t{uuid.uuid4().hex[:10]}_")


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    created = make_store(request.param, tmp_path)
    try:
        yield created
    finally:
        if created.dialect == "postgresql":
            created.drop_tables()
        created.close()


class Samples:
    """Fully populated unified models (every optional field set), for round-trip tests."""

    account = "fakemarket:FM-SELLER-1"

    @staticmethod
    def conversation(native: str = "c1", **changes: object) -> Conversation:
        values: dict[str, object] = {
            "id": f"fakemarket:FM-SELLER-1:conv:{native}",
            "platform": "fakemarket",
            "account": Samples.account,
            "channel": Channel.RELAY_EMAIL,
            "buyer": Party(
                role=PartyRole.BUYER, platform_id="x7@marketplace.amazon.de", display_name="Jürgen Ö"
            ),
            "order_id": "303-1234567-1234567",
            "subject": "Wo ist meine Bestellung?",
            "status": ConversationStatus.AWAITING_SELLER,
            "unread_count": 2,
            "last_message_at": T0 + timedelta(hours=1),
            "last_inbound_at": T0 + timedelta(hours=1),
            "last_outbound_at": T0,
            "response_due": T0 + timedelta(hours=25),
            "tags": ("vip", "late"),
            "raw": {"nested": [1, "two", {"three": None}]},
        }
        values.update(changes)
        return Conversation(**values)

    @staticmethod
    def message(native: str = "c1/m1", **changes: object) -> Message:
        conv, _, _ = native.partition("/")
        values: dict[str, object] = {
            "id": f"fakemarket:FM-SELLER-1:msg:{native}",
            "conversation_id": f"fakemarket:FM-SELLER-1:conv:{conv}",
            "direction": Direction.INBOUND,
            "sender": Party(role=PartyRole.BUYER, platform_id="b1", display_name="B"),
            "kind": MessageKind.REPLY,
            "channel": Channel.RELAY_EMAIL,
            "body": "Hallo 👋\nWo ist das Paket?",
            "attachments": (
                Attachment.from_bytes("photo.jpg", bytes(range(256)), "image/jpeg"),
                Attachment(
                    filename="label.pdf", content_type="application/pdf", size=10, url="https://x.test/l"
                ),
            ),
            "sent_at": T0 + timedelta(hours=1),
            "platform_message_id": "m1",
            "authenticity": Authenticity(dkim="pass", dmarc="pass", trusted=True, reason="aligned"),
            "raw": {"headers": {"X": "y"}},
        }
        values.update(changes)
        return Message(**values)

    @staticmethod
    def dispute(native: str = "d1", **changes: object) -> Dispute:
        money = Money(amount=Decimal("12.34"), currency="EUR")
        solution = Solution(
            id="s1",
            proposer="buyer",
            kind=SolutionKind.RETURN_AND_REFUND,
            amount=money,
            amount_usd=Money(amount=Decimal("13.00"), currency="USD"),
            logistics_fee=Money(amount=0, currency="EUR"),
            logistics_fee_bearer="seller",
            status=SolutionStatus.PROPOSED,
            reached_type=ReachedType.NEGOTIATION,
            reason="broken",
            created_at=T0,
            raw={"id": 1},
        )
        values: dict[str, object] = {
            "id": f"fakemarket:FM-SELLER-1:dispute:{native}",
            "platform": "fakemarket",
            "account": Samples.account,
            "order_id": "FM-1000",
            "status": DisputeStatus.AWAITING_SELLER,
            "raw_status": "wait_for_seller_response",
            "reason": "Item damaged",
            "opened_at": T0,
            "updated_at": T0 + timedelta(hours=2),
            "amount": money,
            "buyer_solutions": (solution,),
            "seller_solutions": (solution.model_copy(update={"id": "s2"}),),
            "platform_solutions": (),
            "evidence": (Attachment.from_bytes("proof.png", b"\x89PNG\r\n\x1a\n\x00\xff", "image/png"),),
            "timeline": DisputeTimeline(
                seller_response_due=Deadline(at=T0 + timedelta(days=5), source="platform"),
                escalation_opens=Deadline(at=T0 + timedelta(days=3), source="rule:ae-escalation"),
            ),
            "conversation_id": "fakemarket:FM-SELLER-1:conv:c1",
            "raw": {"issue_id": 42},
        }
        values.update(changes)
        return Dispute(**values)


@pytest.fixture
def samples() -> type[Samples]:
    return Samples
