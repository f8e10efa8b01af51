"""The content check: exact spans, explanation + fix + source on every finding, no false alarms on ids."""

from __future__ import annotations

import pytest

from marketmsg import UnknownAdapterError
from marketmsg.rules import RULE_TEXT, check, region_for_locale

ORDER = "303-1234567-1234567"


@pytest.mark.parametrize(
    ("platform", "locale", "text", "rule", "span"),
    [
        (
            "amazon",
            "en-US",
            f"Order {ORDER}: write to help@shop.example.com today",
            "contact.email",
            "help@shop.example.com",
        ),
        (
            "amazon",
            "en-US",
            f"Order {ORDER}: bob (at) gmail (dot) com",
            "contact.email_obfuscated",
            "bob (at) gmail (dot) com",
        ),
        (
            "amazon",
            "de-DE",
            f"Bestellung {ORDER}: rufen Sie 0176 12345678 an",
            "contact.phone",
            "0176 12345678",
        ),
        (
            "amazon",
            "en-US",
            f"Order {ORDER}: see http://my-shop.net/manual.",
            "contact.url",
            "http://my-shop.net/manual",
        ),
        ("amazon", "en-US", f"Order {ORDER}: ping me on Telegram", "contact.messenger", "telegram"),
        (
            "amazon",
            "fr-FR",
            f"Commande {ORDER} : laissez-nous un avis 5 étoiles",
            "review.positive_only",
            "5 étoiles",
        ),
        (
            "amazon",
            "es-ES",
            f"Pedido {ORDER}: a cambio de una reseña le damos 5 €",
            "review.incentive",
            "a cambio de una reseña",
        ),
        (
            "amazon",
            "it-IT",
            f"Ordine {ORDER}: può rimuovere la sua recensione?",
            "review.change",
            "rimuovere la sua recensione",
        ),
        (
            "amazon",
            "pt-BR",
            f"Pedido {ORDER}: use o código de desconto X10",
            "marketing.promotion",
            "código de desconto",
        ),
        ("amazon", "ja-JP", f"ご注文 {ORDER}：高評価をお願いします", "review.positive_only", "高評価"),
        ("aliexpress", "zh-CN", "订单 8123456789012345：加我微信聊", "contact.messenger", "加我微信"),
        ("amazon", "en-US", f"<p>Order {ORDER}</p>", "format.html", "<p>"),
        ("amazon", "en-US", f"Order {ORDER} shipped 🚚", "format.emoji", "🚚"),
    ],
)
def test_blocking_rule_and_exact_span(platform: str, locale: str, text: str, rule: str, span: str) -> None:
    report = check(text, platform=platform, locale=locale)
    assert report.blocked
    hits = [f for f in report.findings if f.rule == rule]
    assert hits, [f.rule for f in report.findings]
    finding = hits[0]
    assert finding.severity == "block"
    assert text[finding.start : finding.end].lower() == span.lower()
    assert finding.message and finding.suggestion and finding.source


@pytest.mark.parametrize(
    "text",
    [
        f"Your order {ORDER} shipped with UPS, tracking 1Z999AA10123456784.",
        f"ASIN B08N5WRWNW for order {ORDER} costs $1,299.00 and arrives 2026-11-24.",
        f"Order {ORDER}: delivery between 23.11.2026 and 26.11.2026, parcel 00340434161094042557.",
        f"Order {ORDER}: refund of 19,99 € issued on 11/23/2026 at 10:30.",
        f"Order {ORDER}: track it at https://www.dhl.de/en/privatkunden.html?piececode=00340434161094042557",
        f"Order {ORDER}: your account page https://www.amazon.co.uk/gp/css/order-history",
        f"Order {ORDER}: we reviewed your return request and approved it.",
        f"Order {ORDER}: we only chat here, not on WhatsApp.",
        f"Order {ORDER}: thanks for the feedback on the manual, we updated it.",
        f"Order {ORDER}: invoice 2026-000123, quantity 1500, weight 2.5 kg.",
    ],
)
def test_no_false_alarm_on_ids_prices_dates_and_allowed_links(text: str) -> None:
    report = check(text, platform="amazon", locale="en-GB")
    assert report.findings == (), [(f.rule, text[f.start : f.end]) for f in report.findings]


def test_phone_exception_is_a_warning_not_a_block() -> None:
    report = check(f"Order {ORDER}: the manufacturer's warranty line is +1 800-555-0199.", platform="amazon")
    assert not report.blocked
    assert [f.rule for f in report.findings] == ["contact.phone_exception"]


def test_http_carrier_link_blocks_but_https_passes() -> None:
    base = f"Order {ORDER}: track at {{}}://www.ups.com/track?tracknum=1Z999AA10123456784"
    assert check(base.format("http"), platform="amazon").blocked
    assert not check(base.format("https"), platform="amazon").blocked


def test_missing_order_id_warns_on_amazon_only_without_blocking() -> None:
    report = check("Thank you for your question about the lamp.", platform="amazon")
    assert [f.rule for f in report.findings] == ["order.missing_id"]
    assert not report.blocked
    assert check("Thank you for your question about the lamp.", platform="aliexpress").findings == ()


@pytest.mark.parametrize(
    ("kind", "limit"),
    [("confirm_customization_details", 800), ("digital_access_key", 400), ("unexpected_problem", 2000)],
)
def test_per_kind_length_limits_from_the_model(kind: str, limit: int) -> None:
    body = f"Order {ORDER}. " + "a" * limit
    report = check(body, platform="amazon", kind=kind)
    (finding,) = [f for f in report.findings if f.rule == "length.max"]
    assert (finding.start, finding.end) == (limit, len(body))
    assert not any(f.rule == "length.max" for f in check(body[:limit], platform="amazon", kind=kind).findings)


def test_empty_message_blocks() -> None:
    assert [f.rule for f in check("  ", platform="amazon").findings] == ["length.empty"]


def test_emoji_is_allowed_on_aliexpress_but_not_on_amazon() -> None:
    assert not check("订单 8123456789012345 已发货 😊", platform="aliexpress").blocked
    assert check(f"Order {ORDER} 😊", platform="amazon").blocked


def test_findings_are_sorted_by_position_and_report_flags() -> None:
    report = check("Mail a@b.com or call +1 415-555-2671", platform="amazon")
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert report.blocking and not any(f.severity == "warn" for f in report.blocking)


def test_unknown_platform_is_a_typed_error_with_a_suggestion() -> None:
    with pytest.raises(UnknownAdapterError, match="amazon"):
        check("hi", platform="amazn")


def test_every_rule_has_an_explanation_and_a_fix() -> None:
    for rule, (message, fix) in RULE_TEXT.items():
        assert message.endswith(".") and fix, rule


@pytest.mark.parametrize(
    ("locale", "default", "region"),
    [
        ("de-AT", "US", "AT"),
        ("ja", "US", "JP"),
        ("pt_BR", "US", "BR"),
        (None, "CN", "CN"),
        ("xx", "US", "US"),
    ],
)
def test_region_for_locale(locale: str | None, default: str, region: str) -> None:
    assert region_for_locale(locale, default) == region


def test_missing_order_id_uses_the_orders_own_id_when_known() -> None:
    from marketmsg.models import OrderContext
    from marketmsg.rules import RuleContext, rule_pack_for

    pack = rule_pack_for("amazon")
    assert pack is not None
    order = OrderContext(platform="amazon", account="amazon:A1", order_id="114-7654321-7654321", raw={})
    other = pack.check_content(f"About order {ORDER}.", RuleContext(platform="amazon", order=order))
    assert [f.rule for f in other] == ["order.missing_id"]
    own = pack.check_content("About order 114-7654321-7654321.", RuleContext(platform="amazon", order=order))
    assert own == []


@pytest.mark.parametrize(
    "text",
    [
        f"Order {ORDER}: we refunded €20 for your order; thanks for the feedback on the box.",
        f"Bestellung {ORDER}: 5 € wurden für Ihre Bestellung erstattet, danke für Ihr Feedback.",
        f"Pedido {ORDER}: le devolvimos 12 € por el envío, gracias por su comentario.",
    ],
)
def test_money_next_to_feedback_is_not_an_incentive(text: str) -> None:
    assert not check(text, platform="amazon").blocked
