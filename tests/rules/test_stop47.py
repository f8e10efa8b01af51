"""Stop 47: probes written blind for this stop (by a writer who saw no rule code and no corpus), in 16 languages.

Phones (Amazon Communication Guidelines; AliExpress §8): a number whose groups a Japanese writer joins with the
particle の ("090の1234の5678", as it is read aloud); a number followed by the words that text or call it, after a space
or a Turkish case suffix ("… 0 1 0 5 5 7 3 2 2 1 8 로 문자 남겨주세요", "0 533 607 19 44'e SMS atın"), which outweigh an
order word before it; a number an id is sent *to* ("Text your order number to 917 380 5526"); a number given in pieces
with the call or text asked after it ("the first part is 917, then 380, last four 5526 — just call"), or with its area
code as the first piece ("Alan kodu 0216, numara 455 90 12 — atölyeyi arayın").

Clean: sizes joined by の, postcodes and tracking numbers in Japanese sentences with の, a QQ number (a messenger id,
the messenger rule's), an order number still the order's ("The order number to quote is 112-…").

Left: Italian hundreds written as one word ("trecentoquaranta, cinquecentosessantuno"), Brazilian digit words with the
area code after them ("nove, nove, oito … — DDD 31"), a Japanese or Chinese number in pieces with the call asked in the
next sentence or in words not yet listed ("打过来就行")."""

from __future__ import annotations

import pytest

from ._blocking import blocks

PHONES = [
    ("ja-JP", "お電話は090の1234の5678まで。"),
    ("ja-JP", "お電話は０９０の１２３４の５６７８まで。"),
    ("ja-JP", "電話：03の1234の5678（平日のみ）"),
    ("ko-KR", "주문번호랑 같이 0 1 0 5 5 7 3 2 2 1 8 로 문자 남겨주세요."),
    ("ko-KR", "주문번호랑 같이 010-5573-2218로 문자 남겨주세요."),
    ("tr-TR", "Sipariş numaranızla 0 533 607 19 44'e SMS atın lütfen."),
    ("tr-TR", "Sipariş numaranızla birlikte 0533 607 19 44 numarasına SMS atın."),
    ("en-US", "Text your order number to 917 380 5526."),
    ("de-DE", "Schicken Sie uns die Bestellnummer per SMS an 0151 2345 6789."),
    ("fr-FR", "Envoyez le numéro de commande par SMS au 06 12 34 56 78."),
    ("ru-RU", "Отправьте номер заказа на +7 916 123-45-67."),
    ("en-US", "the first part is 917, then 380, last four 5526 — just call and mention your order"),
    ("fr-FR", "Le début c'est 07 81, puis 66 40 29, envoyez-moi un SMS avec votre numéro de commande svp"),
    ("tr-TR", "Alan kodu 0216, numara 455 90 12 — atölyeyi arayın, Mehmet Bey ilgilenir."),
]

NO_PHONES = [
    ("ja-JP", "サイズは23の24の25がございます。"),
    (
        "ja-JP",
        "郵便番号 150-0002 の地域は通常配送エリアですので、お届けは 19時〜21時 の時間帯もご指定いただけます。",
    ),
    ("ja-JP", "お客様、郵便番号150-0001（渋谷区神宮前）のご住所を確認しました。関税コードHS 6404.11です。"),
    ("ja-JP", "追跡番号 4412-8830-2217 の荷物は、3月13日 14:20 にご不在のため持ち戻りとなりました。"),
    ("ja-JP", "注文番号は250-1234567-1234567の商品です。"),
    ("zh-CN", "有任何问题加QQ 123456789 联系客服，回复更快。"),
    ("en-US", "The order number to quote is 112-1234567-1234567."),
    ("en-US", "Your tracking number to use is 1Z999AA10123456784."),
    ("ko-KR", "운송장 번호 6543 2109 8765 로 조회하시면 됩니다."),
    ("tr-TR", "Kargo takip numaranız 1234567890, Yurtiçi Kargo ile gönderildi."),
]


@pytest.mark.parametrize(("locale", "text"), PHONES)
def test_a_phone_number_blocks(locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, "amazon", locale)


@pytest.mark.parametrize(("locale", "text"), NO_PHONES)
def test_ids_sizes_and_messenger_ids_are_no_phone(locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, "amazon", locale)
