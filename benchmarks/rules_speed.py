"""Content-check speed: messages per second for 500-character messages, one core.

The messages are built from the labelled corpus (all eight languages, clean and violating) and cut or padded
to 500 characters. The baseline, measured in the same run on the same messages, is the obvious
implementation: phonenumbers' own ``PhoneNumberMatcher`` over the whole text plus one e-mail regex — i.e.
fewer rules, no prefilters. Results are printed as ratios (ours / baseline, ours / the 20,000 msg/s goal) so
they compare across machines.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import phonenumbers

from marketmsg.rules import check

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.rules_accuracy import load_corpus

GOAL = 20_000.0
LENGTH = 500
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def messages(*, clean_only: bool = False) -> list[tuple[str, str, str]]:
    """(platform, locale, 500-char text) built from the corpus, padded with same-language messages.

    ``clean_only`` builds them from the clean messages only: typical traffic, where most messages pass.
    """
    rows = [r for r in load_corpus() if not (clean_only and r["blocks"])]
    out: list[tuple[str, str, str]] = []
    for i, row in enumerate(rows):
        text = row["text"]
        j = i
        while len(text) < LENGTH:
            j = (j + 7) % len(rows)
            if rows[j]["lang"] == row["lang"]:
                text += " " + rows[j]["text"]
        out.append((row["platform"], row["locale"], text[:LENGTH]))
    return out


def replies() -> list[tuple[str, str, str]]:
    """Typical seller replies: the built-in templates in all eight languages, padded to 500 characters."""
    from datetime import date

    from marketmsg.templates import render_reply

    values = {
        "carrier": "DHL",
        "tracking": "1Z999AA10123456784",
        "shipped_on": date(2026, 11, 20),
        "expected_by": date(2026, 11, 26),
        "days": 3,
    }
    out = []
    for locale in ("en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "zh-CN"):
        for intent in ("delivery_status", "damaged_item"):
            text = render_reply(
                intent, order_id="303-1234567-1234567", buyer_locale=locale, values=values
            ).text
            while len(text) < LENGTH:
                text += "\n\n" + text
            out.append(("amazon", locale, text[:LENGTH]))
    return out


def _baseline(platform: str, locale: str, text: str) -> int:
    region = locale.rsplit("-", maxsplit=1)[-1]
    found = sum(1 for _ in phonenumbers.PhoneNumberMatcher(text, region))
    return found + len(_EMAIL.findall(text))


def _ours(platform: str, locale: str, text: str) -> int:
    return len(check(text, platform=platform, locale=locale).findings)


def rate(
    fn: Callable[[str, str, str], int], batch: list[tuple[str, str, str]], seconds: float = 1.5
) -> float:
    """Messages per CPU-second of this process over repeated passes for about ``seconds``.

    CPU time, not wall time, so other processes on a shared machine do not distort the figure.
    """
    for item in batch[:20]:
        fn(*item)  # warm-up: compile regexes, load metadata
    done, start = 0, time.process_time()
    while time.process_time() - start < seconds:
        for item in batch:
            fn(*item)
        done += len(batch)
    return done / (time.process_time() - start)


def main() -> None:
    """Print msgs/s and the ratios."""
    workloads = (
        ("typical replies (templates)", replies()),
        ("clean, tricky negatives", messages(clean_only=True)),
        ("violation-dense", messages()),
    )
    for label, batch in workloads:
        ours = rate(_ours, batch)
        base = rate(_baseline, batch)
        print(f"rules speed, {label}: {len(batch)} messages of {LENGTH} chars, 8 languages")
        print(f"  marketmsg.rules.check : {ours:10,.0f} msg/s")
        print(f"  baseline (phonenumbers matcher + e-mail regex): {base:10,.0f} msg/s")
        print(f"  ratio ours/baseline   : {ours / base:6.2f}x")
        print(f"  ratio ours/goal(20k)  : {ours / GOAL:6.2f}x")


if __name__ == "__main__":
    main()
