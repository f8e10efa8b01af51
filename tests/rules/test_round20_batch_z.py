"""Round 20 (issue 12.6), tuned on blind false-alarm batch Z: number-dense support replies and their one-sentence
violating neighbours.

Violations: a benefit named as a noun and given "as soon as" the review changes ("die Teilerstattung … veranlassen
wir, sobald Sie Ihre 2-Sterne-Rezension angepasst haben", "le remboursement … sera effectué dès que vous aurez retiré
votre avis", "kısmi iadeyi … yorumunuzu kaldırdığınız anda yapacağız"); reminders announced for the review ("wir
erinnern Sie in 3 Tagen noch einmal daran", "we sturen u elke week een herinnering totdat …"); "ברגע שתעדכני את
הביקורת"; "subir tu valoración". Clean: a date in brackets glued to Korean ("(2026.07.31까지"), a Swish business
number, "n'acceptons ni virement", "w kasie AliExpress", "kabul etmiyoruz" after the method, "4,3 von 5 Sternen" on
the product page, "好评差评我们都会认真看", "your comment helped us rewrite the guide", "update us" in Hebrew. The rows
were written for this table, not copied from the batch.

Sources: compensation for a review change and repeated review requests (shared/platforms/amazon.md §5.1;
aliexpress.md §8); off-platform payment (Amazon Prohibited Seller Activities; aliexpress.md §8); phone numbers
(amazon.md §5.1).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    ("amazon", "de-DE", "Die Gutschrift über 8 EUR buchen wir, sobald Sie Ihre 1-Sterne-Rezension geändert haben.", {"review.change", "review.incentive"}),
    ("amazon", "fr-FR", "Le remboursement de 12 € pour la pièce manquante (commande 171-1111111-2222222) sera versé dès que vous aurez supprimé votre avis.", {"review.change", "review.incentive"}),
    ("amazon", "nl-NL", "De terugbetaling van € 7,50 volgt zodra u uw recensie heeft aangepast.", {"review.change", "review.incentive"}),
    ("amazon", "tr-TR", "30 TL iadeyi, yorumunuzu sildiğiniz anda yapacağız.", {"review.change", "review.incentive"}),
    ("amazon", "he-IL", "את ההחזר נבצע ברגע שתעדכני את הביקורת שלך.", {"review.change", "review.incentive"}),
    ("amazon", "es-ES", "Ya está resuelto: ¿podrías subir tu valoración a cinco estrellas?", {"review.change"}),
    ("amazon", "de-DE", "Über eine Bewertung würden wir uns freuen; wir erinnern Sie nächste Woche noch einmal daran.", {"review.pressure"}),
    ("amazon", "nl-NL", "We sturen u een herinnering tot u een recensie heeft geplaatst.", {"review.pressure"}),
    ("amazon", "en-US", "We'll remind you again next week until your review is up.", {"review.pressure"}),
]  # fmt: skip

CLEAN = [
    ("aliexpress", "ko-KR", "사과의 의미로 스토어 쿠폰(2026.07.31까지 사용 가능)을 넣어 드렸습니다."),
    ("aliexpress", "fr-FR", "Merci de commander via le paiement de la plateforme ; nous n'acceptons ni virement ni paiement en dehors de la plateforme."),
    ("aliexpress", "pl-PL", "Płatność BLIK-iem jest dostępna bezpośrednio w kasie AliExpress."),
    ("aliexpress", "tr-TR", "Lütfen ödeme sayfasından sipariş verin. Platform dışında havale veya EFT kabul etmiyoruz."),
    ("amazon", "de-DE", "Die 4,3 von 5 Sternen auf der Produktseite gelten für alle Farbvarianten zusammen."),
    ("aliexpress", "zh-CN", "评价完全自愿，好评差评我们都会认真看。"),
    ("amazon", "en-GB", "Thank you for the review: your comment about step 6 helped us rewrite that page of the guide."),
    ("amazon", "he-IL", "נשלח לך את החלק החסר. רק תעדכן אותנו כשהביקורת שלך עולה, אם תרצה."),
    ("amazon", "de-DE", "Ihre Teilerstattung ist veranlasst. Wir erinnern Sie nicht an Bewertungen; das entscheiden Sie."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_batch_z_violation_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_batch_z_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
