"""AliExpress rules: channel closing, reply refusal, dispute actions by state and deadline (aliexpress.md §3–§5)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from marketmsg.adapter import AcceptSolution, DisputeAction, ProposeSolution
from marketmsg.models import (
    Account,
    Capability,
    Deadline,
    Dispute,
    DisputeStatus,
    DisputeTimeline,
    Money,
    Solution,
    SolutionKind,
    SolutionStatus,
)
from marketmsg.rules import RuleContext
from marketmsg_aliexpress.rules import ALIEXPRESS_RULES, allowed_dispute_actions, check_dispute_action

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
HOUR = timedelta(hours=1)


def account(closes: str | None) -> Account:
    settings = {"message_channel_closes_at": closes} if closes else {}
    return Account(platform="aliexpress", seller_id="AE1", settings=settings)


@pytest.mark.parametrize(
    ("closes", "now", "expected"),
    [
        (None, NOW, []),
        ("2026-11-23T12:00:00+00:00", NOW - HOUR, []),
        ("2026-11-23T12:00:00+00:00", NOW, ["aliexpress.channel_closed"]),
        ("2026-11-23T20:00:00+08:00", NOW, ["aliexpress.channel_closed"]),  # same instant in Beijing time
        ("2026-11-23T21:00:00+08:00", NOW, []),
    ],
)
def test_no_message_after_the_channel_closes(closes: str | None, now: datetime, expected: list[str]) -> None:
    context = RuleContext(platform="aliexpress", account=account(closes), now=now)
    assert [f.rule for f in ALIEXPRESS_RULES.check_send(context)] == expected


def test_reply_refused_when_capability_says_so() -> None:
    capability = Capability(platform="aliexpress", account="aliexpress:AE1", can_reply=False, raw={})
    context = RuleContext(platform="aliexpress", kind="reply", capability=capability, now=NOW)
    assert [f.rule for f in ALIEXPRESS_RULES.check_send(context)] == ["aliexpress.reply_not_allowed"]


def solution(status: SolutionStatus, raw_status: str = "") -> Solution:
    return Solution(
        id="s1", proposer="buyer", kind=SolutionKind.REFUND, status=status, raw={"status": raw_status}
    )


def dispute(
    status: DisputeStatus,
    *,
    raw_status: str | None = None,
    due: datetime | None = None,
    evidence_due: datetime | None = None,
    buyer: tuple[Solution, ...] = (),
    raw: Any = None,
    amount: Money | None = None,
) -> Dispute:
    timeline = DisputeTimeline(
        seller_response_due=Deadline(at=due, source="platform") if due else None,
        evidence_due=Deadline(at=evidence_due, source="platform") if evidence_due else None,
    )
    return Dispute(
        id="d1",
        platform="aliexpress",
        account="aliexpress:AE1",
        status=status,
        raw_status=raw_status,
        timeline=timeline,
        buyer_solutions=buyer,
        raw=raw or {},
        amount=amount,
    )


OPEN = (solution(SolutionStatus.PROPOSED, "wait_seller_accept"),)


@pytest.mark.parametrize(
    ("d", "allowed"),
    [
        (
            dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW + HOUR),
            {"accept", "propose", "upload_evidence"},
        ),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR), {"propose", "upload_evidence"}),
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW - HOUR), set()),  # 5-day window over
        (dispute(DisputeStatus.AWAITING_BUYER, buyer=OPEN), {"accept", "propose", "upload_evidence"}),
        (dispute(DisputeStatus.ESCALATED), {"upload_evidence"}),
        (dispute(DisputeStatus.ESCALATED, evidence_due=NOW - HOUR), set()),
        (dispute(DisputeStatus.IN_RETURN), {"upload_evidence"}),
        (dispute(DisputeStatus.UNKNOWN, raw_status="wait_for_buyer_return"), {"upload_evidence"}),
        (dispute(DisputeStatus.RESOLVED), set()),
        (dispute(DisputeStatus.UNKNOWN, raw_status="refund_success"), set()),
        (dispute(DisputeStatus.CANCELLED), set()),
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, raw={"after_sale_warranty": True}), set()),
    ],
)
def test_allowed_dispute_actions(d: Dispute, allowed: set[str]) -> None:
    actions = allowed_dispute_actions(d, now=NOW)
    assert actions.allowed == allowed
    for action in {"accept", "propose", "upload_evidence"} - allowed:
        assert actions.refused[action]
        assert actions.rules[action] in {"aliexpress.dispute_status", "aliexpress.dispute_window"}


def test_check_dispute_action_explains_what_is_allowed() -> None:
    d = dispute(DisputeStatus.ESCALATED)
    (finding,) = check_dispute_action(d, "accept", now=NOW)
    assert finding.rule == "aliexpress.dispute_status" and finding.severity == "block"
    assert "upload_evidence" in (finding.suggestion or "")
    assert check_dispute_action(d, "upload_evidence", now=NOW) == []


def refund(amount: str, currency: str = "USD") -> ProposeSolution:
    return ProposeSolution(
        kind=SolutionKind.REFUND, amount=Money(amount=amount, currency=currency), reason="r"
    )


ORDER = Money(amount="40.00", currency="USD")
LOCAL = {"refund_money_max_local": "37.10", "refund_money_max_local_currency": "EUR"}


@pytest.mark.parametrize(
    ("d", "action", "rule"),
    [
        # status: nothing on a closed dispute; accept only a solution waiting for the seller
        (dispute(DisputeStatus.RESOLVED, buyer=OPEN), AcceptSolution(solution_id="s1"), "aliexpress.dispute_status"),
        (dispute(DisputeStatus.CANCELLED), refund("1"), "aliexpress.dispute_status"),
        (dispute(DisputeStatus.REJECTED), "upload_evidence", "aliexpress.dispute_status"),
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW + HOUR), AcceptSolution(solution_id="s9"),
         "aliexpress.dispute_status"),
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW + HOUR), AcceptSolution(solution_id="s1"), None),
        # window: past the seller's deadline, and evidence past its due date
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW - timedelta(days=30)),
         AcceptSolution(solution_id="s1"), "aliexpress.dispute_window"),
        (dispute(DisputeStatus.AWAITING_SELLER, buyer=OPEN, due=NOW - HOUR), refund("1"), "aliexpress.dispute_window"),
        (dispute(DisputeStatus.ESCALATED, evidence_due=NOW - HOUR), "upload_evidence", "aliexpress.dispute_window"),
        # amount: at most the order amount, in the order's currency (refund_money_max, else its local twin)
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER), refund("40.00"), None),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER), refund("0"), None),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER), refund("40.01"),
         "aliexpress.dispute_amount"),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER), refund("10", "EUR"),
         "aliexpress.dispute_amount"),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER, raw=LOCAL), refund("37.10", "EUR"),
         None),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR, amount=ORDER, raw=LOCAL), refund("37.11", "EUR"),
         "aliexpress.dispute_amount"),
        (dispute(DisputeStatus.AWAITING_SELLER, due=NOW + HOUR), refund("999"), None),  # no maximum stated
        # the order of the rules: a closed dispute is reported as closed, not as too expensive
        (dispute(DisputeStatus.RESOLVED, amount=ORDER), refund("99"), "aliexpress.dispute_status"),
    ],
)  # fmt: skip
def test_dispute_action_rules(d: Dispute, action: DisputeAction | str, rule: str | None) -> None:
    findings = check_dispute_action(d, action, now=NOW)
    assert [f.rule for f in findings] == ([rule] if rule else [])
    assert all(f.severity == "block" and f.source for f in findings)
    context = RuleContext(platform="aliexpress", now=NOW)
    if not isinstance(action, str):  # the pack's hook (what the client calls) gives the same findings
        assert ALIEXPRESS_RULES.check_dispute_action(d, action, context) == findings


def test_missing_order_id_warns_only_about_an_order() -> None:
    assert (
        ALIEXPRESS_RULES.check_content("Hello, the item is in stock.", RuleContext(platform="aliexpress"))
        == []
    )


@pytest.mark.parametrize(
    ("now", "allowed"),
    [
        # Opened 2026-10-29 16:30 UTC; the rule-table answer is due 5 Pacific days later, across the DST change.
        (datetime(2026, 11, 3, 17, 29, tzinfo=UTC), {"accept", "propose", "upload_evidence"}),
        (datetime(2026, 11, 3, 17, 31, tzinfo=UTC), set()),
    ],
)
def test_dispute_actions_follow_the_adapters_timeline(now: datetime, allowed: set[str]) -> None:
    from marketmsg_aliexpress.timeline import compute_timeline

    timeline = compute_timeline(opened_at=datetime(2026, 10, 29, 16, 30, tzinfo=UTC))
    d = Dispute(
        id="d2",
        platform="aliexpress",
        account="aliexpress:AE1",
        status=DisputeStatus.AWAITING_SELLER,
        timeline=timeline,
        buyer_solutions=OPEN,
        raw={},
    )
    assert allowed_dispute_actions(d, now=now).allowed == allowed
