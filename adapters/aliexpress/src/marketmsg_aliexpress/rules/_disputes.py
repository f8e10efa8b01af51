"""Which dispute actions a seller may take now — a pure function the adapter calls before acting.

Sources (../shared/platforms/aliexpress.md): §4.3 state machine (``issue_status``, ``reverse_detail_status``,
solution statuses), §5 timeline (seller has 5 days to respond or the buyer's request executes; after escalation
the platform rules on evidence), §4.3 after-sales warranty (售后宝) disputes are adjudicated by the platform.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from marketmsg.models import Dispute, DisputeStatus, SolutionStatus
from marketmsg.rules import Finding

__all__ = ["DisputeActions", "allowed_dispute_actions", "check_dispute_action"]

ACCEPT, PROPOSE, EVIDENCE = "accept", "propose", "upload_evidence"
_SOURCE = "AliExpress dispute state machine and timeline — platforms/aliexpress.md §4.3, §5"
_TERMINAL = frozenset({DisputeStatus.RESOLVED, DisputeStatus.REJECTED, DisputeStatus.CANCELLED})
_TERMINAL_RAW = frozenset(
    {"return_success", "refund_success", "refund_reject", "ae_feedback_finish", "finish", "canceled_issue"}
)
#: reverse_detail_status values while a return is under way: only evidence is useful then.
_RETURN_RAW = frozenset(
    {
        "wait_for_buyer_return",
        "wait_for_service_provider_response",
        "wait_for_warehouse_confirmation",
        "wait_for_warehouse_quality_check",
        "wait_for_seller_confirmation",
        "wait_for_seller_set_return_address",
    }
)
_OPEN_FOR_SELLER = frozenset({SolutionStatus.PROPOSED})
_OPEN_RAW = frozenset({"wait_seller_accept", "wait_buyer_and_seller_accept"})


@dataclass(frozen=True)
class DisputeActions:
    """The actions allowed now (``accept`` / ``propose`` / ``upload_evidence``) and why the others are not."""

    allowed: frozenset[str]
    refused: Mapping[str, str] = field(default_factory=dict)

    def allows(self, action: str) -> bool:
        """True when ``action`` may be taken now."""
        return action in self.allowed


def _has_open_buyer_solution(dispute: Dispute) -> bool:
    for solution in dispute.buyer_solutions + dispute.platform_solutions:
        raw_status = str(solution.raw.get("status", "")) if solution.raw else ""
        if solution.status in _OPEN_FOR_SELLER or raw_status in _OPEN_RAW:
            return True
    return False


def allowed_dispute_actions(dispute: Dispute, *, now: datetime | None = None) -> DisputeActions:
    """What the seller may do on ``dispute`` at ``now`` (default: the system clock)."""
    now = now or datetime.now(UTC)
    everything = (ACCEPT, PROPOSE, EVIDENCE)
    raw = (dispute.raw_status or "").lower()
    if dispute.status in _TERMINAL or raw in _TERMINAL_RAW:
        return DisputeActions(frozenset(), {a: f"the dispute is {dispute.status.value}" for a in everything})
    if dispute.raw and dispute.raw.get("after_sale_warranty") in (True, "true"):
        return DisputeActions(
            frozenset(), {a: "after-sales warranty disputes are decided by AliExpress" for a in everything}
        )
    due = dispute.timeline.seller_response_due
    if dispute.status is DisputeStatus.AWAITING_SELLER and due is not None and now > due.at:
        reason = f"the seller's response window closed at {due.at.isoformat()}; the buyer's request executes"
        return DisputeActions(frozenset(), {a: reason for a in everything})
    evidence_due = dispute.timeline.evidence_due
    evidence_ok = evidence_due is None or now <= evidence_due.at
    refused: dict[str, str] = {}
    allowed: set[str] = set()
    if evidence_ok:
        allowed.add(EVIDENCE)
    else:
        refused[EVIDENCE] = f"evidence was due by {evidence_due.at.isoformat()}" if evidence_due else "closed"
    if dispute.status is DisputeStatus.ESCALATED:
        refused[ACCEPT] = refused[PROPOSE] = "the dispute is escalated: AliExpress decides on the evidence"
    elif dispute.status is DisputeStatus.IN_RETURN or raw in _RETURN_RAW:
        refused[ACCEPT] = refused[PROPOSE] = "a return is under way: the solution is already agreed"
    else:
        allowed.add(PROPOSE)
        if _has_open_buyer_solution(dispute):
            allowed.add(ACCEPT)
        else:
            refused[ACCEPT] = "no buyer or platform solution is waiting for the seller"
    return DisputeActions(frozenset(allowed), refused)


def check_dispute_action(dispute: Dispute, action: str, *, now: datetime | None = None) -> list[Finding]:
    """A blocking finding when ``action`` is not allowed on ``dispute`` now, else nothing."""
    actions = allowed_dispute_actions(dispute, now=now)
    if actions.allows(action):
        return []
    reason = actions.refused.get(action, "not allowed in this state")
    return [
        Finding(
            rule="aliexpress.dispute_action",
            severity="block",
            message=f"{action} is not possible on dispute {dispute.id}: {reason}.",
            suggestion="Allowed now: " + (", ".join(sorted(actions.allowed)) or "nothing"),
            source=_SOURCE,
        )
    ]
