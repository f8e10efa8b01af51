"""Stop 37: change requests in the subjunctive of a polite request (blind batch FN's "Le agradeceríamos mucho que
revisara su valoración" was let through) — blocked in Spanish, Italian, Portuguese and French; the same verbs about
anything but the review stay clean."""

from __future__ import annotations

import pytest

from marketmsg.rules import check

BLOCKED = [
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos mucho que revisara su valoración."),
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos que modificara su reseña."),
    ("es-ES", "Pedido 403-7781024-9930516: nos gustaría que cambiara su valoración."),
    ("es-ES", "Pedido 403-7781024-9930516: sería genial que cambies tu reseña."),
    ("it-IT", "Ordine 405-2281937-6640128: le saremmo grati se modificasse la sua recensione."),
    ("pt-BR", "Pedido 701-3356482-1198723: ficaríamos gratos se alterasse a sua avaliação."),
    ("fr-FR", "Commande 402-6619037-2284105 : nous aimerions que vous modifiiez votre avis."),
]
CLEAN = [
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos que revisara el paquete antes de firmar."),
    ("it-IT", "Ordine 405-2281937-6640128: le saremmo grati se controllasse la sua casella di posta."),
    ("pt-BR", "Pedido 701-3356482-1198723: ficaríamos gratos se alterasse o endereço de entrega no app."),
    ("fr-FR", "Commande 402-6619037-2284105 : nous aimerions que vous modifiiez votre adresse de livraison."),
]


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize(("locale", "text"), BLOCKED)
def test_a_polite_subjunctive_change_request_is_blocked(platform: str, locale: str, text: str) -> None:
    report = check(text, platform=platform, locale=locale)
    assert "review.change" in {f.rule for f in report.findings if f.blocks}, report.findings


@pytest.mark.parametrize(("locale", "text"), CLEAN)
def test_the_same_verbs_about_anything_else_stay_clean(locale: str, text: str) -> None:
    assert not check(text, platform="amazon", locale=locale).blocked


# The buyer offered to change the review for money and the seller says no (blind batch DL's false blocks): "we don't
# pay for …" in the first person, with its "for".
REFUSED = [
    ("nl-NL", "Bedankt voor uw voorstel, maar wij betalen niet voor het aanpassen van feedback."),
    ("pl-PL", "Dziękujemy za propozycję, ale nie płacimy za zmianę opinii."),
    ("ru-RU", "Спасибо за предложение, но мы не платим за изменение отзыва."),
    ("ar-AE", "شكراً لعرضك، لكننا لا ندفع مقابل تغيير التقييم."),
    ("de-DE", "Danke für Ihr Angebot, aber wir zahlen nicht für das Ändern von Bewertungen."),
    ("es-ES", "Gracias por su propuesta, pero no pagamos por modificar reseñas."),
    ("sv-SE", "Tack för förslaget, men vi betalar inte för att ändra omdömen."),
]
# ... while "you pay no fees" is still the pitch of a sale moved off the platform.
STILL_A_PITCH = [
    (
        "de-DE",
        "In unserem eigenen Shop zahlen Sie keine Amazon-Gebühren, bestellen Sie direkt bei uns auf www.kaffee-shop.de.",
    ),
    ("nl-NL", "Bestel rechtstreeks via onze webshop www.fietsfix.nl, dan betaalt u geen Amazon-kosten."),
]


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize(("locale", "text"), REFUSED)
def test_a_refused_offer_to_pay_for_a_changed_review_is_no_change_request(
    platform: str, locale: str, text: str
) -> None:
    report = check(text, platform=platform, locale=locale)
    assert not {f.rule for f in report.findings if f.blocks} & {"review.change", "review.incentive"}, (
        report.findings
    )


@pytest.mark.parametrize(("locale", "text"), STILL_A_PITCH)
def test_paying_no_fees_elsewhere_is_still_blocked(locale: str, text: str) -> None:
    assert check(text, platform="amazon", locale=locale).blocked


# A promise to stop reminding, or an apology for the reminders, is the opposite of pressure (blind batch DL) ...
STOPPED = [
    ("en-US", "We will not send you any more review reminders."),
    ("en-US", "Sorry for all the reminders about reviews. We will not send any more."),
    ("fr-FR", "Suite à votre message, nous ne vous enverrons plus aucun rappel concernant les avis."),
    ("sv-SE", "Förlåt för alla påminnelser om betyg. Vi kommer inte att skicka fler."),
    ("zh-CN", "抱歉之前多次提醒您评价，以后不会再发送此类提醒了。评价与否完全由您决定。"),
    (
        "de-DE",
        "Entschuldigen Sie die vielen Erinnerungen an die Bewertung, Sie bekommen keine weiteren Erinnerungen.",
    ),
]
# ... unless the ask goes on beside it.
STILL_PRESSED = [
    (
        "en-US",
        "This is our last reminder about your review: we will not write again, so please leave it today.",
    ),
    (
        "en-US",
        "We have reminded you three times about your review. We will not send more, but we are still waiting for it.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), STOPPED)
def test_a_promise_to_stop_reminding_is_no_pressure(locale: str, text: str) -> None:
    report = check(text, platform="aliexpress", locale=locale)
    assert "review.pressure" not in {f.rule for f in report.findings}, report.findings


@pytest.mark.parametrize(("locale", "text"), STILL_PRESSED)
def test_an_ask_beside_the_promise_is_still_pressure(locale: str, text: str) -> None:
    report = check(text, platform="aliexpress", locale=locale)
    assert "review.pressure" in {f.rule for f in report.findings if f.blocks}, report.findings


# A messenger named in "we never ask you to pay through it" is a scam warning, not an invitation (blind batch DK) ...
NEVER_ASKED = [
    (
        "nl-NL",
        "Let op: wij vragen nooit om te betalen via WeChat of een betaalverzoek. Betaal alleen via AliExpress.",
    ),
    (
        "sv-SE",
        "Obs! Vi ber aldrig om betalning via Swish, WeChat eller banköverföring. Betala endast via AliExpress.",
    ),
    ("ja-JP", "ご注意ください：当店がWeChatや銀行振込でのお支払いをお願いすることは一切ありません。"),
    ("en-US", "Please note: we never ask you to pay or chat on WhatsApp; keep everything on AliExpress."),
]
# ... but a "but" turns it back into one.
STILL_INVITED = [
    (
        "en-US",
        "We never ask for payment outside AliExpress, but for support add us on WhatsApp +44 7700 900123.",
    ),
]


@pytest.mark.parametrize(("locale", "text"), NEVER_ASKED)
def test_a_messenger_the_seller_never_asks_for_is_no_invitation(locale: str, text: str) -> None:
    report = check(text, platform="aliexpress", locale=locale)
    assert "contact.messenger" not in {f.rule for f in report.findings}, report.findings


@pytest.mark.parametrize(("locale", "text"), STILL_INVITED)
def test_a_but_keeps_the_invitation(locale: str, text: str) -> None:
    report = check(text, platform="aliexpress", locale=locale)
    assert "contact.messenger" in {f.rule for f in report.findings if f.blocks}, report.findings


@pytest.mark.parametrize(
    ("text", "blocked"),
    [
        # "an honest review, good or bad" in European Portuguese asks for no positive one (blind batch DK)
        (
            "Se tiver um momento, uma avaliação sincera, seja boa ou má, ajuda outros clientes a escolher.",
            False,
        ),
        ("Uma avaliação sincera, boa ou mau, ajuda outros clientes.", False),
        ("Uma avaliação boa ajuda muito a nossa pequena loja!", True),
    ],
)
def test_good_or_bad_in_portuguese_is_no_positive_only_ask(text: str, blocked: bool) -> None:
    report = check(text, platform="amazon", locale="pt-PT")
    assert ("review.positive_only" in {f.rule for f in report.findings if f.blocks}) is blocked, (
        report.findings
    )
