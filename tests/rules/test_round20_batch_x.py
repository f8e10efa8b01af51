"""Round 20 (issue 12.6), tuned on blind batch X: messy real-world writing.

Chat lines and machine-translated seller English: a day set for the review ("please leave feedback today"), the
review still missing and then chased ("noch kein Feedback … bitte heute", "hala yorum yok … bugün lütfen"),
"evaluation" as the seller's word for feedback (AliExpress' 评价), other stars "instead of" the ones given,
"那则评论" (the measure word), "先帮忙确认收货", a promise with "سنقوم ب…" upon deletion ("فور حذف"), the colloquial
Polish "jak usuniesz … to oddamy", the formal Spanish "si cambia las estrellas", and an at-word with a spelled dot
("service艾特 hzmall 点 com"). Clean neighbours from the same batch: carrier hotlines of Estafeta, PTT and Aramex,
"look at your review again" in Turkish (a change request, no pressure), the review quoted to fix what it says, and
"不要私下转账" (do not transfer privately). The rows were written for this table, not copied from the batch.

Sources: repeated review requests and deadlines (Amazon Communication Guidelines; AliExpress §8 harassment for
reviews), asking to change a review and compensation for it (shared/platforms/amazon.md §5.1; aliexpress.md §8),
inducing early confirmation (aliexpress.md §8), e-mail addresses (SP-API messaging model; §8); carrier lines are
Amazon's exception (amazon.md §5.1).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block)
VIOLATIONS = [
    # a day set for the review
    ("aliexpress", "en-US", "dear friend pls leave feedback today, we wait!!", {"review.pressure"}),
    ("aliexpress", "de-DE", "Bitte geben Sie heute noch eine Bewertung ab, danke!", {"review.pressure"}),
    ("aliexpress", "es-ES", "Amigo, por favor deja tu valoración hoy mismo.", {"review.pressure"}),
    ("aliexpress", "it-IT", "Per favore lascia la recensione oggi, grazie mille!", {"review.pressure"}),
    ("aliexpress", "zh-CN", "亲，麻烦您今天帮忙给个评价，谢谢。", {"review.pressure"}),
    # still no review, then chased
    ("aliexpress", "fr-FR", "Toujours pas d'avis ? Svp aujourd'hui, merci !", {"review.pressure"}),
    ("aliexpress", "nl-NL", "Nog geen review ontvangen... wilt u het vandaag doen aub?", {"review.pressure"}),
    ("aliexpress", "sv-SE", "Fortfarande inget omdöme? Snälla, vi väntar!", {"review.pressure"}),
    ("aliexpress", "tr-TR", "Henüz yorum yok, lütfen bugün yazın.", {"review.pressure"}),
    ("aliexpress", "ru-RU", "До сих пор нет отзыва, пожалуйста, оставьте сегодня.", {"review.pressure"}),
    ("aliexpress", "he-IL", "עדיין אין ביקורת. בבקשה, אנחנו מחכים.", {"review.pressure"}),
    # "evaluation", other stars, the measure word
    ("aliexpress", "en-US", "Dear buyer, very sorry. Kindly help us modify the evaluation, thank you.", {"review.change"}),
    ("aliexpress", "es-MX", "Amigo, ¿puede ayudarnos a modificar la evaluación? gracias", {"review.change"}),
    ("aliexpress", "en-GB", "Could you put 4 stars instead of 2? We fixed everything.", {"review.change"}),
    ("aliexpress", "ru-RU", "Можете поставить 4 звезды вместо 1?", {"review.change"}),
    ("amazon", "zh-TW", "能否請您把那則評論刪掉？", {"review.change"}),
    # the trade, said loosely
    ("aliexpress", "pl-PL", "jak zmienisz ocenę to oddamy 10 zł", {"review.change", "review.incentive"}),
    ("aliexpress", "es-MX", "le regresamos 5 dólares si cambia las estrellas a 5", {"review.change", "review.incentive"}),
    ("amazon", "ar-SA", "سنقوم بإرسال جهاز جديد فور حذف التقييم.", {"review.change", "review.incentive"}),
    # early confirmation, an at-word with a spelled dot
    ("aliexpress", "zh-CN", "亲，麻烦先帮我确认收货，货一定会到的。", {"order.confirm_receipt_early"}),
    ("aliexpress", "zh-CN", "有问题发邮件到 kefu艾特 shop88 点 com", {"contact.email_obfuscated"}),
]  # fmt: skip

CLEAN = [
    ("amazon", "es-MX", "Su paquete va con Estafeta; si no llega, llame al servicio al cliente de Estafeta 800 378 2338."),
    ("aliexpress", "tr-TR", "Sorun olursa PTT çağrı merkezi 444 1 788'i arayabilirsiniz."),
    ("amazon", "ar-AE", "للاستفسار عن التوصيل يمكنك الاتصال بخدمة عملاء أرامكس 600 544 000."),
    ("aliexpress", "zh-CN", "亲，看到您评价里说拉链坏了，非常抱歉，我们免费给您补发一个新的。"),
    ("aliexpress", "zh-CN", "价格已经改好了，请直接在订单页面付款，不要私下转账哦。"),
    ("amazon", "de-DE", "Bitte geben Sie uns heute Feedback, ob das Ladegerät wieder funktioniert."),
    ("amazon", "en-US", "Thanks for the feedback today, please check the new manual in the box."),
    ("amazon", "en-US", "We will update the evaluation of your warranty claim today."),
    ("amazon", "en-US", "We sent the 4-star model instead of the 3 you ordered by mistake; a return label is attached."),
    ("amazon", "en-US", "The replacement ships today. If you have a moment later, an honest review helps other buyers."),
]  # fmt: skip

CHANGE_NOT_PRESSURE = [
    ("amazon", "tr-TR", "Yeni ürün elinize ulaştığında yorumunuzu tekrar gözden geçirebilirseniz çok seviniriz."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), VIOLATIONS)
def test_round20_batch_x_violation_blocks(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert rules <= _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_round20_batch_x_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CHANGE_NOT_PRESSURE)
def test_looking_at_the_review_again_is_a_change_not_pressure(platform: str, locale: str, text: str) -> None:
    assert _blocks(text, platform, locale) == {"review.change"}
