"""Structured replies in the buyer's language, checked before they are sent.

Shows:
1. choosing the language from the buyer's locale (Amazon GetAttributes) or country (AliExpress);
2. the built-in "delivery_status" reply in German and Japanese: thanks, acknowledgement, solution, next step,
   closing — short paragraphs, order id included, dates formatted by Babel;
3. a seller-written template rendered in the Jinja2 sandbox, then run through the content check.
Assumes: nothing — no network.
"""

from __future__ import annotations

from datetime import date

from marketmsg.templates import ReplyTemplate, choose_language, compose_reply, render_reply

ORDER = "303-1234567-1234567"


def main() -> None:
    print("language for de-AT:", choose_language("de-AT"), "| for country BR:", choose_language(None, "BR"))
    values = {
        "carrier": "DHL",
        "tracking": "1Z999AA10123456784",
        "shipped_on": date(2026, 11, 20),
        "expected_by": date(2026, 11, 26),
    }
    for locale in ("de-DE", "ja-JP"):
        reply = render_reply("delivery_status", order_id=ORDER, buyer_locale=locale, values=values)
        print(f"--- {locale} (passes the Amazon check: {not reply.check('amazon').findings})")
        print(reply.text)

    own = ReplyTemplate(
        acknowledgement="I am sorry the colour is not what you expected.",
        solution="We refunded {{ amount|money('EUR') }} to your payment method.",
        next_step="Keep the item; if anything else is wrong, just reply here. Or mail me at {{ email }}",
    )
    reply = compose_reply(
        own,
        order_id=ORDER,
        buyer_locale="en-GB",
        buyer_name="Kim",
        values={"amount": "12.50", "email": "me@example.com"},
    )
    report = reply.check("amazon")
    print("--- seller template: refused" if report.blocked else "--- seller template: ok")
    for f in report.blocking:
        print(f"    {f.rule}: {reply.text[f.start : f.end]!r} -> {f.suggestion}")


if __name__ == "__main__":
    main()
