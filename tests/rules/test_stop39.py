"""Stop 39: review requests repeated without a number ("more than once", "ein letztes Mal", "أكتر من مرة") or with the
next reminder announced ("werden wir Sie erneut kontaktieren", "过两天我们会再提醒您一次"), a day set for the review in
Dutch and Hebrew word order, and rewards the bargains did not know (loyalty points with a number, a chance to win, a
"little surprise" in the next parcel). Each with the clean words beside it: a promise *not* to write again, a contact
announced about the parcel, points or surprises with no review tied to them."""

from __future__ import annotations

import pytest

from marketmsg.rules import check


def _found(text: str, locale: str) -> set[str]:
    """Every rule with a finding on ``text`` (Amazon), blocking or not."""
    return {f.rule for f in check(text, platform="amazon", locale=locale).findings}


ASKED_AGAIN = [
    (
        "de-DE",
        "Sollten wir bis Freitag keine Bewertung von Ihnen erhalten, werden wir Sie erneut kontaktieren.",
    ),
    (
        "de-CH",
        "Wir haben Sie bereits zweimal wegen Ihrer Bestellung angeschrieben. Falls Sie zufrieden sind, bitten wir Sie "
        "ein letztes Mal um eine Bewertung.",
    ),
    (
        "pt-BR",
        "Estamos entrando em contato novamente sobre o seu pedido. Notamos que a sua avaliação ainda não foi publicada.",
    ),
    ("ar-EG", "يا فندم إحنا بعتنالك أكتر من مرة ولسه التقييم زي ما هو. لو سمحت حدّث تقييمك."),
    ("zh-CN", "请帮我们留个评价吧！过两天我们会再提醒您一次。"),
    ("ja-JP", "二度目のご案内となります。商品のレビューをお願いいたします。"),
    ("en-US", "We have messaged you more than once about this. Could you please leave a review?"),
    ("fr-FR", "Nous vous avons écrit à plusieurs reprises. Merci de laisser votre avis sur Amazon."),
    ("es-ES", "Le hemos escrito más de una vez. ¿Podría dejarnos su reseña?"),
    (
        "it-IT",
        "Mancano solo 3 giorni per valutare il suo ordine! Le abbiamo già scritto la settimana scorsa.",
    ),
    ("pl-PL", "Pisaliśmy już kilkakrotnie. Prosimy o wystawienie opinii."),
    ("ru-RU", "Мы писали вам несколько раз. Пожалуйста, оставьте отзыв."),
    ("he-IL", "פנינו אליך כמה פעמים. בבקשה השאר ביקורת."),
]
NOT_ASKED_AGAIN = [
    (
        "fr-FR",
        "Si vous avez un instant, votre avis honnête sur Amazon aidera d'autres clients. Nous ne vous relancerons pas.",
    ),
    (
        "es-ES",
        "Si tiene un momento, una reseña sincera nos ayudaría. No le volveremos a escribir sobre esto.",
    ),
    ("pt-BR", "Se puder, deixe uma avaliação sincera. Não voltaremos a escrever sobre isso."),
    ("it-IT", "Se ha un momento, una recensione sincera ci aiuta. Non torneremo a scriverle su questo."),
    ("de-DE", "Eine ehrliche Bewertung hilft anderen Kunden. Wir werden Sie nicht erneut erinnern."),
    ("nl-NL", "Een eerlijke review helpt andere klanten. We zullen u niet opnieuw herinneren."),
    ("sv-SE", "Ett ärligt omdöme hjälper andra kunder. Vi kommer inte påminna dig igen."),
    ("ru-RU", "Честный отзыв поможет другим покупателям. Мы не будем снова напоминать."),
    ("zh-CN", "如果方便，欢迎留下真实评价。我们不会再提醒您。"),
    ("en-US", "Thanks for the feedback. We will contact you again once the replacement ships."),
]


@pytest.mark.parametrize(("locale", "text"), ASKED_AGAIN)
def test_a_review_asked_again_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_ASKED_AGAIN)
def test_a_promise_not_to_write_again_is_not(locale: str, text: str) -> None:
    assert "review.pressure" not in _found(text, locale)


DAY_SET = [
    ("nl-NL", "PS: Graag uw review vóór zondag plaatsen, daarna telt hij niet meer mee."),
    ("he-IL", "היי, רק להזכיר: צריך לדרג עד יום שישי, אחרי זה זה לא נספר אצלנו בחנות. תודה!"),
]
NO_DAY_SET = [
    (
        "nl-NL",
        "Graag ontvangen we vóór zondag uw adres, dan kunnen we het pakket versturen. Bedankt voor uw review!",
    ),
    ("he-IL", "נשלח את החבילה עד יום שישי. תודה על הביקורת!"),
]


@pytest.mark.parametrize(("locale", "text"), DAY_SET)
def test_a_day_set_for_the_review_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), NO_DAY_SET)
def test_a_day_set_for_something_else_is_not(locale: str, text: str) -> None:
    assert "review.pressure" not in _found(text, locale)


REWARDED = [
    ("fr-FR", "chaque avis 5 étoiles = 1 ticket pour la loterie du mois, gros lots à gagner"),
    (
        "pt-PT",
        "Por cada avaliação que deixar na Amazon ganha 100 pontos; com 500 pontos oferecemos-lhe um conjunto.",
    ),
    ("de-CH", "Für jede Bewertung mit Foto schreiben wir Ihnen 200 Shop-Punkte gut."),
    (
        "nl-BE",
        "Klanten die ons een beoordeling van vijf sterren geven, maken kans op een gloednieuwe robotstofzuiger.",
    ),
    ("es-MX", "Por cada reseña publicada estamos regalando un segundo filtro de repuesto sin costo."),
    ("en-US", "For every review you post, you get 100 points."),
    ("ru-RU", "За каждый отзыв начисляем 100 баллов."),
]
NOT_REWARDED = [
    ("en-US", "Your order earned 100 points in Amazon's own programme. Thanks for the review!"),
    ("de-DE", "Die Lampe hat 3 Helligkeitsstufen und 200 Punkte Lichtleistung. Danke für Ihre Bewertung."),
    ("es-ES", "Estamos regalando su pedido con papel de regalo, como pidió. Gracias por su opinión."),
    (
        "fr-FR",
        "Merci pour votre avis ! Le colis contient 3 savons, une petite surprise de notre atelier, offerte à tous.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), REWARDED)
def test_points_a_draw_or_a_surprise_for_a_review_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_REWARDED)
def test_points_or_surprises_with_no_review_tied_are_not(locale: str, text: str) -> None:
    assert "review.incentive" not in _found(text, locale)


CANCELLED_FOR_DIRECT = [
    ("fr-FR", "Si vous annulez la commande, nous pouvons vous livrer sous 48 h en commande directe."),
    ("it-IT", "Salve, se annulla l'ordine Amazon le facciamo lo stesso divano letto a 80 € in meno."),
    (
        "tr-TR",
        "Amazon'daki siparişi iptal ederseniz aynı koltuk takımını 2.000 TL indirimle direkt bizden alabilirsiniz.",
    ),
    ("ja-JP", "Amazonのご注文をキャンセルいただければ、当店から直接代引きで明日お届けできます。"),
    ("en-US", "If you cancel the Amazon order, we can sell it to you directly for $20 less."),
    ("de-DE", "Wenn Sie die Bestellung stornieren, können wir Ihnen das Sofa direkt 80 € günstiger liefern."),
    ("es-ES", "Si cancela el pedido en Amazon, se lo vendemos directamente 50 € más barato."),
    ("he-IL", 'אם תבטל את ההזמנה באמזון נמכור לך ישירות ב-50 ש"ח פחות.'),
    ("ar-SA", "إذا ألغيت الطلب من أمازون نبيعه لك مباشرة بسعر أقل."),
]
CANCELLED_ON_PLATFORM = [
    ("en-US", "If you cancel the order now, Amazon will refund you directly."),
    ("es-ES", "Si cancela el pedido, el reembolso llega directamente a su tarjeta."),
    ("fr-FR", "Si vous annulez la commande, le remboursement est effectué directement par Amazon."),
    ("ar-SA", "يمكنك إلغاء الطلب مباشرة من حسابك في أمازون."),
    ("pt-BR", "Você pode cancelar o pedido diretamente com o suporte da Amazon."),
    ("it-IT", "Può annullare l'ordine direttamente da noi tramite il pulsante su Amazon."),
    (
        "tr-TR",
        "Siparişi iptal etmek isterseniz doğrudan Amazon üzerinden yapabilirsiniz, daha ucuz bir kargo seçeneği de var.",
    ),
    ("en-US", "You can cancel the order and reorder the cheaper version on Amazon."),
]


@pytest.mark.parametrize(("locale", "text"), CANCELLED_FOR_DIRECT)
def test_the_order_cancelled_for_a_direct_sale_is_off_platform(locale: str, text: str) -> None:
    assert "offplatform.payment" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), CANCELLED_ON_PLATFORM)
def test_a_cancellation_or_refund_on_the_platform_is_not(locale: str, text: str) -> None:
    assert "offplatform.payment" not in _found(text, locale)


THREATENED = [
    (
        "en-CA",
        "We have read the comment posted regarding your order. It contains statements we consider inaccurate. "
        "Unless it is amended within 48 hours, the matter will be passed to our legal representative.",
    ),
    (
        "de-DE",
        "Ihre Rezension vom 3. Oktober enthält unwahre Tatsachenbehauptungen. Wir räumen Ihnen bis Freitag Gelegenheit "
        "ein, diese zu korrigieren. Andernfalls behalten wir uns rechtliche Schritte ausdrücklich vor.",
    ),
    ("he-IL", "מה שכתבת על המוצר לא נכון. אם זה לא יורד עד יום חמישי, נפנה לאמזון ונדווח על החשבון שלך."),
    ("zh-TW", "您發布的內容與事實不符，若週五前仍未處理，我們將向平台檢舉您的帳號。"),
    (
        "pt-BR",
        "O seu comentário sobre a panela é falso. Se continuar publicado até segunda-feira, tomaremos as medidas cabíveis.",
    ),
]
THREAT_WITHOUT_A_CHANGE = [
    # legal steps against someone else, beside thanks for the review
    (
        "en-US",
        "Thank you for your review, it helped us find the counterfeit listing. We have passed it to our legal team.",
    ),
    ("fr-FR", "Merci pour votre avis. Nous avons engagé des poursuites contre le revendeur de contrefaçons."),
    # the buyer's own account activity, reported by the buyer
    (
        "en-US",
        "Thanks for the feedback. If someone asks you to pay outside Amazon, report your account activity to Amazon.",
    ),
    # a threat for not reviewing: pressure, but there is no review to change
    (
        "de-DE",
        "Sie haben bis jetzt keine Bewertung abgegeben. Wenn bis Freitag nichts kommt, melden wir Ihr Konto.",
    ),
    (
        "it-IT",
        "Non abbiamo ricevuto nessun feedback. Se non lascia la valutazione entro 3 giorni segnaleremo il suo account.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), THREATENED)
def test_a_threat_over_the_review_is_a_change_request_and_pressure(locale: str, text: str) -> None:
    assert {"review.change", "review.pressure"} <= _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), THREAT_WITHOUT_A_CHANGE)
def test_legal_words_with_no_review_held_hostage_ask_no_change(locale: str, text: str) -> None:
    assert "review.change" not in _found(text, locale)


FIVE_STARS_ASKED = [
    ("ja-JP", "5つ星もお願いします！"),
    ("ar-SA", "من فضلك أعطنا 5 نجوم، شكرا جزيلا"),
    ("ar-SA", "من فضلك اعطينا 5 نجمة وتعليق جيد"),
    ("ko-KR", "5점 리뷰도 부탁해요!"),
    ("he-IL", "בבקשה לתת 5 כוכב וביקורת טובה"),
]
FIVE_STARS_THANKED = [
    ("ar-SA", "شكرا جزيلا على 5 نجوم!"),
    ("ja-JP", "5つ星の評価をいただき、ありがとうございます。"),
    ("ko-KR", "5점 리뷰 감사합니다!"),
]


@pytest.mark.parametrize(("locale", "text"), FIVE_STARS_ASKED)
def test_five_stars_asked_for_is_positive_only(locale: str, text: str) -> None:
    assert "review.positive_only" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), FIVE_STARS_THANKED)
def test_five_stars_thanked_for_is_not(locale: str, text: str) -> None:
    assert "review.positive_only" not in _found(text, locale)


SHARED_FOR_A_REWARD = [
    ("en-US", "If you share your thoughts on the product page, we'll send you a free gift."),
    (
        "en-GB",
        "Customers who take a minute to share their thoughts on Amazon usually find a little something extra from us "
        "in the post.",
    ),
    ("de-DE", "Wenn Sie Ihre Erfahrung auf der Produktseite teilen, schenken wir Ihnen einen Gutschein."),
    ("fr-FR", "Si vous partagez votre expérience sur la page du produit, nous vous offrons un bon d'achat."),
    ("he-IL", "מי שמשתפת את דעתה על הנרות בעמוד המוצר ומעדכנת אותנו מקבלת הפתעה קטנה בחבילה הבאה."),
    ("ru-RU", "Если поделитесь впечатлениями на странице товара, мы подарим вам купон."),
    (
        "tr-TR",
        "Kahve değirmeni hakkındaki görüşlerinizi ürün sayfasında paylaşıp bize haber verirseniz, bir sonraki "
        "siparişinizin kargosu bizden.",
    ),
]
SHARED_NO_REWARD = [
    (
        "en-US",
        "If you have thoughts on the product page layout, share them with us — we'll send you a free sample anyway.",
    ),
    ("en-US", "Feel free to share your experience with friends; we give free gift wrapping on every order."),
    (
        "en-US",
        "Thank you for sharing your experience on the product page! The free replacement is already on its way.",
    ),
    (
        "de-DE",
        "Danke, dass Sie Ihre Erfahrung auf der Produktseite geteilt haben. Der kostenlose Ersatz ist unterwegs.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), SHARED_FOR_A_REWARD)
def test_an_opinion_shared_on_the_page_for_a_reward_is_an_incentive(locale: str, text: str) -> None:
    assert "review.incentive" in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), SHARED_NO_REWARD)
def test_sharing_with_the_seller_or_a_reward_apart_is_not(locale: str, text: str) -> None:
    assert "review.incentive" not in _found(text, locale)


SOMEONE_ELSE_ASKS = [
    (
        "es-AR",
        "Te recordamos que todos los pagos se hacen solo en la plataforma. Si alguien te pide pagar por transferencia "
        "o Mercado Pago fuera de la plataforma, no lo hagas.",
    ),
    (
        "de-DE",
        "Falls jemand Sie bittet, per Überweisung außerhalb der Plattform zu zahlen, tun Sie es nicht.",
    ),
]
WE_ASK = [
    ("es-ES", "Si quiere, páguenos por Bizum al 612 345 678 y se lo mandamos hoy."),
    ("en-US", "If you ask us, we can take Zelle to our number 415 555 0132."),
]


@pytest.mark.parametrize(("locale", "text"), SOMEONE_ELSE_ASKS)
def test_a_warning_about_someone_else_asking_for_payment_is_not_a_diversion(locale: str, text: str) -> None:
    assert "offplatform.payment" not in _found(text, locale)


@pytest.mark.parametrize(("locale", "text"), WE_ASK)
def test_the_seller_asking_for_it_still_is(locale: str, text: str) -> None:
    assert "offplatform.payment" in _found(text, locale)
