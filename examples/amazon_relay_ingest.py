"""Amazon relay mail: ingest raw buyer e-mails, read them as conversations, reply through the relay.

Shows:
1. parsing one relay e-mail with ``marketmsg_amazon.relay.parse`` (alias, order, topic, clean body, DKIM verdict);
2. handing raw RFC 822 bytes to ``RelayMailbox.ingest`` the way an inbound-mail webhook would — duplicates are
   dropped by Message-ID, a spoofed "buyer" message is kept but never threaded;
3. the same mail through ``Client``: conversations threaded by buyer alias + order id, a reply that goes out
   from the approved sender with In-Reply-To/References (captured by the sandbox's reply sink).
Assumes: nothing — the Amazon sandbox seeds a mailbox (10 marketplaces, attachments, HTML-only mail, notices)
and signs its mail with a key the sandbox account pins, so it runs offline. With a real account, set
``settings={"relay": {...}}`` as adapters/amazon/docs/amazon-relay-mail.md describes.
"""

from __future__ import annotations

from marketmsg import Account
from marketmsg.sandbox import Sandbox
from marketmsg_amazon.relay import RelayMailbox, RelaySandbox, parse, pinned_dns


def main() -> None:
    sandbox = Sandbox.create(["amazon"])
    spec = sandbox.specs["amazon"]
    relay: RelaySandbox = spec.extras["relay"]
    account: Account = spec.accounts[0]
    generator = relay.generator

    # 1. One e-mail, parsed on its own (DNS answered from the sandbox's pinned key: no network).
    raw = generator.buyer_message(locale="de", order_id="302-1234567-7654321", text="Passt der Deckel auch?")
    message = parse(raw, dnsfunc=pinned_dns(generator.dns_records()))
    assert message.authenticity is not None
    print(f"{message.kind}: order {message.order_id}, topic {message.topic!r}, locale {message.locale}")
    print(
        f"  body {message.body!r}; DKIM {message.authenticity.dkim}, trusted {message.authenticity.trusted}"
    )

    # 2. A webhook hands us raw bytes: store them (twice, as webhooks retry) plus a spoof.
    mailbox = RelayMailbox.for_account(account)
    print("webhook:", mailbox.ingest(raw).result, mailbox.ingest(raw).result)
    spoof = mailbox.ingest(generator.spoof())
    print("spoof:", spoof.result, spoof.message.kind if spoof.message else None)

    # 3. The unified inbox: the webhook's message is a conversation like the seeded ones.
    with sandbox.client() as client:
        conversations = client.conversations.list(platform="amazon").to_list(limit=50)
        print(f"{len(conversations)} Amazon conversations")
        conv = next(c for c in conversations if c.order_id == "302-1234567-7654321")
        for item in client.messages.list(conv.id):
            print(f"  [{item.direction.value}] {item.body!r}")
        client.messages.reply(
            conv.id,
            f"Ja, der Deckel passt auf alle Größen. Vielen Dank für Ihre Bestellung {conv.order_id}!",
            idempotency_key="example-relay-reply",
        )
    sent = relay.sent()[-1]
    print(f"reply sent to {sent['To']} from {sent['From']}, In-Reply-To {sent['In-Reply-To']}")


if __name__ == "__main__":
    main()
