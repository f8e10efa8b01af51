"""SLA classification is a pure function of the deadline and now (table-driven)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from marketmsg import Conversation, ConversationStatus, Party, PartyRole
from marketmsg.inbox import DUE_SOON, SlaState, conversation_sla, sla_state

NOW = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("due", "expected"),
    [
        (None, SlaState.NONE),
        (NOW - timedelta(minutes=1), SlaState.OVERDUE),
        (NOW, SlaState.OVERDUE),  # due "now" is already too late to start writing
        (NOW + timedelta(minutes=1), SlaState.DUE_SOON),
        (NOW + DUE_SOON, SlaState.DUE_SOON),
        (NOW + DUE_SOON + timedelta(seconds=1), SlaState.ON_TRACK),
    ],
)
def test_sla_state(due: datetime | None, expected: SlaState) -> None:
    assert sla_state(due, NOW) is expected


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (ConversationStatus.AWAITING_SELLER, SlaState.OVERDUE),
        (ConversationStatus.AWAITING_BUYER, SlaState.NONE),  # nothing owed by the seller
        (ConversationStatus.CLOSED, SlaState.NONE),
    ],
)
def test_only_conversations_awaiting_the_seller_owe_a_reply(
    status: ConversationStatus, expected: SlaState
) -> None:
    conv = Conversation(
        id="fakemarket:S:conv:c1",
        platform="fakemarket",
        account="fakemarket:S",
        channel="other",
        buyer=Party(role=PartyRole.BUYER),
        status=status,
        response_due=NOW - timedelta(hours=1),
    )
    assert conversation_sla(conv, NOW) is expected
