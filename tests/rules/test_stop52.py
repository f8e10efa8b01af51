"""Stop 52: probes written blind for this stop (by writers who saw no rule code and no corpus: only the rule ids, what each
platform forbids and the output format), in 16 languages (1,240 messages: review pressure; incentives in indirect words;
phones among hard clean numbers; off-platform payment and promotion; change requests and positive-only asks; a balanced
mix).

Each case below was read wrongly before this stop (with the stop's source changes undone, its test fails) and each is a
message a seller could send; the rule sources are those of the rule table in docs/rules.md (Amazon Communication
Guidelines, AliExpress seller rules §8).

Caught: review pressure by the buyer's silence to earlier messages ("even after our two earlier emails", "Malgré nos deux
précédents messages", "te escribí hace una semana", "non ha ancora risposto ai nostri solleciti", "nie odpisujesz", "вы
не ответили на два моих сообщения", "لم ترد على رسائلي", "您一直没回复呢"), a last chance ("Nur noch 48 Stunden", "sista
chansen", "son gün", "הזדמנות אחרונה", "最後のチャンス"), the seller's job or shop at stake ("licencier nos deux employés",
"меня уволят", "店を続けることが難しい"), a reminder asked as a question ("리뷰 아직이시죠? … 다시 한번 부탁드려요", "还没评价吗？
再提醒一次"); incentives: a reward "as a thank-you" for stars already given ("Dank je wel voor de vijf sterren! Als
bedankje krijg je 15% korting"), a longer warranty for a review in the next sentence ("Vi förlänger gärna din garanti
till tre år.\nDet enda vi ber om är …") — which needed the next sentence after a full stop and a line break to be read at
all (``Linked`` phrases with ``ahead`` read an empty sentence there before); payment outside: the buyer's bank details
asked for ("Wilt u uw IBAN sturen?", "Me passa sua chave?", "口座情報をお知らせいただけますでしょうか").

Clean: the buyer's improper offer reported and refused in more words ("I understand you offer to change the 2 star to 5
star if I send $10. Sorry, we cannot", "Sie schreiben, Sie würden …", "Usted dice que …", "entendo que você quer …", "U
biedt aan …", "…해 달라고 하셨는데, 죄송하지만", "ご希望とのことですが、誠に申し訳ございません").
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

from ._blocking import blocks

CAUGHT = [
    (
        "review.pressure",
        "amazon",
        "de-DE",
        "Nur noch 48 Stunden! ⏰ Bewerten Sie jetzt Ihren Einkauf und erhalten Sie 15 % des Kaufpreises zurück. Danach verfällt das Angebot.",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Chère cliente, cher client,\nNotre petite entreprise familiale traverse une période difficile. Sans avis 5 étoiles, nous risquons de devoir licencier nos deux employés. Nous comptons vraiment sur vous.",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Madame,\nMalgré nos deux précédents messages, votre avis 2 étoiles est toujours en ligne. Nous vous demandons de le retirer sous 72 heures. Sans réponse de votre part, nous transmettrons le dossier à notre service juridique.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "es-ES",
        "Hola amigo, te escribí hace una semana y todavía no dejas valoración. Por favor valora hoy, es muy importante para la tienda, si no el sistema nos castiga.",
    ),
    (
        "review.pressure",
        "amazon",
        "it-IT",
        "Gentile cliente, non ha ancora risposto ai nostri solleciti riguardo alla recensione. La preghiamo di lasciarla al più presto. Per qualsiasi chiarimento può scriverci a assistenza.lunara@gmail.com.",
    ),
    (
        "review.pressure",
        "amazon",
        "pt-BR",
        "Sr. Oliveira, já entramos em contato duas vezes sobre sua avaliação de 1 estrela. Como já trocamos o produto, pedimos novamente que atualize a avaliação. Aguardamos sua resposta até amanhã.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "nl-NL",
        "Hallo vriend, ik stuur al 3 berichten. Waarom geen feedback? Geef alsjeblieft vandaag feedback, heel belangrijk.",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Geachte heer De Vries,\nOndanks onze eerdere berichten staat uw beoordeling van 1 ster nog steeds online. Wij verzoeken u deze binnen 5 dagen te verwijderen. Doet u dit niet, dan schakelen wij onze advocaat in.",
    ),
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Dzień dobry,\nnie odpowiedział Pan na nasze dwie poprzednie wiadomości. Ponownie prosimy o usunięcie negatywnej opinii – problem został rozwiązany. Liczymy na odpowiedź do jutra.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "pl-PL",
        "Halo, nie odpisujesz :( Zostaw ocenę pls. Jak coś to pisz na Telegram @dom_cuda_shop",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Hej,\nvi har redan skickat två påminnelser om din beställning 402-8812934-1120987 men har ännu inte sett något omdöme. Vi skulle uppskatta om du kunde skriva ett idag.\nVänliga hälsningar,\nNordhem",
    ),
    (
        "review.pressure",
        "amazon",
        "sv-SE",
        "Påminnelse ⏰ Du har fortfarande inte recenserat din ryggsäck! Det tar bara en minut 😊",
    ),
    (
        "review.pressure",
        "aliexpress",
        "sv-SE",
        "Hej, sista chansen! Ge 5 stjärnor idag så skickar vi en gratis laddkabel. Erbjudandet slutar i morgon.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "tr-TR",
        "Merhaba, mesajlarıma cevap vermiyorsunuz. Lütfen yorum yapın. Sorun varsa WhatsApp: +90 532 418 77 09",
    ),
    (
        "review.pressure",
        "aliexpress",
        "tr-TR",
        "Arkadaşım, son gün! Bugün yorum yaparsan 2 dolar iade ediyoruz. Dün de yazmıştım, unutma lütfen.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Дорогой покупатель, я простой продавец, у меня двое детей. Если не будет 5 звёзд, меня уволят. Пожалуйста, помогите мне 🙏🙏",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, вы не ответили на два моих сообщения. Пожалуйста, измените отзыв на положительный, и мы вернём вам 3$. Предложение действует до завтра.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ar-SA",
        "السلام عليكم، لم ترد على رسائلي. أرجو ترك التقييم بسرعة. إذا عندك مشكلة كلمني واتساب ٠٥٥٣٢١٤٧٨٩",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ko-KR",
        "고객님 답장이 없으시네요 ㅠㅠ 리뷰 꼭 부탁드려요. 문의는 카톡 ID: happyshop88 로 주세요",
    ),
    ("review.pressure", "amazon", "ko-KR", "리뷰 아직이시죠? 😭 다시 한번 부탁드려요 🙏"),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        "הזדמנות אחרונה! כתוב ביקורת היום ונחזיר לך 3 דולר. כתבתי לך גם אתמול, אל תשכח.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        "לא ענית להודעות שלי. תשאיר ביקורת בבקשה. אם יש בעיה תשלח לי וואטסאפ 052-7741983",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "突然のご連絡失礼いたします。当店は家族で営む小さな店でございます。星5つのレビューがいただけないと、店を続けることが難しい状況です。どうかお力をお貸しください。",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ja-JP",
        "最後のチャンス！今日5つ星評価してくれたら、2ドル返金します。明日で終わりです。",
    ),
    (
        "review.pressure",
        "aliexpress",
        "zh-CN",
        "亲，您一直没回复呢。评价记得给哦！有问题可以加我微信：shop_lily2023",
    ),
    ("review.pressure", "amazon", "zh-CN", "亲，还没评价吗？😊 再提醒一次哦，只需要一分钟！👍"),
    (
        "review.incentive",
        "amazon",
        "fr-FR",
        "Bonjour,\nMerci pour votre achat. Nous avons une proposition pour vous : votre garantie passe de 1 à 2 ans.\nEn contrepartie, nous vous demandons simplement de partager votre expérience sur Amazon.\nÀ bientôt",
    ),
    (
        "review.incentive",
        "amazon",
        "es-ES",
        "Hola Javier:\nTu garantía de 12 meses puede ampliarse a 24 meses. Es muy sencillo: deja una reseña sobre el producto y contesta a este mensaje.\nSaludos, Soporte Voltix",
    ),
    (
        "review.incentive",
        "aliexpress",
        "pt-BR",
        "Olá querido cliente, obrigado pelas 5 estrelas!! Como agradecimento você agora é cliente VIP da nossa loja: 10% de desconto em todos os pedidos. Siga nossa loja para não perder as novidades!",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Hallo,\nDank je wel voor de vijf sterren! Als bedankje krijg je 15% korting op je volgende bestelling met de code STER15.",
    ),
    (
        "review.incentive",
        "amazon",
        "sv-SE",
        "Hej Johan,\nVi förlänger gärna din garanti till tre år.\nDet enda vi ber om är att du skriver några rader om din upplevelse på Amazon.\nVänliga hälsningar, NordTool",
    ),
    (
        "review.incentive",
        "aliexpress",
        "tr-TR",
        "Merhaba, 5 yıldız için çok teşekkürler! Teşekkür olarak mağazamızda VIP oldunuz: tüm siparişlerde %10 indirim. Mağazamızı takip etmeyi unutmayın!",
    ),
    (
        "review.incentive",
        "amazon",
        "ru-RU",
        "Здравствуйте, Андрей!\nГарантия на ваш пылесос — 12 месяцев. Мы готовы продлить её до 24 месяцев.\nДля этого оставьте, пожалуйста, отзыв о товаре и сообщите нам об этом здесь.",
    ),
    (
        "review.incentive",
        "amazon",
        "ar-SA",
        "أهلاً سارة،\nشكراً جزيلاً على النجوم الخمس! تقديراً لتقييمك، نمنحك خصم 20% على طلبك القادم باستخدام الكود SHUKRAN20.",
    ),
    (
        "review.incentive",
        "amazon",
        "ar-SA",
        "السلام عليكم،\nنود تمديد ضمان منتجك إلى سنتين بدلاً من سنة.\nكل ما نطلبه هو أن تشاركنا رأيك في تقييم على أمازون.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "he-IL",
        "שלום, תודה רבה על 5 הכוכבים! כתודה אתה עכשיו לקוח VIP בחנות שלנו עם 10% הנחה על כל ההזמנות. עקוב אחרי החנות!",
    ),
    (
        "review.incentive",
        "amazon",
        "he-IL",
        "שלום יוסי,\nהאחריות על המכשיר היא לשנה אחת. אנחנו יכולים להאריך אותה לשנתיים.\nכל מה שצריך זה לכתוב ביקורת באמזון ולעדכן אותנו כאן.",
    ),
    (
        "review.incentive",
        "amazon",
        "he-IL",
        "שלום,\nתודה על הדירוג של חמישה כוכבים! כאות תודה על הכוכבים, נחזיר לך 5 דולר מהתשלום בימים הקרובים.",
    ),
    (
        "review.incentive",
        "amazon",
        "ja-JP",
        "佐藤様\n星5つのご評価、誠にありがとうございました。感謝の気持ちとして、次回ご注文時にご利用いただける20%OFFクーポン(コード:ARIGATO20)をお送りいたします。",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Para devolver os R$ 40 do item faltante, posso fazer um Pix diretamente pra você, é mais rápido que pela Amazon. Me passa sua chave?",
    ),
    (
        "offplatform.payment",
        "amazon",
        "nl-NL",
        "Het verschil van €6 betalen wij u liever direct terug via een bankoverschrijving in plaats van via Amazon. Wilt u uw IBAN sturen?",
    ),
    (
        "offplatform.payment",
        "amazon",
        "tr-TR",
        "Eksik parça için 50 TL'yi IBAN'ınıza direkt gönderelim, Amazon üzerinden iade uzun sürüyor. IBAN'ınızı yazar mısınız?",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, друг! Доплату за доставку 300 рублей можно перевести на Сбер по номеру карты, напишу её в следующем сообщении. Отправим сразу.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ar-SA",
        "بدل الإرجاع عن طريق أمازون، نرجع لك المبلغ 45 ريال تحويل مباشر على حسابك البنكي. أرسل لنا رقم الآيبان.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "大変申し訳ございません。返品のお手続きはお手間かと存じますので、差額の800円を銀行振込にて直接ご返金させていただきます。口座情報をお知らせいただけますでしょうか。",
    ),
    (
        "review.incentive",
        "amazon",
        "fr-FR",
        "Bonjour,\n\nSuite à votre retour sur la cafetière, nous vous proposons une extension de garantie de 2 ans, à condition que vous acceptiez de supprimer votre évaluation négative.\n\nCordialement,\nLe service client",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Друг, мы пишем уже 5 раз. Пожалуйста, поменяйте оценку, из-за неё магазин могут закрыть, у нас семья.",
    ),
]

CLEAN = [
    (
        "review.change",
        "aliexpress",
        "en-US",
        "Dear buyer, I understand you offer to change the 2 star to 5 star if I send $10. Sorry, we cannot do this, it is against AliExpress rules. Your feedback is your own choice. About the missing button, we already sent a new one free, tracking number YT2318800144290.",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "en-US",
        "Dear buyer, I understand you offer to change the 2 star to 5 star if I send $10. Sorry, we cannot do this, it is against AliExpress rules. Your feedback is your own choice. About the missing button, we already sent a new one free, tracking number YT2318800144290.",
    ),
    (
        "review.change",
        "aliexpress",
        "de-DE",
        "Hallo, danke für Ihre Nachricht. Sie schreiben, Sie würden die Bewertung auf 5 Sterne ändern, wenn wir Ihnen einen Gutschein schicken. Das dürfen wir leider nicht. Ihre Reklamation wegen des defekten Netzteils bearbeiten wir natürlich trotzdem: Wir schicken ein neues Netzteil kostenlos, die Sendungsnummer folgt.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "de-DE",
        "Hallo, danke für Ihre Nachricht. Sie schreiben, Sie würden die Bewertung auf 5 Sterne ändern, wenn wir Ihnen einen Gutschein schicken. Das dürfen wir leider nicht. Ihre Reklamation wegen des defekten Netzteils bearbeiten wir natürlich trotzdem: Wir schicken ein neues Netzteil kostenlos, die Sendungsnummer folgt.",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "de-DE",
        "Hallo, danke für Ihre Nachricht. Sie schreiben, Sie würden die Bewertung auf 5 Sterne ändern, wenn wir Ihnen einen Gutschein schicken. Das dürfen wir leider nicht. Ihre Reklamation wegen des defekten Netzteils bearbeiten wir natürlich trotzdem: Wir schicken ein neues Netzteil kostenlos, die Sendungsnummer folgt.",
    ),
    (
        "review.change",
        "aliexpress",
        "es-ES",
        "Hola, gracias por escribir. Usted dice que cambia la valoración si le devolvemos dinero. No podemos hacer esto, va contra las reglas de AliExpress. El reembolso por el artículo que falta lo hacemos igual, ya está aprobado en la disputa.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "es-ES",
        "Hola, gracias por escribir. Usted dice que cambia la valoración si le devolvemos dinero. No podemos hacer esto, va contra las reglas de AliExpress. El reembolso por el artículo que falta lo hacemos igual, ya está aprobado en la disputa.",
    ),
    (
        "review.change",
        "aliexpress",
        "pt-BR",
        "Olá, entendo que você quer R$ 50 para mudar a avaliação para 5 estrelas. Não podemos fazer isso, é proibido pelas regras do AliExpress. Mas o reembolso da peça quebrada já foi aprovado na disputa, independentemente da avaliação.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "pt-BR",
        "Olá, entendo que você quer R$ 50 para mudar a avaliação para 5 estrelas. Não podemos fazer isso, é proibido pelas regras do AliExpress. Mas o reembolso da peça quebrada já foi aprovado na disputa, independentemente da avaliação.",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "pt-BR",
        "Olá, entendo que você quer R$ 50 para mudar a avaliação para 5 estrelas. Não podemos fazer isso, é proibido pelas regras do AliExpress. Mas o reembolso da peça quebrada já foi aprovado na disputa, independentemente da avaliação.",
    ),
    (
        "review.change",
        "amazon",
        "nl-NL",
        "Hallo,\nBedankt voor uw bericht. U biedt aan uw review te verwijderen als wij u een cadeaubon sturen. Dat mogen en doen wij niet. Uw retourverzoek wordt gewoon behandeld volgens het retourbeleid van Amazon; het retourlabel staat klaar in uw account.",
    ),
    (
        "review.incentive",
        "amazon",
        "nl-NL",
        "Hallo,\nBedankt voor uw bericht. U biedt aan uw review te verwijderen als wij u een cadeaubon sturen. Dat mogen en doen wij niet. Uw retourverzoek wordt gewoon behandeld volgens het retourbeleid van Amazon; het retourlabel staat klaar in uw account.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "es-ES",
        "Hola, nos propones pagar por Bizum para tener mejor precio. Lo sentimos, pero todos los pedidos deben realizarse y pagarse a través de Amazon.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ar-SA",
        "طلبت الدفع بتحويل بنكي للحصول على خصم، نعتذر، جميع الطلبات والمدفوعات تتم عبر أمازون فقط.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ko-KR",
        "계좌이체로 결제하면 할인해 달라고 하셨는데, 죄송하지만 결제는 알리익스프레스에서만 가능합니다. 저희는 외부 결제를 절대 요청하지 않습니다.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ja-JP",
        "銀行振込でのお支払いをご希望とのことですが、誠に申し訳ございません。お支払いはすべてAmazonにてお願いしております。Amazon外でのお支払いをお願いすることはございません。",
    ),
]


# Messenger names with a Turkish case ending or in another Hebrew spelling (stop 52 probes) — not the app as a feature.
@pytest.mark.parametrize(
    ("platform", "locale", "text"),
    [
        ("aliexpress", "tr-TR", "Merhaba arkadaşım, daha fazla renk için whatsapptan yaz: 0532 418 27 63"),
        ("aliexpress", "tr-TR", "Fotoğrafları Telegram'dan gönderebilirim, yazın bana."),
        ("aliexpress", "he-IL", "היי! תשלחי לי הודעה בווצאפ ואשלח לך תמונות אמיתיות של הצבעים"),
    ],
)
def test_the_messenger_invitation_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.messenger" in blocks(text, platform, locale)


@pytest.mark.parametrize(
    "text",
    ["Saat, WhatsApp'tan gelen bildirimleri gösterir.", "Kulaklık Telegram'dan gelen mesajları sesli okur."],
)
def test_the_messenger_as_a_feature_stays_clean(text: str) -> None:
    assert "contact.messenger" not in blocks(text, "amazon", "tr-TR")


# A review asked for and the seller alone paying for it, in the first person singular (9 of 18 such probes were missed
# where "we" was caught) — not a seller who saw the review and sends a part, or "I send" anything else.
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("de-DE", "Schreib eine Bewertung und ich erstatte dir 3 Euro."),
        ("es-ES", "Deja una reseña y te devuelvo 3 dólares."),
        ("es-ES", "Si dejas una reseña te devuelvo 3 dólares."),
        ("it-IT", "Lascia una recensione e ti rimborso 3 euro."),
        ("pt-BR", "Deixa uma avaliação que eu te devolvo 3 reais."),
        ("sv-SE", "Skriv ett omdöme så ger jag dig 30 kr tillbaka."),
        ("ru-RU", "Оставь отзыв, и я верну тебе 3 доллара."),
        ("ar-SA", "اترك تقييم وأنا أرجع لك 3 دولار."),
        ("he-IL", "תשאיר ביקורת ואני אחזיר לך 3 דולר."),
        ("zh-CN", "给个好评我退你3块钱。"),
    ],
)
def test_a_review_paid_by_the_seller_alone_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Vi tu reseña y te devuelvo 3 dólares por la pieza que falta."),
        ("es-ES", "Deja la caja en la puerta y te mando la factura."),
        ("de-DE", "Ich habe Ihre Bewertung gelesen, ich schicke Ihnen gern ein neues Kabel."),
        ("it-IT", "Grazie della recensione, ti mando il codice di tracciamento."),
        ("zh-CN", "看到您的评价了，我给您补发一个配件。"),
    ],
)
def test_the_seller_alone_sending_something_else_is_no_incentive(locale: str, text: str) -> None:
    assert "review.incentive" not in blocks(text, "aliexpress", locale)


# The unhappy buyer sent to the seller's phone instead of the review, in the words the gate lacked (stop 52 probes).
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "Instead of a negative review, give me a call."),
        ("fr-FR", "Plutôt que de laisser un commentaire négatif, passez-moi un coup de fil."),
        ("ru-RU", "Перед тем как оставлять отзыв, позвоните нам."),
        ("ar-SA", "قبل ما تكتب تقييم، كلمني."),
        ("zh-CN", "评价之前请先给我们打电话。"),
    ],
)
def test_the_unhappy_buyer_sent_to_the_phone_first_is_gated(locale: str, text: str) -> None:
    assert "review.positive_only" in blocks(text, "amazon", locale)


def test_plutot_que_de_laisser_about_a_parcel_is_clean() -> None:
    text = "Plutôt que de laisser le colis dehors, le livreur l'a déposé au point relais."
    assert "review.positive_only" not in blocks(text, "amazon", "fr-FR")


def test_the_one_with_one_star_taken_away_is_a_change_request() -> None:
    text = (
        "Oi, mandamos a peça que faltava. Depois que chegar, dá pra você apagar aquela de 1 estrela? Obrigado"
    )
    assert "review.change" in blocks(text, "aliexpress", "pt-BR")


def test_a_gift_on_top_for_withdrawing_the_review_is_an_incentive() -> None:
    text = "全额退款已处理。如果您愿意撤销那条1星评价,我们再额外赠送一个收纳包。"
    assert "review.incentive" in blocks(text, "amazon", "zh-CN")


def test_removing_the_one_with_the_scratch_is_no_change_request() -> None:
    assert "review.change" not in blocks(
        "Puedes quitar la de 2 piezas y usar la otra.", "aliexpress", "es-ES"
    )


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "de-DE",
            "Die Nachlieferung kostet 9,90 €. Bitte senden Sie den Betrag per PayPal, dann versenden wir sofort.",
        ),
        ("fr-FR", "Les frais de port pour la Corse (7 €) peuvent être réglés par PayPal entre amis."),
    ],
)
def test_the_sum_sent_by_paypal_is_payment_outside(locale: str, text: str) -> None:
    assert "offplatform.payment" in blocks(text, "amazon", locale)


# The informal imperative asks for a review too (a warning: one neutral request per order is allowed); before stop 52
# "Deja una reseña", "Schreib eine Bewertung", "Lascia una recensione", "Оставь отзыв" were not read as requests at all.
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("es-ES", "Deja una reseña."),
        ("de-DE", "Schreib eine Bewertung."),
        ("it-IT", "Lascia una recensione."),
        ("ru-RU", "Оставь отзыв."),
        ("pt-BR", "Deixa uma avaliação."),
        ("fr-FR", "Laisse un avis."),
        ("he-IL", "תשאיר ביקורת."),
    ],
)
def test_the_informal_request_warns(locale: str, text: str) -> None:
    report = check(text, platform="aliexpress", locale=locale)
    assert [f.rule for f in report.findings] == ["review.request"]


# Second round (phones with line breaks aside, which test_stop52_phones.py holds): solo sellers, formatted letters,
# payment refused in the first person singular, messenger names listed as features under a "supports:" line.
CAUGHT_2 = [
    (
        "review.positive_only",
        "amazon",
        "fr-FR",
        "Bonjour, plutôt que de laisser un commentaire négatif, passez-moi un coup de fil : l'indicatif c'est 01, puis 42 comme la réponse à tout, puis 68 33 10.",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ru-RU",
        "Уважаемый покупатель, поставьте 5 звёзд и подтвердите получение сейчас, а я верну 2$. Вопросы — по номеру 8-9l2-7O4-l8-23",
    ),
    (
        "review.positive_only",
        "aliexpress",
        "ru-RU",
        "Перед тем как оставлять отзыв, позвоните нам: восемь восемьсот пятьсот пятьдесят, тридцать пять, тридцать пять. Всё решим!",
    ),
    ("review.positive_only", "amazon", "ar-SA", "قبل ما تكتب تقييم، كلمني على 05O 7l2 33 84 ونحل المشكلة"),
    (
        "offplatform.payment",
        "amazon",
        "de-DE",
        "Die Nachlieferung des Netzteils kostet 9,90 €. Bitte senden Sie den Betrag per PayPal an zahlung@elektro-kraemer.de, dann versenden wir sofort.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour Monsieur,\nles frais de port supplémentaires pour la Corse (7 €) peuvent être réglés par PayPal entre amis. Si vous êtes d'accord, je vous envoie la demande de paiement et le colis part demain.\nCordialement,\nJulien",
    ),
    (
        "review.incentive",
        "aliexpress",
        "es-ES",
        "Amigo, confirma recibido ahora y deja buena valoración, y te devuelvo 3 dólares. El paquete llega seguro.",
    ),
    (
        "contact.messenger",
        "aliexpress",
        "he-IL",
        "היי! תשלחי לי הודעה בווצאפ ואשלח לך תמונות אמיתיות של הצבעים 😊",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Buongiorno, ho visto la sua recensione negativa. Le rimborso metà del prezzo se la toglie, va bene?",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, видел ваш отзыв на 3 звезды. Верну вам 200 рублей, если исправите на 5.",
    ),
]

CLEAN_2 = [
    (
        "offplatform.payment",
        "amazon",
        "fr-FR",
        "Bonjour, je ne peux pas accepter de paiement par virement en dehors d'Amazon, désolée. Vous pouvez recommander directement sur l'annonce.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "es-ES",
        "Hola amigo, no puedo aceptar pago por PayPal fuera de AliExpress, lo siento. Haz el pedido aquí y te lo envío igual de rápido.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "it-IT",
        "Ciao, mi hai chiesto di pagare con PayPal a parte ma non posso, su Amazon si paga solo tramite Amazon. Puoi riordinare dalla pagina del prodotto.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pt-BR",
        "Oi, infelizmente não posso aceitar Pix fora da Amazon, é contra as regras. Pode comprar de novo pelo anúncio normalmente.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "nl-NL",
        "Hoi, je vroeg of je mij via Tikkie kon betalen voor een tweede lamp, maar dat mag niet. Bestel gewoon opnieuw via Amazon, dan verstuur ik hem meteen.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "pl-PL",
        "Cześć, pytałeś o płatność BLIKiem poza Amazonem – niestety nie mogę tak przyjąć. Zamów proszę normalnie przez ofertę.",
    ),
    (
        "offplatform.payment",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, вы предложили оплатить на карту, но я не могу, только через AliExpress. Оформите заказ здесь, отправлю сразу.",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ko-KR",
        "계좌이체로 하고 싶다고 하셨는데 죄송하지만 아마존 밖에서는 결제 못 받아요. 상품 페이지에서 다시 주문해주세요.",
    ),
    (
        "contact.messenger",
        "amazon",
        "en-US",
        "Hi Greg,\n\nGreat question about the Resonant X200 smart speaker.\n\nYes, it supports:\n• WhatsApp and Telegram voice calls through your paired phone\n• Spotify Connect and AirPlay 2\n• Voice assistant wake word in English and Spanish\n\nIt does not support LINE or Viber calls at this time. A firmware update (v2.4) is planned for Q3.\n\nThanks,\nEthan\nProduct Support, Resonant Audio",
    ),
    (
        "contact.messenger",
        "amazon",
        "sv-SE",
        "Hej Peter,\n\nSvar på din fråga om surfplattan Tab 11:\n\n- WhatsApp, Telegram och Signal går att installera via Google Play\n- Skärmen är 11 tum, 2000 x 1200\n- Batteritid ca 12 timmar video\n\nHälsningar,\nTeknisk support, NordTab",
    ),
    (
        "contact.messenger",
        "amazon",
        "ko-KR",
        "안녕하세요 조성민 고객님,\n\n어르신용 스마트폰 S2 관련 문의에 답변드립니다.\n\n• 카카오톡, 라인, 왓츠앱 설치 가능합니다\n• 큰 글씨 모드와 SOS 버튼 지원\n• 대기 시간 약 10일\n\n감사합니다.\n기술지원팀, 실버폰",
    ),
    (
        "contact.messenger",
        "amazon",
        "he-IL",
        "שלום אורי,\n\nלגבי השאלה על השעון החכם לילדים K5:\n\n• אין בו וואטסאפ או טלגרם – ההודעות עוברות רק דרך אפליקציית ההורים\n• יש GPS ואזור בטוח\n• נדרש כרטיס nano SIM\n\nבברכה,\nתמיכה טכנית, KidWatch ישראל",
    ),
    (
        "contact.messenger",
        "aliexpress",
        "zh-CN",
        "您好:\n\n关于您咨询的老人手机 S2:\n\n• 可以安装微信、WhatsApp 和 Telegram\n• 支持大字体模式和一键SOS\n• 待机时间约10天\n\n此致\nSenior Phone 官方店",
    ),
]


# Third round: rewards "as a small token of appreciation" for a review given ("Als kleine Anerkennung erstatten wir", "为表
# 谢意", "감사한 마음에"), an offer for a review running out ("Only for 7 days", "sadece 10 gün geçerli", "действует 5 дней"),
# the shop's existence at stake in more words; thanks for a five-star review with the writing in between ("merci d'avoir
# pris le temps de rédiger un avis 5 étoiles", "感谢您花时间写下五星评价", "Vi sua avaliação de 5 estrelas, muito obrigada").
CAUGHT_3 = [
    (
        "review.pressure",
        "amazon",
        "pl-PL",
        "Cześć Michał,\nczy wiesz, że wśród osób, które napisały recenzję naszej ładowarki, co tydzień losujemy powerbank? Nie przegap szansy - zostało tylko kilka dni do końca akcji!",
    ),
    (
        "review.incentive",
        "amazon",
        "en-US",
        "Hello, thank you for the review you posted last week. As a token of our appreciation we would like to refund $5 to you through Amazon. Please reply to confirm and we will process it.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "en-US",
        "Dear buyer, join our VIP club! Every buyer who leave review with photo become VIP member and get free gift in every next order. Only for 7 days after you receive, hurry up!",
    ),
    (
        "review.incentive",
        "amazon",
        "de-DE",
        "Sehr geehrte Frau Lindner,\n\nvielen Dank für Ihre freundliche 5-Sterne-Bewertung! Als kleine Anerkennung erstatten wir Ihnen 10 % des Kaufpreises. Die Erstattung erfolgt in den nächsten Tagen über Amazon.\n\nFreundliche Grüße\nSchäfer & Söhne GmbH",
    ),
    (
        "review.incentive",
        "amazon",
        "pt-BR",
        "Olá, Rafael! Muito obrigado pela avaliação que você deixou! Como agradecimento, vamos te devolver R$ 20 do valor da compra. É só responder essa mensagem confirmando.",
    ),
    (
        "review.pressure",
        "amazon",
        "ja-JP",
        "高橋様\n\n弊社は家族三人で営む小さな店でございます。\n正直に申し上げますと、レビューの数が少ないため、このままでは販売を続けることが難しい状況でございます。\nお客様のお力添えを賜れましたら、これ以上の喜びはございません。",
    ),
    (
        "review.incentive",
        "amazon",
        "zh-CN",
        "尊敬的客户您好，感谢您留下的评价！为表谢意，我们将为您免费寄送一个同款收纳袋，请回复确认收货地址。",
    ),
    (
        "review.pressure",
        "aliexpress",
        "zh-CN",
        "亲爱的顾客，本店推出会员积分计划：每发布一条带图评价即可获得100积分，积分可兑换礼品。活动截止本月底哦！",
    ),
    (
        "review.incentive",
        "amazon",
        "tr-TR",
        "Merhaba Elif Hanım, güzel yorumunuz için çok teşekkür ederiz! Teşekkür olarak ürün bedelinin 50 TL'sini iade ediyoruz, Amazon üzerinden hesabınıza geçecek.",
    ),
    (
        "review.pressure",
        "amazon",
        "tr-TR",
        "Sayın müşterimiz, değerlendirme yaparsanız ürününüzün garantisini 2 yıldan 4 yıla uzatıyoruz. Bu teklif sipariş tarihinden itibaren sadece 10 gün geçerlidir.",
    ),
    (
        "review.incentive",
        "amazon",
        "ar-SA",
        "الأخ الفاضل عبدالله،\nشكراً جزيلاً على تقييمك الرائع. تقديراً لك، سنعيد إليك 25 ريالاً من قيمة الطلب عبر أمازون.\nدمت بخير",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ar-SA",
        "عزيزي العميل، كل من يكتب تقييماً مع صورة يدخل السحب الشهري على ساعة ذكية. السحب يغلق يوم الخميس، لا تفوّت الفرصة!",
    ),
    (
        "review.incentive",
        "aliexpress",
        "ru-RU",
        "Здравствуйте! Спасибо за ваш отзыв! В благодарность дарим вам бесплатный чехол к следующему заказу. Напишите, какой цвет вам нравится.",
    ),
    (
        "review.pressure",
        "aliexpress",
        "ru-RU",
        "Здравствуйте, за отзыв продлим гарантию с 6 месяцев до 2 лет. Предложение действует 5 дней после получения.",
    ),
    (
        "review.incentive",
        "amazon",
        "ko-KR",
        "안녕하세요 고객님, 소중한 리뷰 남겨주셔서 정말 감사합니다! 감사한 마음에 구매 금액 일부(5달러)를 환불해 드리겠습니다.",
    ),
    (
        "review.incentive",
        "amazon",
        "he-IL",
        'שלום יעל,\nתודה רבה על הביקורת המקסימה! כאות תודה נחזיר לך 20 ש"ח מסכום ההזמנה.',
    ),
    (
        "review.pressure",
        "aliexpress",
        "he-IL",
        "שלום, ראינו שנתת לנו 2 כוכבים. נשלח לך החזר מלא אם תמחק את הביקורת. הביקורת הזאת ממש פוגעת בחנות הקטנה שלנו ואנחנו עלולים להיסגר בגללה.",
    ),
    (
        "review.incentive",
        "amazon",
        "pl-PL",
        "Dzień dobry, dziękujemy za Pani 5-gwiazdkową recenzję! W podziękowaniu zwrócimy Pani 20 zł z kwoty zamówienia.",
    ),
    (
        "review.pressure",
        "amazon",
        "nl-NL",
        "Beste Lisa,\nWe zijn een startup van drie mensen en eerlijk gezegd hangt alles af van reviews. Als jij er geen schrijft, weten we niet of we volgend jaar nog bestaan.",
    ),
    (
        "review.incentive",
        "amazon",
        "sv-SE",
        "Hej Johan,\nTack för din fina recension! Som tack återbetalar vi 50 kr av ordervärdet.",
    ),
    (
        "review.incentive",
        "amazon",
        "fr-FR",
        "Bonjour Julien,\nUn grand merci pour votre avis 5 étoiles ! En remerciement, nous vous remboursons 5 € sur votre commande.",
    ),
    (
        "review.pressure",
        "amazon",
        "fr-FR",
        "Bonjour Claire,\nNous sommes un petit atelier familial à Lyon. Sans vos avis, nous ne tiendrons pas jusqu'à Noël. Nous comptons vraiment sur vous.",
    ),
    (
        "review.incentive",
        "amazon",
        "es-ES",
        "Estimado Sr. García,\nMuchas gracias por su valoración. Como agradecimiento, le reembolsaremos 10 € del importe de su pedido.",
    ),
    (
        "review.incentive",
        "amazon",
        "it-IT",
        "Gentile Marco,\ngrazie mille per la sua recensione a 5 stelle! Come ringraziamento le rimborseremo 5 € dell'ordine.",
    ),
]

CLEAN_3 = [
    (
        "review.positive_only",
        "amazon",
        "pt-BR",
        "Olá, Ana! Vi sua avaliação de 5 estrelas, muito obrigada por ter escrito! Anotamos a dica sobre o tamanho da tampa.",
    ),
    (
        "review.positive_only",
        "amazon",
        "zh-CN",
        "您好，感谢您花时间写下五星评价。关于您提到的充电线偏短的问题，我们已反馈给工厂，下一批会改进。",
    ),
    (
        "review.positive_only",
        "amazon",
        "fr-FR",
        "Bonjour Sophie, merci d'avoir pris le temps de rédiger un avis 5 étoiles. Nous avons transmis votre remarque sur la notice à notre équipe.",
    ),
]


# Fourth round: what the buyer wrote asked to be changed or taken away with no review word ("Kan du ta bort det du skrev?",
# "Можете поправить то, что написали?", "先日ご投稿いただいた内容について、削除をご検討"); a discount code or newsletter the
# seller says it has none of ("vi har tyvärr inga rabattkoder", "現在弊社で発行しているクーポンはございません").
CAUGHT_4 = [
    (
        "review.change",
        "aliexpress",
        "pt-BR",
        "Oi amigo, o novo chegou certinho? Se tiver tudo ok, consegue mudar aquilo que você escreveu? Valeu!",
    ),
    (
        "review.change",
        "aliexpress",
        "sv-SE",
        "Hej vän, pengarna är tillbaka nu. Kan du ta bort det du skrev? tack",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ru-RU",
        "Здравствуйте, возврат через Amazon идёт долго. Можем вернуть деньги переводом на вашу карту, напишите номер карты.",
    ),
    (
        "review.change",
        "aliexpress",
        "ru-RU",
        "Друг, деньги вернули. Можете поправить то, что написали? спасибо",
    ),
    (
        "offplatform.payment",
        "amazon",
        "ar-SA",
        "أهلاً، لتسريع الاسترداد نقدر نحول لك المبلغ مباشرة على حسابك البنكي، فقط أرسل لنا رقم الآيبان.",
    ),
    ("review.change", "aliexpress", "ar-SA", "صديقي، رجعنا لك الفلوس. ممكن تشيل اللي كتبته لو سمحت؟ شكرا"),
    (
        "offplatform.payment",
        "amazon",
        "he-IL",
        "היי, את ההחזר אפשר לעשות מהר יותר בהעברה בנקאית ישירה. תשלח לי מספר חשבון וסניף ואני מעביר היום.",
    ),
    (
        "review.change",
        "amazon",
        "ja-JP",
        "お客様\n全額返金の手続きが完了いたしました。大変恐れ入りますが、先日ご投稿いただいた内容について、削除をご検討いただくことは可能でしょうか。",
    ),
]

CLEAN_4 = [
    (
        "marketing.promotion",
        "amazon",
        "de-DE",
        "Hallo, zu Ihrer Frage zum Kundendienst nach dem Kauf: Die Garantie beträgt 24 Monate ab Kaufdatum. Bei einem Defekt melden Sie sich bitte über Amazon, wir schicken dann ein Ersatzgerät. Ein Newsletter oder eine Registrierung ist dafür nicht nötig.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        "Buongiorno, ci chiede se esiste un codice sconto: al momento non ne abbiamo. Il prezzo di 34,90 € include la spedizione. L'ordine 171-2204918-3395611 parte domani.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "it-IT",
        "Buonasera Sig. Ferri, l'assistenza post-vendita è garantita per 24 mesi. Per attivare la garanzia non serve iscriversi a nessuna newsletter: basta la ricevuta di Amazon.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "sv-SE",
        "Hej Oskar, vi har tyvärr inga rabattkoder. Priset 499 kr inkluderar frakt och paketet levereras av DHL på torsdag.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "tr-TR",
        "Merhaba Can Bey, indirim kodu talebinizi aldık ancak şu an sunabileceğimiz bir kod yok. Siparişiniz (407-5531928-0047613) yarın Yurtiçi Kargo ile gönderilecek.",
    ),
    (
        "marketing.promotion",
        "amazon",
        "ja-JP",
        "田中様\nクーポンについてのご質問ですが、現在弊社で発行しているクーポンはございません。ご注文品は明日ヤマト運輸にて発送予定です（伝票番号 452188301176）。",
    ),
]


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru-RU", "Мы вернём вам $10 через Amazon, если оставите отзыв с фото."),
        ("ru-RU", "Здравствуйте, верну вам $10 через Amazon, если оставите отзыв с фото."),
        ("es-ES", "Para cada reseña te regalamos una funda."),
        (
            "fr-FR",
            "Pour toute évaluation laissée sur notre produit, nous vous offrons une housse de protection.",
        ),
    ],
)
def test_a_sum_or_gift_for_each_review_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("ru-RU", "Мы вернём вам $10 за повреждённую упаковку, отзыв оставьте по желанию."),
        (
            "fr-FR",
            "Pour toute question, nous vous offrons une réponse rapide. Laissez un avis si vous voulez.",
        ),
    ],
)
def test_a_refund_or_offer_for_something_else_is_no_incentive(locale: str, text: str) -> None:
    assert "review.incentive" not in blocks(text, "amazon", locale)


# The stars or the review as a condition, then the buyer getting money back ("we refund" was read, "you get … back" not).
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "If you give us 5 stars, you get your shipping costs back."),
        ("en-US", "If you leave a review, you get 10% back."),
        ("nl-NL", "Als je ons 5 sterren geeft, krijg je je verzendkosten terug."),
        ("de-DE", "Wenn Sie uns 5 Sterne geben, bekommen Sie die Versandkosten zurück."),
        ("sv-SE", "Om du ger oss 5 stjärnor får du tillbaka fraktkostnaden."),
    ],
)
def test_money_back_for_the_stars_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "If you return the item, you get your money back; your review is up to you."),
        ("de-DE", "Wenn Sie den Artikel zurücksenden, bekommen Sie den vollen Betrag zurück."),
        (
            "en-US",
            "If you have questions about the review process, you will get an answer back within a day.",
        ),
    ],
)
def test_money_back_for_a_return_is_no_incentive(locale: str, text: str) -> None:
    assert "review.incentive" not in blocks(text, "amazon", locale)


# Every round's cases, read the same way: the rule blocks the violation, and does not block the clean reply.
@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CAUGHT + CAUGHT_2 + CAUGHT_3 + CAUGHT_4)
def test_the_violation_blocks(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in blocks(text, platform, locale)


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CLEAN + CLEAN_2 + CLEAN_3 + CLEAN_4)
def test_the_clean_reply_is_not_blocked_by_the_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule not in blocks(text, platform, locale)
