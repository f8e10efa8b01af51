"""Configuration mistakes fail when the client is built, naming the key, the bad value and the fix.

Shows: a misspelt AliExpress setting (``messaging_apis``) refused with "did you mean 'messaging_api'?", a relay
sender that is not an address refused at ``Client(...)`` rather than at the first reply, an unknown message kind
with its suggestion, and an idempotency key reused for another message (``IdempotencyConflict``, nothing sent).
Assumes: nothing — no network; the last part runs against the built-in simulators.
"""

from __future__ import annotations

from marketmsg import (
    Account,
    Client,
    ConfigurationError,
    IdempotencyConflict,
    MessageKind,
    UnknownMessageKindError,
)
from marketmsg.sandbox import Sandbox


def main() -> None:
    typo = Account(
        platform="aliexpress",
        seller_id="cn1234567",
        credentials={"app_key": "500001", "app_secret": "app-secret-value", "refresh_token": "refresh-value"},
        settings={"messaging_apis": "im"},
    )
    try:
        Client([typo])
    except ConfigurationError as exc:
        print(f"{exc.message}\n")

    relay = Account(
        platform="amazon",
        seller_id="A1B2C3D4E5",
        marketplaces=("A1PA6795UKMFR9",),
        credentials={
            "refresh_token": "Atzr|refresh",
            "lwa_app_id": "app-id",
            "lwa_client_secret": "lwa-secret",
        },
        settings={"relay": {"sender": "not an address"}},
    )
    try:
        Client([relay])
    except ConfigurationError as exc:
        print(f"{exc.message}\n")

    try:
        MessageKind("warrenty")
    except UnknownMessageKindError as exc:
        print(f"kind: did you mean {exc.suggestion!r}?\n")

    with Sandbox.create().client() as client:
        conversation = next(c for c in client.conversations.list(status="awaiting_seller") if c.order_id)
        text = f"Thank you for your message about order {conversation.order_id}."
        client.messages.reply(conversation.id, text, idempotency_key="order-reply-1")
        try:
            client.messages.reply(conversation.id, text + " It ships today.", idempotency_key="order-reply-1")
        except IdempotencyConflict as exc:
            print(f"{exc.idempotency_key}: {exc.message}")


if __name__ == "__main__":
    main()
