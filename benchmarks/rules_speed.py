"""Content-check speed: messages per second for 500-character messages, one core (issue 6 goal: 20,000/s).

Workloads, all 500 characters, eight languages:

- typical replies: the built-in reply templates (what most sellers send);
- clean, tricky negatives: clean corpus messages (order ids, ASINs, tracking numbers, prices, dates, carrier
  hotlines) run together;
- mixed traffic: 6 template replies : 3 clean corpus messages : 1 violating message — a realistic day;
- violation-dense: every corpus message (60 % violate) run together — the worst case, not the usual one.

The baseline, measured in the same run on the same messages, is the obvious implementation: phonenumbers' own
``PhoneNumberMatcher`` over the whole text plus one e-mail regex — i.e. fewer rules, no prefilters. Results are
printed as ratios (ours / baseline) so they compare across machines, plus the absolute rate against the goal.

Honesty notes: the check keeps no cache keyed on message text (only the locale -> phone-region lookup is
cached), so looping over the same messages does not flatter it. Rates are CPU time of this process, the median
of several rounds (the best round is shown too), because a shared machine's noise is one-sided.
"""

from __future__ import annotations

import re
import statistics
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
    fn: Callable[[str, str, str], int],
    batch: list[tuple[str, str, str]],
    rounds: int = 5,
    seconds: float = 0.4,
) -> tuple[float, float]:
    """(median, best) messages per CPU-second of this process over ``rounds`` rounds of about ``seconds`` each.

    CPU time, not wall time, so other processes on a shared machine distort the figure less.
    """
    for item in batch[:20]:
        fn(*item)  # warm-up: compile regexes, load metadata
    rates = []
    for _ in range(rounds):
        done, start = 0, time.process_time()
        while time.process_time() - start < seconds:
            for item in batch:
                fn(*item)
            done += len(batch)
        rates.append(done / (time.process_time() - start))
    return statistics.median(rates), max(rates)


def mixed() -> list[tuple[str, str, str]]:
    """6 template replies : 3 clean corpus messages : 1 violating message, interleaved."""
    typical, clean = replies(), messages(clean_only=True)
    violating = [m for m in messages() if m not in set(clean)]
    out: list[tuple[str, str, str]] = []
    for i in range(60):
        out.extend(typical[(6 * i + k) % len(typical)] for k in range(6))
        out.extend(clean[(3 * i + k) % len(clean)] for k in range(3))
        out.append(violating[i % len(violating)])
    return out


def main() -> None:
    """Print msgs/s, the ratio to the in-run baseline, and the rate against the 20,000 msg/s goal."""
    workloads = (
        ("typical replies (templates)", replies()),
        ("clean, tricky negatives", messages(clean_only=True)),
        ("mixed traffic (6 replies : 3 clean : 1 violating)", mixed()),
        ("violation-dense (worst case)", messages()),
    )
    for label, batch in workloads:
        ours, ours_best = rate(_ours, batch)
        base, _ = rate(_baseline, batch)
        verdict = "meets" if ours >= GOAL else "below"
        print(f"rules speed, {label}: {len(batch)} messages of {LENGTH} chars, 8 languages")
        print(f"  marketmsg.rules.check : {ours:10,.0f} msg/s median ({ours_best:,.0f} best round)")
        print(f"  baseline (phonenumbers matcher + e-mail regex): {base:10,.0f} msg/s")
        print(f"  ratio ours/baseline   : {ours / base:6.2f}x")
        print(f"  ratio ours/goal(20k)  : {ours / GOAL:6.2f}x ({verdict} the 20,000 msg/s goal)")


if __name__ == "__main__":
    main()
