"""Disputes (AliExpress issues; Amazon A-to-z claims modelled but fed by the user), solutions and deadlines."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from ._base import MarketmsgModel, Raw, UtcDatetime
from .attachment import Attachment
from .money import Money

__all__ = [
    "Deadline",
    "Dispute",
    "DisputeStatus",
    "DisputeTimeline",
    "ReachedType",
    "Solution",
    "SolutionKind",
    "SolutionStatus",
]


class DisputeStatus(StrEnum):
    AWAITING_SELLER = "awaiting_seller"
    AWAITING_BUYER = "awaiting_buyer"
    IN_RETURN = "in_return"
    ESCALATED = "escalated"
    RESOLVED = "resolved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"
    UNKNOWN = "unknown"


class SolutionKind(StrEnum):
    REFUND = "refund"
    RETURN_AND_REFUND = "return_and_refund"
    OTHER = "other"


class SolutionStatus(StrEnum):
    PROPOSED = "proposed"
    ACCEPTED = "accepted"
    REFUSED = "refused"
    REACHED = "reached"
    CANCELLED = "cancelled"
    EXECUTING = "executing"
    UNKNOWN = "unknown"


class ReachedType(StrEnum):
    NEGOTIATION = "negotiation"
    ARBITRATION = "arbitration"
    SELLER_TIMEOUT = "seller_timeout"
    UNKNOWN = "unknown"


class Solution(MarketmsgModel):
    """A proposed or agreed outcome."""

    id: str
    proposer: str  # buyer / seller / platform
    kind: SolutionKind
    amount: Money | None = None
    amount_usd: Money | None = None
    logistics_fee: Money | None = None
    logistics_fee_bearer: str | None = None
    status: SolutionStatus = SolutionStatus.PROPOSED
    reached_type: ReachedType | None = None
    reason: str | None = None
    created_at: UtcDatetime | None = None
    raw: Raw = None


class Deadline(MarketmsgModel):
    """An instant and where it came from: ``platform`` (the platform said so) or ``rule:<id>`` (computed)."""

    at: UtcDatetime
    source: str


class DisputeTimeline(MarketmsgModel):
    """Every deadline of a dispute that is known; ``None`` where it does not apply or cannot be known."""

    seller_response_due: Deadline | None = None
    escalation_opens: Deadline | None = None
    escalation_closes: Deadline | None = None
    auto_escalation_at: Deadline | None = None
    return_ship_due: Deadline | None = None
    evidence_due: Deadline | None = None


class Dispute(MarketmsgModel):
    """A buyer dispute. ``raw_status`` keeps the platform status; an unknown one maps to ``UNKNOWN``."""

    id: str
    platform: str
    account: str
    order_id: str | None = None
    status: DisputeStatus
    raw_status: str | None = None
    reason: str | None = None
    opened_at: UtcDatetime | None = None
    updated_at: UtcDatetime | None = None
    amount: Money | None = None
    buyer_solutions: tuple[Solution, ...] = ()
    seller_solutions: tuple[Solution, ...] = ()
    platform_solutions: tuple[Solution, ...] = ()
    evidence: tuple[Attachment, ...] = ()
    timeline: DisputeTimeline = Field(default_factory=DisputeTimeline)
    conversation_id: str | None = None
    raw: Raw = None
