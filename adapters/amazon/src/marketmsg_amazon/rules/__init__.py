"""Amazon's rule pack: content policy (``AMAZON_CONTENT_POLICY``) and capability rules, each citing its source.

``AMAZON_RULES`` implements :class:`marketmsg.rules.RulePack`; the adapter exposes it as ``rule_pack`` and the
client runs it before every send. ``marketmsg check "…" --platform amazon`` runs its content half.
"""

from __future__ import annotations

import re

from marketmsg.models import Fulfilment, OrderFact
from marketmsg.rules import ContentRules, FactNeed, Finding, RuleContext

from ._capability import CRITICAL_KINDS, FBA_PROACTIVE_KINDS, ONE_PER_ORDER_KINDS, check_send, send_needs
from ._content import (
    AMAZON_CONTENT_POLICY,
    AMAZON_NAMES,
    AMAZON_ORDER_ID,
    AMAZON_SECRET_PATTERNS,
    FBA_CUSTOMER_SERVICE_TOPICS,
    RELAY_ATTACHMENT_TYPES,
    RELAY_MAX_ATTACHMENT_BYTES,
    RELAY_TEXT_ADVISORY,
)
from ._deadlines import AMAZON_ATOZ_RESPONSE, AMAZON_RESPONSE_SLA, atoz_response_due

__all__ = [
    "AMAZON_ATOZ_RESPONSE",
    "AMAZON_CONTENT_POLICY",
    "AMAZON_NAMES",
    "AMAZON_ORDER_ID",
    "AMAZON_RESPONSE_SLA",
    "AMAZON_RULES",
    "AMAZON_SECRET_PATTERNS",
    "CRITICAL_KINDS",
    "FBA_PROACTIVE_KINDS",
    "ONE_PER_ORDER_KINDS",
    "RELAY_ATTACHMENT_TYPES",
    "RELAY_MAX_ATTACHMENT_BYTES",
    "RELAY_TEXT_ADVISORY",
    "AmazonRules",
    "atoz_response_due",
]

_FBA_SOURCE = "Amazon Buyer-Seller Messaging Service overview — platforms/amazon.md §5.4 [doc]"


def _fba_topic(text: str) -> re.Match[str] | None:
    """Return/refund wording, which Amazon handles itself on FBA orders (the routing warning's trigger)."""
    return FBA_CUSTOMER_SERVICE_TOPICS.search(text.lower())


class AmazonRules:
    """Amazon's :class:`~marketmsg.rules.RulePack`."""

    platform = "amazon"
    #: How soon a buyer message should be answered (the core's SLA views read it from the pack).
    response_sla = AMAZON_RESPONSE_SLA
    #: Shapes of Amazon secrets, for the core's redaction (the core knows no platform's token format).
    secret_patterns = AMAZON_SECRET_PATTERNS

    def __init__(self) -> None:
        self.content = ContentRules(AMAZON_CONTENT_POLICY)

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        """Content findings, plus the FBA routing warning for return/refund wording on Amazon-fulfilled orders."""
        findings = self.content.check(text, context)
        order = context.order
        if order is not None and order.fulfilment is Fulfilment.PLATFORM:
            match = _fba_topic(text)
            if match is not None:
                findings.append(
                    Finding(
                        rule="amazon.fba_customer_service",
                        severity="warn",
                        message=f"Order {order.order_id} is fulfilled by Amazon: returns and refunds are handled by "
                        "Amazon Customer Service, not by the seller.",
                        start=match.start(),
                        end=match.end(),
                        suggestion="Answer product questions only and refer the buyer to Amazon Customer Service.",
                        source=_FBA_SOURCE,
                    )
                )
        return findings

    def content_inputs(self, context: RuleContext) -> tuple[object, ...]:
        """What :meth:`check_content` reads of ``context``: the core's inputs and whether Amazon fulfils the order
        (a send whose facts change neither checks its text once)."""
        order = context.order
        return (*self.content.inputs(context), order is not None and order.fulfilment is Fulfilment.PLATFORM)

    def check_send(self, context: RuleContext) -> list[Finding]:
        """Capability findings (FBA, gift returns, opt-out, windows, one per order, offered actions)."""
        return check_send(context)

    def facts_needed(self, text: str | None, context: RuleContext) -> list[FactNeed]:
        """A reply needs the fulfilment channel only when its text touches returns or refunds (the FBA routing
        warning), and nothing else — so an ordinary reply costs no SP-API call. Proactive kinds need what their
        capability rules read, the offered actions, and the buyer's locale (phone numbers are judged in the
        buyer's region)."""
        kind = context.kind or "reply"
        needs = send_needs(kind)
        if text and _fba_topic(text) is not None:
            needs.append(FactNeed("amazon.fba_customer_service", frozenset({OrderFact.FULFILMENT})))
        if kind != "reply":
            needs.append(FactNeed("contact.phone", frozenset({OrderFact.LOCALE})))
        return needs


AMAZON_RULES = AmazonRules()
