"""``issue.detail.get`` payloads → unified Dispute, table-driven from MODEL.md and a fixture shaped like the
official SDK's ``IssueDetailOpenApiDTO`` (non-simplified lists, numeric ids, Pacific dates across the March DST
change)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from marketmsg import DisputeStatus, Money, PartyRole, ReachedType, SolutionKind, SolutionStatus
from marketmsg_aliexpress._conversation_mapping import process_message
from marketmsg_aliexpress._dispute_mapping import dispute_from_detail, dispute_status
from marketmsg_aliexpress._envelope import unwrap
from marketmsg_aliexpress._wire import IssueDetail

FIXTURE = Path(__file__).parent / "fixtures" / "issue_detail.json"

STATUS_TABLE = [  # MODEL.md "Dispute"
    ("processing", "wait_for_seller_response", DisputeStatus.AWAITING_SELLER),
    ("processing", "wait_for_your_response", DisputeStatus.AWAITING_SELLER),
    ("processing", "wait_for_your_evidence", DisputeStatus.AWAITING_SELLER),
    ("processing", "wait_for_seller_set_return_address", DisputeStatus.AWAITING_SELLER),
    ("processing", "wait_for_seller_confirmation", DisputeStatus.AWAITING_SELLER),
    ("processing", "wait_for_buyer_response", DisputeStatus.AWAITING_BUYER),
    ("processing", "wait_for_buyer_return", DisputeStatus.AWAITING_BUYER),
    ("processing", "wait_for_service_provider_response", DisputeStatus.IN_RETURN),
    ("processing", "wait_for_warehouse_confirmation", DisputeStatus.IN_RETURN),
    ("processing", "wait_for_warehouse_quality_check", DisputeStatus.IN_RETURN),
    ("processing", "wait_for_AE_feedback", DisputeStatus.ESCALATED),
    ("processing", "wait_ae_final_feedback", DisputeStatus.ESCALATED),
    ("processing", "wait_for_final_solution", DisputeStatus.ESCALATED),
    ("finish", "refund_success", DisputeStatus.RESOLVED),
    ("finish", "return_success", DisputeStatus.RESOLVED),
    ("finish", "ae_feedback_finish", DisputeStatus.RESOLVED),
    ("finish", "refund_reject", DisputeStatus.REJECTED),
    ("canceled_issue", None, DisputeStatus.CANCELLED),
    ("processing", "something_new_from_aliexpress", DisputeStatus.UNKNOWN),
]


@pytest.mark.parametrize(("issue_status", "reverse", "expected"), STATUS_TABLE)
def test_status_table(issue_status: str, reverse: str | None, expected: DisputeStatus) -> None:
    assert dispute_status(issue_status, reverse) is expected


def _detail() -> IssueDetail:
    body: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    payload = unwrap(body, "aliexpress.issue.detail.get")
    return IssueDetail.model_validate(payload["result"]["result_object"])


def test_detail_maps_to_a_dispute() -> None:
    dispute = dispute_from_detail(
        _detail(),
        dispute_id="aliexpress:s:dispute:915000001/8100000001",
        account="aliexpress:s",
        conversation_id=None,
    )
    assert dispute.status is DisputeStatus.AWAITING_SELLER
    assert dispute.opened_at == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)  # 23:30 PST
    assert dispute.amount == Money(amount=Decimal("25.00"), currency="USD")
    (buyer,) = dispute.buyer_solutions
    assert (buyer.id, buyer.kind, buyer.status) == (
        "77001",
        SolutionKind.RETURN_AND_REFUND,
        SolutionStatus.PROPOSED,
    )
    assert buyer.amount == Money(amount="132.50", currency="BRL")
    assert buyer.amount_usd == Money(amount="25.00", currency="USD")
    assert buyer.logistics_fee_bearer == "seller"
    assert dispute.seller_solutions == ()
    (platform,) = dispute.platform_solutions  # a single item in the wrapped shape
    assert (platform.status, platform.reached_type) == (SolutionStatus.CANCELLED, ReachedType.ARBITRATION)
    assert [e.url for e in dispute.evidence] == ["https://ae01.alicdn.com/kf/Hbroken.jpg"]
    due = dispute.timeline.seller_response_due
    assert due is not None and due.source == "platform"
    assert due.at == datetime(2026, 3, 13, 6, 30, tzinfo=UTC)  # 23:30 PDT: after the spring-forward change
    opens = dispute.timeline.escalation_opens
    assert opens is not None and opens.at == datetime(
        2026, 3, 11, 6, 30, tzinfo=UTC
    )  # day 4, Pacific wall clock


def test_process_records_read_as_messages() -> None:
    detail = _detail()
    roles = [
        process_message(p, i, conversation_id="c", message_id=lambda n: f"m{n}").sender.role
        for i, p in enumerate(detail.process_dto_list)
    ]
    assert roles == [PartyRole.BUYER, PartyRole.SELLER, PartyRole.PLATFORM]
    first = process_message(detail.process_dto_list[0], 0, conversation_id="c", message_id=lambda n: f"m{n}")
    assert first.attachments[0].url == "https://ae01.alicdn.com/kf/Hbroken.jpg"
