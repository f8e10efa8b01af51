"""Round 18 (issue 12.6, tuned on blind batch T): "don't ignore this message" next to the review is pressure; a
change asked "in exchange" is an incentive; a change with five stars or "positive" as its target is positive-only;
look-again requests naming "what you wrote"; the seller saying it cannot remove reviews (it/pt/nl/sv/tr/ar), how to
edit one's own review told on request, "no need to change your review" and the carrier's line after "call them" are
no violation.

The rows were written for this table, not copied from the batch; each clean row shares a violation's vocabulary.
Sources: the marketplaces' bans on repeated review requests, review changes, incentives and off-platform contact as
cited by each platform's rule pack (shared/platforms/amazon.md §5.1, aliexpress.md §8); Amazon allows a carrier's
number (amazon.md §5.1, the exception `contact.phone_exception`).
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

from ._blocking import blocks as _blocks

# (platform, locale, text, rule that must block)
VIOLATIONS = [
    # pressure: "don't ignore this message" with the review in the sentence before or its own
    ("amazon", "en-US", "Every review keeps our little shop alive. Please don't ignore this message again.", "review.pressure"),
    ("amazon", "de-DE", "Ihre Bewertung ist für uns sehr wichtig. Bitte ignorieren Sie uns diesmal nicht.", "review.pressure"),
    ("aliexpress", "pl-PL", "Bez Twojej opinii nasz sklep nie przetrwa. Nie ignoruj nas, prosimy.", "review.pressure"),
    ("aliexpress", "ja-JP", "レビューがないとお店が続けられません。どうか無視しないでください。", "review.pressure"),
    ("aliexpress", "nl-NL", "Dit is ons derde bericht over je review van de lamp.", "review.pressure"),
    ("amazon", "de-DE", "Wir hatten um eine Bewertung gebeten. Leider kam noch immer nichts von Ihnen.", "review.pressure"),
    # a change asked for in exchange, or with five stars as its target
    ("aliexpress", "fr-FR", "Nous vous offrons la livraison. En échange, merci de retirer votre avis négatif.", "review.incentive"),
    ("aliexpress", "es-MX", "Te mandamos otra funda; a cambio, borra tu reseña de una estrella por favor.", "review.incentive"),
    ("amazon", "en-US", "If you could change your rating to five stars, that would help a lot.", "review.positive_only"),
    ("aliexpress", "pl-PL", "Prosimy zmienić ocenę na pozytywną, problem jest już rozwiązany.", "review.positive_only"),
    ("aliexpress", "ko-KR", "리뷰를 5점으로 수정해 주시면 감사하겠습니다.", "review.positive_only"),
    # look again at what you wrote; the review removed in the passive; a removal by pronoun in Hebrew
    ("amazon", "en-US", "Now that the charger works, would you mind revisiting what you wrote on the product page?", "review.change"),
    ("amazon", "sv-SE", "Problemet är löst, så vi vore glada om recensionen kunde tas bort.", "review.change"),
    ("aliexpress", "he-IL", "ראינו את הביקורת שלך. נשמח אם תמחקי אותה עכשיו.", "review.change"),
    ("aliexpress", "es-MX", "Te damos 5 dólares por AliExpress si cambias la valoración del pedido.", "review.change"),
    # confirm receipt before the parcel arrives, ordering off the platform
    ("aliexpress", "es-MX", "Tu paquete sigue en camino, pero confirma de recibido hoy y te damos un cupón.", "order.confirm_receipt_early"),
    ("aliexpress", "ar-SA", "الطرد في الطريق، هل يمكن أن تؤكد الاستلام الآن؟", "order.confirm_receipt_early"),
    ("aliexpress", "it-IT", "Per il prossimo ordine ti facciamo uno sconto fuori dalla piattaforma.", "offplatform.payment"),
    # batch U: the voucher word itself, a trade joined by ", a", the third reminder
    ("aliexpress", "es-ES", "Si nos dejas cinco estrellas te mandamos un vale de descuento.", "review.incentive"),
    ("aliexpress", "pl-PL", "Prosimy usunąć negatywną opinię, a wyślemy gratis nowy pasek.", "review.incentive"),
    ("aliexpress", "sv-SE", "Det här är vår tredje påminnelse om att recensera lampan.", "review.pressure"),
    ("aliexpress", "he-IL", "אפשר להזמין באתר lampstore dot co dot il בזול יותר.", "contact.url"),
]  # fmt: skip

CLEAN = [
    # the seller cannot remove reviews; how to edit one's review, told because the buyer asked; no need to change it
    ("amazon", "it-IT", "Purtroppo non abbiamo la possibilità di eliminare le recensioni: può farlo solo Amazon."),
    ("amazon", "pt-BR", "O vendedor não consegue excluir avaliações; isso é feito apenas pela Amazon."),
    ("amazon", "nl-NL", "Als verkoper kunnen wij helaas geen reviews verwijderen."),
    ("amazon", "sv-SE", "Tyvärr kan vi som säljare inte ta bort recensioner."),
    ("amazon", "tr-TR", "Satıcı olarak yorumları silme yetkimiz yok; bunu yalnızca Amazon yapabilir."),
    ("amazon", "ar-SA", "للأسف البائع لا يستطيع حذف التقييمات، أمازون فقط يمكنها ذلك."),
    ("amazon", "fr-FR", "Vous nous demandiez comment modifier votre avis : ouvrez « Vos commandes » puis « Modifier »."),
    ("amazon", "nl-NL", "Zoals gevraagd: je kunt je review aanpassen via Mijn bestellingen."),
    ("aliexpress", "he-IL", "שלחנו מוצר חלופי, אין צורך לשנות את הביקורת."),
    ("aliexpress", "tr-TR", "5 yıldızlı güzel yorumunuz için çok teşekkür ederiz!"),
    # a look-again that is the seller's own, "again" about a parcel, "don't ignore" without a review
    ("amazon", "ja-JP", "配送状況をもう一度確認いたします。"),
    ("aliexpress", "de-DE", "Bitte ignorieren Sie die Zollbenachrichtigung nicht, sonst geht das Paket zurück."),
    ("aliexpress", "fr-FR", "En échange du produit défectueux, nous vous envoyons un modèle neuf."),
    # batch U: a city that starts like a voucher word, confirming only once the parcel is collected, payment only
    # at the platform's checkout
    ("aliexpress", "es-ES", "Tu paquete ya está en Correos de Valencia. Cuando lo recojas y lo pruebes, ya puedes confirmar la recepción."),
    ("aliexpress", "sv-SE", "Paketet väntar hos ombudet. Bekräfta mottagandet först när du har hämtat och testat det."),
    ("aliexpress", "nl-NL", "De vervanging is onderweg; bevestig de ontvangst pas als het pakket binnen is."),
    ("aliexpress", "sv-SE", "Du betalar med kort i AliExpress kassa; vi tar inte emot betalningar på annat sätt."),
    ("amazon", "pl-PL", "Płatność BLIK-iem działa przy zamówieniu na amazon.pl. Nie prosimy o żadne przelewy poza Amazonem."),
    # an alarm or notice a device sends to the app is a feature, not an invitation
    ("aliexpress", "de-DE", "Der Rauchmelder schickt seine Alarme auf Wunsch an WhatsApp."),
    ("aliexpress", "it-IT", "La videocamera manda avvisi su Telegram quando rileva un movimento."),
]  # fmt: skip

# The carrier's line, the carrier named in the sentence before and the number "theirs" by a pronoun: a warning
# (Amazon allows carrier numbers); "call us" on the same page is the seller's own line.
CARRIER_LINES = [
    ("amazon", "en-GB", "We chased Royal Mail this morning. You can also ring them on 03457 740 740."),
    ("amazon", "fr-FR", "Nous avons relancé Chronopost. Vous pouvez aussi les joindre au 09 69 391 391."),
    ("amazon", "es-ES", "Hemos insistido con DHL esta mañana. También puede llamarles al 902 122 424."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), VIOLATIONS)
def test_round18_violation_blocks(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round18_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CARRIER_LINES)
def test_the_carriers_line_by_pronoun_warns_and_our_own_blocks(platform: str, locale: str, text: str) -> None:
    rules = {f.rule: f.severity for f in check(text, platform=platform, locale=locale).findings}
    assert rules.get("contact.phone_exception") == "warn"
    assert "contact.phone" not in rules
    own = text.replace("them", "us").replace(" les ", " nous ").replace("llamarles", "llamarnos")
    assert "contact.phone" in _blocks(own, platform, locale)
