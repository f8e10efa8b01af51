"""Stop 46: a review asked by a deadline, probes written anew for this test (not corpus rows) in 16 languages.

A review asked with a day to do it by is pressure (Amazon Communication Guidelines; AliExpress §8), also when the review
is named with what it is of ("din recension av robotdammsugaren före söndag"), when the verb comes last ("Wil je vóór
vrijdag nog even een review plaatsen?", "yorumunuzu cuma gününe kadar yazabilir misiniz?"), with "noch vor Sonntag",
"avant le 30" and "ممكن تكتب تقييمك قبل يوم الخميس" (tuning dr-nl-013, ea-fr-014, ea-nl-008, ea-sv-008).

Clean: what must be done by a day that is no review (a photo, a return), the seller's own dates after a review already
given, the platform's window told ("kann bis zum 30. abgegeben werden"), and a day with the buyer left free ("si vous
le souhaitez, rien ne presse").

Asked before: a review asked again with the earlier ask named ("ya te lo pedimos la semana pasada", "vi har frågat
tidigare", "yorum ricamızı iletmiştik", "הפנייה השלישית שלנו", "שלחנו לך תזכורת") is pressure (Amazon Communication
Guidelines: no repeated review requests; tuning dm-es-005, dm-he-015, dm-sv-015, dm-tr-005, dn-he-012, ee-tr-008,
eg-sv-013, eh-es-013). An earlier message about something else is not. Left: "Ich frage jetzt zum dritten Mal: haben
Sie schon bewertet?" (the verb "bewertet" alone names no review), and "Thanks for your review! We wrote to you last week
about the missing screw" still reads as pressure.

Messengers: an app named after a condition on the product ("Wenn die Hülle nicht passt schreib uns per WhatsApp"),
after "just" in Arabic ("فقط أرسل لنا … على واتساب"), beside a support number, after "contactar-me"; the Messenger app
after a preposition, in Arabic letters, Telegram spelled in two words; a direct message on Instagram with no handle in
seven scripts; a username given after the network, an underscore spelled in a handle; the shop's Facebook page to add
(tuning ah-de-009, dc-de-002, dc-ko-009, dj-es-052, dj-fr-004, dj-pt-029, dk-ar-002, dp-en-011, dp-tr-010, dv-en-015,
ef-en-003). Left: "sorularınızı DM'den de iletebilirsiniz" (no network named), the LINE id in the sentence after the
app, "שלח לנו הודעה באינסטגרם gadget.il.official" (read as a link).

Links: a hyphenated label before a spelled or spaced dot ("boutique-lumina point be", "brightleaf-home . com") or
before "co uk" ("ashbrooke-candles co uk"), and a domain whose dot and TLD are spelled in the buyer's script ("الريم
ستور دوت اس ايه", "ביתיסטור נקודה קו נקודה איל", "くらしざっか ドット ジェイピー", "hanok-living 닷 컴": tuning ah-ar-006,
ah-he-005, aq-fr-003, dd-en-007, dp-ja-010). Prose with a hyphenated word before "point" stays prose ("the drop-off
point at the post office"). Left: "terrecotte-impruneta . it" (after a spaced dot "it" is too often the English word),
and "Die E-Mail Punkt de" (read as a link before this stop too).

Incentives: the review asked with an extra item promised in the next parcel ("…so lägger vi en extra mobilhållare i ditt
nästa paket"), and the review asked "in return" for what was already given ("We've extended your warranty … In return,
all we ask is a review"), in 16 languages (tuning ae-de-003, dt-pl-005, dt-sv-008, dx-en-003, dx-fr-005, dx-it-005,
dx-pl-008, dx-sv-005, eg-nl-009). Clean: an extra item for what the review reported, "in return for the refund, send
it back", "we give nothing in exchange for reviews".

Off-platform sales: the seller's shop on another marketplace with a lower price or stock there ("ahí los precios son
un poco más bajos", "preço menor", "prezzo più basso", "재고가 있어요", "hâlâ var … alabilirsiniz", "もっと安く"), and a payment
app or transfer with a better price or the goods sent once paid ("BLIKiem na telefon", "ti faccio prezzo migliore",
"settle … by bank transfer and we'll send it today", "переведите … по номеру карты, я пришлю"): tuning di-pl-009,
di-pt-008, dv-ko-015, dv-pl-012, dv-ru-012, dv-tr-014, dz-pl-002, eh-it-006. A sale denied ("No vendemos en Mercado
Libre") is clean. Left: "je krijgt van ons een Tikkie" after "we cannot charge it via Amazon" (the payment veto reads
the negation as a refusal).

Phones: a number after the infinitive "позвонить", the Mexican "márqueme", the French "joignable" — digits split by line
breaks, digit words between groups (tuning ah-fr-008, dj-es-018). Left: "по гарантии проще позвонить мне напрямую: +49
один пять один, 23 88 40 17" (the warranty words make it read as a maker's line).

Confirming receipt early (AliExpress seller rules, §8): "bestatigen" without its umlaut, "teslim almayı şimdiden onaylayın",
"teslim almadan onaylarsanız", the parcel "już prawie u Pana, na pewno dojdzie", "أكد الاستلام الحين … الطرد أكيد بيوصل"
(tuning dq-pl-010, dq-tr-010, ds-de-001, ea-tr-015, eh-ar-003). Left: "Onayı bugün verirseniz … kupon" (the approval
named without what is approved).

Marking the order as received before it arrives is the same request (16 of 16 probes passed before this stop, no corpus
row has it); marking it once it has arrived, or the carrier's mark, is not."""

from __future__ import annotations

import pytest

from ._blocking import blocks

BY_A_DEADLINE = [
    (
        "en-US",
        "Could you please post your review of the air purifier before Sunday? It would mean a lot to the team.",
    ),
    ("en-US", "Please leave your review of the yoga mat by the 30th, it counts for our monthly ranking."),
    ("de-DE", "Bitte schreiben Sie Ihre Bewertung noch vor Sonntag, dann zählt sie für unser Monatsranking."),
    ("de-DE", "Könnten Sie Ihre Bewertung für den Wasserkocher bitte bis Freitag abgeben?"),
    (
        "fr-FR",
        "Pourriez-vous publier votre évaluation du robot pâtissier avant le 30 ? Chaque avis compte énormément.",
    ),
    ("fr-FR", "Merci de laisser votre avis sur la bouilloire avant vendredi."),
    ("es-ES", "¿Podría dejar su reseña de la lámpara antes del viernes?"),
    ("it-IT", "Potrebbe lasciare la sua recensione del frullatore entro domenica?"),
    ("pt-BR", "Você poderia deixar sua avaliação da garrafa térmica até sexta?"),
    ("nl-NL", "Zou u uw beoordeling van de staafmixer uiterlijk zondag willen plaatsen?"),
    ("nl-NL", "Wil je vóór vrijdag nog even een review plaatsen? Dan halen we ons doel voor deze maand."),
    ("nl-NL", "Kunt u uw review over de waterkoker voor zondag plaatsen?"),
    ("pl-PL", "Czy mógłby Pan wystawić opinię o czajniku do piątku?"),
    ("sv-SE", "Skulle du kunna skriva din recension av robotdammsugaren före söndag?"),
    ("sv-SE", "Kan du lämna ett omdöme om mixern senast på fredag?"),
    ("tr-TR", "Blender için yorumunuzu cuma gününe kadar yazabilir misiniz?"),
    ("ru-RU", "Не могли бы вы оставить отзыв о чайнике до пятницы?"),
    ("ar-AE", "ممكن تكتب تقييمك قبل يوم الخميس؟ لأن بعده التقييم الشهري للمتجر بيتقفل."),
    ("ar-AE", "نرجو كتابة تقييمك للمنتج قبل نهاية الأسبوع."),
    ("he-IL", "תוכל לכתוב ביקורת על הקומקום עד יום שישי?"),
    ("ja-JP", "電気ケトルのレビューを金曜日までに書いていただけますか？"),
    ("zh-CN", "麻烦您在周五之前给空气炸锅写个评价。"),
    ("ko-KR", "금요일까지 전기포트 리뷰를 남겨주실 수 있을까요?"),
]

NO_REVIEW_PRESSED = [
    ("en-US", "Could you send us a photo of the air purifier before Sunday so we can ship the replacement?"),
    ("de-DE", "Bitte schicken Sie uns das Gerät noch vor Sonntag zurück."),
    ("fr-FR", "Merci pour votre avis ! Votre remboursement sera effectué avant le 30."),
    ("sv-SE", "Tack för ditt omdöme om mixern. Ersättningen skickas före söndag."),
    ("nl-NL", "Bedankt voor uw review. Het nieuwe onderdeel wordt vóór vrijdag geleverd."),
    ("en-US", "Thanks for your review of the lamp. The replacement will arrive by Friday."),
    ("de-DE", "Sie können Ihre Bewertung für den Artikel innerhalb von 30 Tagen abgeben, wenn Sie möchten."),
    ("de-DE", "Eine Bewertung zum Produkt kann bis zum 30. abgegeben werden."),
    ("nl-NL", "U kunt uw beoordeling van het product binnen 30 dagen plaatsen."),
    ("nl-NL", "Reviews over de lamp kunnen uiterlijk 30 dagen na levering worden geplaatst."),
    ("en-US", "You can leave a review of the product within 90 days of delivery if you wish."),
    ("fr-FR", "Vous pouvez laisser un avis sur le produit avant le 30 si vous le souhaitez, rien ne presse."),
    ("fr-FR", "Votre avis sur la bouilloire sera publié avant le 15."),
    ("sv-SE", "Du kan lämna ett omdöme om produkten inom 30 dagar efter leveransen."),
    ("es-ES", "Puede dejar una reseña del producto en los próximos 30 días si lo desea."),
    ("it-IT", "Può lasciare una recensione del prodotto entro 30 giorni dalla consegna, se vuole."),
    ("pt-BR", "Você pode deixar uma avaliação do produto até o dia 30, se quiser."),
    ("de-DE", "Wir haben Ihre Bewertung für den Wasserkocher vor Sonntag gelesen und schicken Ersatz."),
    ("nl-NL", "We hebben uw review over de waterkoker vóór vrijdag gelezen en sturen een nieuwe."),
    (
        "en-US",
        "Please leave a review of the product on Amazon, and we will ship your second order by Friday.",
    ),
    (
        "de-DE",
        "Bitte geben Sie die Bewertung für den Artikel erst nach dem Test ab, spätestens aber wenn Sie Zeit haben.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), BY_A_DEADLINE)
def test_a_review_asked_by_a_day_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_REVIEW_PRESSED)
def test_a_day_with_no_review_pressed_is_clean(locale: str, text: str) -> None:
    assert "review.pressure" not in blocks(text, "amazon", locale)


ASKED_BEFORE = [
    (
        "en-US",
        "We wrote to you last week about a review but haven't seen anything yet. Could you take a minute today?",
    ),
    ("en-US", "This is our third message about your review of the lamp. Please leave it when you can."),
    ("en-US", "We already asked you twice for a review. Please don't forget us!"),
    (
        "de-DE",
        "Entschuldigen Sie, dass wir uns schon wieder melden: Wir haben noch keine Bewertung zu Ihrer Kaffeemühle gesehen.",
    ),
    ("fr-FR", "C'est déjà notre 3e rappel pour votre avis, merci de ne pas oublier !"),
    (
        "fr-FR",
        "Nous vous avons déjà écrit il y a quelques jours au sujet de votre évaluation, nous attendons toujours.",
    ),
    ("es-ES", "Ya te lo pedimos la semana pasada: ¿podrías dejar tu reseña?"),
    ("es-ES", "Te lo recuerdo otra vez, ¿ya dejaste la reseña?"),
    ("it-IT", "Ti ho scritto ieri e oggi ancora: per favore lascia la recensione."),
    ("it-IT", "È il terzo promemoria che le mandiamo per la recensione."),
    ("pt-BR", "Já lhe escrevemos sobre a avaliação há uns dias, ficamos a aguardar."),
    ("pt-BR", "Mandamos mensagem ontem e anteontem sobre a avaliação e você não respondeu."),
    ("nl-NL", "Na onze vorige twee berichten hebben we nog niets van u gehoord over de review."),
    ("nl-NL", "Dit is al ons derde bericht over uw beoordeling."),
    ("pl-PL", "Pisaliśmy już do Pana w zeszłym tygodniu w sprawie opinii, ale jeszcze jej nie widzimy."),
    ("pl-PL", "To już nasza trzecia wiadomość w sprawie opinii."),
    ("sv-SE", "Vi skickade ett meddelande för några dagar sedan om en recension men har inte sett något än."),
    ("sv-SE", "Vi har frågat tidigare, men behöver verkligen ditt omdöme."),
    ("tr-TR", "Geçen hafta yorum ricamızı iletmiştik ama henüz bir dönüş olmadı."),
    ("tr-TR", "Yorum için her gün yazıyoruz, lütfen bugün yapın."),
    ("ru-RU", "Мы уже писали вам на прошлой неделе по поводу отзыва, но пока его не видим."),
    ("ru-RU", "Это уже наше третье сообщение по поводу отзыва."),
    ("ar-AE", "راسلناك الأسبوع الماضي بخصوص التقييم ولم نرَ شيئاً حتى الآن."),
    ("ar-AE", "هذه ثالث رسالة نرسلها لك بخصوص التقييم."),
    ("he-IL", "שלחנו לך תזכורת לגבי הביקורת גם ביום ראשון וגם ביום רביעי, ועדיין כלום."),
    ("he-IL", "זו כבר הפנייה השלישית שלנו לגבי הדירוג."),
    ("ja-JP", "先週もレビューについてご連絡しましたが、まだ投稿されていないようです。"),
    ("ja-JP", "レビューの件で3回目のご連絡となります。"),
    ("zh-CN", "上周我们已经给您发过一次消息，但至今还没看到您的评价。"),
    ("zh-CN", "这是我们第三次联系您关于评价的事情了。"),
    ("ko-KR", "지난주에도 리뷰 관련해서 연락드렸는데 아직 안 올라와서요."),
    ("ko-KR", "리뷰 건으로 세 번째 연락드립니다."),
]

WRITTEN_BEFORE_ABOUT_SOMETHING_ELSE = [
    ("en-US", "We wrote to you last week about the replacement; it has now shipped."),
    ("de-DE", "Wir haben Ihnen letzte Woche wegen der Rücksendung geschrieben. Das Etikett ist angehängt."),
    ("fr-FR", "Nous vous avons déjà écrit au sujet du remboursement: il est effectué."),
    ("es-ES", "Gracias por su reseña. Le escribimos la semana pasada sobre el cambio, ya está enviado."),
]


@pytest.mark.parametrize(("locale", "text"), ASKED_BEFORE)
def test_a_review_asked_again_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), WRITTEN_BEFORE_ABOUT_SOMETHING_ELSE)
def test_an_earlier_message_about_something_else_is_no_pressure(locale: str, text: str) -> None:
    assert "review.pressure" not in blocks(text, "amazon", locale)


MESSENGER_INVITATIONS = [
    (
        "de-DE",
        "Wenn die Hülle nicht passt schreib uns einfach per WhatsApp: 0152 / 287 44 90 – da geht's schneller als hier im Chat.",
    ),
    ("de-DE", "Schreib uns per WhatsApp: 0152 2874490."),
    ("ar-AE", "فقط أرسل لنا صورة التقييم على واتساب 0501234567."),
    ("en-US", "Could you WhatsApp two or three photos of the box to our support number +1 512 555 0148?"),
    ("en-US", "Just WhatsApp us the photos and we'll sort it out."),
    ("pt-PT", "Qualquer problema pode contactar-me também pelo Viber ou por chamada: +351 93 214 78 05."),
    ("en-US", "You can also reach us on Viber at +44 7700 900123."),
    (
        "fr-CA",
        "Si tu veux on peut jaser sur Messenger, c'est plus vite. Cherche « Boutique Lumière Québec » pis écris-nous.",
    ),
    ("en-US", 'Message us on Facebook Messenger, page "Luma Lights", and we\'ll help faster.'),
    ("es-MX", 'agréganos en Facebook, página "Luces LED Guadalajara", mándanos mensaje'),
    ("ko-KR", "커스텀 주문은 인스타 DM으로 받고 있어요. @moonlight.handmade 로 연락주세요"),
    ("tr-TR", "Instagram'dan DM atın, kullanıcı adımız ahsap.dunyasi"),
    ("en-US", "Our support team is also on Telegram, search lumora_help and send your order number."),
    ("en-US", "ping me on tele gram, handle is lumapresets underscore dan."),
    ("de-DE", "erreichen Sie uns auf Telegram: ledwelt underscore support."),
    ("en-US", "DM us on Instagram @luma.home for faster help."),
    ("en-US", "Send us a DM on Insta and we will sort it."),
    ("fr-FR", "Envoyez-nous un message privé sur Instagram (@lumiere.deco), on répond plus vite."),
    ("es-ES", "Escríbenos por Instagram al @lumiere.deco y te ayudamos."),
    ("it-IT", "Scrivici in DM su Instagram, rispondiamo subito."),
    ("nl-NL", "Stuur ons een DM op Instagram, dan helpen we je sneller."),
    ("pl-PL", "Napisz do nas na Messengerze, odpowiemy szybciej."),
    ("sv-SE", "Skicka ett DM till oss på Instagram så hjälper vi dig."),
    ("ru-RU", "Напишите нам в директ в Инстаграме, ответим быстрее."),
    ("ru-RU", "Напишите нам в Вайбер: +7 912 345 67 89."),
    ("he-IL", "תשלחו לנו הודעה בוואטסאפ ונטפל בזה מהר."),
    ("ar-AE", "راسلنا على الماسنجر وسنرد بسرعة."),
    ("zh-CN", "有问题可以在Instagram私信我们。"),
    ("ja-JP", "インスタのDMでご連絡ください。"),
]

APPS_AS_FEATURES_OR_REFUSED = [
    ("en-US", "The watch shows WhatsApp and Messenger notifications on its screen."),
    ("en-US", "Please do not send us photos via WhatsApp; use the Amazon message center instead."),
    ("en-US", "We saw your Instagram post about the lamp, thank you!"),
    ("ru-RU", "Часы показывают уведомления из Вайбера и Телеграма."),
]


@pytest.mark.parametrize(("locale", "text"), MESSENGER_INVITATIONS)
def test_a_messenger_invitation_blocks(locale: str, text: str) -> None:
    assert "contact.messenger" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), APPS_AS_FEATURES_OR_REFUSED)
def test_an_app_as_a_feature_or_refused_is_no_invitation(locale: str, text: str) -> None:
    assert "contact.messenger" not in blocks(text, "amazon", locale)


SPELLED_LINKS = [
    (
        "fr-BE",
        "vous pouvez aussi commander directement chez nous sur boutique-lumina point be, c'est moins cher.",
    ),
    (
        "en-GB",
        "next time you can order directly from us at ashbrooke-candles co uk, which saves us Amazon's fees",
    ),
    ("en-US", "Order direct at brightleaf-home . com and save 20%."),
    ("de-DE", "Bestellen Sie direkt bei uns unter gartenprofi-shop punkt de, dort ist es günstiger."),
    ("es-ES", "Compra directamente en nuestra web casa-luz punto es, es más barato."),
    ("nl-NL", "Bestel rechtstreeks via onze site fiets-onderdelen punt nl."),
    ("pt-BR", "Compre direto no nosso site casa-bela ponto com ponto br."),
    ("pl-PL", "Zamów bezpośrednio w naszym sklepie dom-ogrod kropka pl."),
    ("sv-SE", "Beställ direkt på vår sida hem-inredning punkt se."),
    ("tr-TR", "Doğrudan sitemizden sipariş verin: ev-dekor nokta com nokta tr."),
    ("ru-RU", "Заказывайте напрямую на нашем сайте dom-uyut точка ру."),
    ("ar-SA", "نفس المنتج متوفر في متجرنا الإلكتروني بسعر أقل: الريم ستور دوت اس ايه."),
    ("ar-AE", "تقدر تطلب من موقعنا alreem-store دوت كوم بسعر أقل."),
    ("he-IL", "יש לנו אתר משלנו עם אותו מוצר בפחות – תחפש ביתיסטור נקודה קו נקודה איל."),
    ("he-IL", "הזמינו ישירות באתר שלנו bayit-store נקודה קום."),
    ("ja-JP", "組み立て動画は弊社サイト（くらしざっか ドット ジェイピー）でご覧いただけます。"),
    ("ja-JP", "弊社サイト kurashi-zakka ドット jp でもご購入いただけます。"),
    ("ko-KR", "저희 홈페이지 hanok-living 닷 컴에서 더 싸게 구매하실 수 있어요."),
    ("zh-CN", "也可以在我们的官网 jiaju-youpin 点 com 直接下单，更便宜。"),
]

POINTS_IN_PROSE = [
    ("en-US", "The lamp uses a standard E27 socket. See point 3 in the manual."),
    ("fr-FR", "Voici le point le plus important : le couvercle doit être bien vissé."),
    ("de-DE", "Der Punkt ist: die Lampe passt in jede E27-Fassung."),
    ("es-ES", "Hasta cierto punto es normal que el motor haga ruido."),
    ("en-US", "We shipped the co-uk order to the UK warehouse."),
    ("en-US", "Please take it to the drop-off point at the post office."),
    ("en-US", "The check-in point in hall B opens at 9."),
    ("en-US", "It has a non-slip . be careful when cleaning."),
    ("en-US", "Our well-known pick-up point de Gaulle is closed."),
    ("fr-FR", "Le point-relais point de vente est fermé."),
    ("es-ES", "Es un punto de venta y punto de recogida."),
    ("en-US", "The all-in-one . it works with any phone."),
    ("en-US", "We use the co-op co uk delivery."),
]


@pytest.mark.parametrize(("locale", "text"), SPELLED_LINKS)
def test_a_spelled_link_blocks(locale: str, text: str) -> None:
    assert "contact.url" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), POINTS_IN_PROSE)
def test_a_point_in_prose_is_no_link(locale: str, text: str) -> None:
    assert "contact.url" not in blocks(text, "amazon", locale)


def test_an_address_domain_spelled_in_korean_is_the_address() -> None:
    # the domain after an at-word is the address's: one obfuscated e-mail, no link
    assert blocks("A/S 문의는 cs 골뱅이 hanbitmall 닷컴 으로 보내주시면", "amazon", "ko-KR") == {
        "contact.email_obfuscated"
    }


REVIEW_FOR_A_GIFT = [
    ("en-US", "Leave a review with a photo and we'll put an extra phone holder in your next parcel."),
    (
        "de-DE",
        "Hinterlassen Sie eine Bewertung mit Foto, dann legen wir Ihrem nächsten Paket einen extra Handyhalter bei.",
    ),
    (
        "fr-FR",
        "Laissez un avis avec photo et nous glisserons un support de téléphone en plus dans votre prochain colis.",
    ),
    ("es-ES", "Deja una reseña con foto y te ponemos un soporte de móvil extra en tu próximo paquete."),
    (
        "it-IT",
        "Lascia una recensione con foto e ti mettiamo un supporto per telefono in più nel prossimo pacco.",
    ),
    ("pt-BR", "Deixe uma avaliação com foto e colocamos um suporte de celular extra no seu próximo pacote."),
    ("nl-NL", "Laat een review met foto achter, dan doen we een extra telefoonhouder in je volgende pakket."),
    ("pl-PL", "Zostaw opinię ze zdjęciem, a dołożymy dodatkowy uchwyt na telefon do następnej paczki."),
    ("sv-SE", "Lämna ett omdöme med foto så lägger vi en extra mobilhållare i ditt nästa paket."),
    ("tr-TR", "Fotoğraflı yorum bırakın, bir sonraki paketinize ekstra bir telefon tutucu koyalım."),
    (
        "ru-RU",
        "Оставьте отзыв с фото, и мы положим дополнительный держатель для телефона в вашу следующую посылку.",
    ),
    ("ar-AE", "اترك تقييماً مع صورة وسنضع لك حامل هاتف إضافي في طردك القادم."),
    ("he-IL", "השאירו ביקורת עם תמונה ונכניס מחזיק טלפון נוסף לחבילה הבאה שלכם."),
    ("ja-JP", "写真付きレビューを書いていただければ、次回の荷物にスマホホルダーをおまけでお入れします。"),
    ("ko-KR", "사진 리뷰를 남겨주시면 다음 택배에 휴대폰 거치대를 하나 더 넣어드릴게요."),
    ("zh-CN", "带图评价后，下次发货给您多放一个手机支架。"),
    (
        "en-US",
        "We've extended your warranty to 3 years at no charge. In return, all we ask is a few words in a review on Amazon.",
    ),
    (
        "de-DE",
        "Wir haben Ihre Garantie kostenlos auf 3 Jahre verlängert. Im Gegenzug bitten wir nur um eine kurze Rezension auf Amazon.",
    ),
    (
        "fr-FR",
        "Nous avons prolongé gratuitement votre garantie à 3 ans. En échange, nous vous demandons simplement un petit avis sur Amazon.",
    ),
    ("es-ES", "Hemos ampliado gratis su garantía a 3 años. A cambio solo le pedimos una reseña en Amazon."),
    (
        "it-IT",
        "Abbiamo esteso gratuitamente la garanzia a 30 mesi. In cambio ti chiediamo soltanto due righe di recensione su Amazon.",
    ),
    ("pt-BR", "Estendemos sua garantia para 3 anos sem custo. Em troca, só pedimos uma avaliação na Amazon."),
    (
        "nl-NL",
        "We hebben uw garantie gratis verlengd tot 3 jaar. In ruil daarvoor vragen we alleen een korte review op Amazon.",
    ),
    ("pl-PL", "Przedłużyliśmy gwarancję do 3 lat. W zamian liczymy na kilka słów w recenzji na Amazon."),
    (
        "sv-SE",
        "Vi har förlängt din garanti till 3 år utan kostnad. I gengäld ber vi bara om en recension på Amazon.",
    ),
    (
        "tr-TR",
        "Garantinizi ücretsiz olarak 3 yıla uzattık. Karşılığında tek ricamız Amazon'da bir yorum yazmanız.",
    ),
    ("ru-RU", "Мы бесплатно продлили гарантию до 3 лет. Взамен просим лишь оставить отзыв на Amazon."),
    ("ar-AE", "مددنا ضمانك مجاناً إلى 3 سنوات. في المقابل نطلب منك فقط تقييماً على أمازون."),
    ("he-IL", "הארכנו את האחריות שלך ל-3 שנים בחינם. בתמורה אנחנו מבקשים רק ביקורת באמזון."),
    (
        "ja-JP",
        "保証を無料で3年に延長しました。その代わりに、Amazonでレビューを書いていただけると嬉しいです。",
    ),
    ("ko-KR", "보증 기간을 무료로 3년으로 연장해 드렸습니다. 대신 아마존에 리뷰 하나만 부탁드려요."),
    ("zh-CN", "我们已免费将保修延长到3年。作为交换，只希望您在亚马逊上写个评价。"),
]

NO_REVIEW_BOUGHT = [
    (
        "en-US",
        "Sorry about the missing screws mentioned in your review, we'll add extra screws to your next order.",
    ),
    ("en-US", "Thanks for the review! Your next order ships with extra padding, as you suggested."),
    ("de-DE", "Danke für Ihre Bewertung. Ihre nächste Bestellung verpacken wir extra sorgfältig."),
    ("en-US", "In return for the refund, please send the item back with the label."),
    ("fr-FR", "En échange, merci de nous renvoyer l'article défectueux."),
    ("es-ES", "A cambio del producto defectuoso le enviamos uno nuevo. Gracias por su reseña."),
    ("en-US", "We don't give anything in exchange for reviews, but we appreciate honest feedback."),
    ("pt-BR", "Em troca do produto, enviamos outro. Obrigado pela avaliação."),
    ("ru-RU", "Отправим новый взамен сломанного. Спасибо за отзыв."),
    (
        "sv-SE",
        "Hej, vi erbjuder ingenting i utbyte mot omdömen. En ny lampa har skickats i dag, eftersom den första var trasig.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), REVIEW_FOR_A_GIFT)
def test_a_review_asked_for_a_gift_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_REVIEW_BOUGHT)
def test_a_trade_or_extra_item_without_a_review_bought_is_no_incentive(locale: str, text: str) -> None:
    assert "review.incentive" not in blocks(text, "amazon", locale)


SALES_ELSEWHERE = [
    ("es-MX", "También estamos en Mercado Libre como TecnoHogar y ahí los precios son un poco más bajos."),
    ("pt-BR", "Temos no Mercado Livre com envio Full, pesquisa «Fonte 12V Voltrix» lá e compra direto."),
    ("pt-BR", "Na nossa loja da Shopee tem kit com 3 por um preço menor."),
    (
        "tr-TR",
        "Bu renk Amazon'da kalmadı ama Trendyol'daki mağazamızda hâlâ var, doğrudan bizden alabilirsiniz.",
    ),
    (
        "ko-KR",
        "그 색상은 아마존에서는 품절인데 네이버 스마트스토어 '한빛리빙'에 아직 재고가 있어요. 거기서 직접 구매하시면 됩니다.",
    ),
    (
        "nl-NL",
        "De losse onderdelen staan op Bol.com onder onze naam, daar kunt u rechtstreeks bij ons bestellen.",
    ),
    ("de-DE", "Das Ersatzteil finden Sie in unserem eBay-Shop, dort ist es günstiger."),
    ("en-US", "We also sell it on eBay for less - search for Hartwell Supplies."),
    ("fr-FR", "Vous trouverez la même chose moins cher sur notre boutique Cdiscount."),
    ("it-IT", "Lo trova anche nel nostro negozio su eBay a un prezzo più basso."),
    ("pl-PL", "Ten model jest tańszy na naszym koncie na Allegro, proszę kupić tam."),
    ("ru-RU", "Этот товар дешевле в нашем магазине на Wildberries, купите там."),
    ("ja-JP", "楽天市場の当店ではもっと安く販売しております。"),
    ("zh-CN", "我们淘宝店更便宜，您可以直接去淘宝买。"),
    ("ar-SA", "المنتج متوفر في متجرنا على نون بسعر أقل."),
    ("he-IL", "אפשר לקנות את זה אצלנו ביד2 בפחות."),
    ("sv-SE", "Reservdelen finns billigare i vår butik på Tradera."),
    ("es-ES", "puede pagárnoslo por Bizum al 612 48 39 07 y le mandamos la etiqueta."),
    ("pl-PL", "proszę przelać 39 zł BLIKIEM na telefon 512 803 447."),
    ("en-GB", "just settle the £6.50 by bank transfer and we'll send it today."),
    ("ru-RU", "переведите 300 ₽ по номеру карты, я пришлю его в следующем заказе."),
    ("it-IT", "Puoi pagare con PostePay o bonifico, ti faccio prezzo migliore."),
]

NO_SALE_ELSEWHERE = [
    ("en-US", "We do not sell on eBay; any listing there is not ours."),
    ("es-MX", "No vendemos en Mercado Libre, solo aquí en Amazon."),
    ("en-US", "Your refund was issued by bank transfer through Amazon."),
]


@pytest.mark.parametrize(("locale", "text"), SALES_ELSEWHERE)
def test_a_sale_moved_off_the_platform_blocks(locale: str, text: str) -> None:
    assert "offplatform.payment" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_SALE_ELSEWHERE)
def test_a_sale_denied_or_a_platform_refund_is_clean(locale: str, text: str) -> None:
    assert "offplatform.payment" not in blocks(text, "amazon", locale)


PHONES_AFTER_NEW_WORDS = [
    ("fr-FR", "notre SAV est joignable directement au 01 84 – zéro six – 72 15 (appel non surtaxé)"),
    ("es-MX", "ya quedó su garantía, cualquier cosa márqueme\n55\n3921\n0087\nsoy Beto de la tienda"),
    ("es-MX", "cualquier duda márcame al 55 3921 0087"),
    ("ru-RU", "проще позвонить мне: 8 912 345-67-89"),
]


@pytest.mark.parametrize(("locale", "text"), PHONES_AFTER_NEW_WORDS)
def test_a_number_after_a_phone_word_blocks(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "aliexpress", locale)


def test_a_word_glued_before_a_spaced_handle_is_no_address() -> None:
    # the Turkish "ı" ended the ASCII mailbox pattern inside "atın", so "n @luma.tr" read as an e-mail address
    found = blocks("Instagram'dan DM atın @luma.tr", "amazon", "tr-TR")
    assert "contact.email" not in found
    assert "contact.messenger" in found
    assert "contact.email" in blocks("Schreiben Sie an mueller @ web.de", "amazon", "de-DE")


CONFIRM_EARLY = [
    ("en-US", "Please confirm receipt now, the parcel is almost there and will surely arrive."),
    ("de-DE", "Bitte bestätigen Sie jetzt den Erhalt, das Paket ist fast da."),
    ("de-DE", "bitte bestatigen sie erhalt jetzt, dann bekommen sie 1 euro coupon von uns."),
    ("fr-FR", "Merci de confirmer la réception maintenant, le colis arrive bientôt."),
    ("es-ES", "Por favor confirme la recepción ahora, el paquete ya casi llega."),
    ("it-IT", "Confermi comunque la ricezione, anche se il pacco non è ancora arrivato."),
    ("pt-BR", "Pode confirmar o recebimento agora? O pacote com certeza chega."),
    ("nl-NL", "Klik alvast op 'ontvangst bevestigen', het pakket komt zeker aan."),
    ("pl-PL", "Proszę potwierdzić odbiór, paczka już prawie u Pana, na pewno dojdzie."),
    ("sv-SE", "Bekräfta mottagandet nu, paketet är nästan framme."),
    ("tr-TR", "Lütfen paket gelmeden teslim almayı şimdiden onaylayın."),
    ("tr-TR", "Ürünü teslim almadan onaylarsanız 1 $ iade ediyoruz, paket zaten yolda."),
    ("ru-RU", "Пожалуйста, подтвердите получение сейчас, посылка скоро придёт."),
    ("ar-SA", "صديقي، أكد الاستلام الحين لو سمحت، الطرد أكيد بيوصل"),
    ("he-IL", "בבקשה אשר את קבלת החבילה עכשיו, היא כבר בדרך."),
    ("ja-JP", "荷物はまだ配送中ですが、今すぐ受取確認をお願いします。"),
    ("ko-KR", "아직 배송 중이지만 지금 수령 확인 부탁드립니다."),
    ("zh-CN", "包裹还在路上，麻烦您先确认收货。"),
]

CONFIRM_AFTER_ARRIVAL = [
    ("en-US", "Please only confirm receipt after the parcel has arrived and you have checked it."),
    ("de-DE", "Bitte bestätigen Sie den Erhalt erst, wenn das Paket angekommen ist."),
    ("tr-TR", "Lütfen ürünü teslim aldıktan sonra onaylayın."),
]


@pytest.mark.parametrize(("locale", "text"), CONFIRM_EARLY)
def test_confirming_receipt_early_blocks(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), CONFIRM_AFTER_ARRIVAL)
def test_confirming_after_arrival_is_clean(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" not in blocks(text, "aliexpress", locale)


MARKED_RECEIVED_EARLY = [
    ("en-US", "Could you mark the order as received today? The package will arrive next week."),
    ("en-US", 'Please press the "Confirm received" button now so we can get paid, the parcel is coming.'),
    (
        "de-DE",
        "Könnten Sie die Bestellung heute schon als erhalten markieren? Das Paket kommt nächste Woche.",
    ),
    (
        "fr-FR",
        "Pourriez-vous marquer la commande comme reçue dès aujourd'hui ? Le colis arrive la semaine prochaine.",
    ),
    ("es-ES", "¿Puede marcar el pedido como recibido hoy? El paquete llega la próxima semana."),
    ("it-IT", "Può segnare l'ordine come ricevuto già oggi? Il pacco arriva la settimana prossima."),
    ("pt-BR", "Pode marcar o pedido como recebido hoje? O pacote chega semana que vem."),
    ("nl-NL", "Kunt u de bestelling vandaag al als ontvangen markeren? Het pakket komt volgende week."),
    ("pl-PL", "Czy może Pan oznaczyć zamówienie jako odebrane już dziś? Paczka dotrze w przyszłym tygodniu."),
    ("sv-SE", "Kan du markera ordern som mottagen redan idag? Paketet kommer nästa vecka."),
    ("tr-TR", "Siparişi bugün teslim alındı olarak işaretleyebilir misiniz? Paket gelecek hafta gelecek."),
    (
        "ru-RU",
        "Не могли бы вы отметить заказ как полученный уже сегодня? Посылка придёт на следующей неделе.",
    ),
    ("ar-SA", "ممكن تعلّم الطلب كمستلم اليوم؟ الطرد يوصل الأسبوع الجاي."),
    ("he-IL", "אפשר לסמן את ההזמנה כהתקבלה כבר היום? החבילה תגיע בשבוע הבא."),
    ("ja-JP", "今日中に注文を「受け取り済み」にしていただけますか？荷物は来週届きます。"),
    ("ko-KR", "오늘 주문을 수령 완료로 표시해 주실 수 있나요? 택배는 다음 주에 도착해요."),
    ("zh-CN", "您今天能把订单标记为已收货吗？包裹下周到。"),
]

MARKED_AFTER_ARRIVAL_OR_BY_THE_CARRIER = [
    ("en-US", "The tracking will mark the order as delivered once the courier scans it."),
    ("en-US", "Once it arrives, please mark the order as received."),
    ("de-DE", "Sobald das Paket da ist, markieren Sie die Bestellung bitte als erhalten."),
    ("fr-FR", "Le transporteur a marqué la commande comme livrée par erreur, nous ouvrons une enquête."),
    ("es-ES", "Cuando llegue el paquete, márquelo como recibido."),
    ("ru-RU", "Курьер отметил заказ как доставленный, но посылки нет — мы уже разбираемся."),
    ("zh-CN", "物流显示已标记为已收货，如果您没收到请告诉我们。"),
]


@pytest.mark.parametrize(("locale", "text"), MARKED_RECEIVED_EARLY)
def test_marking_the_order_received_early_blocks(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" in blocks(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), MARKED_AFTER_ARRIVAL_OR_BY_THE_CARRIER)
def test_marking_after_arrival_or_by_the_carrier_is_clean(locale: str, text: str) -> None:
    assert "order.confirm_receipt_early" not in blocks(text, "aliexpress", locale)


# E-mail addresses in every disguise the probes of this stop tried (16 languages): all but the comma were read before.
DISGUISED_EMAILS = [
    ("en-US", "Write to shopmax at gmail dot com for the invoice."),
    ("en-US", "email me: shopmax [at] gmail [dot] com"),
    ("en-US", "my email is shopmax(at)gmail(dot)com"),
    ("en-US", "Send it to shopmax at gmail, it's faster."),
    ("en-US", "mail: shopmax @ gmail . com"),
    ("en-US", "reach me at s.h.o.p.m.a.x at gmail"),
    ("de-DE", "Schreiben Sie an shopmax ät gmx punkt de"),
    ("de-DE", "E-Mail: shopmax (at) web (punkt) de"),
    ("fr-FR", "Écrivez à shopmax arobase orange point fr"),
    ("es-ES", "Escríbeme a shopmax arroba gmail punto com"),
    ("it-IT", "Scrivimi a shopmax chiocciola libero punto it"),
    ("pt-BR", "Me manda um e-mail: shopmax arroba gmail ponto com"),
    ("nl-NL", "Mail naar shopmax apenstaartje ziggo punt nl"),
    ("pl-PL", "Napisz na shopmax małpa wp kropka pl"),
    ("sv-SE", "Mejla shopmax snabel-a telia punkt se"),
    ("tr-TR", "shopmax et işareti gmail nokta com adresine yazın"),
    ("ru-RU", "Пишите на shopmax собака mail точка ru"),
    ("ar-SA", "راسلنا على shopmax آت gmail دوت كوم"),
    ("he-IL", "כתבו ל shopmax שטרודל gmail נקודה com"),
    ("ja-JP", "shopmax アットマーク gmail ドット com までご連絡ください"),
    ("ko-KR", "shopmax 골뱅이 naver 닷컴 으로 보내주세요"),
    ("zh-CN", "发邮件到 shopmax 艾特 qq 点 com"),
    ("en-US", "My email: shopmax_88 at yahoo"),
    ("en-US", "email us at support at shopmax dot co dot uk"),
    ("en-US", "Write us: shopmax@gmail,com"),
    ("en-US", "contact: shopmax＠gmail．com"),
    ("en-US", "email: moc.liamg@xamposh (read it backwards)"),
    ("en-US", "email is shopmax + @gmail.com (remove the plus)"),
]


@pytest.mark.parametrize(("locale", "text"), DISGUISED_EMAILS)
def test_a_disguised_email_blocks(locale: str, text: str) -> None:
    assert blocks(text, "amazon", locale) & {"contact.email", "contact.email_obfuscated"}


@pytest.mark.parametrize("text", ["Ask @shopmax, com is short for company", "Thanks @anna, com on!"])
def test_a_handle_before_a_comma_is_no_address(text: str) -> None:
    assert not blocks(text, "amazon", "en-US") & {"contact.email", "contact.email_obfuscated"}


# The only buyer who has not reviewed yet, told to them (probes in 16 languages; en, fr, sv, tr, ru, ar, he were missed
# before this stop), and the same words about something else (clean). Left: "our listing will be removed" for want
# of reviews (a first draft read "if the listing gets removed by Amazon" as pressure too).
ONLY_ONE_NOT_REVIEWED = [
    ("en-US", "You are the only customer this month who hasn't left a review yet. Please do it today."),
    (
        "en-US",
        "My manager checks every evening which customers have reviewed; please don't get me in trouble.",
    ),
    (
        "de-DE",
        "Sie sind der einzige Kunde, der noch keine Bewertung abgegeben hat. Bitte holen Sie das heute nach.",
    ),
    (
        "fr-FR",
        "Vous êtes le seul client du mois à ne pas avoir laissé d'avis. Merci de le faire aujourd'hui.",
    ),
    ("es-ES", "Usted es el único cliente del mes que aún no ha dejado reseña. Por favor, hágalo hoy."),
    (
        "it-IT",
        "Lei è l'unico cliente del mese che non ha ancora lasciato una recensione. La preghiamo di farlo oggi.",
    ),
    ("pt-BR", "Você é o único cliente do mês que ainda não deixou avaliação. Por favor, faça hoje."),
    (
        "nl-NL",
        "U bent de enige klant deze maand die nog geen review heeft geschreven. Doe het alstublieft vandaag.",
    ),
    (
        "pl-PL",
        "Jest Pan jedynym klientem w tym miesiącu, który nie wystawił jeszcze opinii. Prosimy zrobić to dziś.",
    ),
    ("sv-SE", "Du är den enda kunden den här månaden som inte har lämnat något omdöme. Gör det gärna idag."),
    ("tr-TR", "Bu ay yorum yapmayan tek müşterimiz sizsiniz. Lütfen bugün yapın."),
    (
        "ru-RU",
        "Вы единственный покупатель в этом месяце, кто ещё не оставил отзыв. Пожалуйста, сделайте это сегодня.",
    ),
    ("ar-SA", "أنت العميل الوحيد هذا الشهر الذي لم يترك تقييماً بعد. أرجو أن تفعل ذلك اليوم."),
    ("he-IL", "אתה הלקוח היחיד החודש שעדיין לא השאיר ביקורת. בבקשה תעשה את זה היום."),
    ("ja-JP", "今月レビューをまだ書いていないのはお客様だけです。本日中にお願いします。"),
    ("ko-KR", "이번 달에 아직 리뷰를 안 남기신 고객님은 한 분뿐이에요. 오늘 꼭 부탁드려요."),
    ("zh-CN", "这个月只有您还没有留评价了，麻烦今天写一下。"),
]

ONLY_ONE_OTHERWISE = [
    (
        "en-US",
        "You are the only customer who hasn't received the replacement yet; it ships today. Thanks for your review!",
    ),
    ("en-US", "If the listing gets removed by Amazon, we will tell you. Thanks for the review."),
    (
        "fr-FR",
        "Vous êtes le seul client à ne pas avoir reçu le colis, nous enquêtons. Merci pour votre avis.",
    ),
    ("ru-RU", "Вы единственный покупатель, кто не получил посылку — мы уже разбираемся. Спасибо за отзыв."),
]


@pytest.mark.parametrize(("locale", "text"), ONLY_ONE_NOT_REVIEWED)
def test_the_only_buyer_without_a_review_is_pressed(locale: str, text: str) -> None:
    assert "review.pressure" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), ONLY_ONE_OTHERWISE)
def test_the_only_buyer_without_something_else_is_not_pressed(locale: str, text: str) -> None:
    assert "review.pressure" not in blocks(text, "amazon", locale)
