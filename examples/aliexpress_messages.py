"""AliExpress messaging, offline against the built-in simulator: the three channels behind one model.

Shows:
1. an unified inbox over two AliExpress apps — one allowed the IM APIs (``messaging_api="im"``), one the legacy
   station letters (``"station_letter"``) — plus every dispute's negotiation record as a read-only conversation;
2. reading a conversation and replying (platform rules run before anything is sent);
3. what happens when an app calls a messaging API it is not allowed to: a clear error before any request.

Assumptions: no network, no credentials; which messaging API a real app may call is unconfirmed — see
adapters/aliexpress/docs/aliexpress.md.
"""

from __future__ import annotations

from marketmsg import Account, Channel, Client, UnsupportedOperationError
from marketmsg.sandbox import Sandbox


def main() -> None:
    sandbox = Sandbox.create(["aliexpress"])
    with sandbox.client() as client:
        inbox = client.conversations.list().to_list()
        for conv in inbox:
            print(
                f"{conv.channel.value:<15} {conv.status.value:<16} order={conv.order_id or '-':<11} {conv.id}"
            )

        im = next(c for c in inbox if c.channel is Channel.IM and c.status.value == "awaiting_seller")
        for message in client.messages.list(im.id):
            print(f"  [{message.direction.value}] {message.body}")
        reply = client.messages.reply(
            im.id,
            "Thank you for your message. Your parcel left our warehouse yesterday; the tracking number is on "
            "the order page. We will keep you updated here.",
        )
        print(f"sent {reply.id}")

        letter = next(c for c in inbox if c.channel is Channel.STATION_LETTER)
        client.conversations.mark_read(letter.id)
        print(f"marked read: {letter.id}")

    # The same IM seller, configured as an app that may only call station letters:
    im_account = next(a for a in sandbox.accounts if a.setting("messaging_api") == "im")
    restricted = Account(
        platform="aliexpress",
        seller_id=im_account.seller_id,
        credentials={k: v.get_secret_value() for k, v in im_account.credentials.items()},
        settings={**im_account.settings, "messaging_api": "station_letter"},
    )
    with Client([restricted], http_client=sandbox.http_client()) as client:
        try:
            client.messages.list(im.id).to_list()
        except UnsupportedOperationError as exc:
            print(f"refused before any request: {exc}")


if __name__ == "__main__":
    main()
