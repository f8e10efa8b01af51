"""Issue 12.6 round 5: the phrase families, phone readings and vetoes added for tuning batch F, each with passing
neighbours.

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
        # repeated review requests: "bothering you again", "letzte Nachricht", "por tercera vez", "po raz trzeci" …
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: sorry for bothering you again, the review of the fan is still open.",
            "review.pressure",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Das ist unsere letzte Nachricht zu Ihrer Rezension.",
            "review.pressure",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: le pedimos por tercera vez una reseña del ventilador.",
            "review.pressure",
        ),
        (
            "pt-BR",
            "amazon",
            f"Pedido {AMZ}: sua avaliação continua pendente, pode fazer hoje?",
            "review.pressure",
        ),
        ("nl-NL", "amazon", f"Bestelling {AMZ}: dit is ons derde bericht over uw review.", "review.pressure"),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: po raz trzeci prosimy o opinię.", "review.pressure"),
        ("sv-SE", "amazon", f"Order {AMZ}: vi har fortfarande inte sett ditt omdöme.", "review.pressure"),
        ("he-IL", "amazon", f"הזמנה {AMZ}: עדיין לא השארת ביקורת על המוצר.", "review.pressure"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: напоминаем ещё раз про отзыв о товаре.", "review.pressure"),
        # change and removal in other words
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we ship the spare as soon as your feedback has been updated.",
            "review.change",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：麻烦调整一下那条差评。", "review.change"),
        ("tr-TR", "aliexpress", f"Sipariş {ALI}: değerlendirmenizi düzenlemeniz mümkün mü?", "review.change"),
        # reconsider or withdraw the review
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we'd appreciate it if you could reconsider the 1-star you gave us.",
            "review.change",
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: può ritirare la recensione negativa, per favore?",
            "review.change",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: wilt u uw beoordeling heroverwegen nu het probleem is opgelost?",
            "review.change",
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: czy mógłby Pan ponownie rozważyć swoją ocenę?",
            "review.change",
        ),
        ("sv-SE", "amazon", f"Order {AMZ}: skulle du kunna tänka om kring ditt betyg?", "review.change"),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: yorumunuzu tekrar gözden geçirebilir misiniz?",
            "review.change",
        ),
        ("ar-SA", "aliexpress", f"الطلب {ALI}: هل يمكنك إعادة النظر في تقييمك؟", "review.change"),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 리뷰를 다시 한번 고려해 주실 수 있을까요?", "review.change"),
        ("he-IL", "aliexpress", f"הזמנה {ALI}: תוכל לשקול מחדש את הביקורת שלך?", "review.change"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：評価を再考していただけないでしょうか。", "review.change"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：麻烦您重新考虑一下您的评价。", "review.change"),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: вернём полную стоимость, если вы исправите отзыв.",
            "review.incentive",
        ),
        # money paid back next to a removal
        ("zh-CN", "aliexpress", f"订单 {ALI}：删掉差评就退您10美元。", "review.incentive"),
        (
            "sv-SE",
            "aliexpress",
            f"Order {ALI}: tar du bort omdömet betalar vi tillbaka frakten.",
            "review.incentive",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: удалите отзыв, и мы вернём часть стоимости.",
            "review.incentive",
        ),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: yorumu kaldırırsanız ücretin yarısını geri öderiz.",
            "review.incentive",
        ),
        # no review received yet, asked again in other words
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: we noticed there's no review from you yet, please take a minute.",
            "review.pressure",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: your review matters, we count on you to post it.",
            "review.pressure",
        ),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Wir bitten Sie erneut um eine Bewertung.", "review.pressure"),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : nous nous permettons de vous relancer concernant votre avis.",
            "review.pressure",
        ),
        ("es-ES", "amazon", f"Pedido {AMZ}: insistimos, su valoración es muy importante.", "review.pressure"),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: non abbiamo ancora ricevuto la sua recensione.",
            "review.pressure",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: we hebben nog geen review van u ontvangen.",
            "review.pressure",
        ),
        ("pl-PL", "amazon", f"Zamówienie {AMZ}: nie otrzymaliśmy jeszcze Pana opinii.", "review.pressure"),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: vi har ännu inte fått någon recension från dig.",
            "review.pressure",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: вы ещё не оставили отзыв, пожалуйста, оставьте его.",
            "review.pressure",
        ),
        ("ar-SA", "aliexpress", f"الطلب {ALI}: لم تترك تقييماً بعد، نرجو منك التقييم.", "review.pressure"),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 아직 리뷰가 없네요. 꼭 리뷰 부탁드립니다.", "review.pressure"),
        ("he-IL", "aliexpress", f"הזמנה {ALI}: עוד לא קיבלנו ממך ביקורת, נשמח שתכתוב.", "review.pressure"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：亲，一直没收到您的评价，麻烦评价一下。", "review.pressure"),
        # the review asked for *now*: urgency or a deadline bound to the request
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: kindly post your feedback by Friday at the latest.",
            "review.pressure",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Bitte schreiben Sie Ihre Rezension so schnell wie möglich.",
            "review.pressure",
        ),
        ("fr-FR", "amazon", f"Commande {AMZ} : merci de laisser votre avis au plus vite.", "review.pressure"),
        ("pt-BR", "amazon", f"Pedido {AMZ}: deixe sua avaliação o quanto antes.", "review.pressure"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：至急レビューをお願いします。", "review.pressure"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：请尽快给我们评价。", "review.pressure"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: оставьте отзыв как можно скорее.", "review.pressure"),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 최대한 빨리 리뷰 남겨 주세요.", "review.pressure"),
        # "if you like it, leave a review": only the happy buyers are asked
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wenn Ihnen die Lampe gefällt, schreiben Sie uns bitte eine Rezension.",
            "review.positive_only",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : si la lampe vous plaît, laissez-nous un avis.",
            "review.positive_only",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: als de lamp u bevalt, laat dan een review achter.",
            "review.positive_only",
        ),
        (
            "pl-PL",
            "amazon",
            f"Zamówienie {AMZ}: jeśli lampa się podoba, prosimy o opinię.",
            "review.positive_only",
        ),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: om du gillar lampan, lämna gärna en recension.",
            "review.positive_only",
        ),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: lambayı beğendiyseniz lütfen yorum bırakın.",
            "review.positive_only",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: если лампа понравилась, оставьте отзыв.",
            "review.positive_only",
        ),
        ("ar-SA", "aliexpress", f"الطلب {ALI}: إذا أعجبك المصباح، اترك لنا تقييماً.", "review.positive_only"),
        (
            "ko-KR",
            "aliexpress",
            f"주문 {ALI}: 램프가 마음에 드셨다면 리뷰 남겨 주세요.",
            "review.positive_only",
        ),
        ("he-IL", "aliexpress", f"הזמנה {ALI}: אם אהבת את המנורה, השאר ביקורת.", "review.positive_only"),
        ("zh-CN", "aliexpress", f"订单 {ALI}：如果喜欢这款台灯，请给我们留个评价。", "review.positive_only"),
        # the adjective after the noun, feminine and masculine (fixed in the existing families)
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : un commentaire positif nous aiderait beaucoup.",
            "review.positive_only",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: esperamos una reseña positiva de su parte.",
            "review.positive_only",
        ),
        (
            "it-IT",
            "aliexpress",
            f"Ordine {ALI}: aspettiamo una valutazione positiva, grazie.",
            "review.positive_only",
        ),
        ("pt-BR", "aliexpress", f"Pedido {ALI}: conto com um comentário positivo!", "review.positive_only"),
        # paying or ordering directly
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: wire the balance to our company account and we'll ship.",
            "offplatform.payment",
        ),
        (
            "fr-FR",
            "amazon",
            f"Commande {AMZ} : faites-moi un virement et je vous l'envoie.",
            "offplatform.payment",
        ),
        (
            "es-ES",
            "aliexpress",
            f"Pedido {ALI}: puede pagarme con Bizum si lo prefiere.",
            "offplatform.payment",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：直接汇款给我们就可以。", "offplatform.payment"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: покупайте напрямую у нас.", "offplatform.payment"),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: можно оформить без AliExpress.", "offplatform.payment"),
        ("ar-SA", "aliexpress", f"الطلب {ALI}: ادفع مباشرة لنا وسنشحن اليوم.", "offplatform.payment"),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 알리 말고 계좌로 보내 주세요.", "offplatform.payment"),
        ("he-IL", "aliexpress", f"הזמנה {ALI}: אפשר לשלם ישירות לנו.", "offplatform.payment"),
        ("he-IL", "aliexpress", f"הזמנה {ALI}: עדיף לקנות אצלנו ולא דרך עליאקספרס.", "offplatform.payment"),
        # buying from or paying the seller directly
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: you can buy the refill cheaper on our official website.",
            "offplatform.payment",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Nachbestellungen gerne direkt über uns, dann sparen Sie die Gebühren.",
            "offplatform.payment",
        ),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: la próxima vez cómprenos directamente y le hacemos mejor precio.",
            "offplatform.payment",
        ),
        (
            "it-IT",
            "amazon",
            f"Ordine {AMZ}: può pagarci tramite PayPal amici e familiari.",
            "offplatform.payment",
        ),
        (
            "nl-NL",
            "amazon",
            f"Bestelling {AMZ}: u kunt het bedrag ook rechtstreeks aan ons overmaken.",
            "offplatform.payment",
        ),
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: nästa gång kan du handla direkt hos oss, det blir billigare.",
            "offplatform.payment",
        ),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: bir sonraki siparişinizi bize doğrudan verirseniz daha ucuz olur.",
            "offplatform.payment",
        ),
        ("ar-SA", "aliexpress", f"الطلب {ALI}: يمكنك الشراء منا مباشرة بسعر أقل.", "offplatform.payment"),
        (
            "ko-KR",
            "aliexpress",
            f"주문 {ALI}: 다음부터는 저희 스마트스토어에서 직접 구매하세요.",
            "offplatform.payment",
        ),
        # "my number" introduces a bare run of digits
        ("ar-SA", "aliexpress", f"الطلب {ALI}: رقمي 0551234567.", "contact.phone"),
        # phones read in groups or pairs, spaced numerals, Arabic commas, a phone word after the number
        (
            "sv-SE",
            "amazon",
            f"Order {AMZ}: ring noll sju noll, fyra fem sex, tjugotre fyrtioett.",
            "contact.phone",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: мой номер восемь девятьсот двадцать пять, триста десять, двадцать, тридцать.",
            "contact.phone",
        ),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: numaram sıfır beş yüz kırk iki, üç yüz yirmi bir, yirmi iki, otuz üç.",
            "contact.phone",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：电话 一五九 八八六六 二二三三", "contact.phone"),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：〇八〇 四四五五 六六七七にお電話ください。", "contact.phone"),
        (
            "ar-SA",
            "aliexpress",
            "اتصل على صفر خمسة صفر، سبعة سبعة سبعة، واحد اثنان ثلاثة أربعة",
            "contact.phone",
        ),
        ("ko-KR", "amazon", f"주문 {AMZ}: 010 - 9876 - 5432로 연락 주세요.", "contact.phone"),
        # the order word names the order id, not the number after it
        ("ru-RU", "amazon", f"Заказ {AMZ}: наш номер +7 903 - 555 - 12 - 34.", "contact.phone"),
    ],
)
def test_new_phrasings_block(locale: str, platform: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        # no review word, or the pending thing is not the review
        ("en-US", "amazon", f"Order {AMZ}: sorry to bother you again, the parcel is held at customs."),
        (
            "es-ES",
            "amazon",
            f"Pedido {AMZ}: gracias por su reseña; el reembolso sigue pendiente en el banco.",
        ),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Die ausstehende Lieferung kommt morgen, danke für die Bewertung.",
        ),
        # positive or negative, thanks for a positive review
        ("fr-FR", "amazon", f"Commande {AMZ} : un avis positif ou négatif, peu importe, nous aide."),
        ("es-ES", "amazon", f"Pedido {AMZ}: gracias por su valoración positiva."),
        ("it-IT", "amazon", f"Ordine {AMZ}: un feedback positivo o negativo ci aiuta comunque."),
        ("en-US", "amazon", f"Order {AMZ}: any review, positive or negative, helps other shoppers."),
        # "ritirare" a parcel, reconsidering the product, not the review
        ("it-IT", "amazon", f"Ordine {AMZ}: può ritirare il pacco in negozio, grazie per la recensione."),
        (
            "tr-TR",
            "aliexpress",
            f"Sipariş {ALI}: yorumunuzu okuduk, ürünü tekrar düşündük ve yenisini gönderiyoruz.",
        ),
        # something else not received yet, counted on for something else
        ("en-US", "amazon", f"Order {AMZ}: we count on you to check the parcel; thanks for the review."),
        ("it-IT", "amazon", f"Ordine {AMZ}: non abbiamo ancora ricevuto il reso, grazie per la recensione."),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wir haben noch keine Rücksendung erhalten, danke für die Bewertung.",
        ),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 아직 배송 정보가 없네요. 리뷰 감사합니다."),
        # urgency about something else; "if you don't like it"
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: please send the photos as soon as possible so we can review your claim.",
        ),
        (
            "en-US",
            "amazon",
            f"Order {AMZ}: if anything is wrong contact us immediately; otherwise please leave a review.",
        ),
        ("zh-CN", "aliexpress", f"订单 {ALI}：如有问题请尽快联系我们，感谢您的评价。"),
        (
            "de-DE",
            "amazon",
            f"Bestellung {AMZ}: Wenn es Ihnen nicht gefällt, tauschen wir es um. Danke für die Bewertung.",
        ),
        (
            "ru-RU",
            "aliexpress",
            f"Заказ {ALI}: если не понравится, вернём деньги; отзыв можно оставить позже.",
        ),
        # paying on the platform, an account that is the buyer's, "directly" about the goods
        ("en-US", "amazon", f"Order {AMZ}: the refund goes back to your account in 3-5 days."),
        ("es-ES", "aliexpress", f"Pedido {ALI}: el pago se hace en AliExpress, no aceptamos Bizum."),
        ("ko-KR", "aliexpress", f"주문 {ALI}: 알리 앱에서 배송 상태를 확인하세요."),
        ("ru-RU", "aliexpress", f"Заказ {ALI}: посылка идёт напрямую со склада."),
        # shipped directly from the seller, "our number one priority"
        ("en-US", "amazon", f"Order {AMZ}: the parcel ships directly from us, tracking 1Z999AA10123456784."),
        ("en-US", "amazon", f"Order {AMZ}: our number one priority is this order, invoice 2026-4471."),
        # numbers that are no phone: short number words, tracking ids, carrier lines
        ("ru-RU", "aliexpress", f"Заказ {ALI}: сто двадцать три рубля за две штуки."),
        ("de-DE", "amazon", f"Bestellung {AMZ}: Sendungsnummer 0034 0434 1234 5678 90."),
        ("en-GB", "amazon", f"Order {AMZ}: Evri's helpline 0330 808 5456 can rebook the drop."),
        ("ja-JP", "amazon", f"注文番号 {AMZ}：佐川急便のお客様センター 0570-01-0500 へどうぞ。"),
        # apps a screen or camera shows or pushes to
        ("en-US", "amazon", f"Order {AMZ}: the tablet can display Zoom and WhatsApp video calls."),
        ("zh-CN", "aliexpress", f"订单 {ALI}：门铃可以把提醒推送到Telegram。"),
    ],
)
def test_neighbours_pass(locale: str, platform: str, text: str) -> None:
    assert not _blocks(text, platform, locale)


@pytest.mark.parametrize(
    ("locale", "platform", "text"),
    [
        ("en-US", "amazon", f"Order {AMZ}: now that you received the refund, could you delete the review?"),
        ("es-ES", "amazon", f"Pedido {AMZ}: ya recibió el reembolso; ¿podría eliminar la reseña?"),
        (
            "it-IT",
            "aliexpress",
            f"Ordine {ALI}: ora che ha ricevuto il rimborso, potrebbe togliere la recensione?",
        ),
    ],
)
def test_a_benefit_already_received_is_no_incentive(locale: str, platform: str, text: str) -> None:
    found = _blocks(text, platform, locale)
    assert "review.change" in found and "review.incentive" not in found
