"""What the rule tables ask of a check: the rules that block ``text`` (warnings aside)."""

from __future__ import annotations

from marketmsg.rules import check


def blocks(text: str, platform: str, locale: str) -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}
