"""Round 17 (issue 12.6, tuned on blind batch S): the seller recalling its earlier request about the review — a verb
of writing or asking, a moment gone by and the review in one sentence ("we emailed you a few days ago about your
review") is the repeated request itself, in the sixteen languages; the review asked to be removed or changed by a
pronoun after it was named ("Si lo quitas …", "la preghiamo di modificarlo"), German verb-last requests
("die Bewertung anzupassen bzw. ganz zu entfernen"), a prize draw for whoever rates ("Quem avaliar … concorre a").

The rows were written for this table, not copied from the batch; the clean neighbours share the vocabulary (a
replacement sent last week, thanks for a review, Spanish "le pedimos" in the present, a removal from the box).
Sources: the marketplaces' bans on repeated review requests, review changes and incentives, as cited by each
platform's rule pack (shared/platforms/amazon.md §5.1, aliexpress.md §8).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rule that must block)
VIOLATIONS = [
    ("amazon", "en-US", "Hi Tom, we emailed you a few days ago about sharing a review of the kettle. Any chance you could do it this week?", "review.pressure"),
    ("amazon", "de-DE", "Hallo Frau Berg, wir hatten Sie letzte Woche um eine Bewertung gebeten. Haben Sie kurz Zeit?", "review.pressure"),
    ("amazon", "fr-FR", "Bonjour, nous vous avons écrit la semaine dernière au sujet de votre avis sur la lampe.", "review.pressure"),
    ("aliexpress", "it-IT", "Salve, le avevamo scritto ieri per una recensione del frullatore.", "review.pressure"),
    ("aliexpress", "pt-BR", "Oi Ana, te pedimos ontem uma avaliação do liquidificador, conseguiu ver?", "review.pressure"),
    ("amazon", "nl-NL", "Hoi Tim, we hebben je gisteren gevraagd om een beoordeling van de lamp.", "review.pressure"),
    ("amazon", "pl-PL", "Dzień dobry, pisaliśmy już w zeszłym tygodniu w sprawie opinii o czajniku.", "review.pressure"),
    ("amazon", "sv-SE", "Hej! Vi frågade dig för några dagar sedan om ett omdöme för lampan.", "review.pressure"),
    ("aliexpress", "ru-RU", "Здравствуйте! Мы уже писали вам на прошлой неделе насчёт отзыва о чайнике.", "review.pressure"),
    ("aliexpress", "he-IL", "שלום, כתבנו לך לפני כמה ימים לגבי ביקורת על הקומקום.", "review.pressure"),
    ("amazon", "ja-JP", "先日レビューのお願いをご連絡しましたが、ご覧いただけましたでしょうか。", "review.pressure"),
    ("aliexpress", "zh-CN", "上周我们联系过您，希望您能给个评价。", "review.pressure"),
    ("aliexpress", "ko-KR", "지난주에 리뷰 부탁드렸는데 혹시 보셨을까요?", "review.pressure"),
    ("aliexpress", "ar-AE", "راسلناك الأسبوع الماضي بخصوص تقييم المنتج.", "review.pressure"),
    ("aliexpress", "tr-TR", "Geçen hafta değerlendirme için size yazmıştık, vakit bulabildiniz mi?", "review.pressure"),
    ("amazon", "es-ES", "Le escribimos la semana pasada sobre su reseña del cargador.", "review.pressure"),
    # the count of messages, the reminder's ordinal, writing every day until the review comes
    ("aliexpress", "ru-RU", "Отзыва пока нет. Пишем вам уже третий раз, оставьте отзыв, пожалуйста.", "review.pressure"),
    ("aliexpress", "he-IL", "זו התזכורת הרביעית שלנו לגבי הדירוג של ההזמנה.", "review.pressure"),
    ("amazon", "fr-FR", "Nous allons vous relancer tous les jours jusqu'à ce que votre avis soit publié.", "review.pressure"),
    ("amazon", "en-US", "It has been ten days and we still don't have your review of the blender.", "review.pressure"),
    ("amazon", "de-DE", "Leider haben wir immer noch kein Feedback von Ihnen erhalten.", "review.pressure"),
    # removal or change by a pronoun, after the review was named; verb-last German
    ("aliexpress", "es-MX", "Vimos tu reseña de una estrella. Si la borras te devolvemos el envío.", "review.change"),
    ("aliexpress", "it-IT", "Abbiamo letto la sua recensione. La preghiamo di cambiarla ora che il problema è risolto.", "review.change"),
    ("amazon", "de-DE", "Wir würden Sie bitten, die Rezension zu löschen, da der Fehler behoben ist.", "review.change"),
    ("amazon", "sv-SE", "Vi såg din recension av lampan. Vill du se över den nu när allt fungerar?", "review.change"),
    # a prize for whoever rates, the review named by its verb
    ("aliexpress", "pt-BR", "Quem avaliar a compra este mês concorre a uma cafeteira.", "review.incentive"),
]  # fmt: skip

CLEAN = [
    ("amazon", "en-US", "We sent you the replacement last week. Thank you for the kind review!"),
    ("amazon", "en-US", "We wrote to you yesterday about the refund, which has now been issued."),
    ("amazon", "es-ES", "Le pedimos disculpas por el retraso. Su reseña nos ayuda a mejorar."),
    ("amazon", "es-ES", "Le pedimos que confirme su dirección, ya enviamos el paquete de nuevo."),
    ("amazon", "de-DE", "Wir haben Ihnen gestern den Ersatz geschickt. Vielen Dank für Ihre Bewertung!"),
    ("aliexpress", "zh-CN", "上周已经发过货了，感谢您的五星好评！"),
    ("amazon", "en-US", "Please remove it from the box before charging. Reviews from customers mention this step too."),
    ("aliexpress", "tr-TR", "Değerlendirmeniz için teşekkürler! Sorun olursa bize yazmayı unutmayın."),
    ("amazon", "fr-FR", "Nous vous avons envoyé hier le numéro de suivi. Merci pour votre avis !"),
    ("aliexpress", "ru-RU", "Мы уже отправили вам замену на прошлой неделе. Спасибо за отзыв!"),
    pytest.param(
        "aliexpress", "es-MX", "Si la caja llegó dañada, la quitas y nos mandas una foto; tu reseña es cosa tuya.",
        marks=pytest.mark.xfail(strict=True, reason="known false alarm of the round-7 removal family: 'la quitas' "
                                "(the box) read as removing the review named later in the sentence"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), VIOLATIONS)
def test_prior_ask_change_or_prize_blocks(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert not _blocks(text, platform, locale)
