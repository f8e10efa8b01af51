"""Which dispute actions a seller may take now — pure functions the client runs before any action request.

Every rule is a row of :data:`DISPUTE_RULES` with its source (../shared/platforms/aliexpress.md):

- ``aliexpress.dispute_status`` — §4.3 state machine (``issue_status``, ``reverse_detail_status``, solution
  statuses): nothing can be done on a finished or cancelled dispute; an escalated one is decided by AliExpress on
  the evidence; during a return the solution is already agreed; after-sales warranty (售后宝) disputes are
  adjudicated by the platform; only a solution waiting for the seller can be accepted.
- ``aliexpress.dispute_window`` — §5 timeline: the seller has 5 days to respond, otherwise the buyer's request
  executes; evidence only until it is due (when a due date is known).
- ``aliexpress.dispute_amount`` — §4.1/§4.3 ``issue.detail.get``: ``refund_money_max`` (+ ``_local``) is the most
  the order allows; ``issue.solution.save`` takes ``refund_amount`` + ``refund_amount_currency``. A proposal
  above the maximum, or in a currency the order has no maximum in, is refused (no conversion is guessed).

``client.disputes.act()`` runs :meth:`AliExpressRules.check_dispute_action` (which calls
:func:`check_dispute_action`) on the dispute as it is now, before any action request.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from marketmsg.adapter import DisputeAction, ProposeSolution
from marketmsg.models import Dispute, DisputeStatus, Money, SolutionStatus
from marketmsg.rules import Finding

__all__ = [
    "DISPUTE_RULES",
    "DisputeActions",
    "DisputeRule",
    "allowed_dispute_actions",
    "check_dispute_action",
]

ACCEPT, PROPOSE, EVIDENCE = "accept", "propose", "upload_evidence"
_EVERYTHING = (ACCEPT, PROPOSE, EVIDENCE)
_STATE_SOURCE = "AliExpress dispute state machine — platforms/aliexpress.md §4.3"
_WINDOW_SOURCE = (
    "AliExpress dispute timeline: 5 days to respond, else the buyer's request executes — aliexpress.md §5"
)
_AMOUNT_SOURCE = (
    "issue.detail.get refund_money_max(_local) is the most the order allows; issue.solution.save refund_amount "
    "+ refund_amount_currency — aliexpress.md §4.1, §4.3"
)
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

#: A refusal: (rule id, reason).
Refusal = tuple[str, str]


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def _open_solution_ids(dispute: Dispute) -> set[str]:
    """Ids of the buyer or platform solutions waiting for the seller."""
    ids: set[str] = set()
    for solution in dispute.buyer_solutions + dispute.platform_solutions:
        raw_status = str(solution.raw.get("status", "")) if isinstance(solution.raw, dict) else ""
        if solution.status in _OPEN_FOR_SELLER or raw_status in _OPEN_RAW:
            ids.add(solution.id)
    return ids


def _state(dispute: Dispute, action: str, solution_id: str | None, now: datetime) -> str | None:
    raw = (dispute.raw_status or "").lower()
    if dispute.status in _TERMINAL or raw in _TERMINAL_RAW:
        status = dispute.status.value if dispute.status is not DisputeStatus.UNKNOWN else raw
        return f"the dispute is {status}: nothing can be done on it any more"
    if isinstance(dispute.raw, dict) and dispute.raw.get("after_sale_warranty") in (True, "true"):
        return "after-sales warranty disputes are decided by AliExpress"
    if action == EVIDENCE:
        return None
    if dispute.status is DisputeStatus.ESCALATED:
        return "the dispute is escalated: AliExpress decides on the evidence"
    if dispute.status is DisputeStatus.IN_RETURN or raw in _RETURN_RAW:
        return "a return is under way: the solution is already agreed"
    if action == ACCEPT:
        waiting = _open_solution_ids(dispute)
        if not waiting:
            return "no buyer or platform solution is waiting for the seller"
        if solution_id is not None and solution_id not in waiting:
            return f"solution {solution_id} is not waiting for the seller (waiting: {', '.join(sorted(waiting))})"
    return None


def _window(dispute: Dispute, action: str, solution_id: str | None, now: datetime) -> str | None:
    due = dispute.timeline.seller_response_due
    if dispute.status is DisputeStatus.AWAITING_SELLER and due is not None and now > due.at:
        return f"the seller's response window closed at {due.at.isoformat()}; the buyer's request executes"
    evidence_due = dispute.timeline.evidence_due
    if action == EVIDENCE and evidence_due is not None and now > evidence_due.at:
        return f"evidence was due by {evidence_due.at.isoformat()}"
    return None


def _decimal(value: object) -> Decimal | None:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None
    return number if number.is_finite() else None


def order_maximums(dispute: Dispute) -> dict[str, Decimal]:
    """The most the order allows to refund, per currency: ``Dispute.amount`` (``refund_money_max``) and the
    local ``refund_money_max_local`` from the detail kept in ``raw``."""
    found: dict[str, Decimal] = {}
    if dispute.amount is not None:
        found[dispute.amount.currency] = dispute.amount.amount
    raw = dispute.raw if isinstance(dispute.raw, dict) else {}
    local, currency = _decimal(raw.get("refund_money_max_local")), raw.get("refund_money_max_local_currency")
    if local is not None and isinstance(currency, str) and currency.strip():
        found.setdefault(currency.strip().upper(), abs(local))
    return found


def _amount(dispute: Dispute, proposed: Money) -> str | None:
    maximums = order_maximums(dispute)
    if not maximums:
        return None  # the answer states no maximum: the platform decides
    most = maximums.get(proposed.currency)
    if most is None:
        return (
            f"the refund is in {proposed.currency}, but the order's amounts are in {', '.join(sorted(maximums))}: "
            "propose it in the order's currency"
        )
    if proposed.amount > most:
        return f"the refund {proposed} is more than the order allows ({most} {proposed.currency})"
    return None


@dataclass(frozen=True)
class DisputeRule:
    """A dispute-action rule: its id, its check (a reason when it refuses, else None) and its source."""

    id: str
    check: Callable[[Dispute, str, str | None, datetime], str | None]
    source: str


#: The state and window rules, in the order they are reported (the amount rule needs the proposal, below).
DISPUTE_RULES: tuple[DisputeRule, ...] = (
    DisputeRule("aliexpress.dispute_status", _state, _STATE_SOURCE),
    DisputeRule("aliexpress.dispute_window", _window, _WINDOW_SOURCE),
)
AMOUNT_RULE = "aliexpress.dispute_amount"


@dataclass(frozen=True)
class DisputeActions:
    """The actions allowed now (``accept`` / ``propose`` / ``upload_evidence``) and why the others are not.

    ``refused`` maps an action to the reason, ``rules`` to the id of the rule that refuses it.
    """

    allowed: frozenset[str]
    refused: Mapping[str, str] = field(default_factory=dict)
    rules: Mapping[str, str] = field(default_factory=dict)

    def allows(self, action: str) -> bool:
        """True when ``action`` may be taken now."""
        return action in self.allowed


def _refusal(dispute: Dispute, action: str, solution_id: str | None, now: datetime) -> Refusal | None:
    for rule in DISPUTE_RULES:
        reason = rule.check(dispute, action, solution_id, now)
        if reason is not None:
            return rule.id, reason
    return None


def allowed_dispute_actions(dispute: Dispute, *, now: datetime | None = None) -> DisputeActions:
    """What the seller may do on ``dispute`` at ``now`` (default: the system clock)."""
    when = _now(now)
    allowed: set[str] = set()
    refused: dict[str, str] = {}
    rules: dict[str, str] = {}
    for action in _EVERYTHING:
        refusal = _refusal(dispute, action, None, when)
        if refusal is None:
            allowed.add(action)
        else:
            rules[action], refused[action] = refusal
    return DisputeActions(frozenset(allowed), refused, rules)


def _source(rule: str) -> str:
    if rule == AMOUNT_RULE:
        return _AMOUNT_SOURCE
    return next(r.source for r in DISPUTE_RULES if r.id == rule)


def check_dispute_action(
    dispute: Dispute, action: DisputeAction | str, *, now: datetime | None = None
) -> list[Finding]:
    """Blocking findings when ``action`` (an action model, or its name) may not be taken on ``dispute`` now.

    With an action model the amount rule runs too (a :class:`~marketmsg.ProposeSolution` above the order's
    maximum or in another currency), and an accept names the solution it accepts.
    """
    when = _now(now)
    name = action if isinstance(action, str) else action.action
    solution_id = getattr(action, "solution_id", None)
    refusal = _refusal(dispute, name, solution_id, when)
    if refusal is None and isinstance(action, ProposeSolution):
        reason = _amount(dispute, action.amount)
        refusal = (AMOUNT_RULE, reason) if reason is not None else None
    if refusal is None:
        return []
    rule, reason = refusal
    allowed = allowed_dispute_actions(dispute, now=when).allowed
    return [
        Finding(
            rule=rule,
            severity="block",
            message=f"{name} is not possible on dispute {dispute.id}: {reason}.",
            suggestion="Allowed now: " + (", ".join(sorted(allowed)) or "nothing"),
            source=_source(rule),
        )
    ]
