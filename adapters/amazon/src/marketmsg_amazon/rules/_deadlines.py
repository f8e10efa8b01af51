"""Amazon's deadlines as data: the buyer-message response SLA and the A-to-z claim response window.

Sources (../shared/platforms/amazon.md): "Respond within 24 hours, including weekends and holidays" — Seller
Central 202152030 / 200549770, §5.3; A-to-z claim: answer within 48 h (page 1781) vs 72 h (page 27951) —
conflicting, 48 h is the safe default and 72 h is configurable, §5.5.
"""

from __future__ import annotations

from datetime import datetime

from marketmsg.models import Deadline
from marketmsg.rules import DeadlineRule

__all__ = ["AMAZON_ATOZ_RESPONSE", "AMAZON_RESPONSE_SLA", "atoz_response_due"]

#: "Respond within 24 hours, including weekends and holidays". Configurable (e.g. the historic December 12 h).
AMAZON_RESPONSE_SLA = DeadlineRule(
    "amazon.response_sla", 24, "Seller Central 202152030, 200549770 — amazon.md §5.3"
)

#: A-to-z claim: 48 h by default (page 1781), 72 h configurable (page 27951).
AMAZON_ATOZ_RESPONSE = DeadlineRule(
    "amazon.atoz_response", 48, "Seller Central 1781 (48 h) vs 27951 (72 h) — amazon.md §5.5; 48 h default"
)


def atoz_response_due(notified_at: datetime, *, hours: float | None = None) -> Deadline:
    """When the seller's answer to an A-to-z claim notified at ``notified_at`` is due (48 h; 72 configurable)."""
    return AMAZON_ATOZ_RESPONSE.due(notified_at, hours=hours)
