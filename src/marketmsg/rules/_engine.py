"""Running the rules: a platform's pack (found through its adapter) over a text and a send context."""

from __future__ import annotations

from functools import lru_cache

from .._registry import get_adapter
from ._types import Finding, Report, RuleContext, RulePack

__all__ = ["check", "evaluate", "rule_pack_for"]


def rule_pack_for(platform: str) -> RulePack | None:
    """The rule pack of the adapter named ``platform`` (raises UnknownAdapterError for an unknown name)."""
    return get_adapter(platform).rule_pack


def evaluate(text: str | None, context: RuleContext, pack: RulePack | None = None) -> Report:
    """Content findings on ``text`` plus capability findings for ``context``, blocking findings first."""
    pack = pack if pack is not None else rule_pack_for(context.platform)
    findings: list[Finding] = []
    if pack is not None:
        if text:
            findings.extend(pack.check_content(text, context))
        findings.extend(pack.check_send(context))
    findings.sort(key=lambda f: (f.severity != "block", f.start, f.rule))
    return Report(text=text or "", findings=tuple(findings))


def check(text: str, *, platform: str, locale: str | None = None, kind: str | None = None) -> Report:
    """Check a message text against ``platform``'s content rules.

    >>> report = check("Write me at bob@example.com", platform="fakemarket")  # doctest: +SKIP
    >>> report.blocked
    True
    """
    pack = rule_pack_for(platform)
    context = _context(platform, locale, kind)
    findings = list(pack.check_content(text, context)) if pack is not None else []
    if len(findings) > 1:  # most messages have none: skip building sort keys
        findings.sort(key=lambda f: (f.start, f.severity != "block", f.rule))
    return Report(text=text, findings=tuple(findings))


@lru_cache(maxsize=1024)
def _context(platform: str, locale: str | None, kind: str | None) -> RuleContext:
    """The context of a text-only check, built once per (platform, locale, kind): contexts are immutable, and
    building one (a frozen dataclass of 13 fields) cost as much as a tenth of a typical check."""
    return RuleContext(platform=platform, locale=locale, kind=kind)
