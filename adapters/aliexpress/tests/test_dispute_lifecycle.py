"""A dispute from opening to agreement, through the client, with deadlines checked to the minute across the
end of Pacific daylight time (2026-11-01 02:00 PDT → 01:00 PST)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from marketmsg import (
    AcceptSolution,
    DisputeStatus,
    Money,
    ProposeSolution,
    ReachedType,
    SolutionKind,
    SolutionStatus,
    VirtualClock,
)
from marketmsg.sandbox import SandboxSpec
from marketmsg_aliexpress import compute_timeline
from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator, build_sandbox

from .conftest import account


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(utc(2026, 10, 29, 16, 30))  # Thursday 09:30 PDT


def test_opened_countered_refused_escalation_accepted(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    issue = sim.open_issue(IM_SELLER, "8200000001", "us7770001", "30.00", reason="Item not received")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000001"

    # 1. opened: the seller has 5 Pacific calendar days — 2026-11-03 09:30 PST, i.e. 17:30 UTC (not 16:30).
    opened = client.disputes.get(dispute_id)
    assert opened.status is DisputeStatus.AWAITING_SELLER
    assert opened.opened_at == utc(2026, 10, 29, 16, 30)
    assert opened.timeline.seller_response_due is not None
    assert opened.timeline.seller_response_due.at == utc(2026, 11, 3, 17, 30)
    assert opened.timeline.seller_response_due.source == "platform"
    buyer_solution = opened.buyer_solutions[0]
    assert buyer_solution.amount == Money(amount=Decimal("30.00"), currency="USD")

    # 2. the seller counter-offers (this is also how a seller refuses the buyer's request)
    clock.set(utc(2026, 10, 30, 16, 30))
    countered = client.disputes.act(
        dispute_id,
        ProposeSolution(
            kind=SolutionKind.REFUND,
            amount=Money(amount="10", currency="USD"),
            reason="Tracking shows delivery tomorrow; partial refund for the delay",
        ),
    )
    assert countered.status is DisputeStatus.AWAITING_BUYER
    assert countered.seller_solutions[0].status is SolutionStatus.PROPOSED
    assert countered.seller_solutions[0].amount == Money(amount="10.00", currency="USD")
    assert countered.timeline.seller_response_due is None, "it is the buyer's move"

    # 3. the buyer refuses (and thereby modifies the request): the seller's 5 days restart, across the DST end
    clock.set(utc(2026, 10, 31, 18, 0))  # 11:00 PDT
    sim.buyer_refuse(issue.id)
    refused = client.disputes.get(dispute_id)
    assert refused.status is DisputeStatus.AWAITING_SELLER
    assert refused.seller_solutions[0].status is SolutionStatus.REFUSED
    assert refused.timeline.seller_response_due is not None
    assert refused.timeline.seller_response_due.at == utc(2026, 11, 5, 19, 0)  # 11:00 PST

    # 4. the escalation window, computed from the rule table: day 4 to day 15, automatic from day 16
    timeline = refused.timeline
    assert timeline.escalation_opens is not None and timeline.escalation_closes is not None
    assert timeline.auto_escalation_at is not None
    assert timeline.escalation_opens.at == utc(2026, 11, 1, 17, 30)  # 09:30 PST, after the change at 02:00
    assert timeline.escalation_closes.at == utc(2026, 11, 13, 17, 30)
    assert timeline.auto_escalation_at.at == utc(2026, 11, 13, 17, 30)
    assert timeline.escalation_opens.source == "rule:escalation_opens_day"
    # Without the platform's countdown the rule table gives the same seller deadline.
    fallback = compute_timeline(
        opened_at=refused.opened_at or clock.now(), buyer_changed_at=utc(2026, 10, 31, 18, 0)
    )
    assert fallback.seller_response_due is not None
    assert fallback.seller_response_due.at == utc(2026, 11, 5, 19, 0)
    assert fallback.seller_response_due.source == "rule:seller_response_days"

    # 5. the seller accepts the buyer's solution: resolved by negotiation
    clock.set(utc(2026, 11, 2, 17, 0))
    accepted = client.disputes.act(dispute_id, AcceptSolution(solution_id=buyer_solution.id))
    assert accepted.status is DisputeStatus.RESOLVED
    assert accepted.raw_status == "refund_success"
    reached = accepted.buyer_solutions[0]
    assert reached.status is SolutionStatus.REACHED
    assert reached.reached_type is ReachedType.NEGOTIATION
    assert accepted.timeline.seller_response_due is None

    # the negotiation record reads as a (read-only) conversation
    assert accepted.conversation_id is not None
    records = client.messages.list(accepted.conversation_id).to_list()
    assert [m.sender.role.value for m in records] == ["buyer", "seller", "buyer", "seller"]


def test_buyer_accepting_the_counter_offer_resolves_the_dispute(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    issue = sim.open_issue(IM_SELLER, "8200000002", "us7770002", "30.00", reason="Item not received")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000002"
    countered = client.disputes.act(
        dispute_id,
        ProposeSolution(
            kind=SolutionKind.REFUND,
            amount=Money(amount="12", currency="USD"),
            reason="Partial refund for the delay",
        ),
    )
    offer = countered.seller_solutions[0]
    assert countered.status is DisputeStatus.AWAITING_BUYER

    clock.set(utc(2026, 10, 30, 9, 0))
    sim.buyer_accept(issue.id, offer.id)
    resolved = client.disputes.get(dispute_id)
    assert resolved.status is DisputeStatus.RESOLVED
    reached = resolved.seller_solutions[0]
    assert reached.status is SolutionStatus.REACHED
    assert reached.amount == Money(amount="12.00", currency="USD")
    assert reached.reached_type is ReachedType.NEGOTIATION
    assert resolved.timeline.seller_response_due is None


def test_return_solutions_need_a_return_address(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    from marketmsg import ConfigurationError

    issue = sim.open_issue(IM_SELLER, "8200000002", "us7770002", "30.00")
    client = make_client(account(spec, settings={"return_address_id": None}))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000002"
    before = len(sim.requests)
    with pytest.raises(ConfigurationError, match="return address"):
        client.disputes.act(
            dispute_id,
            ProposeSolution(
                kind=SolutionKind.RETURN_AND_REFUND,
                amount=Money(amount="30", currency="USD"),
                reason="Please return it",
            ),
        )
    assert all("solution.save" not in str(r.url) for r in sim.requests[before:])


def test_evidence_upload(spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any) -> None:
    from marketmsg import Attachment, UploadEvidence

    issue = sim.open_issue(IM_SELLER, "8200000003", "us7770003", "30.00")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000003"
    photo = Attachment.from_bytes("proof.jpg", b"\xff\xd8\xff\xe0 fake jpeg", "image/jpeg")
    after = client.disputes.act(dispute_id, UploadEvidence(attachments=(photo,)))
    assert sim.state.uploads == [(issue.id, photo.content)]
    assert len(after.evidence) == 1
    assert after.evidence[0].url is not None and after.evidence[0].url.startswith("https://ae01.alicdn.com/")


def test_counter_offer_above_the_maximum_is_refused_by_the_client_and_the_gateway(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from marketmsg import BadRequestError, DisputeActionRefused
    from marketmsg_aliexpress.rules import AliExpressRules

    issue = sim.open_issue(IM_SELLER, "8200000004", "us7770004", "30.00")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000004"
    too_much = ProposeSolution(
        kind=SolutionKind.REFUND, amount=Money(amount="99", currency="USD"), reason="x"
    )
    with pytest.raises(DisputeActionRefused) as caught:
        client.disputes.act(dispute_id, too_much)
    assert caught.value.rule == "aliexpress.dispute_amount"
    assert not issue.seller_solutions
    # With the client's rule out of the way, the simulated gateway refuses it as AliExpress does.
    monkeypatch.setattr(AliExpressRules, "check_dispute_action", lambda self, d, a, c: [])
    with pytest.raises(BadRequestError, match="refund-amount-exceeds-max"):
        client.disputes.act(dispute_id, too_much)


def test_dispute_listing_pages_and_filters(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    client = make_client(account(spec))
    everything = client.disputes.list().to_list()
    paged = client.disputes.list(page_size=1).to_list()
    assert [d.id for d in paged] == [d.id for d in everything]
    resolved = client.disputes.list(status=DisputeStatus.RESOLVED).to_list()
    assert resolved and all(d.status is DisputeStatus.RESOLVED for d in resolved)
    by_order = client.disputes.list(order_id=everything[0].order_id).to_list()
    assert [d.id for d in by_order] == [everything[0].id]


def test_sandbox_spec_is_fresh_per_call() -> None:
    a, b = build_sandbox(), build_sandbox()
    assert a.controller is not b.controller


def test_evidence_with_a_note_is_refused_rather_than_dropped(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any
) -> None:
    from marketmsg import Attachment, ConfigurationError, UploadEvidence

    issue = sim.open_issue(IM_SELLER, "8200000005", "us7770005", "30.00")
    client = make_client(account(spec))
    photo = Attachment.from_bytes("proof.jpg", b"\xff\xd8 jpeg", "image/jpeg")
    with pytest.raises(ConfigurationError, match="images only"):
        client.disputes.act(
            f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000005",
            UploadEvidence(attachments=(photo,), note="tracking shows delivered"),
        )
    assert sim.state.uploads == []


def test_unanswered_request_executes_when_the_seller_countdown_ends(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    issue = sim.open_issue(IM_SELLER, "8200000006", "us7770006", "30.00")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000006"
    due = client.disputes.get(dispute_id).timeline.seller_response_due
    assert due is not None
    clock.set(due.at + timedelta(minutes=1))
    after = client.disputes.get(dispute_id)
    assert after.status is DisputeStatus.RESOLVED
    assert after.buyer_solutions[0].reached_type is ReachedType.SELLER_TIMEOUT


def test_open_dispute_escalates_automatically_on_day_16(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, clock: VirtualClock
) -> None:
    issue = sim.open_issue(IM_SELLER, "8200000007", "us7770007", "30.00")
    client = make_client(account(spec))
    dispute_id = f"aliexpress:{IM_SELLER}:dispute:{issue.id}/8200000007"
    clock.advance(86400)
    client.disputes.act(
        dispute_id,
        ProposeSolution(
            kind=SolutionKind.REFUND, amount=Money(amount="5", currency="USD"), reason="Partial refund"
        ),
    )
    auto = client.disputes.get(dispute_id).timeline.auto_escalation_at
    assert auto is not None
    clock.set(auto.at - timedelta(minutes=1))
    assert client.disputes.get(dispute_id).status is DisputeStatus.AWAITING_BUYER
    clock.set(auto.at)
    assert client.disputes.get(dispute_id).status is DisputeStatus.ESCALATED
