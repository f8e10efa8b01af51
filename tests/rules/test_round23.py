"""Round 23 (issue 12.6): what blind batches AG and AH found missing or falsely blocked, each beside its neighbour.

- the dots of ordinals and dates end no sentence ("zum 3. Mal", "Ihre Bewertung vom 02.10. zu entfernen"): the
  phrases read the text through :func:`sentence_view`; ids, decimals and a dot before a line break stay as written.
Rows written for this table.
"""

from __future__ import annotations

import pytest

from marketmsg.rules._lexicon import sentence_view

from ._blocking import blocks as _blocks

# (platform, locale, text, rules that must block: exactly these)
ROWS = [
    ("amazon", "de-DE", "Wir schreiben Ihnen zum 3. Mal wegen Ihrer Bewertung.", {"review.pressure"}),
    ("amazon", "de-DE", "Das ist unsere 2. Erinnerung an Ihre Bewertung.", {"review.pressure"}),
    ("amazon", "de-DE", "Wir bitten Sie letztmalig, Ihre Bewertung vom 02.10. zu entfernen.", {"review.change", "review.pressure"}),
    ("amazon", "de-DE", "Könnten Sie Ihre Bewertung vom 2. Oktober ändern?", {"review.change"}),
    ("amazon", "de-DE", "Ihr Paket kam am 02.10. an, vielen Dank für Ihre Bewertung!", set()),
    ("amazon", "de-DE", "Die Lieferung ist für den 5. Mai geplant, die Sendungsnummer folgt.", set()),
    # a reminder promised is pressure; a promise not to remind is not (stop 31)
    ("amazon", "en-US", "We will not remind you about reviews again.", set()),
    ("amazon", "en-US", "We will kindly remind you about the review next week.", {"review.pressure"}),
    ("amazon", "en-US", "We'll remind you again about your review.", {"review.pressure"}),
    ("amazon", "de-DE", "Wir erinnern Sie nicht noch einmal an die Bewertung.", set()),
    ("amazon", "de-DE", "Wir erinnern Sie in drei Tagen noch einmal an Ihre Bewertung.", {"review.pressure"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), ROWS)
def test_round23_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


@pytest.mark.parametrize(
    ("low", "view"),
    [
        ("zum 3. mal", "zum 3_ mal"),
        ("vom 02.10. zu", "vom 02_10_ zu"),
        ("do 15. maja", "do 15_ maja"),
        # an id, a decimal, a year, a time, a dot before a line break or at the end: as written
        ("order 112-4839201-7734512. please", "order 112-4839201-7734512. please"),
        ("it costs 4.50. thanks", "it costs 4.50. thanks"),
        ("total $19.09. expected", "total $19.09. expected"),
        ("1z 999 aa1 01 2345 67. it", "1z 999 aa1 01 2345 67. it"),
        ("am 02.10.2026 kam", "am 02.10.2026 kam"),
        ("um 14:30. danke", "um 14:30. danke"),
        ("schritt 2.\nöffnen", "schritt 2.\nöffnen"),
        ("version 2.", "version 2."),
    ],
)
def test_sentence_view_reads_only_ordinal_and_date_dots_as_words(low: str, view: str) -> None:
    assert sentence_view(low) == view
    assert len(sentence_view(low)) == len(low)


def test_sentence_view_returns_the_text_itself_when_nothing_changes() -> None:
    low = "thank you for your order. it ships today."
    assert sentence_view(low) is low


# Batch AH: the local wallets and the own shop's lower price, the confirmation asked to close the order, "加賴".
AH_ROWS = [
    ("amazon", "en-AU", "Easiest is PayID to our mobile, $9 covers the lid with postage.", {"offplatform.payment"}),
    ("amazon", "nl-NL", "Betaal gerust via Payconiq, dan valt de commissie van het platform weg.", {"offplatform.payment"}),
    ("aliexpress", "sv-SE", "Betala via bankgiro så slipper vi plattformens avgift.", {"offplatform.payment"}),
    ("aliexpress", "zh-TW", "下次可以用街口支付跟我們買，不透過平台比較划算。", {"offplatform.payment"}),
    # Alipay is AliExpress's own checkout: not named as a diversion by itself
    ("aliexpress", "zh-CN", "您可以直接在速卖通订单里用支付宝付款。", set()),
    ("amazon", "en-US", "We carry the same item on our own website and it works out 15% cheaper since we don't pay Amazon fees.", {"offplatform.payment"}),
    ("amazon", "en-US", "We don't pay for reviews and never will.", set()),
    ("amazon", "nl-NL", "Let op: wij sturen nooit Tikkies of betaalverzoeken buiten Amazon.", set()),
    ("amazon", "ja-JP", "当店からAmazon外での銀行振込をお願いすることは一切ございません。", set()),
    ("aliexpress", "pt-PT", "Agradecíamos que confirmasse já a receção da encomenda.", {"order.confirm_receipt_early"}),
    ("aliexpress", "en-GB", "Please confirm receipt to close the order, the parcel is still in customs.", {"order.confirm_receipt_early"}),
    ("aliexpress", "sv-SE", "Vad kul att skorna kom fram! Eftersom du har dem nu kan du klicka på 'Bekräfta mottagande'.", set()),
    ("aliexpress", "zh-TW", "加賴比較快喔，ID：deal_tw88", {"contact.messenger"}),
    ("aliexpress", "de-CH", "Schreib mir kurz auf WA, dort schick ich dir Fotos.", {"contact.messenger"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AH_ROWS)
def test_round23_batch_ah_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AG: the review looked at again in the passive, or its staying online made a condition; the look-alikes.
AG_ROWS = [
    ("amazon", "en-GB", "Were the earlier comment to be revisited in light of the replacement, it would be very much appreciated.", {"review.change"}),
    ("amazon", "en-GB", "If the comment is still there tomorrow we will report your account.", {"review.change", "review.pressure"}),
    ("amazon", "en-GB", "Thank you for the review; the comment is still there for other buyers to read.", set()),
    ("amazon", "de-AT", "Es wäre uns ein Anliegen, dass das abgegebene Verkäuferfeedback nochmals geprüft wird.", {"review.change"}),
    ("amazon", "es-ES", "El reembolso se tramitará en cuanto la valoración publicada deje de estar visible.", {"review.change", "review.incentive"}),
    ("amazon", "es-ES", "Son sábanas de 400 hilos, la misma calidad que usan muchos hoteles de cinco estrellas.", set()),
    ("amazon", "pt-PT", "O reembolso foi emitido hoje. Não depende da sua avaliação, que pode manter tal como está.", set()),
    ("amazon", "nl-BE", "Wij mogen geen korting of cadeau geven in ruil voor een beoordeling.", set()),
    ("amazon", "sv-SE", "Vi ber aldrig kunder betala via Swish; vi ber dig aldrig om det.", set()),
    ("amazon", "sv-SE", "Vi vill bara informera om att vi aldrig ber kunder betala via Swish eller banköverföring.", set()),
    # the review gone as the condition in time ("once", "depois que", "بعد ما", "되는 대로", "要是不在了")
    # review.incentive since stop 36: the statistical review model reads the refund held back until the review is gone
    # as a conditional refund, which issue 12.6 names an incentive
    (
        "amazon",
        "pt-BR",
        "O reembolso só pode ser processado depois que a avaliação de 1 estrela sair do ar.",
        {"review.change", "review.incentive"},
    ),
    ("aliexpress", "zh-CN", "亲，那条评价要是不在了，我们马上给您退20元哈～", {"review.change", "review.incentive"}),
    ("aliexpress", "zh-CN", "亲，那件衣服要是不在了，我们给您退款。", set()),
    # the rating asked to become better, higher or full; not the product made better, nor thanks for a kind review
    ("aliexpress", "en-US", "Maybe the stars you gave us also can become full? Deal?", {"review.change", "review.positive_only"}),
    ("amazon", "en-US", "Thanks to your review we made the lid better, so the new batch seals tightly.", set()),
    ("amazon", "de-DE", "Wir würden uns wünschen, dass die Sterne danach ein bisschen freundlicher aussehen.", {"review.change", "review.positive_only"}),  # a nicer rating: toward the top (stop 33)
    ("aliexpress", "ru-RU", "Может быть вы помогать сделать оценка красивый? Мы вернуть вам 300 рублей сразу", {"review.change", "review.positive_only"}),  # a nicer rating: toward the top (stop 33)
    ("aliexpress", "ar-SA", "هل ممكن أنت تساعد نحن جعل التقييم جميل؟", {"review.change", "review.positive_only"}),  # a nicer rating: toward the top (stop 33)
    ("amazon", "ar-SA", "شكراً جزيلاً سارة على تقييمك والصور الجميلة!", set()),
    ("amazon", "ja-JP", "評価の書き方についてのご案内を差し上げております。", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AG_ROWS)
def test_round23_batch_ag_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AG: threats beside the review are pressure (legal steps, reporting the buyer's account), in every language.
THREAT_ROWS = [
    ("amazon", "fr-FR", "Vos propos sur notre fiche produit sont faux : tant que cet avis reste en ligne, nous nous réservons le droit de signaler votre compte.", {"review.change", "review.pressure"}),
    # review.change too since stop 39: legal steps held over a review that stays published demand its removal, as the
    # French and Polish rows beside it (and the tuning batches' labels) say
    ("amazon", "pt-BR", "Seu comentário é falso. Se a avaliação continuar publicada até segunda, tomaremos as medidas cabíveis.", {"review.pressure", "review.change"}),
    # review.change since stop 36: the statistical review model reads the removal coerced ("if this comment stays
    # visible, we report your account"), as the rule defines it
    (
        "aliexpress",
        "pl-PL",
        "Jeśli ten komentarz dalej będzie widoczny, zgłosimy Twoje konto.",
        {"review.pressure", "review.change"},
    ),
    ("amazon", "en-US", "If your account was reported by mistake, Amazon's support can help; your review is welcome either way.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), THREAT_ROWS)
def test_round23_threat_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AL: the stars asked to reflect the fix, a line asked to be added saying it was fixed, plain changes in the
# words found missing, five stars asked in a change; the buyer's own offer thanked for and refused.
AL_ROWS = [
    ("amazon", "fr-FR", "Si vous êtes désormais satisfait, vos étoiles pourraient-elles refléter ce changement ?", {"review.change"}),
    ("amazon", "sv-SE", "Vad kul att reparationen gick bra! Kanske stjärnorna kunde spegla det nu?", {"review.change"}),
    ("amazon", "en-US", "Your review reflects your experience at the time, and we respect it.", set()),
    ("aliexpress", "pt-PT", "Se puder acrescentar ao seu comentário que o problema foi resolvido, agradecíamos muito.", {"review.change"}),
    ("amazon", "en-US", "Feel free to add photos to your review if you like.", set()),
    ("aliexpress", "pt-BR", "Você já recebeu o reembolso, por favor muda o feedback.", {"review.change"}),
    ("amazon", "pt-BR", "A nota fiscal foi enviada por e-mail; se precisar mudar a nota fiscal, avise.", set()),
    ("aliexpress", "zh-CN", "您看能不能把评价改一下？", {"review.change"}),
    ("aliexpress", "ja-JP", "よかったら星を5つにしてもらえると嬉しいです！", {"review.change", "review.positive_only"}),
    ("aliexpress", "tr-TR", "Olduysa yıldızları 5'e çekebilir misin?", {"review.change", "review.positive_only"}),
    ("aliexpress", "nl-NL", "Kunt u de sterren misschien aanpassen naar 5?", {"review.change", "review.positive_only"}),
    ("amazon", "de-DE", "Danke für Ihr Angebot, aber wir können Ihnen keinen Rabatt im Austausch gegen eine Bewertung geben.", set()),
    ("amazon", "tr-TR", "Yorumunuzu güncellemeniz karşılığında ücret iadesi istediğinizi gördük; maalesef böyle bir anlaşma yapamıyoruz.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AL_ROWS)
def test_round23_batch_al_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# The review asked about as still the same, a reminder that it can be edited, the passive "updated", gone "as soon as".
STILL_ROWS = [
    ("aliexpress", "ja-JP", "返金の手続きが完了しました😊 ところで、あの評価は今もそのままでしょうか？", {"review.change"}),
    ("aliexpress", "ko-KR", "환불 처리 다 됐어요 😊 혹시 그 평가는 아직 그대로인가요?", {"review.change"}),
    ("aliexpress", "ko-KR", "주문하신 색상은 아직 그대로인가요? 변경을 원하시면 말씀해 주세요.", set()),
    ("amazon", "en-US", "Now that the replacement is with you, is there any chance the review might be updated to something closer to five stars?", {"review.change", "review.positive_only"}),
    ("amazon", "en-US", "You can edit your review at any time from your orders page; it's entirely up to you.", set()),
    ("amazon", "he-IL", "נוכל לזכות אותך ב-40 דולר ברגע שחוות הדעת עם הכוכב האחד כבר לא תופיע בעמוד המוצר.", {"review.change", "review.incentive"}),
    ("aliexpress", "ru-RU", "Частичный возврат 500 ₽ оформим сразу, как только отрицательный отзыв исчезнет со страницы.", {"review.change", "review.incentive"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), STILL_ROWS)
def test_round23_still_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AM: vowel marks change no letter (Arabic harakat and shadda, Hebrew niqqud); five stars in broken phrasing;
# the shop refusing in the third person; "directly at <site> dot com" is a spelled link, not an address.
AM_ROWS = [
    ("amazon", "ar-SA", "يعطيك العافية 🌹 الحين وصلك البديل، ممكن تعدّل تقييمك؟", {"review.change", "format.emoji"}),
    ("amazon", "ar-SA", "التقييم غير عادل برأيك؟ نحن متجر صغير ونحاول دائماً.", set()),
    ("amazon", "ar-SA", "حدث خطأ في عرض التقييم على الصفحة، وقد أبلغنا أمازون.", set()),
    ("aliexpress", "it-IT", "Cara cliente, hai dato 2 stelle, ti prego cambia in 5 stelle.", {"review.change", "review.positive_only"}),
    ("aliexpress", "sv-SE", "Hej kund, du gav 2 stjärnor. Snälla ändra till 5.", {"review.change", "review.positive_only"}),
    ("aliexpress", "sv-SE", "Vi kan ändra beställningen till 5 st om du vill.", set()),
    ("aliexpress", "nl-NL", "Beste vriend, geef ons alsjeblieft 5 ster en goede feedback.", {"review.positive_only"}),
    ("aliexpress", "it-IT", "Attenzione: il nostro negozio non chiede mai pagamenti con PostePay o bonifico.", set()),
    ("amazon", "en-US", "Next time skip the fees and order directly at brightnestgoods dot com.", {"contact.url", "offplatform.payment"}),  # the sale moved to the link (stop 33)
    ("amazon", "en-US", "Write to sales at brightnest dot com please.", {"contact.email_obfuscated"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AM_ROWS)
def test_round23_batch_am_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


@pytest.mark.parametrize(
    ("text", "seen"),
    [
        ("ممكن تعدّل تقييمك", "ممكن تعدل تقييمك"),
        ("شكرًا جزيلاً", "شكرا جزيلا"),
        ("תּוֹדָה רַבָּה", "תודה רבה"),
        ("upd\u200bate", "update"),
    ],
)
def test_vowel_marks_are_read_away_and_spans_map_back(text: str, seen: str) -> None:
    from marketmsg.rules._invisible import visible

    result = visible(text)
    assert result is not None
    read, where = result
    assert read == seen
    assert [text[i] for i in where] == list(read)


# An en dash between the groups is a word processor's hyphen, for digits and for spelled numbers alike (batch AH).
DASH_ROWS = [
    ("amazon", "en-AU", "Easiest is the mobile 0412 – 558 – 093, text me any time.", {"contact.phone"}),
    ("amazon", "nl-NL", "Bel ons gerust op nul zes – één twee drie – vier vijf zes zes zeven.", {"contact.phone"}),
    ("amazon", "en-GB", "Give us a bell on zero seven nine one one – 482 – six three zero.", {"contact.phone"}),
    ("amazon", "en-US", "We are open Mon–Fri 9–18; order 112-4839201-7734512 shipped on 2026–11–02.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), DASH_ROWS)
def test_round23_en_dash_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Five stars asked for, then the seller's gift in the same sentence (batch AM); a product's test stars and a gift for
# every order, or thanks for stars already given, stay clean.
FIVE_GIVE_ROWS = [
    ("aliexpress", "nl-NL", "Beste vriend, geef ons 5 ster en goede feedback, wij geven u coupon 3 dollar.", {"review.positive_only", "review.incentive"}),
    ("aliexpress", "sv-SE", "Kära vän, ge oss 5 stjärnor och bra kommentar så skickar vi en present i nästa paket.", {"review.positive_only", "review.incentive"}),
    ("aliexpress", "ko-KR", "친애하는 친구, 5 별 과 좋은 평가 주세요, 우리는 다음 주문에 3달러 쿠폰 드립니다 ^^", {"review.positive_only", "review.incentive"}),
    ("amazon", "en-US", "This kettle won 5 stars in the Which? test, and we give a free descaler with every order.", set()),
    ("amazon", "en-US", "Thanks so much for the 5 stars! We will send your free replacement filter tomorrow as promised.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), FIVE_GIVE_ROWS)
def test_round23_five_then_give_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# The practice said to be forbidden, of the match in its clause, asks nothing ("好评返现是平台禁止的"); something else
# forbidden beside a five-star request does not excuse it.
FORBIDDEN_ROWS = [
    ("aliexpress", "zh-CN", "亲，好评返现是平台禁止的，我们不做哦。", set()),
    ("amazon", "en-US", "Five-star reviews for cashback are not allowed on Amazon, so we never offer them.", set()),
    ("aliexpress", "zh-CN", "请给五星好评，差评是禁止的！", {"review.positive_only"}),
    ("amazon", "en-US", "Please leave us 5 stars, negative reviews are not allowed!", {"review.positive_only"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), FORBIDDEN_ROWS)
def test_round23_forbidden_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AQ: an IMEI is an id, "#" standing in for "@", apps installed or read out on the device, refusals in more
# words ("never take payment", "kan helaas niet", "istemez", "当店を名乗り"), the shop's own store page "här".
AQ_ROWS = [
    ("amazon", "tr-TR", "Merhaba, telefonun IMEI numarası 861234056789012, kutudaki etiketle aynı.", set()),
    ("amazon", "zh-CN", "说明书电子版可以发邮件给我们：service#techhome.cn（#换成@）。", {"contact.email_obfuscated"}),
    ("amazon", "pt-PT", "O auto-rádio tem Android 12 e pode instalar WhatsApp, Waze e Spotify pela Play Store.", set()),
    ("aliexpress", "fr-FR", "Bonjour, ajoutez-nous sur WhatsApp pour la vidéo d'installation, c'est plus rapide.", {"contact.messenger"}),
    ("aliexpress", "nl-NL", "Hallo, betalen via Tikkie of PayPal buiten AliExpress kan helaas niet.", set()),
    ("amazon", "tr-TR", "Bilginize: mağazamız hiçbir zaman havale/EFT ile ödeme istemez.", set()),
    ("aliexpress", "sv-SE", "Vi kan tyvärr inte ta emot Swish. Lägg gärna beställningen i vår butik här, fri frakt från 200 kr.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AQ_ROWS)
def test_round23_batch_aq_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AP: rewards for whoever reviews, in the words the batch used ("complimentary", "à chaque client qui",
# "på köpet" with the verb first, "כל לקוח שכותב ביקורת … מקבל"), money promised after a change to five stars.
AP_ROWS = [
    ("amazon", "en-GB", "As a little thank-you, every customer who shares a five-star review receives a complimentary set of samples.", {"review.incentive", "review.positive_only"}),
    ("amazon", "fr-BE", "Pour vous remercier, nous offrons un lot de 3 brossettes à chaque client qui partage son avis sur la brosse.", {"review.incentive"}),
    ("amazon", "sv-SE", "Som tack får alla kunder som recenserar vår pannlampa ett extra batteri på köpet.", {"review.incentive"}),
    ("amazon", "he-IL", "כתודה, כל לקוח שכותב ביקורת על הבלנדר מקבל שנתיים נוספות של אחריות.", {"review.incentive"}),
    ("amazon", "sv-SE", "Alla kunder som beställer före fredag får fri frakt på köpet.", set()),
    ("aliexpress", "zh-TW", "如果您願意把評價從兩星改成五星，我們退您 4 美元。", {"review.change", "review.positive_only", "review.incentive"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AP_ROWS)
def test_round23_batch_ap_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# A reminder or follow-up about the review is a repeated request; "remember us" and an answer to the review are not.
REMINDER_ROWS = [
    ("amazon", "en-GB", "Hiya, just following up on my message from last week about leaving a review.", {"review.pressure"}),
    ("amazon", "sv-SE", "Hej igen Nils! Vi vill bara påminna om recensionen vi frågade om i måndags.", {"review.pressure"}),
    ("amazon", "ar-AE", "عميلنا العزيز، هذه رسالة تذكير ثانية بخصوص تقييم المنتج.", {"review.pressure"}),
    ("amazon", "en-US", "Just following up on your seller feedback: the delay was the carrier's, and we are sorry.", set()),
    ("aliexpress", "it-IT", "Ciao amico, se il nostro servizio ti è piaciuto ricordati di noi!", set()),
    ("amazon", "en-US", "A quick reminder that returns are free for 30 days.", set()),
    ("amazon", "de-DE", "Ihre Teilerstattung ist veranlasst. Wir erinnern Sie nicht an Bewertungen; das entscheiden Sie.", set()),
    # the buyer's right to edit, sent as a reminder, is a follow-up on the request (the veto no longer excuses it)
    ("amazon", "en-US", "We wanted to remind you that you can edit your review at any time from your orders page.", {"review.change", "review.pressure"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), REMINDER_ROWS)
def test_round23_reminder_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules


# Batch AS: the seller refusing a trade before the review match ("we can't give … in exchange for 5 stars"), and the
# giving verb that is the benefit itself after five stars ("вернём 2$", "נחזיר לך 2 דולר").
AS_ROWS = [
    ("aliexpress", "nl-NL", "We snappen je voorstel, maar we kunnen je geen geld terugbetalen in ruil voor 5 sterren.", set()),
    ("aliexpress", "pl-PL", "Dzięki za propozycję, ale nie możemy oddać 10 zł za wystawienie 5 gwiazdek.", set()),
    ("aliexpress", "pt-PT", "Obrigado pela proposta, mas não lhe podemos dar 3 euros para alterar a avaliação.", set()),
    ("aliexpress", "zh-TW", "謝謝您的提議，但我們不能用退款換取五星評價。", set()),
    ("aliexpress", "es-MX", "No podemos enviar hoy, pero déjenos 5 estrellas y le damos un cupón.", {"review.positive_only", "review.incentive"}),
    ("aliexpress", "ru-RU", "Друг, оставьте отзыв 5 звёзд — вернём 2$ на ваш счёт.", {"review.positive_only", "review.incentive"}),
    ("aliexpress", "he-IL", "תשאיר 5 כוכבים – נחזיר לך 2 דולר מיד", {"review.positive_only", "review.incentive"}),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rules"), AS_ROWS)
def test_round23_batch_as_rows(platform: str, locale: str, text: str, rules: set[str]) -> None:
    assert _blocks(text, platform, locale) == rules
