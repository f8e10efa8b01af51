"""Round 20 (issue 12.6), tuned on blind batch AA: what seller automation sends.

Violations: review gating ("If it's anything less than 5 stars, please reply to this message", "no need to leave a
bad review", "Before leaving a review, please call our support line"); the earlier request recalled ("in case our
first email got buried"); a deadline in hours ("within the next 48 hours"); a warranty upgraded for a review; "se
accetta di modificarla o rimuoverla" with a refund; "-15 % … avec le code". Clean: the compliant request that invites
everyone, a newsletter sign-up at the shop's address (promotion, not a sale moved off the platform), "无论好评还是建议".
The rows were written for this table, not copied from the batch.

Sources: asking only for positive reviews and diverting negative ones (Amazon review policy, E8SYAZUBGVFBHCH;
AliExpress §8), repeated requests, compensation for reviews (shared/platforms/amazon.md §5.1), promotional content
(Communication Guidelines).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    ("amazon", "en-US", "How would you rate the kettle? If it's anything less than 5 stars, please reply to this message first.", {"review.positive_only"}),
    ("amazon", "en-GB", "Not happy? Email us and we'll fix it, no need to leave a bad review.", {"review.positive_only"}),
    ("amazon", "en-US", "Before leaving a review, please call our support team so we can help.", {"review.positive_only"}),
    ("amazon", "en-US", "Just a nudge in case our first email got lost: could you leave a quick review of the lamp?", {"review.pressure"}),
    ("amazon", "en-US", "Please leave your review within the next 48 hours, after that the link expires.", {"review.pressure"}),
    ("amazon", "en-US", "Leave a review and we'll upgrade your warranty to lifetime coverage.", {"review.incentive"}),
    ("amazon", "it-IT", "Abbiamo visto la sua recensione. Le rimborsiamo il 20% se accetta di modificarla o rimuoverla.", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Profitez de -10 % sur votre prochaine commande avec le code MERCI10.", {"marketing.promotion"}),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "If you have a moment, we'd welcome your honest review, whatever your experience was."),
    ("amazon", "nl-NL", "Schrijf je in voor onze nieuwsbrief op www.tuinplezier.nl en ontvang tips voor je volgende bestelling."),
    ("amazon", "zh-CN", "欢迎留下您的真实评价，无论好评还是建议，对其他顾客都很有帮助。"),
    ("amazon", "en-US", "Please reply within the next 48 hours so we can book the courier for your return."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_batch_aa_violation_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_batch_aa_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not (_blocks(text, platform, locale) - {"marketing.promotion", "contact.url"})
