"""Quickstart: one client, every account, the unified inbox.

Shows: building a Client on the built-in sandbox, listing conversations across platforms newest first,
reading a conversation's messages, replying (rules run first; the outbox prevents duplicates).
Assumes: nothing — no credentials, no network. With real accounts, replace ``sandbox.client()`` by
``marketmsg.Client([Account(...), ...])``.
"""

from __future__ import annotations

from marketmsg import ConversationStatus, PolicyViolation
from marketmsg.sandbox import Sandbox


def main() -> None:
    sandbox = Sandbox.create()
    with sandbox.client() as client:
        inbox = client.conversations.list(status=ConversationStatus.AWAITING_SELLER).to_list(limit=20)
        for conv in inbox:
            print(f"{conv.platform:<11} {conv.order_id or '-':<22} due {conv.response_due or '-'}")
        if not inbox:
            print("inbox zero")
            return
        conv = inbox[0]
        for message in client.messages.list(conv.id):
            print(f"  [{message.direction.value}] {message.body[:70]!r}")
        try:
            sent = client.messages.reply(
                conv.id,
                f"Thank you for your message about order {conv.order_id}. Your parcel left our warehouse today; "
                "the tracking details are on the order page. Please tell us here if anything else is needed.",
                idempotency_key=f"quickstart-{conv.id}",
            )
            print(f"replied: {sent.id}")
        except PolicyViolation as exc:
            print(f"the rules refused the reply: {exc}")


if __name__ == "__main__":
    main()
