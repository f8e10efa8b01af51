"""Round 8 of issue 12.6: contact details smuggled past filters (tuning batch I, tests/data/rules_corpus_tuning_i.jsonl).

Batch I was written blind from real evidence (each row cites it) and scored before any rule changed: P 0.938 / R 0.716
(phones 32 of 63). These cases pin each mechanism added for it, with a neighbour that must stay clean. Sources: the
platforms' bans on sharing phone numbers, e-mail addresses and links and on inviting buyers to messengers
(shared/platforms/amazon.md §5.1, aliexpress.md seller rules); for the disguises, the rows' citations (SmokeDetector
on digit swaps and separators, Mercari's ban on SNS ids, Brazilian "zap" slang, local names of "@").
"""

from __future__ import annotations

import pytest

from marketmsg.rules import check


def _blocks(text: str, locale: str, platform: str = "amazon") -> set[str]:
    return {f.rule for f in check(text, platform=platform, locale=locale).blocking}


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        # Digit groups joined by "then" words, read out as one number.
        ("en-US", "About the sizing question: call 312 and then 748 and then 0265 and ask for Dana."),
        ("en-GB", "Re the missing screws: 07700 then 914 then 382, any time after 4pm."),
        ("es-ES", "Para cambiar la talla llama 655 y después 903 y después 128."),
        ("it-IT", "Per il cambio taglia: 339 poi 58 poi 41 poi 207, rispondo fino alle 19."),
        ("pt-BR", "Qualquer coisa liga 11 depois 9 depois 4718 depois 2263."),
        ("tr-TR", "Beden değişimi için 0543 sonra 219 sonra 60 sonra 84."),
        ("ru-RU", "По размеру звоните: 8 925 потом 613 потом 48 потом 27."),
        ("he-IL", "לגבי המידה: 053 ואז 61 ואז 48 ואז 207, אני זמין אחרי ארבע."),
        ("zh-CN", "联系电话：186 然后 0937 然后 5512，晚上九点前都可以打。"),
        # Look-alike letters for digits, introduced as a number.
        ("en-US", "Quickest is to ping my cell at 2l4-9O3-6618 and I can reship today."),
        ("fr-FR", "Mon portable : O6 l4 83 57 O2, n'hésitez pas si le livreur ne trouve pas l'adresse."),
        ("ru-RU", "Мой номер +7 9l6 O43 28 l9, звоните в любое время."),
        # Spelled out: Dutch "één", Polish and Turkish groups, Japanese katakana, Korean with commas, a short
        # English run that spells a valid number.
        ("nl-NL", "Bel me gerust op nul zes, twee negen één acht, vier vier zeven drie."),
        ("pl-PL", "Proszę zadzwonić: pięćset dwanaście, trzysta osiemdziesiąt cztery, dziewięćset siedem."),
        (
            "tr-TR",
            "Beni sıfır beş yüz otuz iki, dört yüz on sekiz, yetmiş yedi, altmış beş numarasından arayın.",
        ),
        ("ja-JP", "交換の件は、ゼロハチゼロ、三五一二、六六四九までご連絡ください。"),
        ("ko-KR", "교환 건은 전화가 빨라요. 공일공, 사팔이구, 삼일칠오로 연락 주세요."),
        ("en-US", "Any problem you can call my US line nine one seven 48 two 3306, I answer very fast."),
        # Hebrew glues its preposition to the number with a hyphen.
        ("he-IL", "תתקשר אליי ל-054-7129305 ואשלח לך סרטון התקנה."),
    ],
)
def test_disguised_phone_numbers_block(locale: str, text: str) -> None:
    assert "contact.phone" in _blocks(text, locale)


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "We have sizes 36 then 38 then 40 in stock."),
        ("en-US", "We shipped 1200 then 1500 then 1800 units this year."),
        ("en-US", "Your parcels 4471 then 9920 then 3318 arrive Monday."),  # an id word introduces the groups
        ("es-ES", "Primero 100 y después 200 y después 300 gramos."),  # no number of the buyer's region
        ("zh-CN", "先拧 1 然后 2 然后 3 号螺丝。"),
        ("en-US", "Model XL200 with 2 lO ports, lot 3O0."),  # look-alikes without a phone word
        ("fr-FR", "Le colis 6A 4l 83 est parti."),
        ("tr-TR", "Siparişiniz on gün içinde gelecek, bir iki gün gecikebilir."),
        ("pl-PL", "Paczka waży sto dwadzieścia gramów, dwie sztuki."),
        ("ja-JP", "サンダルのサイズは二十三センチです。"),
        ("ko-KR", "이 제품은 사이즈 이, 삼, 사 중에서 고르세요."),
        ("pt-BR", "Conferi o CEP 04538-132 e o número 1500; o endereço está certo."),  # a postcode, 5-3
    ],
)
def test_numbers_that_are_no_phone_stay_clean(locale: str, text: str) -> None:
    assert "contact.phone" not in _blocks(text, locale)


def test_a_leading_english_on_is_not_part_of_a_spelled_number() -> None:
    # Turkish "on" (ten) is a digit word; before an English spelled number it is the preposition.
    text = "Call me on zero seven nine one one, two three four five six seven."
    [finding] = [
        f for f in check(text, platform="amazon", locale="en-GB").findings if f.rule == "contact.phone"
    ]
    assert text[finding.start : finding.end].startswith("zero")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("tr-TR", "Fotoğrafları ayse.kaya et gmail nokta com adresine gönderin."),
        ("ar-AE", "أرسل صور العيب إلى ahmed.store على جيميل دوت كوم وسأعوضك."),
        ("he-IL", "שלח את התמונות ל-dana.levi שטרודל gmail נקודה com ואשלח לך חלק חדש."),
    ],
)
def test_addresses_with_a_local_word_for_at_block_as_obfuscated_emails(locale: str, text: str) -> None:
    blocks = _blocks(text, locale)
    assert "contact.email_obfuscated" in blocks and "contact.url" not in blocks


@pytest.mark.parametrize(
    ("locale", "text", "blocked"),
    [
        ("es-ES", "Las instrucciones están en casa-rivera . es / manuales, tu modelo es el segundo.", True),
        ("he-IL", "הוראות ההרכבה נמצאות ב- gadget-il . co . il / manuals, לפי מספר הדגם.", True),
        ("sv-SE", "Skötselråden finns på hemtextil-lund . se / skotsel.", True),
        ("ru-RU", "Инструкция лежит на сайте stroyopt точка ру слэш instrukcii.", True),
        ("es-ES", "El tamaño es . es decir, la talla M / L.", False),
    ],
)
def test_spaced_links_with_a_path_block(locale: str, text: str, blocked: bool) -> None:
    assert ("contact.url" in _blocks(text, locale)) is blocked


@pytest.mark.parametrize(
    ("locale", "text", "blocked"),
    [
        # An ask right before the app is an invitation, even beside a feature word ("video call").
        ("en-US", "Add me on WhatsApp and I'll video call you to show how the valve fits.", True),
        ("sv-SE", "Lättare att ta det på Signal, lägg till mig så skickar jag fraktsedeln.", True),
        ("zh-CN", "尺码拿不准的话 vx 聊，号是 lin_fushi2023。", True),
        # An ask about something else, further back, and supports-verbs of a device: product features.
        (
            "en-US",
            "You can add us as a favourite seller; the watch supports WhatsApp and Telegram notifications.",
            False,
        ),
        ("en-US", "Contact us here on Amazon; the speaker supports Signal app calls.", False),
        (
            "nl-NL",
            "De koptelefoon ondersteunt bellen via WhatsApp en Signal; de signaalsterkte blijft goed.",
            False,
        ),
    ],
)
def test_messenger_asks_and_features(locale: str, text: str, blocked: bool) -> None:
    assert ("contact.messenger" in _blocks(text, locale)) is blocked


# Round 9 (batch J, contact details in disguise; scored before any change: P 0.932 / R 0.681).
@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        ("en-US", "Easiest is to text me: 646 🌟 218 🌟 7734.", "contact.phone"),  # emoji between the groups
        ("ru-RU", "Телефон: +7 (9~1~6) 7~0~3-2~2-8~4, звоните после 18:00.", "contact.phone"),
        ("fr-FR", "Pour l'échange de taille, un SMS au ⓪⑥ ③⑧ ⑦① ②⑨ ④④ suffit.", "contact.phone"),  # circled
        ("he-IL", "אפשר להתקשר: 𝟎𝟓𝟎-𝟔𝟐𝟗-𝟏𝟒𝟕𝟕 בין 9 ל-18.", "contact.phone"),  # mathematical digits
        ("nl-NL", "Bel gerust, ook in het weekend: ⁰⁶ ²⁹ ⁸⁴ ¹⁷ ⁵³", "contact.phone"),  # superscript
        (
            "ru-RU",
            "Мой номер: +7 9О5 З2Ч-1б-8О — пишите, вышлю фото.",
            "contact.phone",
        ),  # Cyrillic look-alikes
        (
            "nl-NL",
            "Bel of app me gerust voor het bezorgmoment:\n06\n41 28\n73 90",
            "contact.phone",
        ),  # line breaks
        (
            "en-US",
            "Call me. My cell starts with 415 902.\nThe last four are 3361, anytime after 9am.",
            "contact.phone",
        ),
        ("ko-KR", "제 번호 앞자리는 010-93 이고요,\n나머지는 16-2274 입니다.", "contact.phone"),
        ("it-IT", "Mi chiami al tre quattro sette, due otto uno, novantotto quarantasei.", "contact.phone"),
        ("sv-SE", "Ring mig om leveransen: noll sju noll, 412 53, åttiosju.", "contact.phone"),
        ("zh-CN", "您直接打我电话：幺三九，2741，八五零六，工作时间都在。", "contact.phone"),
        ("ja-JP", "ゼロキューゼロ、4417、にーはちさんろく までお願いします。", "contact.phone"),
        (
            "en-US",
            "Our support answers faster: moc.liamg@seilppusrevir — just read it backwards.",
            "contact.email_obfuscated",
        ),
        (
            "en-GB",
            "Pop the receipt over to hollybrook.crafts at btinternet full stop com.",
            "contact.email_obfuscated",
        ),
        ("nl-NL", "Het filmpje van de montage staat hier: t . ly / Kr8wQ", "contact.url"),
        ("ru-RU", "Таблица размеров у нас на сайте: домтекстиль точка рф слэш размеры", "contact.url"),
        ("he-IL", "מדריך המידות באתר שלנו: hadas-design נקודה co נקודה il לוכסן sizes", "contact.url"),
        (
            "de-DE",
            "Bitte bestätigen Sie die Rückerstattung unter аmazon-erstattung.de.",
            "contact.url",
        ),  # Cyrillic а
        (
            "ja-JP",
            "返金手続きは amazon-co-jp-henkin\u200b.com から行ってください。",
            "contact.url",
        ),  # zero-width space
        ("tr-TR", "Değişim için Wh@tsApp'tan yazın.", "contact.messenger"),
        ("en-US", "Drop me a line on W-h-a-t-s-A-p-p, same name as the shop.", "contact.messenger"),
        ("ja-JP", "詳しい写真はLINEで送りますね。ID は shop_hanaya88 です。", "contact.messenger"),
    ],
)
def test_round9_disguises_block(locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, locale)


@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        ("en-US", "Sizes: 36 ✅ 38 ✅ 40 ✅ all in stock.", "contact.phone"),
        ("en-US", "Item ① is the base, ② the lid, ③ the screws.", "contact.phone"),
        ("en-US", "The model number starts with 4412 and the rest is printed on the label.", "contact.phone"),
        ("ja-JP", "サイズは二十三、24、二十五センチがあります。", "contact.phone"),
        ("en-US", "Oh no, sorry! We ship twenty one items in two boxes.", "contact.phone"),
        (
            "it-IT",
            "Il codice del ricambio è 44.210.03 e va bene per i modelli dal 2019 in poi.",
            "contact.phone",
        ),
        ("ja-JP", "このスマートウォッチはLINEの通知に対応しています。", "contact.messenger"),
        ("ja-JP", "商品はLINEで注文できません。", "contact.messenger"),
        ("nl-NL", "App mij niet, reageer gewoon hier.", "contact.messenger"),
        ("pt-BR", "O fone funciona bem em chamadas de vídeo do WhatsApp pelo celular.", "contact.messenger"),
        ("it-IT", "L'altoparlante legge ad alta voce i messaggi di Telegram.", "contact.messenger"),
    ],
)
def test_round9_neighbours_stay_clean(locale: str, text: str, rule: str) -> None:
    assert rule not in _blocks(text, locale)


# Round 10 (batch K, sales and payments taken off the platform; scored before any change: P 0.938 / R 0.568).
@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        (
            "en-GB",
            "Just cancel this order and buy it in our own Shopify shop for £4 less.",
            "offplatform.payment",
        ),
        (
            "de-DE",
            "Stornieren Sie einfach, in unserem eigenen Onlineshop ist das Set 15 % günstiger.",
            "offplatform.payment",
        ),
        (
            "en-US",
            "If you Zelle us the difference we'll add the second set to the box.",
            "offplatform.payment",
        ),
        (
            "es-ES",
            "Si nos pagas por Bizum en vez de por la plataforma, te lo dejamos más barato.",
            "offplatform.payment",
        ),
        (
            "nl-NL",
            "Betaal de € 30 via iDEAL rechtstreeks aan ons, dan plannen we de monteur in.",
            "offplatform.payment",
        ),
        ("zh-CN", "配件不用重新下单,您用USDT付给我们就行。", "offplatform.payment"),
        (
            "en-US",
            "Send me a note first and I'll sort you a private deal, cheaper than the checkout.",
            "offplatform.payment",
        ),
        ("pl-PL", "Zamówienie przyjmiemy poza platformą z rabatem.", "offplatform.payment"),
        (
            "ru-RU",
            "В следующий раз пишите мне заранее, продам вам напрямую, без комиссии площадки.",
            "offplatform.payment",
        ),
        (
            "es-ES",
            "Confirme como recibido el pedido ahora y le enviamos la otra talla gratis.",
            "order.confirm_receipt_early",
        ),
        (
            "he-IL",
            "תאשר היום קבלת הזמנה ונשלח את הפריט השני, גם אם הראשון עוד לא הגיע.",
            "order.confirm_receipt_early",
        ),
    ],
)
def test_round10_offplatform_blocks(locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, locale, "aliexpress" if rule.startswith("order.") else "amazon")


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en-US", "We ship from our own warehouse, so it arrives 20% faster."),
        ("en-US", "Amazon will refund the bank transfer fee to your card if your bank charged one."),
        (
            "es-ES",
            "El reembolso se hace por transferencia a su cuenta, lo gestiona la plataforma directamente.",
        ),
        ("en-US", "Our direct price list is the same as the listed price, nothing changes."),
        ("en-US", "This ideal gift ships directly from us today."),
        ("zh-CN", "退款会原路退回您的银行卡，由平台直接处理。"),
        ("en-US", "If someone asks you to pay by Zelle, it is not us - please report it."),
        ("en-US", "The new order is charged at checkout; no bank transfer is needed."),
        ("fr-FR", "Notre boutique en ligne sur la plateforme propose aussi la version XL à 20 € de moins."),
        ("en-US", "We sell only on the marketplace, never outside the platform."),
        (
            "fr-FR",
            "Oui, vous pouvez payer avec PayPal, mais uniquement sur la page de paiement au moment de commander.",
        ),
        (
            "ja-JP",
            "お支払いはすべてプラットフォームが処理しており、当店から銀行振込をお願いすることはございません。",
        ),
    ],
)
def test_round10_neighbours_stay_clean(locale: str, text: str) -> None:
    assert "offplatform.payment" not in _blocks(text, locale)


def test_a_korean_dont_press_confirm_is_no_early_confirmation() -> None:
    text = "아직 물건을 못 받으셨다면 수령 확인을 누르지 마세요."
    assert "order.confirm_receipt_early" not in _blocks(text, "ko-KR", "aliexpress")


# Round 11 (batch L, false alarms: allowed replies next to the review and payment rules; scored before any change:
# P 0.713 / R 0.900, 29 false blocks in 182 clean replies).
@pytest.mark.parametrize(
    ("locale", "text"),
    [
        (
            "fr-FR",
            "Nous ne pouvons ni modifier ni supprimer les avis clients : c'est la plateforme qui les modère.",
        ),
        (
            "sv-SE",
            "Det är plattformen som publicerar och tar bort recensioner enligt sina riktlinjer; vi som säljare kan inte ändra dem.",
        ),
        (
            "ja-JP",
            "出品者はレビューの編集や削除を行うことができません。ガイドラインに反するレビューは、審査のうえ削除されます。",
        ),
        ("ko-KR", "판매자는 고객 리뷰를 수정하거나 삭제할 수 없습니다."),
        (
            "en-US",
            "I'm afraid we can't accept payment outside the platform; please order through the listing.",
        ),
        ("de-DE", "Eine Zahlung per Überweisung direkt an uns ist leider nicht möglich."),
        ("zh-CN", "我们不接受银行转账等站外付款。如需再买两件，请直接在店铺下单。"),
        ("sv-SE", "Diskmaskinen fick fem stjärnor av fem i en konsumenttidnings test av diskresultat."),
        ("ar-AE", "المكيّف حاصل على تصنيف كفاءة طاقة 5 نجوم، وقدرته 1.5 طن."),
        ("ja-JP", "この商品はオンラインでのご注文も可能です。ガイドラインをご確認ください。"),
    ],
)
def test_round11_statements_are_no_asks(locale: str, text: str) -> None:
    assert _blocks(text, locale) == set()


def test_round11_a_question_is_no_inability() -> None:
    # "能不能" asks "can you or not": no "we cannot" statement, so the removal request with compensation blocks.
    assert {"review.change", "review.incentive"} <= _blocks(
        "差评能不能删掉？删掉后我们给您补偿20元。", "zh-CN", "aliexpress"
    )


def test_round11_confirm_after_it_is_with_you_is_allowed() -> None:
    text = "Once it's with you and you've checked everything over, feel free to confirm receipt in the app; there's no rush."
    assert "order.confirm_receipt_early" not in _blocks(text, "en-GB", "aliexpress")


# Round 12 (batch M, false alarms across every rule; scored before any change: P 0.877 / R 0.914).
@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        (
            "it-IT",
            "La bilancia può mandarle un riepilogo settimanale su Telegram, se lo attiva nell'app.",
            "contact.messenger",
        ),
        (
            "sv-SE",
            "Vågen kan skicka en veckosammanfattning till Telegram om du slår på det i appen.",
            "contact.messenger",
        ),
        (
            "ja-JP",
            "このスマートプラグはアプリで連携すれば、タイマー終了時に LINE へ通知を送ることができます。",
            "contact.messenger",
        ),
        ("ja-JP", "こちらのカラーは「ベーシック」ラインの商品です。", "contact.messenger"),
        ("de-DE", "Das Modell „@Home Compact“ ist die kleinere Ausführung ohne Timer.", "contact.messenger"),
        (
            "ko-KR",
            "환불 금액은 결제하신 카드로 돌아갑니다. 계좌이체를 요청하는 일은 절대 없습니다.",
            "offplatform.payment",
        ),
    ],
)
def test_round12_neighbours_stay_clean(locale: str, text: str, rule: str) -> None:
    assert rule not in _blocks(text, locale)


@pytest.mark.parametrize(
    ("locale", "text", "rule"),
    [
        (
            "de-DE",
            "Rufen Sie mich einfach unter 0151 2389 4471 an, dann klären wir die Garantie schneller.",
            "contact.phone",
        ),
        (
            "es-ES",
            "Si prefiere, cancele el pedido y hágame un Bizum de 22 euros; así le sale más barato.",
            "offplatform.payment",
        ),
        (
            "nl-NL",
            "Laat een review met foto achter en u krijgt van ons $3 tegoed voor uw volgende bestelling.",
            "review.incentive",
        ),
        ("ja-JP", "詳しい写真はLINEで送りますね。", "contact.messenger"),
    ],
)
def test_round12_violations_block(locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, locale)
