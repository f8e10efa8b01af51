"""Rounds 13 and 14 (issue 12.6, blind batches N, O and P): review manipulation told by concept, the false alarms
of realistic everyday replies, and the grey zone around reviews.

Each case is written for this table (not copied from a batch): a violation names the rule that must block it, a
clean reply must block nothing. Sources per concept are cited in :mod:`marketmsg.rules._review_concepts` and the
platform packs.
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

from ._blocking import blocks as _blocks

# (platform, locale, text, rule that must block)
VIOLATIONS = [
    # the review going live releases a benefit (the benefit offered in the sentence before)
    ("amazon", "en-US", "We'll refund the $12 shipping. It goes out as soon as your review is visible on the listing.", "review.incentive"),
    ("amazon", "de-DE", "Wir schreiben Ihnen 10 € gut. Die Gutschrift erfolgt, sobald Ihre Bewertung freigeschaltet ist.", "review.incentive"),
    ("aliexpress", "es-ES", "Te devolvemos 4 USD; el reembolso sale en cuanto tu reseña aparezca publicada.", "review.incentive"),
    ("amazon", "ja-JP", "300円を返金いたします。レビューが掲載され次第お手続きします。", "review.incentive"),
    ("aliexpress", "ko-KR", "5달러 환불해 드릴게요. 후기가 올라오는 대로 처리해 드립니다.", "review.incentive"),
    ("amazon", "he-IL", "נחזיר לך 20 שקל. ההחזר יאושר ברגע שחוות הדעת שלך תופיע באתר.", "review.incentive"),
    # a reward for a photo review
    ("aliexpress", "de-DE", "Für eine Bewertung mit Foto bekommen Sie 2 USD zurück.", "review.incentive"),
    ("aliexpress", "pl-PL", "Za opinię ze zdjęciem dostaniesz kupon na kolejne zamówienie.", "review.incentive"),
    ("aliexpress", "pt-BR", "Quem deixa avaliação com foto ganha cashback de 3 dólares!", "review.incentive"),
    # proof of the review with a benefit around it
    ("amazon", "fr-FR", "Le prix vous est remboursé. Il suffit de nous donner le pseudo sous lequel vous avez publié votre avis.", "review.incentive"),
    # whoever reviews gets more; a prize draw among reviewers
    ("amazon", "sv-SE", "Alla som lämnar ett betyg den här veckan får ett extra laddkabel från oss.", "review.incentive"),
    ("amazon", "de-DE", "Unter allen Kunden, die eine Bewertung schreiben, verlosen wir einen Gutschein.", "review.incentive"),
    ("amazon", "ko-KR", "리뷰 남겨주신 분께는 보증 기간을 1년 연장해 드립니다.", "review.incentive"),
    # look at it again / update it
    ("amazon", "en-US", "The replacement works now. Would you mind taking another look at what you wrote?", "review.change"),
    ("amazon", "es-ES", "¿Te importaría echar un vistazo de nuevo a tu reseña ahora que está resuelto?", "review.change"),
    ("amazon", "nl-NL", "Zou u uw beoordeling misschien nog eens willen bekijken?", "review.change"),
    ("amazon", "ja-JP", "お手数ですが、先日のレビューをもう一度ご確認いただけないでしょうか。", "review.change"),
    ("aliexpress", "ko-KR", "괜찮으시다면 남겨 주신 리뷰를 다시 한번 살펴봐 주실 수 있을까요?", "review.change"),
    ("amazon", "tr-TR", "Sorun çözüldü; puanınızı bir kez daha gözden geçirmeyi düşünür müsünüz?", "review.change"),
    ("amazon", "sv-SE", "Ditt omdöme handlar om den gamla laddaren. Skulle du kunna uppdatera det?", "review.change"),
    ("aliexpress", "it-IT", "Se possibile, potresti aggiornare il commento che hai lasciato?", "review.change"),
    # the review gone
    ("amazon", "en-US", "It would mean a lot to us if the one-star review could go away now.", "review.change"),
    ("amazon", "pt-BR", "Seria ótimo se aquela nota 1 deixasse de aparecer.", "review.change"),
    # only the satisfied
    ("amazon", "en-US", "We only ask customers who are fully satisfied to leave a review.", "review.positive_only"),
    ("amazon", "pl-PL", "Recenzje zbieramy wyłącznie od klientów, którzy są zadowoleni.", "review.positive_only"),
    ("amazon", "ko-KR", "만족하신 분들께만 리뷰를 부탁드리고 있어요.", "review.positive_only"),
    # a positive review would help; no bad feedback
    ("aliexpress", "en-US", "A positive comment will help our new store a lot.", "review.positive_only"),
    ("amazon", "nl-NL", "Een lovende recensie zou ons als jong merk enorm helpen.", "review.positive_only"),
    ("aliexpress", "en-US", "If any problem contact us, dont open dispute or leave bad feedback.", "review.positive_only"),
    # pressure across sentences
    ("amazon", "he-IL", "סליחה שאנחנו כותבים שוב, זו כבר ההודעה השלישית. כל ביקורת חשובה לנו מאוד.", "review.pressure"),
    ("amazon", "es-ES", "Ya es la tercera vez que te escribimos. Tu valoración es lo que más necesitamos.", "review.pressure"),
    ("aliexpress", "nl-NL", "Je hebt de ontvangst bevestigd, maar nog geen beoordeling. Alsjeblieft, vergeet het niet!", "review.pressure"),
    ("aliexpress", "ja-JP", "度々のご連絡失礼いたします。ご注文のレビューについて、これで3回目のお願いです。", "review.pressure"),
    # round 14 (batch P): a benefit promised in the sentence before a change request
    ("amazon", "fr-FR", "Nous vous remboursons la cafetière. En contrepartie, pourriez-vous retirer votre avis à une étoile ?", "review.incentive"),
    ("amazon", "pl-PL", "Zwrócimy Panu 30% ceny. Po otrzymaniu zwrotu prosimy o zmianę oceny.", "review.incentive"),
    ("aliexpress", "es-ES", "Le devolvemos el 40%. Solo necesitamos que después actualice la valoración.", "review.incentive"),
    # pressure told as a status, a consequence or the nth reminder in the next sentence
    ("amazon", "es-ES", "Su valoración del pedido sigue pendiente. Este es nuestro segundo aviso.", "review.pressure"),
    ("amazon", "sv-SE", "Ditt omdöme saknas fortfarande. Vår ranking sjunker varje dag, snälla gör det i dag.", "review.pressure"),
    ("aliexpress", "zh-CN", "订单的评价状态仍为“未评价”。这是我们第二次提醒。", "review.pressure"),
    ("amazon", "pt-BR", "Seu feedback ainda está pendente. O bônus da nossa equipe depende das avaliações deste mês.", "review.pressure"),
    # hiding the review
    ("amazon", "en-US", "The screws left today. Could the 1-star comment be taken offline?", "review.change"),
    ("aliexpress", "ko-KR", "혹시 남기신 리뷰를 비공개로 돌려주실 수 있을까요?", "review.change"),
    ("amazon", "sv-SE", "Går det att dölja ditt betyg tills delen har kommit fram?", "review.change"),
]  # fmt: skip

# (platform, locale, text): replies that must block nothing
CLEAN = [
    # the seller cannot act on reviews (batch N's false alarms)
    ("amazon", "en-US", "Order 113-4471920-6638201: we have no way to edit or delete reviews; Amazon moderates them."),
    ("amazon", "de-DE", "Bestellung 302-6612094-4418725: Wir können Rezensionen weder bearbeiten noch löschen."),
    ("amazon", "pt-BR", "Pedido 701-4428391-6652017: nós não temos como apagar ou editar avaliações de clientes."),
    ("aliexpress", "zh-CN", "订单 8190457723316842：我们没有办法修改或删除买家的评价。"),
    ("aliexpress", "tr-TR", "Sipariş 8190457723316842: değerlendirmeleri değiştirme ya da silme imkânımız yok."),
    # a refund said to be unrelated to the review
    ("amazon", "ja-JP", "ご注文 250-4471823-6610945 の返金を手続きしました。レビューとは一切関係ございません。"),
    ("amazon", "sv-SE", "Order 402-8849130-5527116: du har redan skrivit ett omdöme; det påverkar inte återbetalningen."),
    # words that only look like review words or change verbs
    ("amazon", "ru-RU", "Заказ 111-7736592-4408213: благодарим за отзыв и фотографии!"),
    ("aliexpress", "ar-AE", "الطلب 8190457723316842: شكراً لك، نحن متجر صغير ونقدر تقييمك."),
    ("amazon", "he-IL", "הזמנה 113-8820174-5539602: האחריות לשעון היא שנה מלאה."),
    ("amazon", "he-IL", "הזמנה 113-8820174-5539602: ההחזר בוצע, רק תעדכן אותנו כאן כשהכסף מגיע."),
    # the seller looks again, not the buyer
    ("amazon", "en-US", "Order 113-4471920-6638201: we will take another look at the parcel photos you sent."),
    ("aliexpress", "ko-KR", "주문 8190457723316842: 리뷰를 보고 창고에서 제품을 다시 확인하겠습니다."),
    ("aliexpress", "tr-TR", "Sipariş 8190457723316842: yorumunuzu okuduk, ürünü yeniden değerlendirip döneceğiz."),
    # happy to refund, positive or negative
    ("amazon", "en-US", "Order 113-4471920-6638201: we are happy to refund you; your review is up to you."),
    ("amazon", "pt-BR", "Pedido 701-4428391-6652017: deixe sua opinião sincera; positiva ou negativa, ela ajuda outros clientes."),
    # a shop's thanks, a transfer not needed, the goods already with the buyer (batch O)
    ("aliexpress", "es-ES", "Pedido 8190457723316842: gracias por comprar en nuestra tienda. Un saludo."),
    ("aliexpress", "zh-CN", "订单 8139920074418872：结账页面本身支持PayPal，不需要另外转账给我们。"),
    ("aliexpress", "en-US", "Order 8142003659917213: since it's in your hands now, you can press Confirm received whenever you like."),
    ("aliexpress", "es-ES", "Pedido 8166109923405571: como ya las recibiste, cuando quieras puedes confirmar la recepción."),
    ("amazon", "en-US", "Order 114-7730286-9154417: we didn't take down your review; Amazon removes reviews on its own."),
    # carriers' and manufacturers' lines on either platform (a warning at most), a tax id
    ("aliexpress", "pt-BR", "Pedido 8169920087713342: a Central de Atendimento dos Correios atende no 0800 725 0100."),
    ("aliexpress", "ru-RU", "Заказ 8169920087713342: горячая линия Почты России 8 800 100-00-00."),
    ("amazon", "pl-PL", "Zamówienie 403-2298813-6620147: faktura do pobrania. Nasz NIP: 527-281-19-04."),
    # a messenger refused right after it; features of a band
    ("aliexpress", "nl-NL", "Bestelling 8154410098832267: via WhatsApp of e-mail mogen we helaas niet praten, dus gewoon hier."),
    ("aliexpress", "es-ES", "Pedido 8154410098832267: la pulsera muestra en pantalla los avisos de WhatsApp y Telegram."),
    # round 14 (batch P): the buyer's question answered, what the rules forbid, the seller's own change, the platform
    ("amazon", "nl-NL", "Bestelling 408-3312957-6640219: u vroeg of we terugbetalen als u uw beoordeling wijzigt. Dat doen we niet."),
    ("aliexpress", "tr-TR", "Sipariş 8190457723316842: değerlendirmeyi değiştirirseniz iade yapıp yapmayacağımızı sordunuz. Hayır."),
    ("aliexpress", "zh-CN", "订单 8190457723316842：您问改评价能不能退款。抱歉，我们不能把退款和评价挂钩。"),
    ("amazon", "de-DE", "Bestellung 302-6612094-4418725: Ob Sie die Rezension ändern, liegt bei Ihnen – wir dürfen Sie dazu nicht auffordern."),
    ("amazon", "ar-AE", "الطلب 402-8816630-2257914: بعد قراءة عدة مراجعات، غيّرنا السلك إلى مترين في الدفعات الجديدة."),
    ("amazon", "es-ES", "Pedido 403-9901154-7738220: Amazon puede retirar reseñas que hablan solo del envío."),
    ("amazon", "ru-RU", "Заказ 111-7736592-4408213: продавец не может удалить или исправить отзыв покупателя."),
    ("aliexpress", "es-ES", "Pedido 8190457723316842: ya le enviamos el tornillo. ¿Qué tal funciona ahora?"),
    # round 15 (batch Q): a brand's official service line named before its number, company and firmware numbers
    ("amazon", "fr-FR", "Commande 171-3306528-7781124 : la ligne officielle du SAV Tornelli est le 09 70 55 01 23."),
    ("amazon", "pl-PL", "Zamówienie 403-2298813-6620147: oficjalna infolinia serwisowa Baristo to 22 555 01 80."),
    ("amazon", "ar-AE", "الطلب 402-8816630-2257914: الخط الرسمي لخدمة عملاء كلين بوت هو 800 555 0123."),
    ("amazon", "sv-SE", "Order 171-6629048-3310275: Verktygsboden i Norr AB, organisationsnummer 556677-8899."),
    ("amazon", "ko-KR", "주문 114-9920384-1167735: 사업자등록번호 123-45-67890 으로 인보이스를 발행했습니다."),
    ("amazon", "ja-JP", "ご注文 8183304417729665：当店に直接お支払いいただく必要はありません。"),
    # a messenger's payment wallet offered at the platform's checkout is no messenger invitation
    ("aliexpress", "en-US", "Order 8190457723316842: at checkout you can pay with WeChat Pay or Alipay."),
    ("aliexpress", "zh-CN", "订单 8190457723316842：结账时可以用微信支付或支付宝付款。"),
]  # fmt: skip

# (platform, locale, text, rule): the seller's own number or app next to a carrier or a "not" about something else
STILL_BLOCKED = [
    ("aliexpress", "de-DE", "Wenn es trotzdem nicht klappt, schreiben Sie mir auf WhatsApp.", "contact.messenger"),
    ("aliexpress", "he-IL", "אם החיבור לא מצליח, שלח לי הודעה בוואטסאפ.", "contact.messenger"),
    ("aliexpress", "pt-BR", "Me chama no zap: 11 98877-6655. Your parcel left Shenzhen with DHL.", "contact.phone"),
    ("amazon", "pt-BR", "Nosso telefone é +55 11 3456-7890, a UPS entrega amanhã.", "contact.phone"),
    ("aliexpress", "de-DE", "Schreiben Sie mir: +86 159 1872 0346. Grüße, SmartWear Official Store", "contact.phone"),
    ("aliexpress", "es-ES", "Llámenos al 612 345 678, Tienda Oficial Luzdeco.", "contact.phone"),
    ("aliexpress", "ru-RU", "Переведите пошлину на мою карту Сбербанка, и мы всё оплатим.", "offplatform.payment"),
    ("aliexpress", "en-US", "Pay me by WeChat Pay instead of the checkout.", "contact.messenger"),
    ("aliexpress", "en-US", "You can pay me with WeChat Pay.", "contact.messenger"),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), VIOLATIONS)
def test_review_concept_blocks(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_everyday_reply_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), STILL_BLOCKED)
def test_own_contact_still_blocked(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


def test_a_carrier_line_on_aliexpress_is_a_warning_with_its_source() -> None:
    report = check(
        "Order 8169920087713342: DHL's hotline is 0228 4333112.", platform="aliexpress", locale="de-DE"
    )
    (finding,) = [f for f in report.findings if f.rule.startswith("contact.phone")]
    assert (finding.rule, finding.severity) == ("contact.phone_exception", "warn")
    assert "§8" in finding.source
