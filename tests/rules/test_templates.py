"""Reply templates: every language, structured, order id included, passing the content check; sandboxed."""

from __future__ import annotations

from datetime import date

import pytest

from marketmsg import ConfigurationError
from marketmsg.templates import (
    SUPPORTED_LANGUAGES,
    ReplyTemplate,
    choose_language,
    compose_reply,
    render_reply,
)

ORDER = "303-1234567-1234567"
LOCALES = ["en-US", "de-DE", "fr-FR", "es-ES", "it-IT", "pt-BR", "ja-JP", "zh-CN"]
DELIVERY = {
    "carrier": "DHL",
    "tracking": "1Z999AA10123456784",
    "shipped_on": date(2026, 11, 20),
    "expected_by": date(2026, 11, 26),
}


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize(("intent", "values"), [("delivery_status", DELIVERY), ("damaged_item", {"days": 3})])
def test_every_language_renders_and_passes_the_amazon_check(
    locale: str, intent: str, values: dict[str, object]
) -> None:
    reply = render_reply(intent, order_id=ORDER, buyer_locale=locale, values=values)
    assert reply.language == locale[:2]
    assert ORDER in reply.text
    assert (
        len(reply.text.split("\n\n")) == 5
    )  # greeting+thanks, acknowledgement, solution, next step, closing
    assert all(len(p) <= 300 for p in reply.text.split("\n\n"))  # short paragraphs that read on a phone
    assert reply.check("amazon").findings == ()


def test_dates_are_formatted_for_the_buyer() -> None:
    assert (
        "26. November 2026"
        in render_reply("delivery_status", order_id=ORDER, buyer_locale="de-DE", values=DELIVERY).text
    )
    assert (
        "2026年11月26日"
        in render_reply("delivery_status", order_id=ORDER, buyer_locale="ja-JP", values=DELIVERY).text
    )


@pytest.mark.parametrize(
    ("locale", "country", "language"),
    [
        ("de-AT", None, "de"),
        ("pt_BR", None, "pt"),
        ("zh-Hant-TW", None, "zh"),
        (None, "BR", "pt"),
        (None, "ES", "es"),
        (None, "CN", "zh"),
        (None, "RU", "en"),
        ("ru-RU", "FR", "fr"),
        (None, None, "en"),
    ],
)
def test_language_from_locale_then_country(locale: str | None, country: str | None, language: str) -> None:
    assert choose_language(locale, country) == language


def test_supported_languages() -> None:
    assert set(SUPPORTED_LANGUAGES) >= {"en", "de", "fr", "es", "it", "ja", "zh", "pt"}


def test_custom_template_with_money_filter() -> None:
    template = ReplyTemplate(
        acknowledgement="Sorry for the wrong colour.",
        solution="We refunded {{ amount|money('EUR') }}.",
        next_step="Keep the item, no need to do anything else.",
    )
    reply = compose_reply(
        template, order_id=ORDER, buyer_locale="en-GB", values={"amount": "12.5"}, buyer_name="Kim"
    )
    assert "€12.50" in reply.text and reply.text.startswith("Hello Kim,")


@pytest.mark.parametrize(
    "source",
    ["{{ amount.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}", "{{ items.append(1) }}"],
)
def test_user_templates_run_in_a_sandbox(source: str) -> None:
    template = {"acknowledgement": source, "solution": "x", "next_step": "y"}
    with pytest.raises(ConfigurationError):
        compose_reply(template, order_id=ORDER, values={"amount": 1, "items": []})


def test_missing_values_and_unknown_intents_are_clear_errors() -> None:
    with pytest.raises(ConfigurationError, match=r"tracking|carrier|shipped_on"):
        render_reply("delivery_status", order_id=ORDER, values={})
    with pytest.raises(ConfigurationError, match="damaged_item"):
        render_reply("lost_parcel", order_id=ORDER)
    with pytest.raises(ConfigurationError, match="order id"):
        render_reply("damaged_item", order_id="", values={"days": 1})
