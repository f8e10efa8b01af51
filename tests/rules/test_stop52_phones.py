r"""Stop 52 probes: phone numbers whose digit groups are split by line breaks or by em dashes.

Phones (Amazon Communication Guidelines; AliExpress seller rules §8), written blind for this stop in eight languages and
missed before it: a number written down a column, one short group a line, with no phone word ("my direct line
is\n(646)\n555\n0193", "il nostro laboratorio risponde al\n02\n8945\n1120", "fale com nosso suporte:\n(21)\n3 0 4 5\n-
7 7 8 2", "Ons magazijn is bereikbaar op 010 -\n42 -\n88 -\n193", "Vårt lager nås på 08-\n55\n12\n40\n07"); a group in
full-width brackets spaced digit by digit ("電話番号は\n03\n（5 5 1 2）\n8 8 0 4"); groups split by em dashes after a phone
word ("arayın: 0212 — 555 — 48 — 71"). The same ideas in more languages, and look-alike letters down such a column
("Our workshop is on\nO2O\n7946\nO958"). Each CAUGHT case fails with this stop's source changes undone.

A line break joins groups without a phone word only where it cannot join unrelated numbers
(``_disguised_phones._in_column``): three lines or more of at most four digits each, no blank line, the number ending its
line, dialled (a trunk 0, "+", an area code in brackets), after a sentence of the seller's that introduces it — where
they are reached when every line holds as many digits — and valid in the buyer's region. An em dash joins groups of at
most four digits, and only after a phone word.

Clean: number-dense replies with line breaks in nine languages — order ids on one line, quantities, prices, dates,
postcodes and tracking numbers on the next, invoice tables, addresses, columns of sizes, times and quantities (after
"Unsere Größen:", "Våra öppettider är:", "I nostri orari sono:"), em dashes between dates, times and counts in prose; a
date then its hour after a dash ("Lieferung am 12.06.2025 – 14:00 Uhr", blocked before this stop after a phone word).
A maker's or carrier's line broken over lines is the warning it is on one line (HOTLINES: before this stop the first
and the last were blocked, the second, its groups followed by "Ils", went unreported).

Left: a column dialled with the Russian trunk 8 ("Наш склад отвечает на\n8\n916\n…") or with no trunk at all (a
North American number without brackets, Spanish and Italian mobiles) and no phone word; "ID代わりに番号：080 4l2O 77O3"
(the "ID" reads as an id word); numbers read out over sentences ("Мой номер начинается на +7 903. Дальше 218 …").
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check

from ._blocking import blocks

CAUGHT = [
    (
        "amazon",
        "en-US",
        "Hello John,\nThank you for your order 113-4829105-7730216. If anything is not right with the blender, my direct line is\n(646)\n555\n0193\nPlease reach me there first before leaving any feedback, I promise we will make it right.\nBest,\nAmanda",
    ),
    (
        "aliexpress",
        "it-IT",
        "Gentile cliente,\nil nostro laboratorio risponde al\n02\n8945\n1120\nchieda di Paolo, sa già tutto del suo ordine.",
    ),
    (
        "amazon",
        "pt-BR",
        "Prezado cliente,\nAntes de avaliar, fale com nosso suporte:\n(21)\n3 0 4 5\n- 7 7 8 2\nResolvemos tudo sem burocracia.",
    ),
    (
        "amazon",
        "nl-NL",
        "Ons magazijn is bereikbaar op 010 -\n42 -\n88 -\n193\nVraag naar Ingrid, zij weet van uw retour.",
    ),
    ("aliexpress", "sv-SE", "Vårt lager nås på 08-\n55\n12\n40\n07"),
    (
        "amazon",
        "tr-TR",
        "Değerli müşterimiz,\nÜrünle ilgili yaşadığınız sorun için çok üzgünüz. Olumsuz yorum yazmadan önce lütfen mağazamızı arayın: 0212 — 555 — 48 — 71\nSorununuzu aynı gün çözeceğimize söz veriyoruz.\nİyi günler",
    ),
    (
        "amazon",
        "ja-JP",
        "○○様\n\nこの度は弊社商品をご購入いただき、誠にありがとうございます。\n万が一、商品に不具合がございましたら、評価を書かれる前に弊社サポートへお電話いただけますと幸いです。\n電話番号は\n03\n（5 5 1 2）\n8 8 0 4\nでございます。\n受付時間：平日10時～17時\n\n何卒よろしくお願い申し上げます。",
    ),
    ("amazon", "de-DE", "Unser Lager erreichen Sie unter\n030\n2257\n8841\nViele Grüße"),
    ("amazon", "fr-FR", "Notre atelier répond au\n01\n84\n88\n20\n31\nMerci de votre patience."),
    ("amazon", "en-GB", "Our workshop is on\n020\n7946\n0958\nCheers"),
    ("amazon", "en-US", "Before you leave feedback, our support line is\n(212)\n555\n0147\nThanks"),
    ("amazon", "de-DE", "Rufen Sie uns an: 030 — 2257 — 8841"),
    ("amazon", "en-GB", "Ring us: 020 — 7946 — 0958"),
    ("amazon", "es-ES", "Llámenos: 91 — 123 — 45 — 67"),
    ("amazon", "en-GB", "Our workshop is on\nO2O\n7946\nO958\nCheers"),
    ("aliexpress", "it-IT", "il nostro laboratorio risponde al\nO2\n8945\nll2O\nchieda di Paolo"),
]

CLEAN = [
    (
        "amazon",
        "en-US",
        "Hi Sarah,\nOrder 113-4829105-7730216\nQty: 2\nUnit price: $14.99\nShipped: 06/12/2025\nTracking: 1Z 999 AA1 01 2345 6784\nThanks!",
    ),
    (
        "amazon",
        "en-US",
        "Invoice 2025-0418\nItem\nQty\nPrice\nUSB-C cable\n2\n9.99\nCharger\n1\n24.50\nTotal\n44.48",
    ),
    (
        "amazon",
        "en-GB",
        "Return address:\nUnit 4\n12 Mill Lane\nManchester\nM1 2AB\nPlease quote order 202-5512093-4471820 on the parcel.",
    ),
    (
        "amazon",
        "de-DE",
        "Hallo Herr Müller,\nBestellung 302-1234567-1234567\nMenge: 3\nPreis: 19,99 €\nVersand am 12.06.2025 — Zustellung 14.06.2025\nSendungsnummer:\n00340434161094015902",
    ),
    (
        "amazon",
        "de-DE",
        "Rücksendeadresse:\nLager Süd\nIndustriestraße 12\n01067 Dresden\n0\n12\n24\n36\nStück je Karton, wie besprochen.",
    ),
    (
        "amazon",
        "de-DE",
        "Öffnungszeiten des Lagers:\nMo–Fr\n08\n00\n17\n00\nBestellnummer 028-4471209-5520031",
    ),
    (
        "amazon",
        "fr-FR",
        "Bonjour,\nCommande 405-7781220-9931147\nArticles :\n2\n1\n3\nMontant : 57,80 €\nExpédiée le 03/07/2025 — livraison prévue le 07/07/2025.",
    ),
    (
        "amazon",
        "fr-FR",
        "Adresse de retour :\n14 rue des Lilas\n75011 Paris\nColis 6A12345678901\nMerci de noter le numéro de commande 171-2230984-5567120.",
    ),
    (
        "amazon",
        "es-ES",
        "Hola,\nPedido 408-1239874-5561230\nTallas disponibles:\n036\n038\n040\n042\nPrecio: 29,95 €",
    ),
    (
        "amazon",
        "it-IT",
        "Gentile cliente,\nordine 403-8812093-1122334\nquantità\n02\n04\n06\nspedito il 12/06/2025 — consegna entro il 16/06/2025",
    ),
    (
        "amazon",
        "it-IT",
        "Indirizzo per il reso:\nVia Roma 12\n20121 Milano MI\nCodice reso:\n0412\n5580\n093\nGrazie.",
    ),
    (
        "amazon",
        "nl-NL",
        "Beste klant,\nBestelling 302-9981234-1200456\nAantal: 2\nPrijs: € 24,95\nVerzonden op 05-06-2025 — bezorging 07-06-2025\nTrack & trace:\n3SABCD1234567",
    ),
    ("amazon", "nl-NL", "Retouradres:\nPostbus 1234\n1000 AB Amsterdam\nMaten op voorraad:\n38\n40\n42"),
    (
        "amazon",
        "sv-SE",
        "Hej!\nOrder 305-1234567-1234567\nAntal\n2\n4\n6\nLeverans 2025-06-12 — 2025-06-14\nVänliga hälsningar",
    ),
    (
        "amazon",
        "pl-PL",
        "Dzień dobry,\nzamówienie 404-5567812-3349901\nadres zwrotu:\nul. Długa 5\n00-950 Warszawa\nilość: 2\ncena: 149,00 zł",
    ),
    (
        "amazon",
        "tr-TR",
        "Merhaba,\nSipariş 406-2234198-7712340\nAdet: 2 — Fiyat: 349 TL\nKargo takip no:\n7712 3409 1188\nTeşekkürler.",
    ),
    ("amazon", "tr-TR", "Beden tablosu:\n036 — 038 — 040\nSipariş numaranız 406-1122334-5566778."),
    (
        "amazon",
        "ja-JP",
        "ご注文番号：250-1234567-1234567\n数量\n2\n単価\n1,980円\nお届け予定：2025年6月14日\n〒150-0001\n東京都渋谷区神宮前1-2-3",
    ),
    ("amazon", "ja-JP", "サイズ表\n(01)\n(02)\n(03)\nご注文番号 503-2211889-4430012"),
    (
        "aliexpress",
        "en-US",
        "Dear friend,\nOrder 8190234567123456\nTracking LP00123456789012\nWeight 0.45 kg\nSize\n030\n040\n050\nThank you",
    ),
    (
        "aliexpress",
        "pt-BR",
        "Olá!\nPedido 8181234567890123\nCEP 04538-132\nValor: R$ 89,90\nPrazo: 12 — 18 dias\nObrigado",
    ),
    (
        "aliexpress",
        "ru-RU",
        "Здравствуйте!\nЗаказ 8191234567123456\nТрек-номер:\nRU123456789CN\nВес\n0\n45\nкг\nСпасибо",
    ),
    (
        "aliexpress",
        "es-ES",
        "Hola,\nsu pedido 8199988877766655 salió el 12/06/2025 — llega en 15 — 20 días.\nMedidas (cm):\n120\n80\n45",
    ),
    ("amazon", "en-US", "Model FG-1208\nSerial\n(2204)\n5531\n0098\nPlease keep the serial for warranty."),
    ("amazon", "de-DE", "Artikel im Paket:\n0815\n4471\n2209\nBestellung 302-7712093-5532011 — 3 Positionen"),
    ("amazon", "en-US", "Your order 113-4829105-7730216 — 2 items — shipped 06/12/2025 — 14:00.\nThanks!"),
    ("amazon", "en-US", "Years covered: 2019 — 2024.\nOrder 113-1122334-5566778"),
    ("amazon", "de-DE", "Lieferung am 12.06.2025 — 14:00 Uhr\nBestellung 302-1234567-7654321"),
    ("amazon", "de-DE", "Unsere Öffnungszeiten sind:\n08\n00\n17\n00\nBestellung 302-1234567-1234567"),
    ("amazon", "de-DE", "Unsere Größen:\n036\n038\n040\n042\nBestellung 302-1234567-1234567"),
    ("amazon", "de-DE", "Unser Lager liefert an:\n01067\n01069\n01097"),
    ("amazon", "de-DE", "Sie können uns gern anrufen. Lieferung am 12.06.2025 — 14:00 Uhr"),
    ("amazon", "sv-SE", "Våra öppettider är:\n08\n00\n17\n00"),
    ("amazon", "it-IT", "I nostri orari sono:\n09\n00\n18\n00"),
    ("amazon", "it-IT", "Il nostro ordine minimo è:\n0\n12\n24\n36"),
    ("amazon", "en-US", "Our box sizes are:\n(030)\n(040)\n(050)\nOrder 113-4829105-7730216"),
    (
        "amazon",
        "en-US",
        "Call us if anything is missing. Shipped 06/12/2025 — 14:00, order 113-1234567-7654321.",
    ),
    ("aliexpress", "ru-RU", "Наш заказ отправлен — 2 коробки — 0 — 45 кг — трек RU123456789CN"),
    ("amazon", "pl-PL", "Nasze godziny pracy to:\n08\n00\n16\n00\nzamówienie 404-5567812-3349901"),
    ("amazon", "nl-NL", "Onze maten zijn:\n036\n038\n040\nBestelling 302-9981234-1200456"),
    ("amazon", "de-DE", "Sie können uns gern anrufen. Lieferung am 12.06.2025 – 14:00 Uhr"),
]

HOTLINES = [
    (
        "amazon",
        "fr-FR",
        "Pour la garantie, le fabricant Rowenta dispose d'un service consommateurs joignable au 09\n74\n50\n47\n74.\nVous pourrez prendre rendez-vous.",
    ),
    (
        "amazon",
        "fr-FR",
        "Bonjour,\npour la garantie de l'aspirateur,\nle fabricant Rowenta dispose d'un service consommateurs joignable au 09\n74\n50\n47\n74.\nIls pourront vous indiquer le centre de réparation agréé le plus proche.",
    ),
    (
        "amazon",
        "de-DE",
        "Bestellung 305-7720193-5580047:\nDie Hermes-Hotline erreichen Sie unter 040\n808\n555\n300.",
    ),
]


@pytest.mark.parametrize(("platform", "locale", "text"), CAUGHT)
def test_the_phone_blocks(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_the_clean_reply_is_not_blocked_by_the_phone_rule(platform: str, locale: str, text: str) -> None:
    assert "contact.phone" not in blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), HOTLINES)
def test_a_line_broken_hotline_warns(platform: str, locale: str, text: str) -> None:
    rules = {
        f.rule
        for f in check(text, platform=platform, locale=locale).findings
        if f.rule.startswith("contact.phone")
    }
    assert rules == {"contact.phone_exception"}
