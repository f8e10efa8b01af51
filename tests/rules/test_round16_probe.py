"""Round 16 (issue 12.6; its commits say "round 15", a number batch Q had already taken): a reward *for* the review,
the benefit promised after "and", person-to-person payment named by a method the family lacked or tied to a price,
urgency on the buyer's own review, the review asked for by its verb next to pressure, "revise what you wrote", phone
numbers with spelled separators or in two parts; and false alarms: the buyer's right to edit told without a request,
"we never offer gifts for reviews", an app a device runs or whose messages it reads out.

Written for this table before the rule change (a blind probe of 95 phrasings in 16 languages; these rows are the
ones it missed and their clean neighbours). Sources: the marketplaces' review-incentive bans and off-platform
payment bans, as cited by each platform's rule pack (shared/platforms/amazon.md §5.1, aliexpress.md §8).
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

# (platform, locale, text, rule that must block)
VIOLATIONS = [
    # a benefit *for* the review
    ("amazon", "es-ES", "Por su valoración le devolvemos 3 euros por PayPal.", "review.incentive"),
    ("amazon", "nl-NL", "Voor een review krijgt u van ons een cadeaubon.", "review.incentive"),
    ("amazon", "pl-PL", "Za opinię z pięcioma gwiazdkami zwrócimy Panu 20 zł.", "review.incentive"),
    ("amazon", "en-US", "For your review we refund the shipping, just reply with the link.", "review.incentive"),
    ("amazon", "de-DE", "Für Ihre Bewertung erstatten wir Ihnen die Versandkosten.", "review.incentive"),
    # "leave a review and you will receive …" in the forms the link words lacked
    ("amazon", "it-IT", "Lasciateci una recensione e riceverete un buono sconto.", "review.incentive"),
    ("aliexpress", "ar-AE", "اترك تقييمًا وسنرسل لك قسيمة خصم.", "review.incentive"),
    ("aliexpress", "pt-BR", "Deixe sua avaliação e lhe enviaremos um brinde no próximo pedido.", "review.incentive"),
    # person-to-person payment: a method the list lacked, "our" account, a lower price or saved fees
    ("aliexpress", "en-US", "If you transfer the amount via Western Union we can lower the price.", "offplatform.payment"),
    ("amazon", "de-DE", "Zahlen Sie einfach per PayPal Freunde an unsere Adresse, dann versenden wir sofort.", "offplatform.payment"),
    ("aliexpress", "pt-BR", "Paga por fora no boleto que eu te dou desconto.", "offplatform.payment"),
    ("aliexpress", "it-IT", "Mandaci i soldi su PostePay e spediamo subito.", "offplatform.payment"),
    ("aliexpress", "ru-RU", "Переведите через QIWI, так будет дешевле.", "offplatform.payment"),
    ("aliexpress", "en-US", "Send it with PayPal friends and family, that way there are no fees.", "offplatform.payment"),
    ("aliexpress", "es-ES", "Si pagas por Bizum te hacemos descuento.", "offplatform.payment"),
    # urgency on the buyer's own review; pressure next to the review's verb; the rating "is dropping"
    ("amazon", "en-US", "We need your review urgently, our rating is dropping and we could lose our listing.", "review.pressure"),
    ("amazon", "de-DE", "Ihre Bewertung ist für uns dringend, bitte denken Sie daran.", "review.pressure"),
    ("aliexpress", "ru-RU", "Ваш отзыв нужен нам срочно.", "review.pressure"),
    ("amazon", "de-DE", "Wir erinnern Sie nochmals an Ihre Bewertung, bitte erledigen Sie das noch heute.", "review.pressure"),
    ("aliexpress", "pt-BR", "Já é a terceira vez que pedimos: avalie o pedido hoje, por favor!", "review.pressure"),
    # asked to revise it
    ("amazon", "en-US", "We'd be grateful if you could revise what you wrote about the charger.", "review.change"),
    # a phone number with its separators spelled out, or given as a first and a last part
    ("amazon", "en-US", "You can text me at 415 dot 555 dot 0132 anytime.", "contact.phone"),
    ("amazon", "de-DE", "Handy: 0151 punkt 2345 punkt 6789, melden Sie sich.", "contact.phone"),
    ("amazon", "en-US", "Text me. First part 415-555, last part 0132.", "contact.phone"),
    ("amazon", "de-DE", "Meine Handynummer beginnt mit 0151 und endet mit 23456789, melden Sie sich gern.", "contact.phone"),
    ("amazon", "fr-FR", "Mon portable commence par 06 12 et se termine par 34 56 78.", "contact.phone"),
    # a number in pieces around "the rest", "then", "the last four", over words or a line break
    ("amazon", "en-US", "Easiest is a call. The area code is 212, then 555, and the last four are 0187.", "contact.phone"),
    ("amazon", "de-DE", "Meine Handynummer verrate ich in zwei Teilen: 0160 98 – der Rest ist 76 54 32. Bis 19 Uhr erreichbar.", "contact.phone"),
    ("amazon", "it-IT", "Il mio cellulare è 333 456, le ultime cifre le metto nella riga sotto:\n7890", "contact.phone"),
    ("amazon", "pl-PL", "Proszę dzwonić: 512 345, a potem jeszcze 678. Jestem do 16.", "contact.phone"),
    ("aliexpress", "zh-CN", "有问题直接打我电话：前三位139，中间1234，后四位5678。", "contact.phone"),
    ("amazon", "pt-BR", "Me liga: DDD 11, depois 98765, final 4321.", "contact.phone"),
    # batch R's concepts, in phrasings written for this table
    ("amazon", "en-US", "Would you kindly edit the 1-star rating now that the charger works?", "review.change"),
    ("amazon", "de-DE", "Wir bitten Sie freundlich, die negative Bewertung zu löschen.", "review.change"),
    ("amazon", "it-IT", "La sua recensione parla del ritardo. Potrebbe per favore correggerla?", "review.change"),
    ("amazon", "es-ES", "Te escribimos otra vez por la reseña, de verdad nos jugamos mucho.", "review.pressure"),
    ("amazon", "nl-NL", "We vragen het nog één keer: laat u een review achter?", "review.pressure"),
    ("amazon", "sv-SE", "Du har inte hunnit recensera än och idag är sista dagen.", "review.pressure"),
    ("amazon", "en-US", "Anyone who shares their experience on the listing gets the warranty extended to 3 years.", "review.incentive"),
    ("amazon", "pl-PL", "Przy wystawieniu opinii przedłużamy gwarancję o rok.", "review.incentive"),
    ("amazon", "sv-SE", "Skriv en recension så bjuder vi på fri frakt nästa gång.", "review.incentive"),
    ("amazon", "de-DE", "Wenn du eine Bewertung schreibst, verlängern wir deine Garantie auf 3 Jahre.", "review.incentive"),
    ("aliexpress", "en-US", "Please leave 5 stars, we will send you a $3 coupon right away.", "review.incentive"),
    ("aliexpress", "ru-RU", "Поставьте 5 звёзд, и мы тут же отправим вам купон на 2$.", "review.incentive"),
    ("amazon", "sv-SE", "Betygsätt bara om du är nöjd, annars kontakta oss först.", "review.positive_only"),
    ("aliexpress", "ko-KR", "괜찮으시다면 남겨주신 평가를 다시 한번 수정해 주실 수 있을까요?", "review.change"),
    # still invitations: the app to reach the seller on, even beside "runs" or "optional"
    ("amazon", "en-US", "Text me on WhatsApp: +1 415 555 0132, the tablet runs it fine.", "contact.messenger"),
    ("amazon", "en-US", "If you want, please remove the review and we refund you.", "review.change"),
]  # fmt: skip

CLEAN = [
    # thanks *for* a review given, next to a refund that has nothing to do with it
    ("amazon", "de-DE", "Nochmals danke für Ihr Feedback, die Erstattung ist veranlasst."),
    ("amazon", "en-US", "Thanks for your honest review, we have already issued a full refund."),
    ("amazon", "es-ES", "Gracias por su valoración; le devolvemos 3 euros del envío por el retraso."),
    ("amazon", "pl-PL", "Dziękujemy za opinię, zwrot za uszkodzony kabel już wysłaliśmy."),
    ("amazon", "nl-NL", "Bedankt voor uw review! Uw cadeaubon van de actie blijft geldig."),
    # payment on the platform, or a payment that went through
    ("aliexpress", "en-US", "You can pay with PayPal at AliExpress checkout, it is one of the supported methods."),
    ("aliexpress", "de-DE", "Die Zahlung per Überweisung über AliExpress dauert 1-3 Werktage."),
    ("aliexpress", "ru-RU", "Оплата прошла успешно, заказ отправим завтра."),
    ("amazon", "en-US", "We never ask for payment outside Amazon; please ignore any such request."),
    ("aliexpress", "it-IT", "Il pagamento è stato confermato, spediamo domani con uno sconto sulla spedizione già applicato."),
    # neutral review requests, coupons that are not tied to a review
    ("amazon", "en-US", "If you have a moment, we'd appreciate an honest review."),
    ("aliexpress", "pt-BR", "O cupom da loja pode ser usado no próximo pedido. Obrigado pela avaliação!"),
    ("amazon", "fr-FR", "Nous vous remboursons les frais de port, comme convenu. Un avis honnête est toujours le bienvenu."),
    # the seller's own urgency and reviews; the buyer's right told without a request
    ("amazon", "en-US", "We will review your case urgently and reply today."),
    ("amazon", "de-DE", "Wir erinnern Sie: Die Rücksendefrist endet am Freitag."),
    ("amazon", "en-US", "You can edit or remove your review at any time from your account, that's entirely up to you."),
    ("amazon", "en-US", "We have updated the product description after your review — thanks for pointing it out."),
    ("amazon", "en-US", "Order 113-5520193-2210034: the replacement ships today. If you want, you can update your review later — no pressure at all."),
    ("amazon", "en-US", "Reviews can't be bought: we never offer refunds or gifts for reviews."),
    # numbers with "point"/"dot" that are no phone numbers
    ("amazon", "en-US", "The voltage is 3 point 7, capacity 2 point 5 Ah."),
    ("amazon", "en-US", "Version 10 dot 4 dot 2 fixes the bug."),
    ("amazon", "en-US", "Tracking 1234 dot 5678 dot 9012 dot 3456."),
    ("amazon", "fr-FR", "Rendez-vous au point relais 12, point 3 du plan, code 4521."),
    # numbers in pieces that are no phone number: counts, times, ids; a serial before "contact the maker"
    ("amazon", "en-US", "Please call the carrier; then 3 parcels arrive, the last two on Friday at 10."),
    ("amazon", "de-DE", "Rufen Sie DHL an: Sendung 1234 5678, der Rest kommt mit Sendung 9012 3456."),
    ("aliexpress", "zh-CN", "客户编号0861269410，序列号559-944-6789。保修请联系厂家。"),
    # batch R's false alarms, in phrasings written for this table
    ("amazon", "fr-FR", "Oui, le casque permet les appels WhatsApp et le micro coupe le bruit."),
    ("amazon", "es-ES", "La tablet trae WhatsApp preinstalado, se puede desinstalar."),
    ("amazon", "sv-SE", "Högtalaren kan läsa upp WhatsApp-meddelanden."),
    ("aliexpress", "en-US", "Tracking shows it was delivered yesterday. Please check it first; if all is fine you can confirm receipt."),
    ("aliexpress", "ko-KR", "배송 완료로 확인됩니다. 제품 확인 후 문제 없으면 구매확정 부탁드려요."),
    ("amazon", "en-US", "Could you please update your shipping address? The parcel came back."),
    ("amazon", "en-US", "Reviews mention the filter. Could you change the filter every 3 months?"),
    ("amazon", "en-US", "Please leave an honest review, we will send your replacement tomorrow."),
    # messenger names as what a device runs or reads out
    ("amazon", "en-US", "Yes, the tablet runs WhatsApp, Viber and Skype without any problem."),
    ("amazon", "nl-NL", "U kunt met deze speaker ook WhatsApp-berichten laten voorlezen."),
    ("amazon", "de-DE", "Die Uhr zeigt WhatsApp-Nachrichten direkt am Handgelenk."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text", "rule"), VIOLATIONS)
def test_reward_or_payment_blocks(platform: str, locale: str, text: str, rule: str) -> None:
    assert rule in _blocks(text, platform, locale)


def test_edit_once_more_is_a_change_not_pressure() -> None:
    text = "괜찮으시다면 남겨주신 평가를 다시 한번 수정해 주실 수 있을까요?"
    assert _blocks(text, "aliexpress", "ko-KR") == {"review.change"}


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_clean_neighbour_is_not_blocked(platform: str, locale: str, text: str) -> None:
    assert _blocks(text, platform, locale) == set()
