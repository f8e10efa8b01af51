"""Round 20 (issue 12.6), tuned on batch AB: real seller mail, quoted or rebuilt from press and forum evidence.

Violations: the harm a review does, named beside the request ("a fatal blow", "colpo fatale", "golpe fatal",
"trifft uns sehr hart", "source of income") is pressure (round 19's rule); the promise to keep e-mailing in German,
French and Portuguese; "take your review of the keyboard down"; "überweisen wir Ihnen" and "erhalten Sie von uns"
after the condition. Clean: the harm words about something else. The rows were written for this table, not copied
from the batch.

Sources: repeated requests and harm appeals (Amazon Communication Guidelines; AliExpress §8 harassment), asking to
change a review and paying for it (shared/platforms/amazon.md §5.1).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    ("amazon", "en-US", "One bad review is a fatal blow for a shop like ours. Could you delete it?", {"review.change", "review.pressure"}),
    ("amazon", "it-IT", "Una recensione negativa è un colpo fatale per noi. Può cancellarla?", {"review.change", "review.pressure"}),
    ("amazon", "de-DE", "Wir haben Ihnen geschrieben, wie sehr uns Ihre Bewertung trifft. Wir senden Ihnen weiterhin E-Mails, bis sie gelöscht ist.", {"review.pressure"}),
    ("amazon", "fr-FR", "Veuillez supprimer votre avis. Sans réponse, nous continuerons à envoyer des mails.", {"review.change", "review.pressure"}),
    ("amazon", "en-GB", "Could you take your review of the kettle down now that it works?", {"review.change"}),
    ("amazon", "de-DE", "Wenn Sie Ihre Bewertung löschen, überweisen wir Ihnen 15 Euro.", {"review.change", "review.incentive"}),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "The storm was a fatal blow to the old warehouse roof, so your parcel ships from our second site."),
    ("amazon", "de-DE", "Die Verspätung trifft uns sehr hart, Ihr Paket ist aber heute rausgegangen."),
    ("amazon", "fr-FR", "Nous continuerons à envoyer des mails de suivi pour votre retour jusqu'au remboursement."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_batch_ab_violation_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_batch_ab_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
