"""Render docs/adapters/support-matrix.md from the installed adapters' declared features and rate limits.

Run: ``python scripts/gen_support_matrix.py`` (``--check`` exits 1 when the committed page is stale; CI runs it).
"""

from __future__ import annotations

import sys
from pathlib import Path

from _generated import write_or_check

from marketmsg._registry import load_all
from marketmsg.adapter import Feature

PAGE = Path(__file__).resolve().parent.parent / "docs" / "adapters" / "support-matrix.md"


def render() -> str:
    adapters = load_all()
    names = sorted(adapters)
    lines = [
        "# Support matrix",
        "",
        "Generated from the adapters' declared `features` by `scripts/gen_support_matrix.py` — do not edit by hand.",
        "",
        "| feature | " + " | ".join(adapters[n].display_name for n in names) + " |",
        "|---|" + "---|" * len(names),
    ]
    for feature in Feature:
        marks = ["✓" if feature in adapters[n].features else "—" for n in names]
        lines.append(f"| `{feature.value}` | " + " | ".join(marks) + " |")
    lines += ["", "## Declared rate limits", ""]
    for name in names:
        limits = adapters[name].rate_limits
        if not limits:
            continue
        lines += [
            f"### {adapters[name].display_name}",
            "",
            "| operation | rate (req/s) | burst |",
            "|---|---|---|",
        ]
        lines += [f"| `{op}` | {lim.rate:g} | {lim.burst} |" for op, lim in sorted(limits.items())]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str]) -> int:
    return write_or_check(PAGE, render(), argv, "python scripts/gen_support_matrix.py")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
