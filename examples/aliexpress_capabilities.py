"""AliExpress: what may be sent for an order now, and a reply in the buyer's language — offline, on the sandbox.

Shows:
1. ``client.orders.capabilities(order_id)`` for an IM app, a station-letter app and an app whose messaging
   channel has closed (``message_channel_closes_at``): allowed kinds, and for each refused kind the rule and why;
2. a refused send (an order card on a station-letter account) failing with ``CapabilityError``, nothing sent;
3. ``client.orders.context(order_id).buyer_country`` choosing the language of a templated reply.

Assumptions: no network, no credentials. Which messaging API a real app may call is unconfirmed and is the
operator's setting (``messaging_api``) — see adapters/aliexpress/docs/aliexpress.md.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from marketmsg import Account, CapabilityError, Client, MessageKind
from marketmsg.sandbox import Sandbox
from marketmsg.templates import compose_reply


def _with_settings(account: Account, **settings: object) -> Account:
    return Account(
        platform=account.platform,
        seller_id=account.seller_id,
        credentials={k: v.get_secret_value() for k, v in account.credentials.items()},
        settings={**account.settings, **settings},
    )


def main() -> None:
    sandbox = Sandbox.create(["aliexpress"])
    im = next(a for a in sandbox.accounts if a.setting("messaging_api") == "im")
    letters = next(a for a in sandbox.accounts if a.setting("messaging_api") == "station_letter")
    closed = _with_settings(im, message_channel_closes_at=(datetime.now(UTC) - timedelta(days=1)).isoformat())
    order_of = {im.seller_id: f"30{im.seller_id[-4:]}003", letters.seller_id: "8100000001"}

    for label, account in (("IM app", im), ("station-letter app", letters), ("closed channel", closed)):
        with Client([account], http_client=sandbox.http_client()) as client:
            capability = client.orders.capabilities(order_of[account.seller_id])
        print(
            f"{label}: can_reply={capability.can_reply} allowed={', '.join(capability.allowed_kinds) or '-'}"
        )
        for refused in capability.refused:
            if refused.kind in ("reply", "image", "order_card", "product_card"):
                print(f"  {refused.kind:<12} [{refused.rule}] {refused.reason}")

    with Client([letters], http_client=sandbox.http_client()) as client:
        try:
            client.messages.send("8100000001", MessageKind.ORDER_CARD, fields={"buyer_id": "2000000001"})
        except CapabilityError as exc:
            print(f"refused, nothing sent: {exc}")

        # The buyer's country (buyer_info.country, else the delivery country) picks the reply's language.
        context = client.orders.context("8100000001")
        reply = compose_reply(
            {
                "acknowledgement": "Your parcel is in customs.",
                "solution": "We have asked the carrier for an update.",
                "next_step": "We will write again here within two days.",
            },
            order_id=context.order_id,
            buyer_locale=context.buyer_locale,
            buyer_country=context.buyer_country,
        )
        print(f"buyer country {context.buyer_country} -> reply in {reply.language!r}:")
        print(reply.text)


if __name__ == "__main__":
    main()
