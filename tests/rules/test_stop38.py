"""Stop 38: asking an AliExpress buyer to confirm receipt while the parcel has only reached their country, in the
words the tuning batches used and the checker let through ("le colis est arrivé en France, vous pouvez confirmer la
réception maintenant", "conferma ricevimento adesso", "confirma pedido recebido hoje", a payment waiting for the
confirmation in the next sentence). The same words about a parcel at the buyer's door, or a request that waits for
the goods, stay clean."""

from __future__ import annotations

import pytest

from marketmsg.rules import check

RULE = "order.confirm_receipt_early"


def _blocking(text: str, platform: str, locale: str) -> set[str]:
    """The rules that block ``text``."""
    return {f.rule for f in check(text, platform=platform, locale=locale).findings if f.blocks}


def _found(text: str, platform: str, locale: str) -> set[str]:
    """Every rule with a finding on ``text``, blocking or not."""
    return {f.rule for f in check(text, platform=platform, locale=locale).findings}


EARLY = [
    ("fr-FR", "Bonjour, le colis est arrivé en France, vous pouvez confirmer la réception maintenant svp ?"),
    (
        "fr-FR",
        "Votre colis est arrivé en France et sera livré la semaine prochaine. Pouvez-vous confirmer la réception dès maintenant ?",
    ),
    ("en-GB", "Your parcel has arrived in the UK. Please confirm receipt now so we can close the order."),
    (
        "en-US",
        "Could you please kindly confirm the order as received? We need the money released to pay our workers.",
    ),
    ("ko-KR", "택배가 한국에 도착했습니다. 지금 바로 수령 확인 부탁드립니다."),
    ("it-IT", "Ciao caro, il pacco è ancora in viaggio. Puoi confermare il ricevimento adesso?"),
    (
        "it-IT",
        "Ciao amico, pacco è già in Italia, per favore conferma ricevimento adesso così chiudiamo ordine.",
    ),
    ("it-IT", "Pacco ancora in viaggio, ma per favore conferma ricevuto adesso."),
    ("pt-BR", "Olá amigo, por favor confirma pedido recebido hoje. Pacote chega na próxima semana."),
    ("pl-PL", "A zamówienie proszę już teraz potwierdzić jako odebrane, nowa część i tak dojdzie."),
    ("de-DE", "Ihr Paket ist in Deutschland angekommen. Bitte bestätigen Sie schon jetzt den Erhalt."),
]
NOT_EARLY = [
    (
        "fr-FR",
        "Votre colis est bien arrivé ? Si tout est en ordre, vous pouvez maintenant confirmer la réception.",
    ),
    (
        "fr-FR",
        "Le colis est arrivé en France. Une fois le colis reçu et vérifié, vous pouvez confirmer la réception.",
    ),
    (
        "en-GB",
        "Your parcel has arrived in the UK. Once you have received and checked it, please confirm receipt.",
    ),
    (
        "en-US",
        "The tracking shows your parcel was delivered yesterday. If everything is fine, please confirm receipt.",
    ),
    ("it-IT", "Ci confermi di aver ricevuto il rimborso? Grazie."),
    ("it-IT", "Confermiamo di aver ricevuto il reso adesso, il rimborso parte oggi."),
    ("ko-KR", "택배가 배송 완료되었습니다. 상품을 확인하신 후 수령 확인 부탁드립니다."),
    (
        "en-US",
        "Please confirm receipt only after the parcel has arrived; the payment is released to us then.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), EARLY)
def test_an_early_confirmation_request_is_blocked(locale: str, text: str) -> None:
    assert RULE in _blocking(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), NOT_EARLY)
def test_a_request_after_delivery_or_about_something_else_is_not(locale: str, text: str) -> None:
    assert RULE not in _found(text, "aliexpress", locale)


# Money sent to the buyer through a payment app, outside the platform: a gift, a refund, a reward.
MONEY_SENT = [
    ("aliexpress", "en-US", "If you give us 5 stars, we can send you 2 USD by paypal like small gift."),
    ("amazon", "en-US", "Leave a review and we will send you a $20 PayPal credit."),
    ("aliexpress", "es-ES", "Le enviamos 5 € de regalo por PayPal como agradecimiento."),
    ("aliexpress", "es-ES", "Por el retraso te devolvemos el dinero por PayPal, así no esperas."),
    ("amazon", "pt-BR", "Conforme combinamos, vamos devolver R$ 40 pelo arranhão na tampa, via Pix."),
    ("aliexpress", "de-DE", "Wegen der Verspätung bekommen Sie 3 USD per PayPal zurück."),
    ("aliexpress", "ko-KR", "카카오페이나 토스로 보내주시면 바로 발송해 드릴게요."),
    ("aliexpress", "fr-FR", "Nous vous remboursons 10 € par PayPal dès aujourd'hui."),
    ("aliexpress", "it-IT", "Le rimborsiamo 10 euro tramite PayPal oggi stesso."),
]
# Paying *with* an app at the platform's own checkout, the platform's refund to the original method, a refusal.
NO_MONEY_SENT = [
    (
        "aliexpress",
        "en-US",
        "If you paid with PayPal, the refund goes back to your PayPal account within 5 days.",
    ),
    ("aliexpress", "en-US", "We cannot send you money via PayPal: every refund goes through AliExpress."),
    ("aliexpress", "es-ES", "Le devolvemos el dinero en su método de pago original a través de AliExpress."),
    (
        "amazon",
        "pt-BR",
        "Você pode trocar a forma de pagamento e pagar com Pix pelo próprio checkout da Amazon.",
    ),
    ("aliexpress", "ko-KR", "카카오페이로 결제하시면 됩니다."),
]


@pytest.mark.parametrize(("platform", "locale", "text"), MONEY_SENT)
def test_money_sent_through_a_payment_app_is_blocked(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), NO_MONEY_SENT)
def test_paying_at_the_checkout_or_the_platforms_refund_is_not(platform: str, locale: str, text: str) -> None:
    assert "offplatform.payment" not in _found(text, platform, locale)


# A deadline on the review request is pressure, in every language (English had "by Friday" and "within 7 days").
DEADLINES = [
    ("en-US", "Just post your review before the 30th so you don't miss out."),
    ("en-US", "Please leave your review by June 12."),
    ("it-IT", "Lascia la tua recensione entro venerdì, grazie."),
    ("fr-FR", "Merci de laisser votre avis avant vendredi."),
    ("es-ES", "Por favor, deje su reseña antes del viernes."),
    ("pt-BR", "Por favor, deixe sua avaliação até sexta-feira."),
    ("de-DE", "Bitte schreiben Sie Ihre Bewertung bis Freitag."),
    ("pl-PL", "Prosimy o wystawienie opinii do piątku."),
    ("ko-KR", "이번 주 금요일까지 리뷰를 남겨주시지 않으면 정말 힘들어요."),
]
# ... but not a deadline for something else in a message that also mentions a review.
NO_DEADLINE = [
    ("en-US", "Please leave a review. Your parcel arrives before Friday."),
    ("en-US", "If anything is wrong, contact us before the 30th; otherwise feel free to leave a review."),
    ("it-IT", "Il pacco arriverà entro venerdì. Se vuole, può lasciare una recensione."),
    ("de-DE", "Das Paket kommt bis Freitag. Eine Bewertung ist freiwillig."),
]


@pytest.mark.parametrize(("locale", "text"), DEADLINES)
def test_a_deadline_on_the_review_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_DEADLINE)
def test_a_deadline_for_something_else_is_not(locale: str, text: str) -> None:
    assert "review.pressure" not in _found(text, "amazon", locale)


# The rating named in the sentence before, then a change asked with a pronoun or no object (blind batch DL).
NO_OBJECT_CHANGE = [
    ("es-ES", "Otra vez te escribo por la valoración de 2 estrellas. Por favor cámbiala."),
    ("zh-CN", "换货已经签收，问题也解决了，那您看评价这边是不是也可以帮我们更新一下呀？"),
    ("en-US", "We see you leave 2 star feedback, we are very sad. Can you please modify to 5 star?"),
    ("nl-NL", "Hallo, u gaf 1 ster. Kunt u dit wijzigen?"),
    ("tr-TR", "Merhaba, 2 yıldız verdiğinizi gördük. Değiştirebilir misiniz?"),
    ("ru-RU", "Здравствуйте, видим ваш отзыв 1 звезда. Можете поменять?"),
    ("ja-JP", "こんにちは、星1つの評価を見ました。変更していただけますか？"),
    ("zh-CN", "亲，看到您给了一星，能帮忙改一下吗？"),
    ("it-IT", "Ciao, abbiamo visto il tuo feedback di 1 stella. Ti diamo un coupon se lo cambi."),
    ("ar-EG", "مرحبا، شفنا تقييمك نجمة واحدة. ممكن تغيره؟"),
    ("he-IL", "שלום, ראינו שנתת כוכב אחד. אפשר לשנות?"),
    ("ko-KR", "안녕하세요, 별 1개 평가 봤어요. 바꿔주실 수 있나요?"),
    ("es-AR", "Todavía no cambiaste la reseña. ¿La podés cambiar hoy?"),
]
# The same questions about something else than the rating.
OTHER_OBJECT = [
    ("nl-NL", "Bedankt voor de 5 sterren! Kunt u het afleveradres wijzigen?"),
    pytest.param(
        "de-DE",
        "Danke für die 5 Sterne! Können Sie das Lieferdatum noch ändern?",
        marks=pytest.mark.xfail(
            reason="the statistical review model reads Sterne and 'Können Sie … ändern' in one message as a change request "
            "(noticed at stop 38, not fixed)",
            strict=True,
        ),
    ),
    ("tr-TR", "5 yıldız için teşekkürler. Adresi değiştirebilir misiniz?"),
    ("ru-RU", "Спасибо за 5 звезд! Можете изменить адрес доставки?"),
    pytest.param(
        "ja-JP",
        "星5つの評価ありがとうございます。住所を変更していただけますか？",
        marks=pytest.mark.xfail(
            reason="the statistical review model reads 評価 and 変更していただけますか in one message as a change request "
            "(noticed at stop 38, not fixed: the model scores the whole message)",
            strict=True,
        ),
    ),
    ("en-US", "Thanks for the 5 stars! Can you change the delivery address?"),
    ("he-IL", "תודה על 5 כוכבים! אפשר לשנות את הכתובת?"),
]


@pytest.mark.parametrize(("locale", "text"), NO_OBJECT_CHANGE)
def test_a_change_asked_with_no_object_after_the_rating_is_blocked(locale: str, text: str) -> None:
    assert "review.change" in _blocking(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), OTHER_OBJECT)
def test_a_change_of_something_else_after_the_rating_is_not(locale: str, text: str) -> None:
    assert "review.change" not in _found(text, "aliexpress", locale)


# "Don't leave a bad review, contact us first" in each language's word order (review gating).
NO_BAD_REVIEW = [
    tuple(line.split("\t"))
    for line in """fr-FR	Ne laissez pas un avis négatif, contactez-nous d'abord.
es-ES	Por favor, no deje una reseña negativa, contáctenos primero.
it-IT	Per favore non lasciare una recensione negativa, contattaci prima.
pt-BR	Por favor, não deixe uma avaliação negativa, fale conosco primeiro.
ar-SA	من فضلك لا تعطي تقييم سيء، كلمنا أولاً.
he-IL	בבקשה אל תשאיר דירוג שלילי, תכתוב לנו קודם.
de-DE	Bitte geben Sie keine schlechte Bewertung, sprechen Sie zuerst mit uns.
de-DE	Bitte nicht schlecht Bewertung geben, wenn Problem zuerst mit uns sprechen.
sv-SE	Skriv inte en dålig recension, kontakta oss först.
nl-NL	Geef alstublieft geen slechte beoordeling, neem eerst contact op.
pl-PL	Proszę nie wystawiać negatywnej opinii, najpierw prosimy o kontakt.
tr-TR	Lütfen olumsuz yorum yazmayın, önce bize yazın.""".splitlines()
]
# The seller's own inability or an acknowledgement is no gating.
NOT_GATING = [
    ("fr-FR", "Nous ne pouvons pas supprimer un avis négatif, seul Amazon le peut."),
    ("es-ES", "Lamentamos que haya dejado una reseña negativa; ya le enviamos un reemplazo."),
    ("de-DE", "Wir haben Ihre schlechte Bewertung gelesen und schicken Ihnen Ersatz."),
]


@pytest.mark.parametrize(("locale", "text"), NO_BAD_REVIEW)
@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
def test_asking_for_no_bad_review_is_blocked(platform: str, locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, platform, locale)


@pytest.mark.parametrize(("locale", "text"), NOT_GATING)
def test_an_inability_or_an_acknowledgement_is_not(locale: str, text: str) -> None:
    assert "review.positive_only" not in _found(text, "amazon", locale)


# A change request framed as the buyer's side of a favour returned is an incentive too (blind batch DG).
FAVOUR_RETURNED = [
    (
        "en-GB",
        "We sent the missing screws today as a favour to you. If you could see your way to updating your feedback, "
        "we would consider the matter closed on both sides.",
    ),
    (
        "de-DE",
        "Wir haben Ihnen heute 8,50 USD erstattet. Das negative Feedback könnten Sie vielleicht auch entfernen, wir "
        "waren ja sehr kulant mit Ihnen.",
    ),
    (
        "fr-BE",
        "Nous vous avons envoyé les pièces sans frais. Si vous pouviez revoir votre feedback, nous en serions "
        "reconnaissants. Chacun fait un pas, n'est-ce pas ?",
    ),
]
# The same words with no change request, or a plain change request with no favour named.
NO_FAVOUR_TRADE = [
    ("en-GB", "We sent the missing screws today as a favour to you. Enjoy the shelf!"),
    ("fr-BE", "Nous vous avons envoyé les pièces sans frais. Chacun fait un pas, n'est-ce pas ?"),
]


@pytest.mark.parametrize(("locale", "text"), FAVOUR_RETURNED)
def test_a_change_as_a_favour_returned_is_an_incentive(locale: str, text: str) -> None:
    assert {"review.change", "review.incentive"} <= _blocking(text, "aliexpress", locale)


@pytest.mark.parametrize(("locale", "text"), NO_FAVOUR_TRADE)
def test_a_favour_with_no_change_request_blocks_nothing(locale: str, text: str) -> None:
    assert not check(text, platform="aliexpress", locale=locale).blocked


# The shop's survival hung on the reviews is pressure; closing a dispute or a crushed box is not.
SURVIVAL = [
    ("en-US", "We are a small new shop. If you give 5 stars our shop can survive. Please leave a review."),
    (
        "it-IT",
        "Siamo una piccola bottega e senza recensioni rischiamo davvero di chiudere. Ci lasci una recensione?",
    ),
    (
        "sv-SE",
        "Vi är ett litet familjeföretag och varje dag utan din recension kostar oss. Snälla, skriv den idag.",
    ),
    ("pl-PL", "Nasz sklep ma dopiero 2 miesiące, jedna zła opinia i koniec. Prosimy o opinię."),
    ("ar-SA", "إحنا محل صغير، ولو ما في تقييمات ممكن نقفل المحل. من فضلك اكتب تقييم."),
    ("es-ES", "Somos una familia chiquita y de esto vivimos, en serio. Por favor, deja tu reseña."),
    (
        "de-DE",
        "Wir sind ein kleiner Familienbetrieb und ohne Bewertungen müssen wir schließen. Bitte bewerten Sie uns.",
    ),
    (
        "fr-FR",
        "Nous sommes une petite entreprise et sans avis nous allons devoir fermer. Merci de laisser un avis.",
    ),
    ("pt-BR", "Somos uma loja pequena e sem avaliações vamos fechar. Por favor, deixe sua avaliação."),
]
NOT_SURVIVAL = [
    ("fr-FR", "Cette montre peut survivre à une chute de 2 mètres, comme le confirment de nombreux avis."),
    ("it-IT", "L'orologio sopravvive a una caduta da 2 metri, come confermano molte recensioni."),
    ("sv-SE", "Klockan kan överleva ett fall från 2 meter, som många recensioner bekräftar."),
    ("de-DE", "Wir haben Ihnen 8 € erstattet. Bitte schließen Sie den Streitfall. Danke für Ihre Bewertung!"),
    ("ja-JP", "レビューに「箱が潰れていた」とご記載いただきました。新しい商品を無償で再送いたしました。"),
    ("ko-KR", "남겨주신 평가를 읽었습니다. 많이 실망하셨을 것 같아 사과드립니다."),
    ("es-ES", "Gracias por tu reseña. Vamos a cerrar el caso en el sistema."),
]


@pytest.mark.parametrize(("locale", "text"), SURVIVAL)
def test_the_shops_survival_hung_on_reviews_is_pressure(locale: str, text: str) -> None:
    assert "review.pressure" in _blocking(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NOT_SURVIVAL)
def test_closing_a_case_or_a_crushed_box_is_no_pressure(locale: str, text: str) -> None:
    assert "review.pressure" not in _found(text, "amazon", locale)


# "If you are (fully) satisfied, we'd be glad of your review" where the languages lacked it; the unhappy buyer asked to
# write first is not this rule's reading.
IF_SATISFIED = [
    ("pt-BR", "Caso esteja totalmente satisfeito, ficaremos felizes com sua avaliação."),
    ("nl-NL", "Als u helemaal tevreden bent, horen we het graag in een review."),
    ("pl-PL", "Jeśli jest Pan w pełni zadowolony, będziemy wdzięczni za opinię."),
    ("sv-SE", "Om du är helt nöjd blir vi glada för ett omdöme."),
]
SATISFACTION_ASKED_ONLY = [
    ("nl-NL", "Als u tevreden bent met de oplossing, laat het ons dan weten."),
    ("sv-SE", "Om du är nöjd med bytet, svara gärna här."),
]


@pytest.mark.parametrize(("locale", "text"), IF_SATISFIED)
def test_a_review_asked_only_if_satisfied_is_positive_only(locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), SATISFACTION_ASKED_ONLY)
def test_asking_whether_the_buyer_is_satisfied_is_not(locale: str, text: str) -> None:
    assert "review.positive_only" not in _found(text, "amazon", locale)


# The buyer paying the seller by transfer, in the informal Spanish forms.
PAY_US_ES = [
    ("es-MX", "Hola, mándanos mensaje y te damos mejor precio, pagas por transferencia y listo."),
    ("es-AR", "Si querés el modelo de 2 TB, te lo vendo por fuera, pagás por transferencia."),
    ("es-MX", "Si gustas te aparto otra igual, me depositas a mi tarjeta y me mandas el comprobante."),
]


@pytest.mark.parametrize(("locale", "text"), PAY_US_ES)
def test_paying_the_seller_by_transfer_is_blocked(locale: str, text: str) -> None:
    assert "offplatform.payment" in _blocking(text, "aliexpress", locale)


def test_paying_by_transfer_at_the_platforms_checkout_is_not() -> None:
    text = "Si prefieres, en el checkout de AliExpress pagas por transferencia SPEI sin problema."
    assert "offplatform.payment" not in _found(text, "aliexpress", "es-MX")


# Review gating: the unhappy buyer sent to the seller first, everyone else asked for the review.
OTHERWISE_REVIEW = [
    ("en-US", "If you are not satisfied, please contact us first. Otherwise we would love your review."),
    ("nl-NL", "Als u niet tevreden bent, neem dan eerst contact op. Anders horen we graag uw review."),
    (
        "de-DE",
        "Wenn Sie nicht zufrieden sind, kontaktieren Sie uns zuerst. Ansonsten freuen wir uns über Ihre Bewertung.",
    ),
    (
        "fr-FR",
        "Si vous n'êtes pas satisfait, contactez-nous d'abord. Sinon, nous serions ravis de lire votre avis.",
    ),
    ("es-ES", "Si no está satisfecho, contáctenos primero. De lo contrario, nos encantaría su reseña."),
    (
        "it-IT",
        "Se non è soddisfatto, ci contatti prima. Altrimenti saremmo felici di leggere la sua recensione.",
    ),
    ("pt-BR", "Se não estiver satisfeito, fale conosco primeiro. Caso contrário, adoraríamos sua avaliação."),
    (
        "pl-PL",
        "Jeśli nie jest Pan zadowolony, prosimy najpierw o kontakt. W przeciwnym razie prosimy o opinię.",
    ),
    ("sv-SE", "Om du inte är nöjd, kontakta oss först. Annars blir vi glada för ett omdöme."),
]
NOT_GATING_OTHERWISE = [
    ("en-US", "If the parcel has not arrived by Friday, let us know. Otherwise, enjoy the lamp!"),
    (
        "en-US",
        "If you're not happy with the colour, we'll exchange it. Otherwise the review is up to you, good or bad.",
    ),
    (
        "de-DE",
        "Wenn Sie nicht zufrieden sind, tauschen wir es um. Ansonsten wünschen wir viel Freude mit der Lampe.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), OTHERWISE_REVIEW)
def test_a_review_asked_of_everyone_but_the_unhappy_is_gating(locale: str, text: str) -> None:
    assert "review.positive_only" in _blocking(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NOT_GATING_OTHERWISE)
def test_otherwise_without_a_wished_review_is_not(locale: str, text: str) -> None:
    assert "review.positive_only" not in _found(text, "amazon", locale)
