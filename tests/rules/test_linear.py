"""Every regex over buyer/seller text is linear: adversarial 1 MB inputs finish in bounded time (issue 11.1, 14).

A generous guard, not a timing assertion: a check that backtracks catastrophically takes hours on these inputs
(and is stopped by the ``guard`` fixture of conftest.py); a linear one takes seconds. The inputs repeat what each detector hunts for
without ever completing a match, or complete it a hundred thousand times.
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

MB = 1_000_000

CASES = {
    "relay-style '1 x ' runs": "1 x " * (MB // 4),
    "a long local part without @": "a" * MB + "!@",
    "only at signs": "@" * MB,
    "spaced dots": " ." * (MB // 2),
    "spaced digits": "0 " * (MB // 2),
    "one digit run": "1" * MB,
    "phone prefixes": "+1 (" * (MB // 4),
    "open brackets": "([{<" * (MB // 4),
    "host-like fragments": "amaz0n-" * (MB // 7),
    "spelled at-words": "bob at " * (MB // 7),
    "www without a host": "www " * (MB // 4),
    "html openers": "<a " * (MB // 3),
    "line breaks": "\n" * MB,
    # Round 8 (batch I): split, look-alike and spelled numbers, spelled addresses, spaced links with a path.
    "digit groups joined by 'then'": "1 then " * (MB // 7),
    "look-alike digit groups after a phone word": "call " + "o1l " * (MB // 4),
    "letters o and l only": "call " + "ol" * (MB // 2),
    "spelled addresses": "ab.c et gmail nokta com " * (MB // 24),
    "spaced links with a path": "a-b . es / " * (MB // 11),
    "katakana digits": "ゼロハチ、" * (MB // 5),
    # Round 9-10 (batches J, K): disguised groups, two-part numbers, mixed numerals, payment names and own shops.
    "emoji between digit groups": "call 12 🌟 " * (MB // 10),
    "starts-with cues": "starts with 12 then " * (MB // 20),
    "numerals and digit groups": "幺三九，27，" * (MB // 7),
    "reversed addresses": "moc.a@" * (MB // 6),
    "payment names near us": "zelle us " * (MB // 9),
    "our own shop": "our own shop cancel " * (MB // 20),
    # Round 13 (batches N, O): review concepts, linked across sentences.
    "the review going live": "once your review is live we refund 5 usd " * (MB // 41),
    "photo reviews and rewards": "leave a review with photo and get a coupon " * (MB // 43),
    "whoever reviews gets": "customers who review get an extra " * (MB // 34),
    "look at it again": "could you take another look at your review " * (MB // 43),
    "only the satisfied": "only satisfied customers review " * (MB // 31),
    "pressure cues around reviews": "please, please review. third time. " * (MB // 35),
    "reviews going live in Japanese": "レビューが掲載され次第返金" * (MB // 13),
    "no review yet, next sentences": "no review yet. " * (MB // 15),
    # Round 16: a number in pieces around "the rest" — a megabyte of cues with one digit at its end.
    "piece cues before one digit": "my number, the rest " * (MB // 20) + "1",
    "pieces and cues": "call 12 34 the rest 56 " * (MB // 23),
    # Round 18 (batches T, U): a trade named before a change request, the carrier's line by pronoun, pleas not to
    # ignore next to the review, confirming only once collected.
    "in exchange, remove it": "in exchange, please remove your review " * (MB // 39),
    "call them after a carrier": "dhl said ring them on 0345 " * (MB // 27),
    "don't ignore the review": "your review. please don't ignore this. " * (MB // 39),
    "only once collected": "confirm receipt only once you collect it " * (MB // 41),
    "two-level spelled domains": "shop dot co dot " * (MB // 16),
    # Stop 46: hyphenated labels before dots and "co", domains spelled in the buyer's script.
    "hyphenated labels before dots": "ab-cd . ab-cd point ab-cd co " * (MB // 30),
    "native dots and TLDs": "الريم ستور دوت كوم נקודה קום ドット コム 닷 컴 " * (MB // 44),
}


# The inputs whose every few characters open a match that its vetoes then read (a match every 9 to 43 characters): a
# quarter megabyte of each, under the shorter guard — a linear check of the whole megabyte took 20-60 s each on the
# 2-core CI machine (a third of the suite's time, stop 52), and a quadratic pass over 200 kB still takes minutes.
DENSE = frozenset(
    {
        "payment names near us",
        "only the satisfied",
        "in exchange, remove it",
        "look at it again",
        "reviews going live in Japanese",
        "the review going live",
        "photo reviews and rewards",
        "our own shop",
        "whoever reviews gets",
        "no review yet, next sentences",
        "digit groups joined by 'then'",
    }
)


@pytest.mark.parametrize("name", sorted(CASES.keys() - DENSE))
def test_adversarial_megabyte_completes(name: str, guard: None) -> None:
    report = check(CASES[name], platform="amazon", locale="en-US")
    assert report.text is CASES[name]


@pytest.mark.parametrize("name", sorted(DENSE))
def test_dense_adversarial_quarter_megabyte_completes(name: str, dense_guard: None) -> None:
    text = CASES[name][: MB // 4]
    report = check(text, platform="amazon", locale="en-US")
    assert report.text is text


def test_dense_matches_stay_linear_too(guard: None) -> None:
    # A match per sentence, a hundred thousand times: findings grow linearly, the check with them.
    text = "Please confirm receipt now. " * (MB // 28)
    report = check(text, platform="aliexpress", locale="en")
    assert len(report.blocking) == MB // 28
