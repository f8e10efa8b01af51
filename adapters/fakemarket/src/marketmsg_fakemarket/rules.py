"""Fakemarket's rule pack: it has no rules, so every send passes and none reads order facts first.

A real platform's pack (see ``marketmsg_amazon.rules``) checks content (contact details, links, review
manipulation …) and capability (opt-outs, windows) before anything is sent, each rule citing its source, and
declares in ``facts_needed`` which order facts its rules read — the client reads only those, once, cached.
"""

from __future__ import annotations

from collections.abc import Sequence

from marketmsg.rules import FactNeed, Finding, RuleContext

__all__ = ["FakemarketRules"]


class FakemarketRules:
    platform = "fakemarket"

    def check_content(self, text: str, context: RuleContext) -> Sequence[Finding]:
        return ()

    def check_send(self, context: RuleContext) -> Sequence[Finding]:
        return ()

    def facts_needed(self, text: str | None, context: RuleContext) -> Sequence[FactNeed]:
        return ()  # no rule, so a send reads nothing before it goes
