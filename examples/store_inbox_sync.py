"""Store + inbox sync: a durable unified inbox and outbox in one SQLite file.

Shows:
  1. ``SqlStore`` on a (temporary) SQLite file, handed to the client as its outbox;
  2. ``InboxSync`` pulling conversations and messages into the store, and a second run finding nothing new;
  3. a buyer writing again, and the next run fetching only that conversation;
  4. a reply whose answer is lost in a timeout (``DeliveryUnknown``), settled by ``reconcile`` — sent once;
  5. the inbox work queue with SLA state, read from the store;
  6. exporting the account's history as JSONL and mbox, and reading both back.
Assumes: nothing — it runs against the Fakemarket simulator (installed with marketmsg) (its fault injection drives step 4).
With real accounts: ``Client([Account(...)], outbox=store)`` and a ``postgresql://`` URL for many workers.
"""

from __future__ import annotations

import mailbox
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from marketmsg import DeliveryUnknown, VirtualClock
from marketmsg.inbox import InboxSync, conversation_sla
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore, export_jsonl, export_mbox, read_jsonl
from marketmsg_fakemarket import FakemarketSimulator, Fault

ACCOUNT = "fakemarket:FM-SELLER-1"


def main() -> None:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    sandbox = Sandbox.create(["fakemarket"], clock=clock)
    simulator = sandbox.controller("fakemarket")
    assert isinstance(simulator, FakemarketSimulator)

    with tempfile.TemporaryDirectory() as tmp, SqlStore(Path(tmp) / "inbox.db") as store:
        with sandbox.client(outbox=store) as client:
            sync = InboxSync(client, store, clock=clock)
            print("first sync: ", sync.run())
            second = sync.run()
            print("second sync:", second, "-> objects changed:", second.changed)

            # 3. The buyer of conversation c2 writes again; only c2's messages are fetched next time.
            clock.advance(3600)
            with simulator.lock:
                simulator.convs["c2"].messages.append(
                    {"id": "c2-b2", "from": "buyer", "text": "Any news?", "at": clock.now().isoformat()}
                )
            print("after a new buyer message:", sync.run())

            # 4. The platform stores the reply but the answer never reaches us.
            conversation = "fakemarket:FM-SELLER-1:conv:c2"
            text = "Your parcel left our warehouse this morning; tracking is on the order page."
            simulator.inject(Fault(error="read_timeout_after_commit", path_contains="/messages"))
            try:
                client.messages.reply(conversation, text, idempotency_key="c2-shipping-update")
            except DeliveryUnknown as exc:
                print("reply outcome unknown:", exc.message[:60], "...")
            report = sync.reconcile(bodies={"c2-shipping-update": text})
            print("reconcile:", report)
            again = client.messages.reply(conversation, text, idempotency_key="c2-shipping-update")
            print("retry with the same key returns the delivered message:", again.id)
            print("seller messages on the platform for c2:", len(simulator.sent_messages("c2")))

            sync.run()  # pick up the reply in the stored history

        # 5. The work queue, straight from the store (no platform call).
        for conv in store.inbox(limit=5):
            state = conversation_sla(conv, clock.now()).value
            print(f"  {conv.order_id:<8} {conv.status.value:<16} due {conv.response_due or '-'}  sla={state}")

        # 6. The seller's record: JSONL (everything) and mbox (the messages, threaded), both read back.
        jsonl, mbox = Path(tmp) / "history.jsonl", Path(tmp) / "history.mbox"
        print(export_jsonl(store, jsonl, account=ACCOUNT))
        print(export_mbox(store, mbox, account=ACCOUNT))
        records = list(read_jsonl(jsonl))
        box = mailbox.mbox(mbox)
        print(
            f"read back: {len(records)} JSONL records, {len(box)} mails; first subject: {next(iter(box))['Subject']!r}"
        )
        box.close()


if __name__ == "__main__":
    main()
