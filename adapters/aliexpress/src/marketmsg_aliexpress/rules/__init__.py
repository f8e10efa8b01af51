"""AliExpress's rule pack: content policy, channel rules and dispute-action rules, each citing its source.

``ALIEXPRESS_RULES`` implements :class:`marketmsg.rules.RulePack`. Channel rule: no message after the account's
messaging channel closes — the account setting ``message_channel_closes_at`` (ISO 8601; station letters and
order messages were switched off for most apps, platforms/aliexpress.md §3.1) — and no reply when the
capability says replies are refused.
"""

from __future__ import annotations

from datetime import UTC, datetime

from marketmsg.adapter import DisputeAction
from marketmsg.models import Dispute
from marketmsg.rules import ContentRules, DeadlineRule, FactNeed, Finding, RuleContext

from ._content import (
    ALIEXPRESS_CONTENT_POLICY,
    ALIEXPRESS_NAMES,
    ALIEXPRESS_ORDER_ID,
    ALIEXPRESS_SECRET_PATTERNS,
)
from ._disputes import (
    DISPUTE_RULES,
    DisputeActions,
    DisputeRule,
    allowed_dispute_actions,
    check_dispute_action,
)

__all__ = [
    "ALIEXPRESS_CONTENT_POLICY",
    "ALIEXPRESS_NAMES",
    "ALIEXPRESS_ORDER_ID",
    "ALIEXPRESS_RESPONSE_SLA",
    "ALIEXPRESS_RULES",
    "ALIEXPRESS_SECRET_PATTERNS",
    "DISPUTE_RULES",
    "AliExpressRules",
    "DisputeActions",
    "DisputeRule",
    "allowed_dispute_actions",
    "check_dispute_action",
]

_CHANNEL = "AliExpress messaging APIs switched off for most apps — platforms/aliexpress.md §3.1"
#: "24-hour response rate" is a service data item (platforms/aliexpress.md §8); no official threshold found.
ALIEXPRESS_RESPONSE_SLA = DeadlineRule(
    "aliexpress.response_sla", 24, "aliexpress.md §8 (24-hour response rate)"
)


def _closes_at(context: RuleContext) -> datetime | None:
    raw = context.account.setting("message_channel_closes_at") if context.account is not None else None
    raw = raw if raw is not None else context.extra.get("message_channel_closes_at")
    if isinstance(raw, datetime):
        value = raw
    elif isinstance(raw, str) and raw:
        value = datetime.fromisoformat(raw)
    else:
        return None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


class AliExpressRules:
    """AliExpress's :class:`~marketmsg.rules.RulePack`."""

    platform = "aliexpress"
    #: How soon a buyer message should be answered (the core's SLA views read it from the pack).
    response_sla = ALIEXPRESS_RESPONSE_SLA
    #: Shapes of AliExpress secrets, for the core's redaction (the core knows no platform's token format).
    secret_patterns = ALIEXPRESS_SECRET_PATTERNS

    def __init__(self) -> None:
        self.content = ContentRules(ALIEXPRESS_CONTENT_POLICY)

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        """Content findings; the missing-order-id warning only for messages about an order."""
        findings = self.content.check(text, context)
        if context.order is None and context.order_id is None:
            findings = [f for f in findings if f.rule != "order.missing_id"]
        return findings

    def content_inputs(self, context: RuleContext) -> tuple[object, ...]:
        """What :meth:`check_content` reads of ``context``: the core's inputs and whether the message is about an
        order (a send whose facts change neither checks its text once)."""
        return (*self.content.inputs(context), context.order is None and context.order_id is None)

    def facts_needed(self, text: str | None, context: RuleContext) -> list[FactNeed]:
        """No rule here reads order facts; the reply rule reads the capability, which AliExpress derives from the
        account's settings without a request (``marketmsg_aliexpress._capabilities``)."""
        return [FactNeed("aliexpress.reply_not_allowed", capability=True)]

    def check_send(self, context: RuleContext) -> list[Finding]:
        """Channel findings: the account's channel has closed, or replies are refused for the conversation."""
        findings: list[Finding] = []
        now = context.now or datetime.now(UTC)
        closes = _closes_at(context)
        if closes is not None and now >= closes:
            findings.append(
                Finding(
                    rule="aliexpress.channel_closed",
                    severity="block",
                    message=f"This account's AliExpress messaging channel closed at {closes.isoformat()}.",
                    suggestion="Answer through the dispute negotiation or the channel the app may still call.",
                    source=_CHANNEL,
                )
            )
        capability = context.capability
        if capability is not None and (context.kind or "reply") == "reply" and not capability.can_reply:
            why = capability.why_not("reply") or "AliExpress does not allow a reply here now"
            findings.append(
                Finding(
                    rule="aliexpress.reply_not_allowed",
                    severity="block",
                    message=f"Replies are not possible: {why}.",
                    suggestion="Check the account's messaging API setting.",
                    source=_CHANNEL,
                )
            )
        return findings

    def check_dispute_action(
        self, dispute: Dispute, action: DisputeAction, context: RuleContext
    ) -> list[Finding]:
        """The dispute's state, its deadlines at ``context.now`` and a proposal's amount (``_disputes.py``)."""
        return check_dispute_action(dispute, action, now=context.now)


ALIEXPRESS_RULES = AliExpressRules()
