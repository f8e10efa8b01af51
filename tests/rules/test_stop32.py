"""Stop 32 (issue 12.6): what blind batches DA–DF found missing or falsely blocked, each beside its neighbour.

Rows written for this table (not copied from the batches), one concept per row, the allowed neighbour after it.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    # the seller's earlier messages counted or recalled beside a review
    ("aliexpress", "es-ES", "Hola, ya es el tercer mensaje sobre la valoración del pedido. ¡No nos olvides!", {"review.pressure"}),
    ("aliexpress", "es-ES", "Hola, el pedido ya salió. Si tienes un momento, nos ayudaría tu valoración sincera.", set()),
    ("amazon", "ru-RU", "Мы уже писали вам на прошлой неделе. Будем рады вашему отзыву о чайнике.", {"review.pressure"}),
    ("amazon", "fr-FR", "Si vous avez un instant, un avis honnête aiderait d'autres clients. Nous ne vous relancerons pas.", set()),
    ("amazon", "fr-FR", "Merci de retirer votre avis, nous vous relancerons dans deux jours.", {"review.change", "review.pressure"}),
    # a payment app with its payee or sum right after it
    ("amazon", "fr-FR", "Envoyez-moi 9 € par Lydia au 07 52 19 83 40 et je l'ajoute au colis.", {"offplatform.payment", "contact.phone"}),
    ("aliexpress", "en-US", "Just send $12 by Zelle to orders.harbor@gmail.com and I add it to the box.", {"offplatform.payment", "contact.email"}),
    ("aliexpress", "ko-KR", "토스로 15,000원 보내주시면 같이 넣어서 보내드릴게요.", {"offplatform.payment"}),
    ("aliexpress", "pt-BR", "O pagamento via Pix no checkout do AliExpress é confirmado na hora, e o pedido 8192037465120394 já aparece.", set()),
    ("amazon", "en-CA", "Send the $14 by Interac e-Transfer to shop.lavoie@outlook.com and we'll add the cord.", {"offplatform.payment", "contact.email"}),
    # the seller's own refund by an app, to spare the buyer the platform's
    ("amazon", "es-ES", "Si lo prefiere, le podemos devolver los 29,90 € por Bizum hoy mismo.", {"offplatform.payment"}),
    ("aliexpress", "he-IL", "אם אתה לא רוצה לחכות, אנחנו יכולים להחזיר לך את הכסף בביט עוד היום.", {"offplatform.payment"}),
    ("aliexpress", "en-US", "Your refund was approved by AliExpress and goes back to your PayPal in 3 days.", set()),
    ("amazon", "pt-BR", "O estorno de R$ 189,90 sai pela Amazon, pelo mesmo Pix do checkout, em até 2 dias úteis.", set()),
    # never asking, in the third person and the future
    ("aliexpress", "fr-FR", "Notre boutique ne vous demandera jamais de payer par virement ou PayPal.", set()),
    ("aliexpress", "es-AR", "Nosotros nunca te vamos a pedir que pagues por fuera de AliExpress.", set()),
    # an app merely named in a scam notice
    ("amazon", "es-ES", "Ese mensaje de WhatsApp pidiéndole pagar aduanas no es nuestro. Bloquee el número.", set()),
    ("amazon", "nl-BE", "Dat WhatsApp-bericht met een betaallink komt niet van ons.", set()),
    ("amazon", "es-ES", "Escríbanos por WhatsApp y le atendemos antes.", {"contact.messenger"}),
    ("aliexpress", "ko-KR", "주의: 저희는 카카오톡이나 텔레그램으로 결제를 요청하지 않습니다.", set()),
    ("aliexpress", "zh-TW", "提醒：我們不會要求您加LINE或微信付款，請小心詐騙。", set()),
    ("aliexpress", "zh-TW", "有問題可以加我們LINE聊，比較快。", {"contact.messenger"}),
    # a maker's after-sales line named as such; the seller's own stays a phone
    ("amazon", "fr-FR", "Le SAV Rowenta est joignable au 09 74 50 47 74 pour la garantie.", set()),
    ("amazon", "fr-FR", "Notre SAV est joignable au 06 12 34 56 78.", {"contact.phone"}),
    ("amazon", "de-DE", "Der Bosch-Kundendienst ist unter 089 69339339 erreichbar.", set()),
    # "call us on the number" in Arabic, with Arabic-Indic digits
    ("amazon", "ar-SA", "للتواصل السريع يرجى الاتصال بنا مباشرة على الرقم ٠٥٠٤٨٢٧٣٦١.", {"contact.phone"}),
    # a handle after a space is no address; a plain address still is
    ("aliexpress", "it-IT", "Per le fragranze personalizzate scrivici in DM su Instagram, siamo @candele.dellaluna.", {"contact.messenger"}),
    ("aliexpress", "it-IT", "Scrivici a info @candeleluna.it per la fattura.", {"contact.email"}),
    # gating, pressure and rewards for reviewers in more words (blind batch DB)
    ("aliexpress", "es-ES", "Si estás contenta, ¡genial! Y si hay algún problema, por favor no dejes una valoración negativa, háblanos primero.", {"review.positive_only"}),
    ("aliexpress", "es-ES", "Si hay algún problema con el pedido, escríbenos por este chat y lo solucionamos.", set()),
    ("amazon", "ru-RU", "Если что-то не так, не спешите с оценкой: сначала напишите нам.", {"review.positive_only"}),
    ("aliexpress", "sv-SE", "Gillar du den inte, skriv hellre till oss än att lämna ett lågt betyg.", {"review.positive_only"}),
    ("amazon", "de-DE", "Ich schreibe Ihnen zum dritten Mal wegen Ihrer Bewertung der Stehlampe.", {"review.pressure"}),
    ("amazon", "de-DE", "Ich schreibe Ihnen zum dritten Mal wegen der Lieferadresse.", set()),
    ("amazon", "pt-BR", "Toda cliente que avalia o kit na Amazon ganha um mimo surpresa na próxima compra!", {"review.incentive"}),
    ("amazon", "nl-NL", "Iedereen die deze maand een review plaatst, maakt kans op een cadeaubon van € 50.", {"review.incentive"}),
    # a promise bound to its condition across the comma grammar requires (ru, de, pl …)
    ("amazon", "ru-RU", "Мы готовы вернуть вам 20 € за доставку, если вы удалите негативный отзыв.", {"review.change", "review.incentive"}),
    ("amazon", "ru-RU", "Мы готовы вернуть вам 20 € за доставку. Отзыв, конечно, остаётся на ваше усмотрение.", set()),
    # a change toward the top mark is a positive-only request too; "below 5 stars" is no target
    ("amazon", "pt-BR", "Caso esteja satisfeito, pedimos a gentileza de alterar esse feedback para positivo.", {"review.change", "review.positive_only"}),
    ("aliexpress", "ru-RU", "Если нет претензий к товару, не могли бы вы поднять оценку до пяти?", {"review.change", "review.positive_only"}),
    ("amazon", "en-US", "Anything below 5 stars lowers our average, so could you remove this rating?", {"review.change"}),
    # deadlines, "don't forget us", promises recalled, the boss's bonus, beside a missing review (blind batch DH)
    ("aliexpress", "de-DE", "Zweite Erinnerung: Bitte geben Sie Ihre Bewertung bis Sonntag ab.", {"review.pressure"}),
    ("aliexpress", "de-DE", "Bitte holen Sie das Paket bis Sonntag in der Filiale ab.", set()),
    ("amazon", "it-IT", "Abbiamo notato che la tua recensione non è ancora arrivata. Non dimenticarti di noi!", {"review.pressure"}),
    ("aliexpress", "sv-SE", "förlåt att jag stör igen, min chef kollar omdömen varje fredag. snälla skriv ett omdöme idag", {"review.pressure"}),
    ("amazon", "ru-RU", "Благодарим за честный отзыв. Мы вернули стоимость доставки, как и обещали.", set()),
    # a DM, then the handle
    ("aliexpress", "tr-TR", "İsim yazdırmak isterseniz Instagram'dan DM atın: @gumus.tasarim.ist", {"contact.messenger"}),
    ("aliexpress", "tr-TR", "Sorularınızı buradan, AliExpress mesajlarından iletebilirsiniz.", set()),
    # the seller's store on another marketplace moves the sale there; Taiwan's, Hong Kong's, Singapore's domains are links
    ("aliexpress", "pl-PL", "Następnym razem zapraszamy na nasze Allegro: allegro.pl/uzytkownik/dom_i_ogrod_pl", {"contact.url", "offplatform.payment"}),
    ("aliexpress", "zh-TW", "下次可以直接到我們的蝦皮賣場下單 shopee.tw/xiaomao_select 喔", {"contact.url", "offplatform.payment"}),
    ("amazon", "en-US", "The manual is also on our site: docs.lampworks.tw/manual", {"contact.url"}),
    # short links, a Facebook page's messages, LINE (ID: …), payment apps as verbs
    ("aliexpress", "nl-NL", "De handleiding in het Nederlands staat hier: is.gd/kwQ8nl . Succes!", {"contact.url"}),
    ("aliexpress", "fr-BE", "Écrivez-nous plutôt en MP sur notre page Facebook, nous avons tout le catalogue.", {"contact.messenger"}),
    ("amazon", "ja-JP", "LINE（ID：amimono-hina）にご連絡いただけますか。", {"contact.messenger"}),
    ("amazon", "sv-SE", "Enklast är att du swishar 149 kr till oss så lägger vi det i paketet.", {"offplatform.payment"}),
    ("aliexpress", "ja-JP", "追加のカバーは、こちらのアプリを通さず銀行振込で対応できます。", {"offplatform.payment"}),
    # an app named with the phone's gallery, camera or share button: a product feature
    ("aliexpress", "ru-RU", "Видео можно отправить в Telegram или WhatsApp обычной кнопкой «Поделиться».", set()),
    ("aliexpress", "pt-BR", "O controle funciona em qualquer app: câmera do celular, Instagram, até na câmera do WhatsApp.", set()),
    ("aliexpress", "ru-RU", "Пишите нам в WhatsApp, ответим быстрее.", {"contact.messenger"}),
    # a payment method named in a scam notice or a plain denial is no request (blind batch DI)
    ("amazon", "en-CA", "Some customers got texts claiming to be from our store asking for a fee by Interac e-Transfer. That was not us.", set()),
    ("aliexpress", "fr-FR", "Le lien de « frais de douane » reçu par SMS n'a rien à voir avec nous. Ne payez rien en dehors d'AliExpress.", set()),
    ("amazon", "de-DE", "Die Zahlung läuft komplett über Amazon. Bitte überweisen Sie nichts direkt an uns.", set()),
    ("amazon", "en-CA", "Send the $25 by Interac e-Transfer to pay@maplegear.ca and we ship today.", {"offplatform.payment", "contact.email"}),
    # the seller's listing on another marketplace; the dispute closed for money sent directly (blind batch DI)
    ("amazon", "it-IT", "Se vuole riceverlo in 2 giorni lo compri dalla nostra inserzione su eBay, costa 5 € meno che qui.", {"offplatform.payment"}),
    ("amazon", "it-IT", "Se preferisce la taglia 44, può ordinarla subito e procedere con il reso della 43.", set()),
    ("aliexpress", "sv-SE", "Hej, snälla stäng tvisten så betalar vi tillbaka 150 kr till ditt bankkonto direkt.", {"offplatform.payment"}),
    ("aliexpress", "en-US", "Please accept our refund proposal in the dispute; AliExpress returns the money to your card.", set()),
    # a national post's https tracking link
    ("amazon", "de-AT", "Sendungsverfolgung: https://www.post.at/s/sendungssuche?snr=1012345678901234567890", set()),
    ("amazon", "de-AT", "Alle Farben finden Sie auf https://www.kerzen-shop.at", {"contact.url"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_stop32_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules
