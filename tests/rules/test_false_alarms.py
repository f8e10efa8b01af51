"""Issue 12.6 round 6: false alarms on clean seller replies, each with natural neighbours that pass and the real
violation next to it that still blocks.

Every case is written for this file (none is a corpus row). A false block is as bad as a miss: each is a support
ticket for a seller whose clean reply did not go out.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

AMZ = "112-5550192-7781204"
ALI = "8123409981729901"


CLEAN = [
    # a review changed or removed by the platform, or told as a past fact: no request to the buyer
    ("en-US", "amazon", "Your review has been updated by Amazon's system."),
    ("en-US", "amazon", f"Order {AMZ}: your feedback was removed by Amazon, we did not ask for that."),
    ("en-US", "amazon", f"Order {AMZ}: if your review is removed by Amazon, please contact Amazon directly."),
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: if your rating gets changed by the system, there is nothing we can do.",
    ),
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: I see your review was updated, thank you for letting us know about the fix.",
    ),
    ("en-US", "amazon", "Your review has been deleted automatically, as Amazon told you by e-mail."),
    ("en-GB", "amazon", f"Order {AMZ}: the comment has been taken down by the moderators, not by us."),
    # a product checked directly in the warehouse: no buying from the seller
    ("de-DE", "amazon", "Der Artikel wird direkt bei uns im Lager geprüft."),
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Die Rücksendung wird direkt bei uns im Lager geöffnet und getestet.",
    ),
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Das Gerät wurde direkt bei uns kontrolliert, bevor es verschickt wurde.",
    ),
    ("de-AT", "amazon", f"Bestellung {AMZ}: Ihr Paket liegt direkt bei uns im Versandlager bereit."),
    # the seller re-examining the product (Turkish converb, first person): no review pressure
    ("tr-TR", "aliexpress", f"Sipariş {ALI}: yorumunuzu okuduk, ürünü yeniden değerlendirip size döneceğiz."),
    ("tr-TR", "aliexpress", f"Sipariş {ALI}: ürünü yeniden değerlendirip yorumunuza göre iyileştireceğiz."),
    ("tr-TR", "aliexpress", f"Sipariş {ALI}: yorumunuz üzerine ürünü tekrar değerlendirdik."),
    ("tr-TR", "aliexpress", f"Sipariş {ALI}: geri bildiriminizi tekrar okuyup size yazacağız."),
    ("tr-TR", "amazon", f"Sipariş {AMZ}: yorumunuzu aldık, ürünü yeniden kontrol edip size bilgi vereceğiz."),
    # found by the round-6 hunt: the same traps in other words and languages
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: Amazon's system removed your review automatically; we had no part in that.",
    ),
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: your rating was updated after Amazon reviewed the claim; we had no part in it.",
    ),
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Ihre Bewertung wurde von Amazon entfernt, darauf haben wir keinen Einfluss.",
    ),
    ("it-IT", "amazon", f"Ordine {AMZ}: la sua recensione è stata rimossa da Amazon, non dipende da noi."),
    (
        "nl-NL",
        "amazon",
        f"Bestelling {AMZ}: uw review is door Amazon verwijderd, daar hebben wij geen invloed op.",
    ),
    ("ru-RU", "aliexpress", f"Заказ {ALI}: ваш отзыв был удалён системой AliExpress, мы его не трогали."),
    (
        "tr-TR",
        "aliexpress",
        f"Sipariş {ALI}: ücret iadeniz yapıldı, yorumunuzu okuduk ve ürünü tekrar kontrol edeceğiz.",
    ),
    # the conditional in other languages: the platform removes it, the buyer is sent to the platform
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Falls Ihre Rezension von Amazon entfernt wird, wenden Sie sich an Amazon.",
    ),
    (
        "fr-FR",
        "amazon",
        f"Commande {AMZ} : si votre avis est supprimé par Amazon, contactez le service client d'Amazon.",
    ),
    (
        "pt-BR",
        "amazon",
        f"Pedido {AMZ}: se a sua avaliação for removida pela Amazon, fale diretamente com a Amazon.",
    ),
    (
        "tr-TR",
        "aliexpress",
        f"Sipariş {ALI}: yorumunuz AliExpress tarafından kaldırıldı, bizim bir müdahalemiz olmadı.",
    ),
    (
        "ja-JP",
        "amazon",
        f"注文番号 {AMZ}：レビューはAmazonにより削除されました。当店からの依頼ではございません。",
    ),
    # duties paid to the carrier at the door: no payment to the seller
    ("de-DE", "amazon", f"Bestellung {AMZ}: Die Zollgebühr zahlen Sie direkt an DHL bei der Zustellung."),
    ("de-DE", "amazon", f"Bestellung {AMZ}: Die Einfuhrumsatzsteuer zahlen Sie direkt beim Zusteller."),
    ("ja-JP", "amazon", f"注文番号 {AMZ}：関税は配達時に配送業者へ直接お支払いいただく形になります。"),
    # a carrier's telephone line is no LINE messenger id (the hotline itself is the phone rule's to judge)
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: UPS can be reached at their customer line 1-800-742-5877 if no note was left.",
    ),
    ("en-US", "amazon", f"Order {AMZ}: the FedEx support line 1-800-463-3339 can reschedule the delivery."),
]

BLOCKED = [
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: we ship the spare as soon as your feedback has been updated.",
        "review.change",
    ),
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: once the review has been removed, we will refund you.",
        "review.change",
    ),
    ("en-US", "amazon", f"Order {AMZ}: could your review be removed, please?", "review.change"),
    (
        "en-US",
        "amazon",
        f"Order {AMZ}: we refund you once your review is removed by tomorrow.",
        "review.change",
    ),
    ("en-US", "amazon", f"Order {AMZ}: please remove your review.", "review.change"),
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Sie können den Artikel auch direkt bei uns kaufen.",
        "offplatform.payment",
    ),
    (
        "de-DE",
        "amazon",
        f"Bestellung {AMZ}: Bestellen Sie beim nächsten Mal direkt bei uns.",
        "offplatform.payment",
    ),
    ("de-DE", "amazon", f"Bestellung {AMZ}: Direkt bei uns ist es 10 Euro günstiger.", "offplatform.payment"),
    ("tr-TR", "aliexpress", f"Sipariş {ALI}: lütfen tekrar yorum yazın.", "review.pressure"),
    (
        "tr-TR",
        "aliexpress",
        f"Sipariş {ALI}: tekrar hatırlatıyoruz, yorum bırakabilir misiniz?",
        "review.pressure",
    ),
]


@pytest.mark.parametrize(("locale", "platform", "text"), CLEAN)
def test_clean_reply_is_not_blocked(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


@pytest.mark.parametrize(("locale", "platform", "text", "rule"), BLOCKED)
def test_the_real_violation_still_blocks(locale: str, platform: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)
