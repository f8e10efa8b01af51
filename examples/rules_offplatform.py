"""The off-platform protocol: note → notice (the only message that may carry the contact) → closing summary.

Shows:
1. an outside contact in an ordinary reply is refused by the rules before anything is sent;
2. ``OffPlatform.begin`` for oversized media: internal note, then the in-platform notice with the reason,
   the channel and the promise to return;
3. closing the conversation is refused until ``conclude`` posts the summary.
Assumes: nothing — runs offline against the built-in Fakemarket sandbox (the same code works with
``Sandbox.create(["amazon"])`` or ``["aliexpress"]`` and their conversations).
"""

from __future__ import annotations

import marketmsg
from marketmsg import PlatformRuleError
from marketmsg.offplatform import OffPlatform
from marketmsg.rules import check
from marketmsg.sandbox import Sandbox

CONTACT = "https://files.seller-example.com/upload/7f3a"


def main() -> None:
    report = check(f"Order 303-1234567-1234567: upload the video at {CONTACT}", platform="amazon")
    print(
        "ordinary reply with the link on Amazon:",
        "refused" if report.blocked else "ok",
        [f.rule for f in report.blocking],
    )

    sandbox = Sandbox.create(["fakemarket"], clock=marketmsg.VirtualClock())
    with sandbox.client() as client:
        conversation = next(iter(client.conversations.list()))
        protocol = OffPlatform(client)
        protocol.begin(
            conversation.id,
            "oversized_media",
            channel="our upload page",
            contact=CONTACT,
            buyer_locale="en-US",
        )
        print("notes:", [note.text for note in protocol.store.notes(conversation.id)])
        try:
            protocol.ensure_closable(conversation.id)
        except PlatformRuleError as exc:
            print("closing refused:", exc.rule)
        protocol.conclude(
            conversation.id,
            "We received the 1.2 GB video and confirmed the scratch; a replacement ships tomorrow.",
            buyer_locale="en-US",
        )
        protocol.ensure_closable(conversation.id)
        native = conversation.id.rsplit(":", 1)[1]
        for message in sandbox.controller("fakemarket").sent_messages(native):
            print("--- sent:\n" + message["text"])


if __name__ == "__main__":
    main()
