"""Issue 12.6 round 7: the relations added for tuning batch H (real seller wording), each with passing neighbours.

Every case is written for this file (none is a corpus row): the families are tested on phrasings they were not tuned
on. The relations: the buyer's review still "not seen" (pressure), a promise to keep writing (pressure), a request to
take "it" away after the review was named (change, across a sentence), the stars asked to "reflect that" (change),
a removal named as a noun or a participle (change), a reward for "whoever reviews" (incentive), an offer in the
sentence before a removal request (incentive), the platform's fee avoided and the seller's own account (off-platform).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

AMZ = "114-6650192-7781205"
ALI = "8123409981729902"


@pytest.mark.parametrize(
    ("locale", "platform", "text", "rules"),
    [
        # pressure: the buyer's review still not seen / received / missing
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we still haven't seen your rating for the lamp.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: no sign of your review so far, hope all is well.",
            {"review.pressure"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Bis jetzt haben wir keine Bewertung von Ihnen erhalten.",
            {"review.pressure"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : nous n'avons pas encore vu votre évaluation.",
            {"review.pressure"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: aún no hemos leído su opinión sobre la lámpara.",
            {"review.pressure"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: non abbiamo ancora visto la sua valutazione.",
            {"review.pressure"},
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: continuamos sem a sua avaliação da luminária.",
            {"review.pressure"},
        ),
        ("nl-NL", "amazon", f"Bestelling {AMZ}: we missen nog steeds uw beoordeling.", {"review.pressure"}),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: wciąż brak Pana opinii o lampie.", {"review.pressure"}),
        ("sv-SE", "amazon", f"Order {AMZ}: vi saknar ännu ditt betyg på lampan.", {"review.pressure"}),
        ("tr-TR", "amazon", f"Sipariş {AMZ}: yorumunuzu henüz alamadık.", {"review.pressure"}),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: пока что не получили вашу оценку.", {"review.pressure"}),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：まだ評価を拝見できておりません。", {"review.pressure"}),
        ("zh-CN", "aliexpress", f"订单 {ALI}：还没收到您的评价呢。", {"review.pressure"}),
        ("ko-KR", "amazon", f"주문번호 {AMZ}: 후기가 아직 확인되지 않네요.", {"review.pressure"}),
        ("ar-AE", "amazon", f"الطلب {AMZ}: لم يصلنا تقييمك حتى الآن.", {"review.pressure"}),
        ("he-IL", "amazon", f"הזמנה {AMZ}: עדיין לא קיבלנו את הדירוג שלך.", {"review.pressure"}),
        # pressure: a promise to keep writing, the review named in the sentence before (or after, zh)
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Your review would mean a lot. If we don't hear back, we will continue to send emails.",
            {"review.pressure"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : votre avis compte. Sans retour, nous continuerons à vous écrire.",
            {"review.pressure"},
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：我们会一直提醒您，直到您留下评价。", {"review.pressure"}),
        # pressure: the count of messages near the review word
        ("en-US", "amazon", f"Order {AMZ}: this is our 4th email about your review.", {"review.pressure"}),
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：2回目のご連絡となりますが、レビューの件よろしくお願いします。",
            {"review.pressure"},
        ),
        # change: "it" taken away after the review was named
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: A one-star review hurts a small shop. Would you kindly remove it?",
            {"review.change"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Die Rezension schadet uns sehr. Könnten Sie diese bitte löschen?",
            {"review.change"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: Su comentario nos perjudica. ¿Podría borrarlo, por favor?",
            {"review.change"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: La recensione ci penalizza. Potrebbe rimuoverla?",
            {"review.change"},
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: Ta ocena bardzo nam szkodzi. Prosimy, usuń ją.",
            {"review.change"},
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: Отзыв нам очень вредит. Можете удалить его?",
            {"review.change"},
        ),
        ("he-IL", "amazon", f"הזמנה {AMZ}: הביקורת פוגעת בנו. בבקשה תמחק אותה.", {"review.change"}),
        # change: the stars asked to reflect the fix
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we'd be grateful if your rating could reflect that now.",
            {"review.change"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: sarebbe bello se la sua valutazione lo rispecchiasse.",
            {"review.change"},
        ),
        ("ko-KR", "amazon", f"주문번호 {AMZ}: 해결되었으니 리뷰에 반영해 주세요.", {"review.change"}),
        # change: a removal named as a noun or a participle
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : nous souhaitons le retrait de votre avis, si possible.",
            {"review.change"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: una vez borrada la reseña, le enviamos el repuesto.",
            # the spare part sent once the review is gone is the price of the removal (round 19)
            {"review.change", "review.incentive"},
        ),
        # incentive: a reward for whoever reviews
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Everyone who posts a review gets a $10 voucher from us.",
            {"review.incentive"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wer eine Rezension schreibt, erhält einen Gutschein.",
            {"review.incentive"},
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: clientes que deixam uma avaliação ganham um brinde.",
            {"review.incentive"},
        ),
        (
            "ar-AE",
            "amazon",
            f"الطلب {AMZ}: كل من يترك تقييما يحصل على هدية.",
            {"review.incentive"},
        ),
        # incentive: an offer in the sentence before the removal request
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We'd like to offer you a $20 refund. Could you take your review down afterwards?",
            {"review.change", "review.incentive"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: Estamos dispuestos a ofrecerle un reembolso. ¿Podría eliminar su reseña?",
            {"review.change", "review.incentive"},
        ),
        # off-platform: the platform's fee avoided, the seller's own account
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: buy it on our shop site and skip the Amazon commission.",
            {"offplatform.payment"},
        ),
        (
            "de-DE",
            "aliexpress",
            f"Bitte überweisen Sie für Bestellung {ALI} direkt auf unser Geschäftskonto.",
            {"offplatform.payment"},
        ),
        (
            "nl-NL",
            "aliexpress",
            f"U kunt het bedrag voor {ALI} naar onze zakelijke rekening overmaken.",
            {"offplatform.payment"},
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：用支付宝转给我们就行，便宜点。", {"offplatform.payment"}),
    ],
)
def test_new_phrasings_block(locale: str, platform: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# A second set, written after the families were in place and before any of it was tuned on: what the relations
# were asked to find and leave alone in words they had not seen (the misses it showed — the review named first,
# "you could", "we'll send you …", Payoneer — are fixed; these rows pin that).
@pytest.mark.parametrize(
    ("locale", "platform", "text", "rules"),
    [
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Just wanted to follow up - we noticed your review hasn't come through yet.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We still don't see a review from you on the listing.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: That 2-star rating is really hurting our little shop. Is there any chance you could delete it?",
            {"review.change"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We'll send you a full refund. In return, we kindly ask you to remove the negative feedback.",
            {"review.change", "review.incentive"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Anyone who leaves us a review receives a free phone case.",
            {"review.incentive"},
        ),
        (
            "en-US",
            "aliexpress",
            f"Dear, for order {ALI} you can pay to my Payoneer or by Western Union, cheaper for you.",
            {"offplatform.payment"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Leider ist Ihre Bewertung bei uns noch nicht eingegangen.",
            {"review.pressure"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Die 1-Stern-Bewertung tut uns sehr weh. Könnten Sie sie bitte entfernen?",
            {"review.change"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wir sind bereit, Ihnen den Betrag zu erstatten. Würden Sie im Gegenzug Ihre Rezension löschen?",
            {"review.change", "review.incentive"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : sauf erreur, nous n'avons pas encore reçu votre évaluation.",
            {"review.pressure"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : cet avis négatif nous fait beaucoup de tort. Accepteriez-vous de le supprimer ?",
            {"review.change"},
        ),
        pytest.param(
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: aún no hemos visto su valoración del producto, ¿todo bien?",
            {"review.pressure"},
            marks=pytest.mark.xfail(
                strict=True,
                reason="known false positive: the statistical review model also reads a change request into it "
                "(docs/rules.md, 'The statistical review model')",
            ),
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: esa reseña de una estrella nos hunde. ¿Podría eliminarla?",
            {"review.change"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: non abbiamo ancora ricevuto il suo feedback sul prodotto.",
            {"review.pressure"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: siamo disposti a rimborsarla. Potrebbe poi cancellare la recensione negativa?",
            {"review.change", "review.incentive"},
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: ainda não recebemos a sua avaliação, pode deixar hoje?",
            {"review.pressure"},
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: essa avaliação de uma estrela nos prejudica muito. Pode removê-la, por favor?",
            {"review.change"},
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: we hebben uw review nog niet gezien, wilt u die alsnog plaatsen?",
            {"review.pressure"},
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: nadal nie otrzymaliśmy Pana opinii o produkcie.",
            {"review.pressure"},
        ),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: vi har fortfarande inte fått ditt omdöme om produkten.",
            {"review.pressure"},
        ),
        (
            "tr-TR",
            "amazon",
            f"Sipariş {AMZ}: değerlendirmenizi henüz göremedik, bugün yazabilir misiniz?",
            {"review.pressure"},
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: мы всё ещё не видим вашего отзыва о товаре.",
            {"review.pressure"},
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: этот отзыв нам очень вредит. Пожалуйста, удалите его.",
            {"review.change"},
        ),
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：レビューがまだ確認できていないため、改めてご連絡しました。",
            {"review.pressure"},
        ),
        (
            "zh-CN",
            "aliexpress",
            f"订单 {ALI}：亲，我们还没看到您的评价，麻烦抽空写一下哦。",
            {"review.pressure"},
        ),
        (
            "ko-KR",
            "amazon",
            f"주문번호 {AMZ}: 리뷰가 아직 확인되지 않아 다시 연락드립니다.",
            {"review.pressure"},
        ),
        ("ar-AE", "amazon", f"الطلب {AMZ}: لم نستلم تقييمك بعد، هل يمكنك كتابته اليوم؟", {"review.pressure"}),
        ("he-IL", "amazon", f"הזמנה {AMZ}: עדיין לא ראינו את הדירוג שלך למוצר.", {"review.pressure"}),
        (
            "es-ES",
            "aliexpress",
            f"Para el pedido {ALI} puede hacer la transferencia directamente a nuestra cuenta de empresa.",
            {"offplatform.payment"},
        ),
        (
            "fr-FR",
            "aliexpress",
            f"Pour la commande {ALI}, réglez directement sur notre compte bancaire, c'est moins cher.",
            {"offplatform.payment"},
        ),
    ],
)
def test_unseen_phrasings_block(locale: str, platform: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        # the review not seen — but not the buyer's, or not a review at all
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we haven't received your return yet. Thanks again for the honest review!",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we haven't received any feedback from the carrier about your claim yet.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: this model is new, so there are no reviews yet."),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Für dieses Modell gibt es bis heute keine Bewertungen, es ist neu.",
        ),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Wir haben bis heute keine Rücksendung von Ihnen erhalten."),
        ("fr-FR", "amazon", f"Commande {AMZ} : nous n'avons toujours pas reçu votre colis retour."),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: todavía no hemos recibido su devolución; gracias por su opinión.",
        ),
        ("it-IT", "amazon", f"Ordine {AMZ}: non abbiamo ancora ricevuto il suo reso."),
        ("pt-BR", "amazon", f"Pedido {AMZ}: ainda não recebemos sua devolução. Obrigado pela avaliação!"),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: we hebben uw retour nog niet ontvangen. Bedankt voor uw review!",
        ),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: produkt nadal nie ma opinii, to nowość."),
        ("tr-TR", "amazon", f"Sipariş {AMZ}: iadeniz hâlâ depomuza ulaşmadı."),
        ("ru-RU", "amazon", f"Заказ {AMZ}: до сих пор не видим вашего возврата на складе."),
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：ご投稿いただいたレビューはまだ反映されていないようですが、審査中です。",
        ),
        ("he-IL", "amazon", f"הזמנה {AMZ}: למוצר הזה עדיין אין ביקורות, הוא חדש."),
        # keep writing — about something else
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Thanks for the feedback! We'll keep you updated until the replacement arrives.",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：感谢您的评价，我们会继续给您发物流信息。"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: this is the 2nd time the carrier failed to deliver; a new label is attached.",
        ),
        # "it" taken out of the box, not off the listing
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Thanks for your review. Please remove it from the box and let it rest for a day.",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : merci pour votre avis. Pourriez-vous le retirer du carton avant usage ?",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: gracias por su reseña. ¿Podría retirarlo del enchufe antes de limpiarlo?",
        ),
        # reflect — not asked of the buyer
        ("en-US", "amazon", f"Order {AMZ}: if the review reflects a defect, we will replace the unit."),
        ("sv-SE", "amazon", f"Order {AMZ}: vi har uppdaterat storleksguiden efter ditt omdöme, tack!"),
        ("zh-CN", "aliexpress", "亲，如果方便的话，欢迎留下您真实的评价，帮助我们改进。"),
        # whoever reviewed — no reward
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: customers who left a review told us the size runs small, so we added a free size guide.",
        ),
        # an offer in the sentence before, but no removal asked; a benefit already given
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We're willing to refund in full. Please return the item with the label.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: We're happy to send a free replacement. Thanks for your review!"),
        # the platform's own checkout, or the payment advice
        ("en-US", "aliexpress", f"You can pay with PayPal at the checkout for order {ALI} if you prefer."),
        (
            "es-ES",
            "aliexpress",
            f"Puede pagar el pedido {ALI} con PayPal dentro del checkout si lo prefiere.",
        ),
        (
            "en-US",
            "aliexpress",
            f"Order {ALI} is paid on the platform. We never ask buyers to pay by PayPal or bank transfer.",
        ),
        (
            "ko-KR",
            "aliexpress",
            f"주문 {ALI} 결제는 플랫폼에서만 가능하며 계좌이체나 PayPal을 요청하지 않습니다.",
        ),
    ],
)
def test_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we noticed the parcel hasn't come through yet; a new one ships today.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: we don't see a problem with the serial number you sent."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: the 2-star review mentioned a loose screw. We've fixed it in the new batch.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: we'll send you a full refund once the return arrives."),
        ("en-US", "amazon", f"Order {AMZ}: anyone who orders before Friday receives it by Monday."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: thanks for your feedback. Please remove it from the charger when it is full.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: we haven't seen any reviews mention this problem before."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: your rating helps others. If the issue persists, we will keep contacting the carrier.",
        ),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Ihre Rücksendung ist bei uns noch nicht eingegangen."),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Danke für die Bewertung. Bitte entfernen Sie die Folie vor dem ersten Gebrauch.",
        ),
        ("fr-FR", "amazon", f"Commande {AMZ} : nous n'avons pas encore reçu votre retour."),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : merci pour votre avis. Accepteriez-vous de le renvoyer dans son emballage ?",
        ),
        ("es-ES", "amazon", f"Pedido {AMZ}: aún no hemos visto su paquete en el almacén."),
        ("it-IT", "amazon", f"Ordine {AMZ}: non abbiamo ancora ricevuto il suo pacco di reso."),
        ("pt-BR", "amazon", f"Pedido {AMZ}: ainda não recebemos a sua devolução."),
        ("nl-NL", "amazon", f"Bestelling {AMZ}: we hebben uw pakket nog niet gezien in het magazijn."),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: nadal nie otrzymaliśmy Pana zwrotu."),
        ("sv-SE", "amazon", f"Order {AMZ}: vi har fortfarande inte fått din retur."),
        ("tr-TR", "amazon", f"Sipariş {AMZ}: iadenizi henüz alamadık."),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: мы всё ещё не видим вашей посылки на складе."),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：返品がまだ確認できていないため、改めてご連絡しました。"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：亲，我们还没收到您的退货哦。"),
        ("ko-KR", "amazon", f"주문번호 {AMZ}: 반품이 아직 확인되지 않아 다시 연락드립니다."),
        ("ar-AE", "amazon", f"الطلب {AMZ}: لم نستلم المرتجع بعد."),
        ("he-IL", "amazon", f"הזמנה {AMZ}: עדיין לא קיבלנו את ההחזרה שלך."),
        (
            "es-ES",
            "aliexpress",
            f"El pedido {ALI} se paga con tarjeta o PayPal en el checkout de AliExpress.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We are happy to help. Feel free to update us on how the lamp works.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Customers who read the manual get the best results from the device.",
        ),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Wer die Anleitung liest, erhält die besten Ergebnisse."),
    ],
)
def test_unseen_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


# A third set (updates asked in every language, prizes and longer warranties for a review, reviews "overdue",
# selling "directly without the platform"), with the same neighbours about addresses, returns and labels.
@pytest.mark.parametrize(
    ("locale", "platform", "text", "rules"),
    [
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Leave a review and we'll extend your warranty by one year.",
            {"review.incentive"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Review the blender and you'll be entered into our monthly giveaway.",
            {"review.incentive"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Now that it's sorted, would you mind posting an updated review?",
            {"review.change"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We'd appreciate it if you could edit your feedback to reflect our service.",
            {"review.change"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Your review is overdue - please take care of it today.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Final reminder: we are still awaiting your review.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "aliexpress",
            f"My friend, order {ALI} is delivered but no feedback yet, please give us feedback as soon as possible.",
            {"review.pressure"},
        ),
        (
            "en-US",
            "aliexpress",
            "Friend, next time contact me and I sell you directly without AliExpress, price is better.",
            {"offplatform.payment"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wir warten immer noch auf Ihre Bewertung.",
            {"review.pressure"},
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Könnten Sie Ihre Rezension noch einmal überarbeiten, jetzt wo alles funktioniert?",
            {"review.change"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : pourriez-vous mettre à jour votre commentaire maintenant que le problème est réglé ?",
            {"review.change"},
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : nous attendons toujours votre avis, merci de le publier rapidement.",
            {"review.pressure"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: ¿podría actualizar su opinión ahora que todo funciona?",
            {"review.change"},
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: seguimos esperando su reseña, por favor déjela hoy.",
            {"review.pressure"},
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: potrebbe aggiornare la sua recensione ora che il problema è risolto?",
            {"review.change"},
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: você poderia atualizar sua avaliação agora que está tudo certo?",
            {"review.change"},
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: zou u uw beoordeling willen aanpassen nu alles werkt?",
            {"review.change"},
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: czy mógłby Pan zaktualizować swoją opinię, skoro wszystko działa?",
            {"review.change"},
        ),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: kan du uppdatera ditt omdöme nu när allt fungerar?",
            {"review.change"},
        ),
        (
            "tr-TR",
            "amazon",
            f"Sipariş {AMZ}: sorun çözüldüğüne göre yorumunuzu güncelleyebilir misiniz?",
            {"review.change"},
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: не могли бы вы обновить свой отзыв, раз всё работает?",
            {"review.change"},
        ),
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：問題が解決しましたので、レビューを書き直していただけませんか。",
            {"review.change"},
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：问题解决了，麻烦您把评价改一下好吗？", {"review.change"}),
        (
            "ko-KR",
            "amazon",
            f"주문번호 {AMZ}: 문제가 해결되었으니 리뷰를 수정해 주실 수 있을까요?",
            {"review.change"},
        ),
        ("ar-AE", "amazon", f"الطلب {AMZ}: هل يمكنك تعديل تقييمك بعد حل المشكلة؟", {"review.change"}),
        (
            "he-IL",
            "amazon",
            f"הזמנה {AMZ}: האם תוכל לעדכן את הביקורת שלך עכשיו כשהכול עובד?",
            {"review.change"},
        ),
        (
            "de-DE",
            "aliexpress",
            "Für die nächste Bestellung schreiben Sie uns einfach, dann verkaufen wir Ihnen direkt ohne AliExpress.",
            {"offplatform.payment"},
        ),
        (
            "es-ES",
            "aliexpress",
            "Amigo, la próxima vez le vendo directamente fuera de AliExpress, más barato.",
            {"offplatform.payment"},
        ),
        (
            "ru-RU",
            "aliexpress",
            "Друг, в следующий раз могу продать напрямую, без AliExpress, дешевле.",
            {"offplatform.payment"},
        ),
    ],
)
def test_third_set_blocks(locale: str, platform: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        ("en-US", "amazon", f"Order {AMZ}: We extended your warranty by one year as a goodwill gesture."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Would you mind posting the old part back to us with the prepaid label?",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We'd appreciate it if you could edit your delivery instructions in your account.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: Your return is overdue - please drop it off today."),
        ("en-US", "amazon", f"Order {AMZ}: Final reminder: the return label expires on Friday."),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Wir warten immer noch auf die Rücksendung."),
        ("fr-FR", "amazon", f"Commande {AMZ} : pourriez-vous mettre à jour votre adresse de livraison ?"),
        ("es-ES", "amazon", f"Pedido {AMZ}: ¿podría actualizar su dirección de envío?"),
        ("it-IT", "amazon", f"Ordine {AMZ}: potrebbe aggiornare il suo indirizzo di consegna?"),
        ("sv-SE", "amazon", f"Order {AMZ}: kan du uppdatera din leveransadress?"),
        ("tr-TR", "amazon", f"Sipariş {AMZ}: teslimat adresinizi güncelleyebilir misiniz?"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：お届け先住所を修正していただけませんか。"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：麻烦您把收货地址改一下好吗？"),
        ("ko-KR", "amazon", f"주문번호 {AMZ}: 배송지를 수정해 주실 수 있을까요?"),
        ("he-IL", "amazon", f"הזמנה {AMZ}: האם תוכל לעדכן את כתובת המשלוח?"),
        ("en-US", "aliexpress", f"Friend, order {ALI} ships directly from our factory, no middleman."),
    ],
)
def test_third_set_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


# A fourth set, only neighbours: a thank-you for the review before "we'll keep writing to you" (about the parcel),
# a pronoun that is a thing taken out of a box or off a charger, an offer with no removal asked.
@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        (
            "ja-JP",
            "amazon",
            f"注文番号 {AMZ}：レビューありがとうございます。配送状況は引き続きご案内いたします。",
        ),
        ("ko-KR", "amazon", f"주문번호 {AMZ}: 리뷰 감사합니다. 배송 상황은 계속 안내드리겠습니다."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Thanks for the review! We'll keep emailing you the tracking updates.",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：感谢您的评价！我们会继续给您发物流消息。"),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Danke für Ihre Bewertung! Wir werden Sie weiterhin über den Versand informieren und schreiben Ihnen weiter.",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : merci pour votre avis ! Nous continuerons à vous écrire pour le suivi.",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: ¡gracias por su reseña! Seguiremos escribiéndole con el seguimiento del envío.",
        ),
        ("en-US", "amazon", f"Order {AMZ}: If you have a moment, we'd appreciate your feedback on Amazon."),
        ("en-US", "amazon", f"Order {AMZ}: We haven't heard back from you about the return."),
        ("en-US", "amazon", f"Order {AMZ}: Thank you for your 5-star review! It made our day."),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Your feedback is important to us. Please contact us if anything is wrong with the item.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We saw your review about the noise. A quieter model is now available; no need to change anything.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: The manual says to remove it from the base before cleaning. Thanks for the review.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: Your review mentioned the strap. Could you send us a photo of it?",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: The comment field was empty. Could you delete it and write the address again?",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Ihre Bewertung hat uns geholfen. Könnten Sie uns das Typenschild fotografieren?",
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: grazie per la recensione. Potrebbe toglierlo dalla presa prima di pulirlo?",
        ),
        ("pt-BR", "amazon", f"Pedido {AMZ}: obrigado pela avaliação. Pode retirá-lo da caixa com cuidado?"),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: customers who register get an extended warranty; thanks for your review.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We're happy to offer a refund for the broken lid. Thank you for your feedback.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: We can offer you a replacement. Could you tell us which colour you prefer?",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: your rating is appreciated; if the problem returns, we'll keep contacting the manufacturer.",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: bedankt voor uw review. Wilt u het apparaat uit het stopcontact halen en het opnieuw proberen?",
        ),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: tack för ditt omdöme. Kan du ta bort det gamla batteriet och sätta i det nya?",
        ),
        ("ru-RU", "amazon", f"Заказ {AMZ}: спасибо за отзыв. Можете убрать его из коробки и зарядить?"),
        ("he-IL", "amazon", f"הזמנה {AMZ}: תודה על הביקורת. בבקשה תוריד אותו מהמטען כשהוא מלא."),
    ],
)
def test_fourth_set_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()


def test_paying_instead_of_at_the_checkout_still_blocks() -> None:
    text = f"For order {ALI} please pay me with PayPal instead of at checkout."
    assert _blocks(text, "aliexpress", "en-US") == {"offplatform.payment"}
