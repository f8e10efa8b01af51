"""Round 21 (issue 12.6): two more ways a benefit is tied to a review.

A longer warranty or a prize draw in the sentence after a change request is a benefit like a refund ("… przemyśleć
wystawioną ocenę. W podziękowaniu przedłużymy gwarancję o rok."); Portuguese promises in the present after the
condition ("se você mudar para 5 estrelas, mandamos outro carregador de graça"). Clean: a warranty stated, not
given; the present-tense promise with no review. Rows written for this table.

Source: Amazon's review policy lists "entries into sweepstakes or contests" and other benefits among the incentives
(shared/platforms/amazon.md §5.1); AliExpress §8 (inducing reviews).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

INCENTIVE = "review.incentive"

VIOLATIONS = [
    ("amazon", "pl-PL", "Bylibyśmy wdzięczni, gdyby zechciał Pan ponownie przemyśleć wystawioną ocenę. W podziękowaniu przedłużymy gwarancję o rok."),
    ("amazon", "de-DE", "Könnten Sie Ihre Bewertung noch einmal überdenken? Als Dank verlängern wir Ihre Garantie um ein Jahr."),
    ("amazon", "en-US", "Could you update your review? As a thank-you we will extend your warranty by a year."),
    ("aliexpress", "pt-BR", "Vimos sua avaliação de 2 estrelas. Se você mudar para 5 estrelas, mandamos outro carregador de graça."),
    ("aliexpress", "pt-BR", "Se você deixar sua avaliação, mandamos um brinde."),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "Could you update your review now that it works? The kettle has a two-year warranty."),
    ("aliexpress", "pt-BR", "Se precisar, mandamos outro carregador de graça."),
    ("aliexpress", "pt-BR", "Se você tiver qualquer dúvida sobre a avaliação, mandamos o manual por e-mail."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text"), VIOLATIONS)
def test_the_benefit_is_tied_to_the_review(platform: str, locale: str, text: str) -> None:
    assert INCENTIVE in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_no_benefit_tied_to_a_review(platform: str, locale: str, text: str) -> None:
    assert INCENTIVE not in _blocks(text, platform, locale)
