"""Stop 49 probes: phone numbers the phone rules missed or blocked wrongly, and the same ideas in more languages.

Phones (Amazon Communication Guidelines; AliExpress §8): a number given in pieces with words for where it starts, what
follows and where it ends ("Le numéro commence par 01 44. Après c'est 52 87 93", "앞자리는 010이고 가운데 8842, 끝은
1937", "号码前三位是626，中间是555，后四位0173", "يبدأ بـ 050 وبعدها 771 وآخره 2046", "מתחיל ב־052, אחר כך 744 ובסוף 1290",
"0532 ile başlıyor, sonra 607 …"); pieces joined by "then" after a phone word, possible as a number written whole after
one is ("ring … he's on 07700, then 900, then 461", an Ofcom drama number), also when a word before them looks like an id
word ("rather ring than type"); look-alike letters in pieces joined by "then" over sentences ("Ring: O73. Sen 5l2. Sen 88
4O"), and in a number where someone an id word named is reached ("our parts guy at 8O5-555-0l9I", "unser Kollege ist unter
0l5l-…"); Japanese kana digits of one syllable in hiragana ("よん・ご・ろく・なな") and groups split by a spaced dash.

Clean: a tracking number named as such is no number of a phone however a later "point" (the French relay point) reads;
a maker's consumer or care centre is its line — a warning, ``contact.phone_exception``, not a block ("centro de atención
Motorola", "Philips consumentenservice", "Miele Verbraucherservice", "Sony consumer service"), and so is the next number of
the same line's list ("a Central Samsung atende no 4004 0000 (capitais) ou 0800 555 0000").
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

from ._blocking import blocks

PHONES = [
    # numbers in pieces, named where they start, continue and end
    (
        "aliexpress",
        "fr-FR",
        "Pour le retour appeler notre agent à Paris. Le numéro commence par 01 44. Après c'est 52 87 93. Merci",
    ),
    (
        "aliexpress",
        "it-IT",
        "Per il reso parli con il nostro agente a Milano. Il numero inizia con 02 8741. Dopo c'è 55 20. Grazie!",
    ),
    (
        "amazon",
        "ko-KR",
        "사이즈 교환 건은 담당자에게 바로 연락 주시면 됩니다. 앞자리는 010이고 가운데 8842, 끝은 1937입니다.",
    ),
    (
        "amazon",
        "zh-CN",
        "关于尺码更换,您可以直接联系我们美国仓库的负责人陈经理。号码前三位是６２６,中间是５５５,后四位０１７３。",
    ),
    (
        "amazon",
        "ar-SA",
        "كلميني أفضل عشان نضبط المقاس قبل ما تسوين الاستبدال. يبدأ بـ 050 وبعدها 771 وآخره 2046.",
    ),
    ("amazon", "he-IL", "הכי פשוט שתשלחי לי הודעה עם תמונה של התווית. מתחיל ב־052, אחר כך 744 ובסוף 1290."),
    (
        "amazon",
        "es-ES",
        "Para el cambio de talla escríbale a Marta. Empieza por 612, luego 34 y al final 56 78.",
    ),
    ("amazon", "pt-BR", "Para a troca, fale com a Ana. Começa com 11 9, depois 8877 e no final 6655."),
    (
        "amazon",
        "pl-PL",
        "W sprawie wymiany proszę pisać do Kasi. Zaczyna się od 512, potem 448 i na końcu 903.",
    ),
    (
        "amazon",
        "nl-NL",
        "Onze collega helpt u graag verder. Het begint met 020, daarna 721 en aan het eind 0481.",
    ),
    ("amazon", "tr-TR", "Değişim için Ayşe Hanım'a yazın. 0532 ile başlıyor, sonra 607 ve sonunda 19 44."),
    # pieces joined by "then" after a phone word
    (
        "amazon",
        "en-GB",
        "Our technician would like a quick chat. If you'd rather ring than type, he's on 07700, then 900, then 461 - "
        "any weekday after 10.",
    ),
    # look-alike letters
    (
        "amazon",
        "en-US",
        "Quickest thing is to shoot a text with a pic of the gasket to our parts guy at 8O5-555-0l9I and he'll mail "
        "the right one out.",
    ),
    ("amazon", "de-DE", "Fragen zur Bestellung? Unser Kollege ist unter 0l5l-234-5O78 erreichbar."),
    (
        "aliexpress",
        "sv-SE",
        "Hej, vår agent i Göteborg kan hjälpa med retur. Ring: O73. Sen 5l2. Sen 88 4O. Tack",
    ),
    (
        "aliexpress",
        "sv-SE",
        "Hej, vår agent i Göteborg kan hjälpa med retur. Ring: 073. Sen 512. Sen 88 40. Tack",
    ),
    ("aliexpress", "fr-FR", "Pour le retour, appelez-moi : O6. Puis l2 34. Puis 56 78. Merci"),
    ("aliexpress", "es-ES", "Para la devolución llámame: 6l2. Luego 34. Luego 56 78. Gracias"),
    # Japanese kana digits
    (
        "aliexpress",
        "ja-JP",
        "こんにちは、日本の代理店が対応します。ゼロ・ナナ・ゼロ - 3318 - よん・ご・ろく・なな までかけてください。",
    ),
    (
        "aliexpress",
        "ja-JP",
        "担当者の携帯はぜろ・きゅう・ぜろ - 1234 - ご・ろく・なな・はち です。お電話ください。",
    ),
]

# A maker's or carrier's line: a warning (the exception), never a block.
HOTLINES = [
    (
        "amazon",
        "es-MX",
        "El equipo es liberado de fábrica y funciona con Telcel, AT&T y Movistar. Para la garantía de fábrica (12 meses) "
        "puede llamar al centro de atención Motorola México al 800 021 0000.",
    ),
    (
        "amazon",
        "pt-BR",
        "O aparelho é homologado pela Anatel e funciona em todas as operadoras. Para garantia de fábrica de 1 ano, a "
        "Central Samsung atende no 4004 0000 (capitais) ou 0800 555 0000.",
    ),
    (
        "amazon",
        "nl-NL",
        "De stofzuiger valt onder 2 jaar fabrieksgarantie. De Philips consumentenservice is bereikbaar op 020 721 0481.",
    ),
    (
        "amazon",
        "de-DE",
        "Bei Fragen zum Gerät: Der Miele Verbraucherservice ist unter 0800 22 44 644 erreichbar.",
    ),
    (
        "amazon",
        "en-GB",
        "If the TV will not pair, the Sony consumer service team can be reached on 0800 123 4567.",
    ),
    (
        "amazon",
        "fr-FR",
        "Pour la garantie constructeur de deux ans, le centre Dyson répond au 09 69 32 00 11 ou au 01 70 70 84 99.",
    ),
]

NO_PHONES = [
    (
        "amazon",
        "fr-FR",
        "La coque de remplacement est partie ce matin par Mondial Relay, numéro de suivi 53471829, elle sera disponible "
        "dans votre point relais d'ici 3 jours.",
    ),
    *HOTLINES,
]


@pytest.mark.parametrize(("platform", "locale", "text"), PHONES)
def test_phone_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), NO_PHONES)
def test_no_phone_block(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), HOTLINES)
def test_hotline_warns(platform: str, locale: str, text: str) -> None:
    # every number of the message is the maker's line: warned of, none blocked
    rules = {
        f.rule
        for f in check(text, platform=platform, locale=locale).findings
        if f.rule.startswith("contact.phone")
    }
    assert rules == {"contact.phone_exception"}
