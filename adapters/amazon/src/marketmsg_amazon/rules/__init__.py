"""Amazon's rule pack (skeleton — filled in by the platform-rules issue)."""

from __future__ import annotations

from marketmsg.rules import Finding, RuleContext

__all__ = ["AMAZON_RULES"]


class _AmazonRules:
    platform = "amazon"

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        return []

    def check_send(self, context: RuleContext) -> list[Finding]:
        return []


AMAZON_RULES = _AmazonRules()
