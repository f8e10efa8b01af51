"""Fakemarket's published rate limits, as data: operation name → bucket.

Source: the (fictional) Fakemarket API reference, "Rate limits": every operation allows 5 requests per second
per seller, with a burst of 10. A real adapter cites the platform's page beside each number.
"""

from __future__ import annotations

from marketmsg.adapter import RateLimit

__all__ = ["OPERATIONS", "RATE_LIMITS"]

#: The operation names the flows pass to ``Adapter.call`` (and that the contract kit checks are declared).
OPERATIONS = ("listConversations", "getConversation", "listMessages", "sendMessage", "markRead")

RATE_LIMITS: dict[str, RateLimit] = {operation: RateLimit(rate=5.0, burst=10) for operation in OPERATIONS}
