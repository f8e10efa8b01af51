"""Words split by invisible characters read as the words (``marketmsg.rules._invisible``).

A soft hyphen (U+00AD) or a zero-width space, non-joiner, joiner or word joiner inside "update" or "Bewertung"
shows nothing to the buyer, yet broke every phrase pattern: "upd\u200bate your review" passed; inside an order id it
made the id's tail a phone number. The text is read without them (contact, phrase and order-id rules). Each row of the
table carries one such character; the property test scatters them through violating and clean texts alike — a
violation stays blocked, a clean text stays clean, and every span stays inside the text.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketmsg.rules import check
from marketmsg.rules._invisible import visible

from ._blocking import blocks

ZWSP, SHY, ZWNJ, ZWJ, WJ, BOM = "\u200b", "\u00ad", "\u200c", "\u200d", "\u2060", "\ufeff"

# (platform, locale, text with an invisible character, the rule it must still block)
SPLIT = [
    ("amazon", "en-US", f"Could you please upd{ZWSP}ate your review to 5 stars?", "review.change"),
    (
        "amazon",
        "en-US",
        f"We will refund you 10 USD once you re{SHY}move your 1-star re{SHY}view.",
        "review.incentive",
    ),
    ("amazon", "de-DE", f"Könnten Sie Ihre Bewer{ZWNJ}tung bitte ändern?", "review.change"),
    ("amazon", "fr-FR", f"Pourriez-vous modi{ZWJ}fier votre avis, s'il vous plaît ?", "review.change"),
    ("amazon", "es-ES", f"¿Podría bo{WJ}rrar su reseña negativa?", "review.change"),
    (
        "aliexpress",
        "en-US",
        f"Please con{BOM}firm receipt now, before the parcel arrives.",
        "order.confirm_receipt_early",
    ),
    (
        "aliexpress",
        "en-US",
        f"You can pay us directly by Pay{ZWSP}Pal and save the fees.",
        "offplatform.payment",
    ),
    (
        "amazon",
        "en-US",
        f"Leave us a 5-star review and we will send you a free gift{SHY}card.",
        "review.incentive",
    ),
    ("amazon", "en-GB", f"Call me on 0797{SHY}123{SHY}4567 if the parcel is late.", "contact.phone"),
    ("amazon", "en-US", f"Write to bob@gm{ZWSP}ail.com instead.", "contact.email"),
]

CLEAN = [
    ("amazon", "en-US", "Thank you for your order 113-4471920-6638201. It shipped today with UPS."),
    ("amazon", "de-DE", "Vielen Dank für Ihre Bestellung. Das Paket ist heute mit DHL unterwegs."),
    (
        "aliexpress",
        "en-US",
        "Your parcel is on its way; please confirm receipt once it has arrived and you checked it.",
    ),
    ("amazon", "en-US", "Thanks for the review! We read every one of them."),
]
VIOLATING = [(platform, locale, text.translate({ord(c): None for c in ZWSP + SHY + ZWNJ + ZWJ + WJ + BOM}), rule)
             for platform, locale, text, rule in SPLIT]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), SPLIT)
def test_a_word_split_by_an_invisible_character_is_read_whole(
    platform: str, locale: str, text: str, rule: str
) -> None:
    assert rule in blocks(text, platform, locale)
    finding = next(f for f in check(text, platform=platform, locale=locale).blocking if f.rule == rule)
    assert 0 <= finding.start < finding.end <= len(text)


def test_an_order_id_split_by_a_soft_hyphen_is_still_the_order_id() -> None:
    text = f"Thank you for your order 11{SHY}3-4471920-6638201. It shipped today with UPS."
    assert {f.rule for f in check(text, platform="amazon", locale="en-US").findings} == set()


def test_a_text_of_invisible_characters_only_is_empty() -> None:
    report = check(f"{ZWSP}{SHY} {BOM}", platform="amazon", locale="en-US")
    assert [f.rule for f in report.blocking] == ["length.empty"]


def test_visible_maps_each_kept_character_back() -> None:
    text = f"a{ZWSP}{SHY}bc{BOM}"
    joined, where = visible(text) or ("", [])
    assert joined == "abc" and [text[i] for i in where] == list(joined)
    assert visible("plain text") is None


def _scatter(text: str, marks: list[tuple[int, str]]) -> str:
    out = list(text)
    for at, mark in sorted(marks, reverse=True):
        out.insert(at % (len(text) + 1), mark)
    return "".join(out)


MARKS = st.lists(
    st.tuples(st.integers(0, 10_000), st.sampled_from([ZWSP, SHY, ZWNJ, ZWJ, WJ, BOM])), max_size=6
)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(row=st.sampled_from(VIOLATING), marks=MARKS)
def test_scattered_invisible_characters_hide_no_violation(
    row: tuple[str, str, str, str], marks: list[tuple[int, str]]
) -> None:
    platform, locale, text, rule = row
    assert rule in blocks(text, platform, locale)
    hidden = _scatter(text, marks)
    assert rule in blocks(hidden, platform, locale)
    for finding in check(hidden, platform=platform, locale=locale).findings:
        assert 0 <= finding.start <= finding.end <= len(hidden)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(row=st.sampled_from(CLEAN), marks=MARKS)
def test_scattered_invisible_characters_raise_no_alarm_in_clean_text(
    row: tuple[str, str, str], marks: list[tuple[int, str]]
) -> None:
    platform, locale, text = row
    assert blocks(text, platform, locale) == set()
    assert blocks(_scatter(text, marks), platform, locale) == set()
