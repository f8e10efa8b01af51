"""Stop 44: probes of what six blind tuning batches (DY, DZ, EA–ED; tests/data) showed the checker missing or blocking
wrongly, written anew for this test (not corpus rows), each class beside clean replies with the same words.

Incentive: a longer warranty, a VIP club or a draw for whoever reviews or shares the experience on the product page, a
gift once the review is up. Pressure: a deadline "before then" or "before that date", the buyer's word that they
would review recalled, still waiting, nothing heard yet, a reminder counted. Positive-only: the review asked only of
buyers who would recommend the shop. Payment: no platform commission, "without <platform>", an app "instead of via
<platform>". Promotion: a price against a higher one, a bundle's discount, the store followed. Phone: a number read out
in three pieces, look-alike digits dialled with a country code. Clean: sharing with the seller, a warranty extended
for everyone, feedback "gone to our team", thanks "de corazón", confirmation after checking the goods, a second act
joined by "and", "do 3 lat", a refund's "instead of", part numbers listed in one sentence, a buyer's wish for a
messenger refused with "only here", a fill line, a QR code, the platform's system removing a review, refusals in
Portuguese, Turkish and Korean, paying in the platform's own app."""

from __future__ import annotations

import pytest

from marketmsg.rules import _phones, check


def _blocking(text: str, locale: str, platform: str) -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}


INCENTIVE = [
    (
        "amazon",
        "en-US",
        "Customers who share their experience on the product page get a free extra year of warranty from us.",
    ),
    (
        "amazon",
        "de-DE",
        "Wer seine Erfahrung mit dem Mixer auf Amazon teilt, dem verlängern wir die Garantie um ein Jahr.",
    ),
    (
        "amazon",
        "fr-FR",
        "Chaque client qui partage son avis sur la page du produit participe à notre tirage mensuel.",
    ),
    (
        "amazon",
        "nl-NL",
        "Alle kopers die een review plaatsen, doen mee aan onze maandelijkse loting voor een koptelefoon.",
    ),
    (
        "amazon",
        "pl-PL",
        "Klienci, którzy wystawią opinię, dołączają do naszego klubu VIP z rabatem na kolejne zakupy.",
    ),
    ("amazon", "sv-SE", "Delar du din upplevelse på produktsidan förlänger vi garantin till tre år."),
    (
        "amazon",
        "ru-RU",
        "Покупателям, поделившимся впечатлениями на странице товара, мы продлеваем гарантию до двух лет.",
    ),
    ("aliexpress", "zh-CN", "留下评价的顾客可以加入我们的VIP会员，享受会员价。"),
    (
        "aliexpress",
        "es-MX",
        "Cuando tu reseña esté publicada, escríbenos y te enviamos una funda extra como agradecimiento.",
    ),
]

PRESSURE = [
    (
        "amazon",
        "en-US",
        "Our monthly report closes on Friday. Could you post your review before then?",
    ),
    ("amazon", "sv-SE", "Kan du skriva din recension före fredag?"),
    (
        "amazon",
        "fr-FR",
        "Vous nous aviez dit que vous laisseriez un avis une fois le meuble monté. Nous nous permettons de vous le rappeler.",
    ),
    ("amazon", "es-ES", "Nos dijiste que dejarías tu reseña el fin de semana, ¡no lo olvides!"),
    ("amazon", "nl-NL", "Al tien dagen wachten wij op uw review van de stofzuiger."),
    ("amazon", "ru-RU", "Мы ждём ваш отзыв уже неделю."),
    (
        "amazon",
        "de-DE",
        "Leider haben wir noch nichts von Ihnen gehört. Eine Bewertung würde uns sehr helfen.",
    ),
    ("amazon", "ru-RU", "Поставьте, пожалуйста, 5 звёзд. Это уже наше второе напоминание."),
    ("aliexpress", "tr-TR", "Lütfen yorumunuzu yazın, hâlâ bekliyoruz."),
]

POSITIVE = [
    ("amazon", "en-US", "We only ask for a review if you would recommend our shop to a friend."),
    ("amazon", "de-DE", "Bitte bewerten Sie uns nur, wenn Sie uns weiterempfehlen würden."),
    ("amazon", "es-ES", "Solo pedimos reseñas a quienes nos recomendarían a un amigo."),
    ("aliexpress", "tr-TR", "Bizi tavsiye edecekseniz bir yorum bırakın; etmeyecekseniz önce bize yazın."),
    ("aliexpress", "ko-KR", "추천하실 만하다면 리뷰를 남겨 주세요. 그렇지 않다면 먼저 메시지 주세요."),
]

PAYMENT = [
    (
        "amazon",
        "fr-FR",
        "Sur notre propre boutique en ligne, les prix sont plus bas car il n'y a pas de commission Amazon.",
    ),
    ("amazon", "nl-NL", "In onze eigen webwinkel is het goedkoper, want er zijn geen marketplacekosten."),
    ("amazon", "pl-PL", "Drugą sztukę możemy sprzedać bez Amazona, wystarczy przelew."),
    ("amazon", "zh-CN", "以后可以直接在我们的官网下单，没有亚马逊的佣金，更便宜。"),
    ("amazon", "he-IL", "אפשר לשלם לנו בביט במקום דרך אמזון."),
]

PROMOTION = [
    ("amazon", "en-US", "Right now the set of three is $49 instead of $65."),
    ("amazon", "de-DE", "Im Set mit der passenden Haube gibt es 15 % Nachlass."),
    ("amazon", "es-ES", "Síguenos en nuestra tienda para ver las novedades."),
    ("amazon", "ru-RU", "Подписывайтесь на наш магазин, скоро новая коллекция."),
]

PHONE = [
    ("aliexpress", "tr-TR", "Sorun olursa numaramız 0532 418 27 90, hemen arayın."),
    ("amazon", "en-US", "My cell starts with 415, the middle part is 902 and it ends in 3361."),
    ("amazon", "it-IT", "Il mio cellulare comincia con 138, in mezzo 0013 e finisce con 8000."),
    ("aliexpress", "es-MX", "Escríbame al +86 l38 OO13 8OOO para mayoreo."),
]

CLEAN = [
    ("amazon", "tr-TR", "Faturada vergi numaramız 1234567890 (Kadıköy VD) ayrıca yazıyor."),
    ("amazon", "en-US", "Thanks for sharing your experience with us; we have passed it on to our team."),
    ("amazon", "de-DE", "Ihre Garantie verlängert sich automatisch, wenn Sie das Gerät registrieren."),
    (
        "amazon",
        "en-US",
        "Your feedback has already gone to our quality team, and a replacement ships tomorrow.",
    ),
    ("amazon", "es-ES", "Acabamos de leer tu reseña y queríamos darte las gracias de corazón."),
    ("amazon", "pl-PL", "Po odebraniu i sprawdzeniu paczki może Pan potwierdzić odbiór."),
    ("amazon", "tr-TR", "Ürünü kontrol ettikten sonra teslim alındı onayı verebilirsiniz."),
    ("amazon", "en-US", "Please write your review of the kettle and return the old one before Friday."),
    ("amazon", "pl-PL", "Przedłużymy gwarancję z 2 do 3 lat dla wszystkich klientów."),
    ("amazon", "en-US", "We refunded the remaining $12 instead of $10 because of the exchange rate."),
    (
        "amazon",
        "nl-NL",
        "Samen met de eerdere terugbetaling van € 42,00 is het volledige bedrag terugbetaald.",
    ),
    ("amazon", "es-ES", "La referencia del filtro es 61801 261 y la de la bombilla, 81 480 512."),
    ("amazon", "sv-SE", "Artikelnumret är 140 021 7730 och filtret har nummer 117 4186."),
    (
        "amazon",
        "fr-FR",
        "Nous comprenons que vous préfériez WhatsApp, mais nous ne pouvons communiquer que par la messagerie Amazon.",
    ),
    ("amazon", "ja-JP", "タンクのMAXラインを超えないように水を入れてください。"),
    ("amazon", "it-IT", "Inquadri il codice QR sotto la base e scarichi l'app dal sito del produttore."),
    ("amazon", "ru-RU", "Ваш отзыв удалила сама система Amazon, магазин на это не влияет."),
    ("amazon", "pt-BR", "A loja não tem como excluir nem editar avaliações."),
    ("amazon", "tr-TR", "Amazon dışında hiçbir şekilde ödeme talep etmiyoruz."),
    ("amazon", "en-US", "If it still does not work, please reply here and we will send a new one."),
    ("aliexpress", "ko-KR", "죄송하지만 계좌이체나 외부 결제는 받을 수 없습니다."),
    ("aliexpress", "pl-PL", "Możesz zapłacić BLIK-iem bezpośrednio w aplikacji AliExpress."),
]


CASES = [
    (rule, *row)
    for rule, rows in (
        ("review.incentive", INCENTIVE),
        ("review.pressure", PRESSURE),
        ("review.positive_only", POSITIVE),
        ("offplatform.payment", PAYMENT),
        ("marketing.promotion", PROMOTION),
        ("contact.phone", PHONE),
    )
    for row in rows
]


@pytest.mark.parametrize(("rule", "platform", "locale", "text"), CASES)
def test_the_violation_blocks_with_its_rule(rule: str, platform: str, locale: str, text: str) -> None:
    assert rule in _blocking(text, locale, platform)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_a_clean_reply_with_the_same_words_blocks_nothing(platform: str, locale: str, text: str) -> None:
    assert _blocking(text, locale, platform) == set()


def test_every_part_word_is_an_id_word() -> None:
    # the part words are looked up among the message's anchors, which the id words register
    assert set(_phones._PART_WORDS) <= set(_phones._ID_WORDS)
