"""Stop 31 (issue 12.6): what blind batches AT, AU and AV found missing or falsely blocked, each beside its neighbour.

Rows written for this table (not copied from the batches), one concept per row, the allowed neighbour after it.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    # scam warnings: the shop never contacts or asks for payment that way
    ("aliexpress", "pt-BR", "Nossa loja não atende por WhatsApp nem pede pagamento por Pix. Se alguém te procurou, é golpe.", set()),
    ("aliexpress", "pt-BR", "Paga por Pix direto pra gente que sai mais barato.", {"offplatform.payment"}),
    ("aliexpress", "tr-TR", "Mağazamız WhatsApp'tan kimseyle iletişime geçmez, böyle bir mesaj dolandırıcılıktır.", set()),
    ("aliexpress", "tr-TR", "Bize WhatsApp'tan yazın, daha hızlı cevap veriyoruz.", {"contact.messenger"}),
    ("aliexpress", "ja-JP", "当店からLINEでご連絡したり、お支払いをお願いすることは一切ございません。", set()),
    ("aliexpress", "ko-KR", "저희는 카톡이나 텔레그램으로 연락드리지 않습니다. 그런 메시지는 사기입니다.", set()),
    ("aliexpress", "ko-KR", "카톡으로 연락 주세요.", {"contact.messenger"}),
    ("aliexpress", "fr-FR", "Attention : de faux vendeurs contactent nos clients sur Telegram. Ce n'est pas nous.", set()),
    ("aliexpress", "nl-NL", "Let op: er zijn nepaccounts die zich op WhatsApp voordoen als onze winkel.", set()),
    ("aliexpress", "tr-TR", "Dikkat: Telegram'da mağazamız adına sahte hesaplar var.", set()),
    # a promise not to remind is no reminder
    ("amazon", "zh-CN", "欢迎留下真实的评价，无论好坏都可以。关于评价我们只提醒这一次。", set()),
    ("amazon", "zh-CN", "我们会每天提醒您留下评价。", {"review.pressure"}),
    ("amazon", "ar-SA", "يسعدنا أن تكتب تقييماً صادقاً أياً كانت تجربتك، ولن نرسل لك أي تذكير آخر.", set()),
    ("amazon", "ko-KR", "솔직한 리뷰를 남겨주시면 도움이 됩니다. 이 건으로 다시 연락드리지 않겠습니다.", set()),
    ("amazon", "ko-KR", "리뷰 때문에 다시 연락드립니다. 아직 리뷰를 안 쓰셨네요.", {"review.pressure"}),
    # serial numbers are no phones
    ("aliexpress", "de-DE", "Bitte schicken Sie ein Foto vom Typenschild, die Nummer nach S/N (z. B. 2304-118-0097).", set()),
    ("aliexpress", "de-DE", "Rufen Sie uns an: 0151 2345 6789.", {"contact.phone"}),
    # a handle after a preposition or a social network: the messenger rule, not an address
    ("amazon", "it-IT", "Mandaci un DM su Instagram a @bijoux.rosa.store e ti mandiamo le foto.", {"contact.messenger"}),
    ("amazon", "en-US", "Send us a DM on Instagram for more colours.", {"contact.messenger"}),
    ("amazon", "en-US", "Write to bob@gmail.com for the invoice.", {"contact.email"}),
    ("amazon", "en-US", "The camera can post clips to Instagram automatically.", set()),
    # "at" and "dot com" in Arabic letters
    ("aliexpress", "ar-SA", "أرسل الفاتورة إلى sales آت bayt-alhadaya دوت كوم من فضلك.", {"contact.email_obfuscated"}),
    ("aliexpress", "ar-SA", "الطلب آت قريباً إن شاء الله.", set()),
    # the review looked at again
    ("amazon", "nl-NL", "Misschien wilt u nog eens naar uw recensie kijken nu het opgelost is?", {"review.change"}),
    ("amazon", "pl-PL", "Czy mogłaby Pani jeszcze raz zajrzeć do swojej opinii?", {"review.change"}),
    ("amazon", "ru-RU", "Если не трудно, загляните, пожалуйста, в свой отзыв.", {"review.change"}),
    ("amazon", "he-IL", "אם תוכלי להציץ שוב בביקורת שכתבת, נשמח.", {"review.change"}),
    ("amazon", "es-ES", "¿Podrías darle otra vuelta a tu opinión cuando pruebes la nueva?", {"review.change"}),
    ("amazon", "ru-RU", "Загляните в личный кабинет, там трек-номер.", set()),
    # rewards for whoever reviews
    ("amazon", "ar-SA", "لكل عميل يكتب تقييماً نعيد له 30 درهماً.", {"review.incentive"}),
    ("amazon", "he-IL", "לכל לקוח שכותב ביקורת אנחנו מחזירים 40 ₪.", {"review.incentive"}),
    ("amazon", "nl-NL", "Wist je dat we iedereen die een review plaatst een gratis opzetstuk sturen?", {"review.incentive"}),
    ("amazon", "fr-FR", "Nous vous proposons un remboursement de 15 € à condition de laisser un avis.", {"review.incentive"}),
    ("amazon", "nl-NL", "We sturen iedereen een gratis opzetstuk mee in de doos.", set()),
    # payment to the seller in local words
    ("amazon", "nl-NL", "De extra kabel kost € 7,50, ik stuur je zo een Tikkie.", {"offplatform.payment"}),
    ("amazon", "pl-PL", "Proszę przelać kwotę BLIK-iem na numer podany w wiadomości.", {"offplatform.payment"}),
    ("amazon", "ja-JP", "当店へ直接お振込みいただければ1割お安くなります。", {"offplatform.payment"}),
    ("aliexpress", "ja-JP", "当店への別途のお振込みなどは一切不要です。", set()),
    ("amazon", "ru-RU", "Для опта лучше напрямую с нами, банковский перевод, цена ниже.", {"offplatform.payment"}),
    ("amazon", "he-IL", "אפשר להעביר $35 בהעברה בנקאית לחשבון 12-345-678901 ונשלח מיד.", {"offplatform.payment"}),
    ("amazon", "it-IT", "Non serve passare da Amazon: paga con Satispay e te lo spediamo.", {"offplatform.payment"}),
    ("amazon", "it-IT", "Il reso si fa senza problemi tramite Amazon.", set()),
    # a discount at the shop's own site
    ("amazon", "en-GB", "Get 20% off your next order with code GLOW20 at www.lumaglow.co.uk.", {"offplatform.payment", "contact.url", "marketing.promotion"}),
    ("amazon", "it-IT", "Inquadri il QR code oppure visiti www.lucepura-registrazione.it per registrare il prodotto.", {"contact.url"}),
    # confirm receipt to release the payment
    ("aliexpress", "es-ES", "Por favor confirme la recepción para liberar el pago.", {"order.confirm_receipt_early"}),
    ("aliexpress", "pt-BR", "Confirma o recebimento por favor, precisamos do pagamento liberado.", {"order.confirm_receipt_early"}),
    ("aliexpress", "es-ES", "Cuando reciba el paquete y lo revise, puede confirmar la recepción.", set()),
    # neutral review requests in other words for "good or bad"
    ("amazon", "pt-BR", "Se puder, deixe uma avaliação sincera contando como foi, boa ou ruim.", set()),
    ("amazon", "sv-SE", "Vi vore tacksamma för en ärlig recension, oavsett om du är nöjd eller inte.", set()),
    ("amazon", "sv-SE", "Om du är nöjd, lämna gärna en recension.", {"review.positive_only"}),
    # gating: the unhappy buyer told not to review
    ("amazon", "nl-NL", "Bent u niet helemaal tevreden, laat dan geen review achter maar antwoord eerst op dit bericht.", {"review.positive_only"}),
    ("amazon", "de-DE", "Sind Sie nicht zufrieden, hinterlassen Sie bitte keine Bewertung, sondern schreiben Sie uns.", {"review.positive_only"}),
    ("amazon", "es-ES", "Si no está satisfecho, no deje una reseña; escríbanos primero.", {"review.positive_only"}),
    ("amazon", "nl-NL", "Bent u niet tevreden? Stuur het gratis terug via Amazon.", set()),
    ("amazon", "en-US", "If you're not happy with the fit, you can return it for free.", set()),
    ("amazon", "en-US", "If it hasn't quite lived up to expectations, please reply here first so we can fix it before anything goes public.", {"review.positive_only"}),
    ("amazon", "en-US", "If it didn't meet your expectations, you can return it within 30 days.", set()),
    # the shop closing, the writer's job lost
    ("amazon", "es-ES", "Déjanos una reseña, si seguimos con malas calificaciones nos cierran la tienda.", {"review.pressure"}),
    ("amazon", "he-IL", "תכתוב ביקורת בבקשה, אחרת החנות תיסגר ואני אאבד את העבודה.", {"review.pressure"}),
    ("amazon", "en-US", "Our shop will close for the holidays from Dec 24; we'd appreciate an honest review.", set()),
    ("aliexpress", "pt-BR", "Deixa uma avaliação pra gente, amanhã te lembro de novo ok?", {"review.pressure"}),
    ("aliexpress", "pt-BR", "Amanhã te lembro de novo do horário de entrega.", set()),
    # rate it, and get something
    ("amazon", "pt-BR", "Avalie o produto e ganhe um brinde.", {"review.incentive"}),
    ("amazon", "pt-BR", "Avalie o produto quando puder e obrigado pela compra.", set()),
    ("aliexpress", "nl-NL", "Laat een review achter, dan krijg je een cadeau.", {"review.incentive"}),
    ("aliexpress", "nl-NL", "Als het pakket niet aankomt, dan krijg je je geld terug.", set()),
    ("aliexpress", "pl-PL", "Napisz opinię, a oddamy Ci 5 zł.", {"review.incentive"}),
    # a code handed over by its name
    ("amazon", "fr-FR", "Avec le code LIN20 vous profitez de -20 % jusqu'au 30 juin.", {"marketing.promotion"}),
    ("amazon", "pt-BR", "Use o cupom OBRIGADO15 na sua próxima compra.", {"marketing.promotion"}),
    ("amazon", "en-US", "Use code B12 on the remote to pair it.", set()),
    ("amazon", "pt-BR", "Pode consultar o envio com o código RR123456785PT no site dos Correios.", set()),
    # a phone in a click-to-chat link; a forms link; WhatsApp's nicknames; "talk to me" in colloquial Arabic
    ("aliexpress", "fr-FR", "Écrivez-nous sur wa.me/33612457890, notre technicien vous répondra.", {"contact.url", "contact.phone", "contact.messenger"}),
    ("aliexpress", "sv-SE", "Fyll i garantiformuläret här: forms.gle/Hk3Lq9vXb2 så skickar vi en ny del.", {"contact.url"}),
    ("aliexpress", "de-DE", "Schreib mir lieber auf Whatsi, da sehe ich schneller.", {"contact.messenger"}),
    ("aliexpress", "en-US", "What is it? A whatsit.", set()),
    ("aliexpress", "ar-SA", "كلمني على الرقم ٠٥٥٣٨٢٧١٩٤ لو سمحت", {"contact.phone"}),
    ("aliexpress", "ar-SA", "كلمني بعد الساعة 5 إن شاء الله", set()),
    # batches AZ, AX and AY: gating when something is wrong, and before a low rating
    ("amazon", "de-DE", "Sollte etwas nicht stimmen, schreiben Sie bitte zuerst uns und nicht gleich eine Rezension.", {"review.positive_only"}),
    ("amazon", "ru-RU", "Если что-то не так, сначала напишите нам, а не оставляйте отзыв.", {"review.positive_only"}),
    ("aliexpress", "zh-CN", "如果产品有任何问题，请先联系我们，不要直接留评。", {"review.positive_only"}),
    ("aliexpress", "zh-CN", "如果产品有任何问题，请先联系我们。", set()),
    ("amazon", "pt-BR", "Antes de dar uma classificação baixa, fale conosco aqui.", {"review.positive_only"}),
    ("amazon", "nl-NL", "Niet helemaal tevreden? Laat dan geen review achter, maar stuur ons eerst een bericht.", {"review.positive_only"}),
    # sharing the experience is reviewing; the gift verb is the reward; the thank-you names the trade
    ("amazon", "nl-NL", "Klanten die hun ervaring op Amazon delen, krijgen een gratis extra set opzetstukken.", {"review.incentive"}),
    ("amazon", "he-IL", "כל מי שמשתף את החוויה שלו באמזון מקבל מאיתנו מתנה קטנה.", {"review.incentive"}),
    ("amazon", "it-IT", "Ai clienti che ci raccontano com'è andata con una recensione regaliamo un set di sottobicchieri.", {"review.incentive"}),
    ("amazon", "sv-SE", "Som tack för en recension skickar vi gärna ett signerat bokmärke.", {"review.incentive"}),
    ("amazon", "sv-SE", "Tack för din recension! Vi skickar ersättningen i morgon.", set()),
    ("amazon", "en-US", "Every month we pick 3 buyers who left a review with photos and send them a free phone case.", {"review.incentive"}),
    ("aliexpress", "zh-TW", "留下附照片的評價，就送您下次購物可用的3美元折價券！", {"review.incentive"}),
    ("aliexpress", "ru-RU", "Оставь отзыв с видео — и получишь в подарок чехол.", {"review.incentive"}),
    # threats and guilt beside the review
    ("aliexpress", "de-DE", "Ohne Bewertung bis Freitag melden wir Ihr Konto als unzuverlässigen Käufer.", {"review.pressure"}),
    ("amazon", "sv-SE", "Om du inte lämnar ett omdöme snart noterar vi dig som problemkund.", {"review.pressure"}),
    ("amazon", "he-IL", "כבר ביקשתי פעמיים: בבקשה תשני את הדירוג.", {"review.pressure", "review.change"}),
    ("aliexpress", "tr-TR", "1 yıldız vermişsin, lütfen değerlendirmeni değiştir, yarın yine yazacağım.", {"review.pressure", "review.change"}),
    # impostors, in more words; no payment "fora da Amazon" when told not to pay
    ("aliexpress", "it-IT", "Qualcuno si spaccia per il nostro negozio su Telegram e chiede pagamenti con Postepay. Non siamo noi!", set()),
    ("amazon", "pt-BR", "Golpistas estão usando WhatsApp dizendo ser da nossa loja. Não pague nada fora da Amazon.", set()),
    ("aliexpress", "ja-JP", "当店を名乗ってLINEで連絡し、関税の支払いを求めるアカウントがあります。ご注意ください。", set()),
    # payment: "we send you a Tikkie", a PayPal request for the difference, a bank transfer for a lower price
    ("amazon", "nl-NL", "We sturen je een Tikkie voor het verschil in verzendkosten.", {"offplatform.payment"}),
    ("amazon", "en-US", "Faster way is I send you a PayPal request for the $6 difference and I ship today.", {"offplatform.payment"}),
    # the shop's own site with a discount, with or without www
    ("amazon", "ar-AE", "تسوقي عروضنا الحصرية على موقعنا petcorner-uae.com واحصلي على خصم 15%.", {"offplatform.payment", "contact.url", "marketing.promotion"}),
    ("amazon", "en-US", "Track it at 17track.net, it should arrive with 10% of the stock left.", {"contact.url"}),
    # not a phone: a car part's OE number; a handle inside a link is the link's
    ("amazon", "pl-PL", "Filtr pasuje do Skody Octavii III, numer OE 5Q0819653.", set()),
    ("amazon", "tr-TR", "Kurulum videosu: youtube.com/@evimtekstil", {"contact.url"}),
    # Messenger's own link
    ("amazon", "pl-PL", "Napisz do nas na Messengerze: m.me/sklepkolo.rowery", {"contact.messenger", "contact.url"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_stop31_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules
