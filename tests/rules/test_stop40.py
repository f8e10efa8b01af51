"""Stop 40: scam warnings and "we don't use that app" notices, in 16 languages, are no diversion and no messenger
invitation: the shop never contacts or charges that way ("Wir kontaktieren Sie niemals über WhatsApp", "Wij nemen nooit
contact op via WhatsApp", "카톡으로 온 메시지는 저희가 보낸 것이 아닙니다"), or the buyer is told never to pay that way
however many methods are listed, in a warning ("Merci de ne jamais payer par virement ou PayPal en dehors d'Amazon,
même si on vous le demande"). Beside them, the pitches that use the same words stay blocked ("Ne payez jamais les frais
Amazon : réglez par virement directement chez nous", "Nooit meer wachten: app ons via WhatsApp"). Then the seller saying
it would never ask for a review change, or that a reward for a review is against the rules, and a sum of money offered
for the change ("Change your review and get $10")."""

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


# "We would never ask you to change or remove your review" and "it's against the rules to offer anything for a review",
# in the 16 languages (stop 40: 14 and 4 of them were blocked, one by the statistical model after the phrase veto had
# cleared it); beside them the same negations followed by "but" or a new ask, which still block.
NEVER_ASKED = [
    (
        "en-US",
        "We would never ask you to change or remove your review - it's your honest opinion and we respect it.",
    ),
    (
        "en-US",
        "It's against Amazon's rules for sellers to offer anything for a review, so please don't feel obliged.",
    ),
    (
        "en-US",
        "Your review stays exactly as you wrote it; we simply wanted to let you know the replacement is on its way.",
    ),
    (
        "de-DE",
        "Wir würden Sie niemals bitten, Ihre Bewertung zu ändern oder zu löschen – sie ist Ihre ehrliche Meinung.",
    ),
    ("de-DE", "Es verstößt gegen die Amazon-Richtlinien, für Bewertungen etwas anzubieten."),
    (
        "fr-FR",
        "Nous ne vous demanderions jamais de modifier ou supprimer votre avis : c'est votre opinion sincère.",
    ),
    ("fr-FR", "Il est contraire aux règles d'Amazon d'offrir quoi que ce soit en échange d'un avis."),
    ("es-ES", "Nunca le pediríamos que cambie o elimine su reseña: es su opinión sincera."),
    ("es-ES", "Va contra las normas de Amazon ofrecer algo a cambio de una reseña."),
    (
        "it-IT",
        "Non le chiederemmo mai di modificare o rimuovere la sua recensione: è la sua opinione sincera.",
    ),
    ("it-IT", "È contro le regole di Amazon offrire qualcosa in cambio di una recensione."),
    ("pt-BR", "Nunca pediríamos para você alterar ou remover sua avaliação: é a sua opinião sincera."),
    ("pt-BR", "É contra as regras da Amazon oferecer qualquer coisa em troca de avaliação."),
    (
        "nl-NL",
        "We zouden u nooit vragen uw review aan te passen of te verwijderen: het is uw eerlijke mening.",
    ),
    ("nl-NL", "Het is tegen de regels van Amazon om iets aan te bieden in ruil voor een review."),
    ("pl-PL", "Nigdy nie prosilibyśmy o zmianę ani usunięcie opinii – to Pana szczera ocena."),
    ("pl-PL", "Oferowanie czegokolwiek w zamian za opinię jest niezgodne z zasadami Amazon."),
    ("sv-SE", "Vi skulle aldrig be dig ändra eller ta bort ditt omdöme – det är din ärliga åsikt."),
    ("sv-SE", "Det strider mot Amazons regler att erbjuda något i utbyte mot ett omdöme."),
    ("tr-TR", "Değerlendirmenizi değiştirmenizi veya silmenizi asla istemeyiz; bu sizin dürüst görüşünüz."),
    ("tr-TR", "Değerlendirme karşılığında bir şey teklif etmek Amazon kurallarına aykırıdır."),
    ("ru-RU", "Мы никогда не попросим вас изменить или удалить отзыв — это ваше честное мнение."),
    ("ru-RU", "Предлагать что-либо за отзыв запрещено правилами Amazon."),
    ("ar-SA", "لن نطلب منك أبداً تغيير تقييمك أو حذفه، فهو رأيك الصادق."),
    ("ar-SA", "يخالف قواعد أمازون تقديم أي شيء مقابل التقييم."),
    ("he-IL", "לעולם לא נבקש ממך לשנות או למחוק את הביקורת – זו דעתך הכנה."),
    ("he-IL", "זה נוגד את כללי אמזון להציע משהו בתמורה לביקורת."),
    (
        "ja-JP",
        "レビューの変更や削除をお願いすることは決してございません。率直なご意見として受け止めております。",
    ),
    ("ja-JP", "レビューの見返りに何かを提供することはAmazonの規約違反となります。"),
    ("zh-CN", "我们绝不会要求您修改或删除评价，那是您真实的看法。"),
    ("zh-CN", "以任何东西换取评价都违反亚马逊的规定。"),
    ("ko-KR", "리뷰 수정이나 삭제를 요청드리는 일은 절대 없습니다. 솔직한 의견으로 존중합니다."),
    ("ko-KR", "리뷰 대가로 무언가를 제공하는 것은 아마존 규정 위반입니다."),
]
STILL_ASKED = [
    ("en-US", "We never ask this, but could you please update your review to 5 stars?"),
    ("en-US", "We'd never normally ask - could you change your review to 5 stars?"),
    ("en-US", "It's against Amazon's rules, but we will refund $10 if you remove the review."),
    ("de-DE", "Wir bitten nie darum, aber könnten Sie Ihre Bewertung bitte ändern?"),
    ("fr-FR", "Nous ne demandons jamais cela, mais pourriez-vous modifier votre avis ?"),
    ("es-ES", "Nunca pedimos esto, pero ¿podría cambiar su reseña a 5 estrellas?"),
    ("es-ES", "Sé que va contra las normas, pero le devolvemos 10 € si cambia su reseña."),
    ("it-IT", "È contro le regole, ma le rimborsiamo 10 € se modifica la recensione."),
    ("pt-BR", "Nunca pedimos isso, mas você poderia alterar sua avaliação?"),
    ("ja-JP", "本来はお願いすることではございませんが、レビューを修正していただけないでしょうか。"),
    ("zh-CN", "我们从不要求这个，但能不能请您把评价改一下？"),
]
MONEY_FOR_THE_CHANGE = [
    ("en-US", "Change your review and get $10."),
    ("de-DE", "Ändern Sie Ihre Bewertung und erhalten Sie 10 €."),
    ("es-ES", "Cambie su reseña y reciba 10 €."),
    ("fr-FR", "Modifiez votre avis et recevez 10 €."),
    ("it-IT", "Modifichi la recensione e riceve 10 €."),
    ("pt-BR", "Altere sua avaliação e ganhe R$ 20."),
]
MONEY_NOT_TIED = [
    ("en-US", "Your refund is on its way; you will receive $12.99 within 5 days."),
    ("en-US", "Thanks for the review! You will get $5 back on the shipping we overcharged."),
    ("de-DE", "Die Erstattung ist unterwegs: Sie erhalten 12,99 € in drei Tagen."),
    ("fr-FR", "Votre remboursement est en cours : vous recevrez 12,99 € sous 5 jours."),
]


@pytest.mark.parametrize(("locale", "text"), NEVER_ASKED)
def test_never_asking_for_the_change_or_a_rule_against_rewards_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), STILL_ASKED)
def test_a_negation_then_but_or_a_new_ask_still_blocks(locale: str, text: str) -> None:
    assert _blocking(text, locale) & {"review.change", "review.incentive"}


@pytest.mark.parametrize(("locale", "text"), MONEY_FOR_THE_CHANGE)
def test_a_sum_of_money_for_the_change_is_an_incentive(locale: str, text: str) -> None:
    assert {"review.change", "review.incentive"} <= _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), MONEY_NOT_TIED)
def test_a_sum_the_buyer_gets_with_no_review_change_is_not(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# The top mark said not to be needed ("You don't have to give us 5 stars", "Sie müssen uns keine 5 Sterne geben",
# "星5つを付けていただく必要はございません", stop 40: 19 of 19 were blocked as positive-only asks); beside them the same
# words with the ask right after a "just" ("You don't have to write much, just give us 5 stars").
TOP_MARK_NOT_NEEDED = [
    ("en-US", "We don't want only 5-star reviews - an honest review, good or bad, helps us improve."),
    ("en-US", "We would never ask you for a 5-star rating; please rate us honestly if you wish."),
    ("en-US", "You don't have to give us 5 stars. Whatever you think is fine."),
    ("de-DE", "Wir wollen nicht nur 5-Sterne-Bewertungen – eine ehrliche Meinung hilft uns mehr."),
    ("de-DE", "Sie müssen uns keine 5 Sterne geben. Bewerten Sie einfach ehrlich, wenn Sie möchten."),
    ("fr-FR", "Vous n'êtes pas obligé de nous mettre 5 étoiles ; un avis honnête nous aide davantage."),
    ("es-ES", "No tiene que darnos 5 estrellas; una opinión sincera nos ayuda más."),
    ("it-IT", "Non deve darci per forza 5 stelle: una recensione sincera ci aiuta di più."),
    ("pt-BR", "Você não precisa dar 5 estrelas; uma avaliação sincera ajuda mais."),
    ("nl-NL", "U hoeft ons geen 5 sterren te geven; een eerlijke review helpt ons meer."),
    ("pl-PL", "Nie musi Pan dawać 5 gwiazdek – szczera opinia pomaga nam bardziej."),
    ("sv-SE", "Du behöver inte ge oss 5 stjärnor – ett ärligt omdöme hjälper oss mer."),
    ("tr-TR", "Bize 5 yıldız vermek zorunda değilsiniz; dürüst bir yorum bize daha çok yardımcı olur."),
    ("ru-RU", "Вы не обязаны ставить нам 5 звёзд — честный отзыв помогает нам больше."),
    ("ar-SA", "لست مضطراً لإعطائنا 5 نجوم، فالتقييم الصادق يساعدنا أكثر."),
    ("he-IL", "אתם לא חייבים לתת לנו 5 כוכבים – ביקורת כנה עוזרת לנו יותר."),
    ("ja-JP", "星5つを付けていただく必要はございません。率直なご評価の方が私たちの励みになります。"),
    ("zh-CN", "您不必给我们五星，真实的评价对我们更有帮助。"),
    ("ko-KR", "별 5개를 주실 필요는 없습니다. 솔직한 리뷰가 더 도움이 됩니다."),
]
TOP_MARK_ASKED = [
    ("en-US", "You don't have to write much, just give us 5 stars."),
    ("de-DE", "Sie müssen nichts schreiben, geben Sie uns einfach 5 Sterne."),
    ("es-ES", "No tiene que escribir nada, solo denos 5 estrellas."),
    ("fr-FR", "Pas besoin d'écrire un commentaire, mettez-nous simplement 5 étoiles."),
    ("pt-BR", "Não precisa escrever nada, é só dar 5 estrelas."),
    ("zh-CN", "不用写评论，直接给五星就行。"),
    ("en-US", "Please leave us a 5-star review if you're happy."),
]


@pytest.mark.parametrize(("locale", "text"), TOP_MARK_NOT_NEEDED)
def test_five_stars_said_not_to_be_needed_are_no_positive_only_ask(locale: str, text: str) -> None:
    assert "review.positive_only" not in _blocking(text, locale)


@pytest.mark.parametrize(("locale", "text"), TOP_MARK_ASKED)
def test_five_stars_asked_after_just_still_are(locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, locale)


# A refund or replacement given "regardless of your review", in 16 languages (stop 40: 5 of 21 were blocked, 4 of them
# by the statistical review model, which now stays out of a message that says so); beside them the same words about
# something else, with the bargain still made ("Quel que soit le problème, modifiez votre avis et nous vous remboursons").
REGARDLESS_OF_THE_REVIEW = [
    ("en-US", "We'll refund you in full regardless of your review."),
    ("en-US", "You'll get the replacement whether or not you leave a review."),
    ("en-US", "The free gift is included with every order - it has nothing to do with reviews."),
    ("de-DE", "Wir erstatten Ihnen den vollen Betrag, unabhängig von Ihrer Bewertung."),
    ("de-DE", "Den Ersatz bekommen Sie so oder so, ob Sie eine Bewertung schreiben oder nicht."),
    ("fr-FR", "Nous vous remboursons intégralement, quel que soit votre avis."),
    ("fr-FR", "Vous recevrez le remplacement, que vous laissiez un avis ou non."),
    ("es-ES", "Le reembolsamos el importe completo, independientemente de su reseña."),
    ("es-ES", "Recibirá el repuesto tanto si deja una reseña como si no."),
    ("it-IT", "La rimborsiamo per intero, indipendentemente dalla sua recensione."),
    ("pt-BR", "Vamos reembolsar o valor total, independentemente da sua avaliação."),
    ("nl-NL", "We betalen het volledige bedrag terug, ongeacht uw review."),
    ("pl-PL", "Zwrócimy pełną kwotę niezależnie od Pana opinii."),
    ("sv-SE", "Vi återbetalar hela beloppet oavsett ditt omdöme."),
    ("tr-TR", "Değerlendirmenizden bağımsız olarak tam iade yapacağız."),
    ("ru-RU", "Мы вернём полную сумму независимо от вашего отзыва."),
    ("ar-SA", "سنعيد لك المبلغ كاملاً بغض النظر عن تقييمك."),
    ("he-IL", "נחזיר לך את מלוא הסכום ללא קשר לביקורת שלך."),
    ("ja-JP", "レビューの有無にかかわらず、全額返金いたします。"),
    ("zh-CN", "无论您是否评价，我们都会全额退款。"),
    ("ko-KR", "리뷰 작성 여부와 관계없이 전액 환불해 드립니다."),
]
REGARDLESS_OF_SOMETHING_ELSE = [
    ("fr-FR", "Quel que soit le problème, modifiez votre avis et nous vous remboursons 10 €."),
    ("zh-CN", "无论如何，请把评价改成五星，我们给您退款10元。"),
    ("en-US", "Whether or not you liked it, change your review to 5 stars and we'll refund $10."),
    ("sv-SE", "Oavsett vad som hänt: ändra ditt omdöme så återbetalar vi 100 kr."),
    ("es-ES", "Independientemente del retraso, cambie su reseña y le reembolsamos 10 €."),
]


@pytest.mark.parametrize(("locale", "text"), REGARDLESS_OF_THE_REVIEW)
def test_a_benefit_regardless_of_the_review_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), REGARDLESS_OF_SOMETHING_ELSE)
def test_regardless_of_something_else_the_bargain_still_blocks(locale: str, text: str) -> None:
    assert {"review.change", "review.incentive"} <= _blocking(text, locale)


# An app named among the calls a headset supports, in the plural ("WhatsApp-gesprekken", "WhatsApp aramalarıyla": stop
# 40), is a product feature; a call offered or returned on the app is still an invitation.
@pytest.mark.parametrize(
    ("locale", "text", "blocked"),
    [
        ("nl-NL", "De headset werkt met Zoom, Skype en WhatsApp-gesprekken.", False),
        ("tr-TR", "Kulaklık Zoom, Skype ve WhatsApp aramalarıyla çalışır.", False),
        ("tr-TR", "WhatsApp'tan arama yapabilirsiniz: shop_ist.", True),
        ("tr-TR", "Bize WhatsApp'tan yazın, aramalarınıza hemen dönüyoruz.", True),
        ("nl-NL", "Stuur ons een bericht via WhatsApp, dan plannen we gesprekken met u in.", True),
    ],
)
def test_calls_a_headset_supports_are_a_feature(locale: str, text: str, blocked: bool) -> None:
    assert ("contact.messenger" in _blocking(text, locale)) is blocked


# "We don't sell outside Amazon", "we have no website of our own", and an order cancelled directly in the buyer's
# account ("отменить заказ напрямую в личном кабинете", stop 40); beside them the direct sale itself, and "our company
# account" (a bank account, not the buyer's).
ON_THE_PLATFORM = [
    ("en-US", "We don't have our own website - we only sell here on Amazon."),
    ("en-US", "Sorry, we don't sell outside Amazon, so you can only order through this listing."),
    ("de-DE", "Wir haben keinen eigenen Onlineshop, wir verkaufen nur über Amazon."),
    ("fr-FR", "Nous n'avons pas de site internet, nous vendons uniquement sur Amazon."),
    ("es-ES", "No tenemos tienda propia; solo vendemos en Amazon."),
    ("it-IT", "Non abbiamo un sito nostro, vendiamo solo su Amazon."),
    ("pt-BR", "Não temos site próprio, vendemos só pela Amazon."),
    ("nl-NL", "We hebben geen eigen webshop, we verkopen alleen via Amazon."),
    ("pl-PL", "Nie mamy własnego sklepu internetowego, sprzedajemy tylko na Amazonie."),
    ("sv-SE", "Vi har ingen egen webbutik, vi säljer bara på Amazon."),
    ("tr-TR", "Kendi web sitemiz yok, sadece Amazon'da satış yapıyoruz."),
    ("ru-RU", "У нас нет своего сайта, мы продаём только на Amazon."),
    ("ar-SA", "ليس لدينا موقع خاص، نبيع فقط على أمازون."),
    ("he-IL", "אין לנו אתר משלנו, אנחנו מוכרים רק באמזון."),
    ("ja-JP", "当店は自社サイトを持っておらず、Amazonでのみ販売しております。"),
    ("zh-CN", "我们没有自己的网站，只在亚马逊上销售。"),
    ("ko-KR", "저희는 자체 쇼핑몰이 없고 아마존에서만 판매합니다."),
    ("ru-RU", "Вы можете отменить заказ напрямую в личном кабинете Amazon."),
    ("en-US", "You can cancel the order directly in Your Orders on Amazon."),
    ("fr-FR", "Vous pouvez annuler la commande directement depuis votre compte Amazon."),
    ("es-ES", "Puede cancelar el pedido directamente desde su cuenta de Amazon."),
]
OFF_THE_PLATFORM = [
    ("en-US", "Cancel the order in your account and buy directly from us at shopbob.com for 20% less."),
    ("ru-RU", "Отмените заказ в личном кабинете и закажите напрямую у нас со скидкой 20%."),
    ("en-US", "Don't pay Amazon fees - pay us outside Amazon by bank transfer."),
    ("en-US", "Why pay more? Order outside Amazon and save."),
    ("zh-CN", "下次不用在平台下单，直接转账到我们公司账户，可以便宜15%。"),
]


@pytest.mark.parametrize(("locale", "text"), ON_THE_PLATFORM)
def test_selling_only_on_the_platform_or_cancelling_in_the_account_is_no_diversion(
    locale: str, text: str
) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), OFF_THE_PLATFORM)
def test_the_direct_sale_beside_them_still_blocks(locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, locale)


# AliExpress: the buyer told not to confirm receipt early, that the seller would never ask it, or that it is not needed
# now (stop 40: "Nunca le pediremos que confirme la recepción antes de recibir el producto", "No hace falta confirmar la
# recepción ahora" were blocked); beside them the same words turning to the ask ("No need to wait for the parcel, just
# confirm receipt today").
NOT_EARLY = [
    ("en", "Please don't confirm receipt until the parcel is in your hands and you've checked it."),
    ("en", "There is no need to confirm receipt early; the order confirms itself after delivery."),
    ("en", "We will never ask you to confirm receipt before you get the item."),
    ("es", "No confirme la recepción hasta tener el paquete en sus manos."),
    ("es", "Nunca le pediremos que confirme la recepción antes de recibir el producto."),
    ("fr", "Ne confirmez surtout pas la réception avant d'avoir le colis."),
    ("fr", "Nous ne vous demanderons jamais de confirmer la réception avant l'arrivée du colis."),
    ("pt", "Não confirme o recebimento antes de o pacote chegar."),
    ("pt", "Nunca vamos pedir para você confirmar o recebimento antes de receber."),
    ("de", "Bitte bestätigen Sie den Erhalt nicht, bevor das Paket bei Ihnen ist."),
    ("de", "Wir werden Sie nie bitten, den Erhalt vor der Lieferung zu bestätigen."),
    ("it", "Non confermi la ricezione prima che il pacco arrivi."),
    ("nl", "Bevestig de ontvangst niet voordat het pakket er is."),
    ("pl", "Prosimy nie potwierdzać odbioru, dopóki paczka nie dotrze."),
    ("ru", "Не подтверждайте получение, пока посылка не придёт."),
    ("ru", "Мы никогда не попросим вас подтвердить получение до того, как вы получите товар."),
    ("tr", "Paket elinize ulaşmadan teslim alındığını onaylamayın."),
    ("ar", "لا تؤكد الاستلام قبل وصول الطرد إليك."),
    ("he", "אל תאשרו קבלה לפני שהחבילה הגיעה."),
    ("ja", "商品が届く前に受取確認をしないでください。"),
    ("zh", "包裹到手之前请不要确认收货。"),
    ("ko", "상품을 받기 전에는 수령 확인을 하지 마세요."),
    ("en", "You don't have to confirm receipt now - wait until the package arrives."),
    ("de", "Sie müssen den Erhalt jetzt nicht bestätigen – warten Sie, bis das Paket da ist."),
    ("es", "No hace falta confirmar la recepción ahora; espere a que llegue el paquete."),
]
EARLY = [
    ("en", "We never ask this normally, but please confirm receipt now so we can close the order."),
    ("es", "No hace falta esperar: confirme la recepción ya y le damos un cupón."),
    ("pt", "Nunca pedimos isso, mas confirme o recebimento hoje, por favor."),
    ("en", "No need to wait for the parcel, just confirm receipt today."),
]


def _blocking_aliexpress(text: str, locale: str) -> set[str]:
    return {f.rule for f in check(text, platform="aliexpress", locale=locale).blocking}


@pytest.mark.parametrize(("locale", "text"), NOT_EARLY)
def test_confirming_receipt_never_asked_or_not_needed_yet_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking_aliexpress(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), EARLY)
def test_the_same_words_turning_to_the_ask_still_block(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" in _blocking_aliexpress(text, locale)


# "Please don't feel pressured to leave a review", "This is not a reminder to review", "Voel u niet verplicht …",
# "… solo queríamos saber si todo está bien" (stop 40: 3 of 18 were blocked); beside them "don't forget" (pressure
# itself), an obligation stated, and "only if you're happy".
NO_PRESSURE = [
    ("en-US", "Please don't feel pressured to leave a review; we only wanted to make sure the kettle works."),
    ("en-US", "This is not a reminder to review - just checking that the replacement arrived."),
    ("de-DE", "Fühlen Sie sich bitte nicht unter Druck gesetzt, eine Bewertung zu schreiben."),
    ("fr-FR", "Ne vous sentez surtout pas obligé de laisser un avis."),
    ("es-ES", "No se sienta presionado a dejar una reseña; solo queríamos saber si todo está bien."),
    ("it-IT", "Non si senta obbligato a lasciare una recensione."),
    ("pt-BR", "Não se sinta pressionado a deixar uma avaliação."),
    ("nl-NL", "Voel u niet verplicht om een review te schrijven."),
    ("pl-PL", "Proszę nie czuć się zobowiązanym do wystawienia opinii."),
    ("sv-SE", "Känn dig inte tvingad att lämna ett omdöme."),
    ("tr-TR", "Yorum bırakmak için kendinizi zorunlu hissetmeyin."),
    ("ru-RU", "Пожалуйста, не чувствуйте себя обязанным оставлять отзыв."),
    ("ar-SA", "لا تشعر بأنك مضطر لترك تقييم."),
    ("he-IL", "אל תרגישו מחויבים להשאיר ביקורת."),
    ("ja-JP", "レビューのご記入は義務ではございませんので、どうぞお気になさらないでください。"),
    ("zh-CN", "评价不是必须的，您不用有任何压力。"),
    ("ko-KR", "리뷰 작성은 의무가 아니니 부담 갖지 마세요."),
    ("en-US", "This isn't a review request. Your replacement ships today with tracking 1Z999AA10123456784."),
]
PRESSURE_OR_GATING = [
    ("en-US", "Not a big ask: please leave your review today, this is our last reminder."),
    ("nl-NL", "U bent verplicht om een review te schrijven."),
    ("de-DE", "Nicht vergessen: Ihre Bewertung ist bis Freitag fällig!"),
    ("pt-BR", "Não esqueça de avaliar até sexta!"),
    ("fr-FR", "N'oubliez pas de laisser votre avis avant vendredi !"),
    ("es-ES", "Solo si está contento, déjenos 5 estrellas."),
    ("en-US", "We just want to know: if you're happy, please leave 5 stars; if not, contact us."),
]


@pytest.mark.parametrize(("locale", "text"), NO_PRESSURE)
def test_a_review_said_to_be_no_obligation_blocks_nothing(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


@pytest.mark.parametrize(("locale", "text"), PRESSURE_OR_GATING)
def test_dont_forget_an_obligation_or_only_if_happy_still_block(locale: str, text: str) -> None:
    assert _blocking(text, locale) & {"review.pressure", "review.positive_only"}


# The days left to review in Swedish, Turkish, Arabic, Korean and Chinese (stop 40: these five of 33 countdown and
# "no review yet" probes were not blocked; the other languages' forms already were).
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("sv-SE", "Bara 2 dagar kvar att lämna ditt omdöme – missa inte!"),
        ("tr-TR", "Değerlendirme için sadece 2 gün kaldı, kaçırmayın!"),
        ("ar-SA", "بقي يومان فقط لترك تقييمك، لا تفوّت الفرصة!"),
        ("zh-CN", "评价只剩2天了，千万别错过！"),
        ("ko-KR", "리뷰 작성 기간이 2일밖에 남지 않았어요. 놓치지 마세요!"),
    ],
)
def test_the_days_left_to_review_are_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("sv-SE", "Bara 2 dagar kvar tills paketet kommer fram."),
        ("zh-CN", "只剩2天包裹就到了，请耐心等待。"),
        ("tr-TR", "Kargonun gelmesine sadece 2 gün kaldı."),
    ],
)
def test_the_days_left_for_the_parcel_are_not(locale: str, text: str) -> None:
    assert _blocking(text, locale) == set()


# Japanese "ライン" after a factory word is the production line, not the LINE app (stop 40); "ラインでご連絡ください" is.
@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        ("ご注文の商品は新しい製造ラインで作られたものです。", False),
        ("商品は製造ラインで検品済みです。", False),
        ("ラインでご連絡ください：shop_jp", True),
        ("LINEでご連絡ください：shop_jp", True),
    ],
)
def test_a_factory_line_is_no_messenger(text: str, blocked: bool) -> None:
    assert ("contact.messenger" in _blocking(text, "ja-JP")) is blocked
