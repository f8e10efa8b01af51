"""Stop 40: scam warnings and "we don't use that app" notices, in 16 languages, are no diversion and no messenger
invitation: the shop never contacts or charges that way ("Wir kontaktieren Sie niemals über WhatsApp", "Wij nemen nooit
contact op via WhatsApp", "카톡으로 온 메시지는 저희가 보낸 것이 아닙니다"), or the buyer is told never to pay that way
however many methods are listed, in a warning ("Merci de ne jamais payer par virement ou PayPal en dehors d'Amazon,
même si on vous le demande"). Beside them, the pitches that use the same words stay blocked ("Ne payez jamais les frais
Amazon : réglez par virement directement chez nous", "Nooit meer wachten: app ons via WhatsApp")."""

from __future__ import annotations

import pytest

from marketmsg.rules import check

WARNINGS = [
    (
        "en-US",
        "Please note: we will never ask you to pay by Zelle, Venmo or gift card. If anyone does, it is not us - report it to Amazon.",
    ),
    (
        "en-US",
        "Beware of fake messages claiming to be from our shop asking for payment via PayPal Friends & Family. We only sell through Amazon.",
    ),
    (
        "de-DE",
        "Achtung: Wir fordern Sie niemals auf, per Überweisung oder PayPal außerhalb von Amazon zu bezahlen. Solche Nachrichten stammen nicht von uns.",
    ),
    (
        "de-DE",
        "Falls Sie eine Zahlungsaufforderung per TWINT erhalten haben: Die stammt nicht von uns. Bitte zahlen Sie nur über Amazon.",
    ),
    (
        "fr-FR",
        "Attention : nous ne vous demanderons jamais de payer par virement ou par Lydia en dehors d'Amazon. Si quelqu'un le fait, signalez-le.",
    ),
    (
        "es-ES",
        "Le recordamos que nunca le pediremos pagar por Bizum ni por transferencia fuera de Amazon. Si recibe un mensaje así, no es nuestro.",
    ),
    ("es-MX", "Ojo: no pagues nada por OXXO ni depósito fuera de Amazon; nosotros nunca pedimos pagos así."),
    (
        "pt-BR",
        "Atenção: nunca pedimos pagamento por Pix ou boleto fora da Amazon. Se alguém pedir, é golpe, não pague.",
    ),
    (
        "it-IT",
        "Attenzione: non vi chiederemo mai di pagare con bonifico o PostePay fuori da Amazon. Se qualcuno lo fa, segnalatelo ad Amazon.",
    ),
    (
        "nl-NL",
        "Let op: wij vragen u nooit om via een Tikkie of bankoverschrijving buiten Amazon te betalen. Zo'n bericht komt niet van ons.",
    ),
    (
        "pl-PL",
        "Uwaga: nigdy nie prosimy o płatność BLIK-iem ani przelewem poza Amazonem. Jeśli ktoś o to prosi, to oszustwo.",
    ),
    (
        "ru-RU",
        "Обратите внимание: мы никогда не просим оплатить переводом на карту вне Amazon. Если вам пришло такое сообщение, это мошенники.",
    ),
    (
        "tr-TR",
        "Dikkat: Sizden asla Amazon dışında havale veya EFT ile ödeme istemeyiz. Böyle bir mesaj aldıysanız bizden değildir.",
    ),
    (
        "ja-JP",
        "ご注意ください：当店がAmazon以外での銀行振込やPayPayでのお支払いをお願いすることは一切ございません。",
    ),
    (
        "zh-CN",
        "温馨提示：我们绝不会要求您在亚马逊以外通过微信或支付宝付款，如有此类消息，并不是我们发的，请勿付款。",
    ),
    (
        "ko-KR",
        "주의: 저희는 아마존 외부에서 계좌이체나 카카오페이로 결제를 요청하지 않습니다. 그런 메시지는 사기입니다.",
    ),
    (
        "ar-SA",
        "تنبيه: لن نطلب منك أبداً الدفع عن طريق التحويل البنكي خارج أمازون. إذا طلب منك أحد ذلك فهو احتيال.",
    ),
    ("he-IL", "שימו לב: לעולם לא נבקש מכם לשלם בביט או בהעברה בנקאית מחוץ לאמזון. הודעה כזו אינה מאיתנו."),
    (
        "sv-SE",
        "Observera: vi ber dig aldrig att betala med Swish eller banköverföring utanför Amazon. Ett sådant meddelande kommer inte från oss.",
    ),
    (
        "en-GB",
        "We've had reports of scammers contacting buyers on WhatsApp pretending to be us. We will never message you on WhatsApp - only through Amazon.",
    ),
    (
        "de-DE",
        "Wir kontaktieren Sie niemals über WhatsApp oder Telegram. Nachrichten dort stammen nicht von uns.",
    ),
    (
        "fr-FR",
        "Nous ne vous contacterons jamais sur WhatsApp ni par SMS. Tout message de ce type est une arnaque.",
    ),
    ("es-ES", "Nunca le escribiremos por WhatsApp ni Telegram; si recibe algo así, no es de nuestra tienda."),
    ("it-IT", "Non vi contatteremo mai su WhatsApp o Telegram: eventuali messaggi non provengono da noi."),
    (
        "pt-BR",
        "Nunca entramos em contato pelo WhatsApp. Se alguém mandar mensagem se passando pela loja, é golpe.",
    ),
    (
        "ja-JP",
        "当店からLINEでご連絡することはございません。LINEでのメッセージは当店からではありませんのでご注意ください。",
    ),
    ("zh-CN", "我们不会通过微信联系您，如果有人加您微信自称是我们，并不是我们发的，请勿相信。"),
    ("ko-KR", "저희는 카카오톡으로 연락드리지 않습니다. 카톡으로 온 메시지는 저희가 보낸 것이 아닙니다."),
    ("ru-RU", "Мы никогда не пишем покупателям в Telegram или WhatsApp. Такие сообщения отправляем не мы."),
    ("pl-PL", "Nigdy nie kontaktujemy się przez WhatsApp. Wiadomości stamtąd nie pochodzą od nas."),
    ("nl-NL", "Wij nemen nooit contact op via WhatsApp. Berichten daar komen niet van ons."),
    ("tr-TR", "Sizinle asla WhatsApp üzerinden iletişime geçmeyiz. Oradan gelen mesajlar bize ait değildir."),
    ("ar-SA", "نحن لا نتواصل أبداً عبر واتساب. أي رسالة من هناك ليست منا."),
    ("he-IL", "אנחנו אף פעם לא פונים בוואטסאפ. הודעות משם אינן מאיתנו."),
    ("sv-SE", "Vi kontaktar dig aldrig via WhatsApp. Sådana meddelanden kommer inte från oss."),
    (
        "en-US",
        "For your security, please do not share your WhatsApp or phone number here; we can only help you through Amazon messages.",
    ),
    (
        "en-US",
        "We don't use WhatsApp or Telegram for customer service, so please keep all communication in Amazon.",
    ),
    ("en-US", "Please never send money via Zelle or Cash App to anyone claiming to be us."),
    ("en-US", "Do not pay anyone via Venmo for this order; Amazon already charged your card."),
    ("de-DE", "Bitte teilen Sie uns keine WhatsApp-Nummer mit, wir dürfen nur über Amazon kommunizieren."),
    ("de-DE", "Bitte überweisen Sie kein Geld per PayPal an Dritte, die sich als unser Shop ausgeben."),
    (
        "de-DE",
        "Zahlen Sie bitte niemals per Überweisung außerhalb von Amazon, auch wenn jemand Sie dazu auffordert.",
    ),
    (
        "fr-FR",
        "Merci de ne jamais payer par virement ou PayPal en dehors d'Amazon, même si on vous le demande.",
    ),
    ("fr-FR", "Nous n'utilisons pas WhatsApp pour le service client ; tout passe par la messagerie Amazon."),
    ("es-ES", "No utilizamos WhatsApp para atender a los clientes; toda la comunicación es por Amazon."),
    ("es-ES", "Por favor, nunca pague por Bizum o transferencia a nadie que diga ser de nuestra tienda."),
    ("es-MX", "No deposites en OXXO a nadie que te escriba diciendo que es de la tienda; es fraude."),
    ("it-IT", "Non usiamo WhatsApp per l'assistenza: scriveteci solo tramite i messaggi di Amazon."),
    (
        "it-IT",
        "Non pagate mai con bonifico o PostePay al di fuori di Amazon, anche se qualcuno ve lo chiede.",
    ),
    ("pt-BR", "Não usamos WhatsApp para atendimento; fale conosco só pelas mensagens da Amazon."),
    ("pt-BR", "Nunca pague por Pix ou boleto fora da Amazon, mesmo que alguém peça em nome da loja."),
    ("nl-NL", "Wij gebruiken geen WhatsApp voor klantenservice; alles loopt via Amazon-berichten."),
    ("nl-NL", "Betaal nooit via Tikkie of overschrijving buiten Amazon, ook niet als iemand daarom vraagt."),
    (
        "pl-PL",
        "Nie używamy WhatsAppa do obsługi klienta; prosimy o kontakt wyłącznie przez wiadomości Amazon.",
    ),
    ("pl-PL", "Nigdy nie płać BLIK-iem ani przelewem poza Amazonem, nawet jeśli ktoś o to poprosi."),
    ("sv-SE", "Vi använder inte WhatsApp för kundtjänst; all kontakt sker via Amazons meddelanden."),
    ("sv-SE", "Betala aldrig med Swish utanför Amazon, även om någon ber dig om det."),
    ("tr-TR", "Müşteri hizmetleri için WhatsApp kullanmıyoruz; tüm iletişim Amazon mesajları üzerinden."),
    ("tr-TR", "Lütfen Amazon dışında havale ile asla ödeme yapmayın, biri isterse bile."),
    ("ru-RU", "Мы не используем WhatsApp для поддержки; пишите нам только через сообщения Amazon."),
    ("ru-RU", "Никогда не платите переводом на карту вне Amazon, даже если вас об этом просят."),
    ("ar-SA", "لا نستخدم واتساب لخدمة العملاء؛ كل التواصل عبر رسائل أمازون."),
    ("ar-SA", "لا تدفع أبداً عن طريق التحويل البنكي خارج أمازون حتى لو طلب منك أحد ذلك."),
    ("he-IL", "אנחנו לא משתמשים בוואטסאפ לשירות לקוחות; כל הפניות דרך ההודעות של אמזון."),
    ("he-IL", "לעולם אל תשלמו בביט או בהעברה בנקאית מחוץ לאמזון, גם אם מישהו מבקש."),
    ("ja-JP", "当店ではLINEでのお問い合わせ対応は行っておりません。Amazonのメッセージからご連絡ください。"),
    ("ja-JP", "Amazon以外で銀行振込をするよう求められても、絶対にお支払いにならないでください。"),
    ("zh-CN", "我们不使用微信客服，请通过亚马逊消息联系我们。"),
    ("zh-CN", "请勿在亚马逊以外通过支付宝或银行转账付款，即使有人要求也不要付。"),
    ("ko-KR", "저희는 카카오톡 상담을 하지 않습니다. 아마존 메시지로만 문의해 주세요."),
    ("ko-KR", "누가 요청하더라도 아마존 외부에서 계좌이체로 결제하지 마세요."),
]
PITCHES = [
    ("en-US", "Don't wait for Amazon replies, message us on WhatsApp: shopbob22."),
    ("en-US", "Don't miss our flash deals - join our Telegram channel @shopdeals."),
    ("en-US", "Never pay Amazon fees again: pay us by Zelle and save 10%."),
    ("es-ES", "No utilizamos el chat de Amazon, escríbenos por WhatsApp."),
    ("pt-BR", "Nunca pague as taxas da Amazon: pague direto no Pix e ganhe 10% de desconto."),
    ("es-MX", "No pagues comisiones de Amazon, deposita en OXXO a nuestra cuenta."),
    ("fr-FR", "Ne payez jamais les frais Amazon : réglez par virement directement chez nous."),
    ("de-DE", "Zahlen Sie nie wieder Amazon-Gebühren: überweisen Sie direkt an uns per PayPal."),
    ("nl-NL", "Betaal nooit meer Amazon-kosten: betaal via Tikkie rechtstreeks aan ons."),
    ("ru-RU", "Не платите комиссию Amazon — переведите деньги нам на карту."),
    ("de-DE", "Niemals Wartezeiten: schreiben Sie uns direkt auf WhatsApp!"),
    ("nl-NL", "Nooit meer wachten: app ons via WhatsApp."),
    ("ko-KR", "아마존 메시지는 잘 안 봐요, 카톡으로 연락 주세요."),
]


def _blocking(text: str, locale: str) -> set[str]:
    return {f.rule for f in check(text, platform="amazon", locale=locale).blocking}


@pytest.mark.parametrize(("locale", "text"), WARNINGS)
def test_a_scam_warning_or_an_app_the_shop_does_not_use_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), PITCHES)
def test_the_same_words_in_a_pitch_still_block(locale: str, text: str) -> None:
    assert _blocking(text, locale) & {"contact.messenger", "offplatform.payment"}


# "Vi får inte erbjuda rabatt i utbyte mot recensioner": the seller not allowed to, in Swedish (stop 40); "du får inte
# glömma" (you must not forget) is no refusal.
@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        (
            "Vi får inte erbjuda rabatt i utbyte mot recensioner, det tillåter inte Amazon. Reservdelen skickas i dag.",
            False,
        ),
        ("Tyvärr får vi som säljare inte ge rabatt för recensioner.", False),
        ("Du får inte glömma att lämna ett omdöme, så får du 10 % rabatt.", True),
    ],
)
def test_the_seller_not_allowed_in_swedish(text: str, blocked: bool) -> None:
    assert ("review.incentive" in _blocking(text, "sv-SE")) is blocked
