"""AliExpress's rule pack (skeleton — filled in by the platform-rules issue)."""

from __future__ import annotations

from marketmsg.rules import Finding, RuleContext

__all__ = ["ALIEXPRESS_RULES"]


class _AliExpressRules:
    platform = "aliexpress"

    def check_content(self, text: str, context: RuleContext) -> list[Finding]:
        return []

    def check_send(self, context: RuleContext) -> list[Finding]:
        return []


ALIEXPRESS_RULES = _AliExpressRules()
