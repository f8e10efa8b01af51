"""Errors, retries and the outbox: what a caller sees when the platform misbehaves.

Shows: automatic retries of a read after a refused connection and a 429 (``retries_taken`` in the event hook),
``with_options(max_retries=0)``, and a send whose answer was lost after the platform committed it: it raises
``DeliveryUnknown`` and is never sent twice, even when the caller retries with the same idempotency key.
Assumes: nothing — runs against the Fakemarket simulator (installed with marketmsg) on a virtual clock.
"""

from __future__ import annotations

from datetime import UTC, datetime

import httpx

from marketmsg import (
    Account,
    APIConnectionError,
    CallRecord,
    Client,
    DeliveryUnknown,
    EventHooks,
    VirtualClock,
)
from marketmsg_fakemarket import API_KEY, BASE_URL, FakemarketSimulator, Fault


def main() -> None:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    simulator = FakemarketSimulator(clock)
    account = Account(platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": API_KEY})
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})

    def report(record: CallRecord) -> None:
        print(f"  {record.operation}: HTTP {record.status_code}, retries_taken={record.retries_taken}")

    with Client([account], http_client=http, clock=clock, event_hooks=EventHooks(on_call=[report])) as client:
        conv_id = "fakemarket:FM-SELLER-1:conv:c1"
        print("a read survives a refused connection and a 429:")
        simulator.inject(Fault(error="connect"), Fault(status=429, retry_after=2))
        client.conversations.get(conv_id)

        print("without retries the same fault surfaces at once:")
        simulator.inject(Fault(error="connect"))
        try:
            client.with_options(max_retries=0).conversations.get(conv_id)
        except APIConnectionError as exc:
            print(f"  {type(exc).__name__}: {exc}")

        print("a send whose answer is lost is not retried:")
        simulator.inject(Fault(error="read_timeout_after_commit", path_contains="/messages"))
        for attempt in (1, 2):
            try:
                client.messages.reply(
                    conv_id, "Your parcel ships today.", idempotency_key="order-1000-shipping"
                )
            except DeliveryUnknown as exc:
                print(f"  attempt {attempt}: DeliveryUnknown (key {exc.idempotency_key})")
        print(f"  messages the buyer received: {len(simulator.sent_messages('c1'))}")


if __name__ == "__main__":
    main()
