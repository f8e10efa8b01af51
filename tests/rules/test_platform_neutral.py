"""The rules core names no platform: names, id shapes, hosts and secrets come from the adapters' packs (issue 10)."""

from __future__ import annotations

import ast
from pathlib import Path

import marketmsg.rules

RULES = Path(marketmsg.rules.__file__).parent
PLATFORM_WORDS = ("amazon", "aliexpress", "amzn")


def test_no_string_literal_in_the_rules_core_names_a_platform() -> None:
    offenders = []
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                low = node.value.lower()
                if any(word in low for word in PLATFORM_WORDS):
                    offenders.append(f"{path.name}:{node.lineno}: {node.value[:60]!r}")
    assert offenders == []


def test_platform_names_reach_the_rules_through_the_pack() -> None:
    from marketmsg.rules import check

    # "Pay outside of X" needs X's names: the packs give them, in the platforms' scripts too.
    assert check("You can pay outside of Amazon, it is cheaper.", platform="amazon").blocked
    assert check("Платите вне AliExpress, так дешевле.", platform="aliexpress").blocked
    assert not check(
        "Order 303-1234567-1234567: you can pay outside of the office hours too.", platform="amazon"
    ).blocked
