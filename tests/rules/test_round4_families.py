"""Issue 12.6 round 4: the phrase families and vetoes added for indirect wording, each with passing neighbours.

Every case is written for this file (none is a corpus row): a family is tested on phrasings it was not tuned on.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

AMZ = "112-5550192-7781204"
ALI = "8123409981729901"


@pytest.mark.parametrize(
    ("locale", "platform", "text", "rule"),
    [
        # a benefit tied to a review by "and you get", "to thank you", "for every", "za", "yapan", ...
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: post a review and you get a free spare blade.",
            "review.incentive",
        ),
        (
            "en-GB",
            "amazon",
            f"Order {AMZ}: to thank you for your review we will add a gift card.",
            "review.incentive",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Zum Dank für Ihre Rezension gibt es einen Gutschein.",
            "review.incentive",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : pour chaque avis publié, un cadeau vous attend.",
            "review.incentive",
        ),
        ("es-ES", "amazon", f"Pedido {AMZ}: escriba una reseña y le regalamos un cupón.", "review.incentive"),
        ("pt-BR", "aliexpress", f"Pedido {ALI}: deixe um comentário e receba um cupom.", "review.incentive"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: за ваш отзыв подарим купон.", "review.incentive"),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: za napisanie opinii dostaniesz prezent.", "review.incentive"),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: yorum bırakan herkese hediye kuponu veriyoruz.",
            "review.incentive",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：留下评价的顾客送一份礼物。", "review.incentive"),
        # the removal is the price, money paid back in the seller's words
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Ist die Bewertung gelöscht, zahlen wir Ihnen alles zurück.",
            "review.incentive",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: verwijder de review en wij storten het geld terug.",
            "review.incentive",
        ),
        # change requests in indirect words
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: could you re-evaluate your rating after the fix?",
            "review.change",
        ),
        ("fr-FR", "amazon", f"Commande {AMZ} : pourriez-vous corriger votre avis ?", "review.change"),
        ("it-IT", "amazon", f"Ordine {AMZ}: potrebbe correggere la sua recensione?", "review.change"),
        ("pt-BR", "amazon", f"Pedido {AMZ}: poderia editar sua avaliação?", "review.change"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：レビューの内容を修正していただけますか。", "review.change"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：麻烦调整一下评分。", "review.change"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: просим обновить ваш отзыв.", "review.change"),
        # top marks, steering unhappy buyers away, "if you liked it"
        ("en-US", "amazon", f"Order {AMZ}: full marks from you would make our week.", "review.positive_only"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: please message us first rather than posting a negative review.",
            "review.positive_only",
        ),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Wir hoffen auf die volle Punktzahl.", "review.positive_only"),
        (
            "pt-BR",
            "aliexpress",
            f"Pedido {ALI}: se curtiu o produto, deixe sua avaliação.",
            "review.positive_only",
        ),
        ("ko-KR", "aliexpress", f"주문번호 {ALI}: 만점 리뷰 부탁드려요.", "review.positive_only"),
        ("sv-SE", "amazon", f"Order {AMZ}: ge oss gärna högsta betyg.", "review.positive_only"),
        # repeated requests
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we asked twice already, please leave a review.",
            "review.pressure",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : vous n'avez toujours pas donné votre avis.",
            "review.pressure",
        ),
        ("ko-KR", "aliexpress", f"주문번호 {ALI}: 아직 후기를 남기지 않으셨어요.", "review.pressure"),
        # addresses and links
        ("ja-JP", "amazon", f"注文番号 {AMZ}：ご質問はｈｅｌｐ＠ｙａｈｏｏ．ｃｏｍまで。", "contact.email"),
        (
            "es-MX",
            "amazon",
            f"Pedido {AMZ}: escriba a soporte arroba tiendita.mx",
            "contact.email_obfuscated",
        ),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：shop☆kaden.jp（☆を@に）まで。", "contact.email_obfuscated"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: reach me, mike1977 at hotmail, for the invoice.",
            "contact.email_obfuscated",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: the drivers are at printerfix dot com slash drivers.",
            "contact.url",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：请访问 shouhou點com 查看。", "contact.url"),
        ("ko-KR", "aliexpress", f"주문번호 {ALI}: 자세한 내용은 gagu닷컴 참고하세요.", "contact.url"),
        # proof of a posted review traded for money
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: email us a screenshot of your review and we'll refund $5.",
            "review.incentive",
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: ci mandi lo screenshot della recensione e le rimborsiamo la spedizione.",
            "review.incentive",
        ),
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：レビューのスクショを送っていただければ500円返金します。",
            "review.incentive",
        ),
        # repetition cues near a review word, with no request verb
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: this is our final reminder about your review of the fan.",
            "review.pressure",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: seguimos esperando su valoración del ventilador.",
            "review.pressure",
        ),
        ("sv-SE", "amazon", f"Order {AMZ}: vi väntar fortfarande på ditt omdöme.", "review.pressure"),
        # steering an unhappy buyer, review word first
        ("zh-CN", "aliexpress", f"订单 {ALI}：如有不满，评价之前请先联系我们。", "review.positive_only"),
        (
            "ko-KR",
            "aliexpress",
            f"주문번호 {ALI}: 불만이 있으시면 리뷰 작성 전에 먼저 연락 주세요.",
            "review.positive_only",
        ),
        # ordering outside the platform, compared with it
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Im eigenen Shop ist es günstiger als bei Amazon.",
            "offplatform.payment",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: the filters are cheaper than on Amazon in our web store.",
            "offplatform.payment",
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: peça pela nossa loja própria da próxima vez.",
            "offplatform.payment",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: just send the $15 to my PayPal and I post it.",
            "offplatform.payment",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：下次直接找我们下单，比速卖通便宜。", "offplatform.payment"),
        # phones in the buyer's words and digits
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : mon portable, zéro sept, quinze, vingt-deux, quatre-vingt-dix, onze.",
            "contact.phone",
        ),
        (
            "he-IL",
            "amazon",
            f"הזמנה {AMZ}: התקשרו אפס חמש ארבע, שבע שבע שש, אחת שתיים שלוש ארבע.",
            "contact.phone",
        ),
        ("hi-IN", "amazon", f"ऑर्डर {AMZ}: कॉल करें ९८११२ ३४५६७", "contact.phone"),
        # messenger idioms
        ("es-MX", "aliexpress", f"Pedido {ALI}: mándeme un wasap y le paso el video.", "contact.messenger"),
        ("en-US", "amazon", f"Order {AMZ}: message us on W h a t s A p p today.", "contact.messenger"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：LINEで友だち追加をお願いします。", "contact.messenger"),
        # spelled addresses and links
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: write to j a n e at y a h o o dot c o m",
            "contact.email_obfuscated",
        ),
        ("ko-KR", "aliexpress", f"주문번호 {ALI}: www 쩜 gagu 쩜 com 에서 확인하세요.", "contact.url"),
        ("it-IT", "amazon", f"Ordine {AMZ}: il video è su aiutolampade punto it", "contact.url"),
        # the seller's own account, inflected app names, "@" with a spelled dot
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: faccia il bonifico sul nostro conto e spediamo subito.",
            "offplatform.payment",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: maak het bedrag over op onze rekening.",
            "offplatform.payment",
        ),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: jesteśmy też na Viberze, proszę pisać.", "contact.messenger"),
        ("fr-FR", "amazon", f"Commande {AMZ} : écrivez à sav@boutique point fr", "contact.email_obfuscated"),
        # dashes typed between digit groups, the phone word after the number, begging for a review
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：携帯は０７０ー３３１２ー５５６４です、お電話ください。",
            "contact.phone",
        ),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：080-2233-4455までお電話ください。", "contact.phone"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we beg you, the review really matters to our shop.",
            "review.pressure",
        ),
        # "have you forgotten the review?", "if everything is fine, leave a review"
        ("nl-NL", "amazon", f"Bestelling {AMZ}: bent u de review vergeten?", "review.pressure"),
        ("sv-SE", "amazon", f"Order {AMZ}: har du glömt ditt omdöme?", "review.pressure"),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: se è tutto a posto, ci lasci una recensione.",
            "review.positive_only",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: если всё в порядке, оставьте, пожалуйста, отзыв.",
            "review.positive_only",
        ),
        # removal without a removal verb: "no longer visible", "reflect the fix", 帮忙处理
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: it would help us if the 2-star review were no longer visible.",
            "review.change",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Sobald die Rezension nicht mehr sichtbar ist, erstatten wir alles.",
            "review.incentive",
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: byłoby miło, gdyby opinia nie była już widoczna.",
            "review.change",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：差评麻烦处理掉，谢谢。", "review.change"),
        # the review named first, then a polite request to take it away
        ("en-US", "amazon", f"Order {AMZ}: about your review, could you please delete it?", "review.change"),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Zu Ihrer Bewertung: könnten Sie sie bitte löschen?",
            "review.change",
        ),
        ("es-ES", "amazon", f"Pedido {AMZ}: sobre su reseña, ¿podría eliminarla?", "review.change"),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: ваш отзыв несправедлив, пожалуйста, удалите его.",
            "review.change",
        ),
        ("tr-TR", "aliexpress", f"Sipariş {ALI}: yorumunuzu silebilir misiniz?", "review.change"),
        # raising the rating, removal verbs, confirm while the goods travel
        ("de-DE", "amazon", f"Bestellung {AMZ}: Bitte die Punkte Ihrer Bewertung erhöhen.", "review.change"),
        ("it-IT", "amazon", f"Ordine {AMZ}: può alzare le stelle della recensione?", "review.change"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: поднимите, пожалуйста, оценку товара.", "review.change"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：请把中评去除，谢谢。", "review.change"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: hide the negative review and we refund you at no extra cost.",
            "review.incentive",
        ),
        (
            "it-IT",
            "aliexpress",
            f"Ordine {ALI}: il pacco è in viaggio, confermi la ricezione per favore.",
            "order.confirm_receipt_early",
        ),
        (
            "ja-JP",
            "aliexpress",
            f"注文 {ALI}：商品は配送中ですが、受取確認をお願いします。",
            "order.confirm_receipt_early",
        ),
    ],
)
def test_new_phrasings_block(locale: str, platform: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        # thanks for a review already given
        ("en-US", "amazon", f"Order {AMZ}: thanks a lot for the five stars!"),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Herzlichen Dank für Ihre 5-Sterne-Bewertung."),
        ("es-ES", "amazon", f"Pedido {AMZ}: gracias por las cinco estrellas."),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：高評価をいただきありがとうございます。"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：谢谢您的好评！"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: спасибо за 5 звёзд!"),
        # a negated request to confirm receipt is the advice the rule wants
        ("en-US", "aliexpress", f"Order {ALI}: never confirm receipt before the goods are in your hands."),
        ("it-IT", "aliexpress", f"Ordine {ALI}: non confermi la ricezione finché il pacco non è arrivato."),
        (
            "nl-NL",
            "aliexpress",
            f"Bestelling {ALI}: bevestig de ontvangst niet zolang het pakket nog niet binnen is.",
        ),
        ("ja-JP", "aliexpress", f"注文 {ALI}：まだ届いていない場合は受取確認をしないでください。"),
        # apps as product features
        ("en-US", "amazon", f"Order {AMZ}: the band vibrates for WhatsApp and Telegram messages."),
        ("it-IT", "amazon", f"Ordine {AMZ}: l'app può condividere le foto su WhatsApp."),
        # prose with "at" and a dot word, and an ordinary review request
        ("en-US", "amazon", f"Order {AMZ}: the courier was at the depot at noon and is at your door now."),
        ("fr-FR", "amazon", f"Commande {AMZ} : si vous le souhaitez, vous pouvez laisser un avis."),
        # "already sent" a replacement, a screenshot of a fault: no review traded
        ("en-US", "amazon", f"Order {AMZ}: we already sent you the replacement, thanks for the review."),
        ("pt-BR", "amazon", f"Pedido {AMZ}: lemos sua avaliação e já enviamos a peça."),
        ("en-US", "amazon", f"Order {AMZ}: send a screenshot of the error and we will refund the item."),
        # apps a device works with, part numbers, and Spanish prose with "punto es"
        ("en-US", "amazon", f"Order {AMZ}: the scale syncs with WeChat and Apple Health."),
        ("nl-NL", "amazon", f"Bestelling {AMZ}: het juiste filter is type 5521-0087-12."),
        ("es-ES", "amazon", f"Pedido {AMZ}: el punto es que el envío tarda dos días."),
        ("fr-FR", "amazon", f"Commande {AMZ} : livraison sous trente jours, un ou deux colis."),
        # carrier tracking links of the other markets
        ("ru-RU", "aliexpress", f"Заказ {ALI}: трек на https://www.pochta.ru/tracking#RA123456789CN"),
        ("tr-TR", "aliexpress", f"Sipariş {ALI}: takip için https://www.araskargo.com.tr/ sayfasına bakın."),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: https://inpost.pl/sledzenie-przesylek?number=520113012345678901234568",
        ),
        # glad about a positive experience, thanks for the review
        ("es-ES", "amazon", f"Pedido {AMZ}: nos alegra su experiencia positiva, gracias por la reseña."),
        # a report, not a wish
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: your review no longer shows because the two listings were merged.",
        ),
        # a polite request about something else after a review word
        ("en-US", "amazon", f"Order {AMZ}: thanks for your feedback, please update us if it happens again."),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: gracias por su reseña, por favor elimine el film protector antes de usarlo.",
        ),
        # a confirm request that waits for the goods
        (
            "fr-FR",
            "aliexpress",
            f"Commande {ALI} : une fois le colis reçu et vérifié, merci de confirmer la réception.",
        ),
        ("ko-KR", "aliexpress", f"주문번호 {ALI}: 상품을 받으신 후 확인하시고 수령 확인 부탁드립니다."),
        # "raise" and "take a photo" next to no review
        ("pt-BR", "amazon", f"Pedido {AMZ}: tire uma foto do defeito e envie aqui."),
    ],
)
def test_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        # thanks first, then a request in the same sentence: still a request for five stars
        (
            "en-US",
            f"Order {AMZ}: thank you for your order, please leave us five stars.",
            "review.positive_only",
        ),
        ("zh-CN", f"订单 {ALI}：请给我们五星好评，谢谢。", "review.positive_only"),
        # "don't forget to confirm receipt now" is no negation
        (
            "es-ES",
            f"Pedido {ALI}: no olvide confirmar la recepción ahora mismo.",
            "order.confirm_receipt_early",
        ),
        (
            "en-US",
            f"Order {ALI}: don't forget to confirm receipt today, even if it has not arrived.",
            "order.confirm_receipt_early",
        ),
    ],
)
def test_vetoes_keep_real_requests(locale: str, text: str, rule: str) -> None:
    platform = "amazon" if ALI not in text else "aliexpress"
    assert rule in _blocks(text, platform, locale)
