"""Tracking numbers of the major carriers and order ids, in every supported language, never block (issue 12.6).

Table-driven: every carrier's number shape is placed in a sentence of each of the sixteen languages, with and
without the word that introduces it, for both platforms; order ids likewise (the platform's own id must also
satisfy ``order.missing_id``, also in Japanese and Chinese text where no word boundary separates it).
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

# carrier -> sample numbers as carriers print them (formats from the carriers' public tracking pages).
TRACKING = {
    "UPS": ["1Z999AA10123456784", "1Z 5R8 939 03 5756 7127"],
    "FedEx": ["7712 4490 3381", "771244903381", "9612019 0123456 7890123"],
    "USPS": ["9400 1118 9922 3344 5566 77", "9400111899223344556677", "EA123456785US"],
    "DHL": ["4829105573", "00340434161094042557", "JJD0001234567890"],
    "Royal Mail": ["JD123456789GB", "AB 1234 5678 9GB"],
    "China Post": ["RR123456789CN", "LY123456789CN"],
    "Cainiao": ["LP00612345678901", "CNGZ0123456789012"],
    "YunExpress": ["YT2212345678901234"],
    "4PX": ["4PX3001234567890CN"],
    "Yanwen": ["UG123456789YP", "VR123456789YP"],
    "J&T": ["JT0001234567890", "888012345678"],
    "Correios": ["NB123456789BR"],
    "PostNL": ["3SABCD1234567"],
    "Yamato": ["3456-7890-1234"],
}
INTRO = {
    "en": ("Your parcel ({carrier}) is on its way: {number}.", "Tracking number {number} ({carrier})."),
    "de": ("Ihr Paket ({carrier}) ist unterwegs: {number}.", "Sendungsnummer {number} ({carrier})."),
    "fr": ("Votre colis ({carrier}) est en route : {number}.", "Numéro de suivi {number} ({carrier})."),
    "es": ("Su paquete ({carrier}) está en camino: {number}.", "Número de seguimiento {number} ({carrier})."),
    "it": ("Il pacco ({carrier}) è in viaggio: {number}.", "Numero di tracciamento {number} ({carrier})."),
    "pt": ("Seu pacote ({carrier}) está a caminho: {number}.", "Código de rastreio {number} ({carrier})."),
    "nl": ("Uw pakket ({carrier}) is onderweg: {number}.", "Volgnummer {number} ({carrier})."),
    "pl": ("Paczka ({carrier}) jest w drodze: {number}.", "Numer przesyłki {number} ({carrier})."),
    "sv": ("Ditt paket ({carrier}) är på väg: {number}.", "Kollinummer {number} ({carrier})."),
    "tr": ("Paketiniz ({carrier}) yolda: {number}.", "Kargo takip numarası {number} ({carrier})."),
    "ru": ("Ваша посылка ({carrier}) в пути: {number}.", "Трек-номер {number} ({carrier})."),
    "ar": ("طردك ({carrier}) في الطريق: {number}.", "رقم التتبع {number} ({carrier})."),
    "ko": ("택배({carrier})가 배송 중입니다: {number}.", "운송장 번호 {number} ({carrier})."),
    "he": ("החבילה שלך ({carrier}) בדרך: {number}.", "מספר מעקב {number} ({carrier})."),
    "ja": ("お荷物（{carrier}）は配送中です：{number}。", "追跡番号{number}（{carrier}）。"),
    "zh": ("您的包裹（{carrier}）已在途中：{number}。", "物流单号{number}（{carrier}）。"),
}
LOCALE = {
    "en": "en-US", "de": "de-DE", "fr": "fr-FR", "es": "es-ES", "it": "it-IT", "pt": "pt-BR", "nl": "nl-NL",
    "pl": "pl-PL", "sv": "sv-SE", "tr": "tr-TR", "ru": "ru-RU", "ar": "ar-AE", "ko": "ko-KR", "he": "he-IL",
    "ja": "ja-JP", "zh": "zh-CN",
}  # fmt: skip
ORDER_IDS = {"amazon": ("303-4419920-8836107", "D01-1234567-7654321"), "aliexpress": ("8140235566719201",)}
ORDER_SENTENCE = {
    "en": "Order {id} has shipped.", "de": "Bestellung {id} wurde versandt.", "fr": "La commande {id} est expédiée.",
    "es": "El pedido {id} fue enviado.", "it": "L'ordine {id} è stato spedito.", "pt": "O pedido {id} foi enviado.",
    "nl": "Bestelling {id} is verzonden.", "pl": "Zamówienie {id} zostało wysłane.", "sv": "Order {id} har skickats.",
    "tr": "{id} numaralı sipariş kargoya verildi.", "ru": "Заказ {id} отправлен.", "ar": "تم شحن الطلب {id}.",
    "ko": "주문 {id} 발송되었습니다.", "he": "הזמנה {id} נשלחה.", "ja": "注文番号{id}について、本日発送いたしました。",
    "zh": "订单{id}已发货，请耐心等待。",
}  # fmt: skip


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize("lang", sorted(INTRO))
def test_carrier_tracking_numbers_never_block(platform: str, lang: str) -> None:
    order = ORDER_IDS[platform][0]
    wrong = []
    for carrier, numbers in TRACKING.items():
        for number in numbers:
            for template in INTRO[lang]:
                text = (
                    ORDER_SENTENCE[lang].format(id=order)
                    + " "
                    + template.format(carrier=carrier, number=number)
                )
                report = check(text, platform=platform, locale=LOCALE[lang])
                wrong.extend((f.rule, text[f.start : f.end], text) for f in report.blocking)
    assert wrong == []


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize("lang", sorted(ORDER_SENTENCE))
def test_order_ids_pass_and_count_as_the_order_id(platform: str, lang: str) -> None:
    for order in ORDER_IDS[platform]:
        for text in (
            ORDER_SENTENCE[lang].format(id=order),
            ORDER_SENTENCE[lang].format(
                id=order.translate(str.maketrans("0123456789-", "０１２３４５６７８９－"))
            ),
        ):
            rules = {f.rule for f in check(text, platform=platform, locale=LOCALE[lang]).findings}
            assert rules == set(), (text, rules)


# Serial numbers as devices print them, after the serial-number word of each language: a 3-3-4 serial has the
# shape of a North American phone number (and is valid in several numbering plans), so only the word tells.
SERIALS = ("784-839-8785", "525-388-8539", "034-805-0355", "SN 351-669-3481")
SERIAL_SENTENCE = {
    "en": "The serial number is {s}.", "de": "Die Seriennummer lautet {s}.", "fr": "Le numéro de série est {s}.",
    "es": "El número de serie es {s}.", "it": "Il numero di serie è {s}.", "pt": "O número de série é {s}.",
    "nl": "Het serienummer is {s}.", "pl": "Numer seryjny: {s}.", "sv": "Serienumret är {s}.",
    "tr": "Seri numarası {s}.", "ru": "Серийный номер {s}.", "ar": "الرقم التسلسلي {s}.", "ko": "시리얼 번호 {s}입니다.",
    "he": "המספר הסידורי הוא {s}.", "ja": "シリアル番号は{s}です。", "zh": "序列号是{s}。",
}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(SERIAL_SENTENCE))
def test_serial_numbers_never_block(lang: str) -> None:
    wrong = []
    for serial in SERIALS:
        text = (
            ORDER_SENTENCE[lang].format(id=ORDER_IDS["amazon"][0])
            + " "
            + SERIAL_SENTENCE[lang].format(s=serial)
        )
        report = check(text, platform="amazon", locale=LOCALE[lang])
        wrong.extend((f.rule, text[f.start : f.end], text) for f in report.blocking)
    assert wrong == []


@pytest.mark.parametrize("lang", ["de", "es", "pl", "zh"])
def test_a_phone_after_the_serial_word_still_blocks(lang: str) -> None:
    call = {
        "de": "Rufen Sie mich an: {p}",
        "es": "Llámeme al {p}",
        "pl": "Zadzwoń do mnie: {p}",
        "zh": "请打电话{p}",
    }
    text = SERIAL_SENTENCE[lang].format(s="ABC123") + " " + call[lang].format(p="+49 176 12345678")
    assert "contact.phone" in {f.rule for f in check(text, platform="amazon", locale=LOCALE[lang]).blocking}
