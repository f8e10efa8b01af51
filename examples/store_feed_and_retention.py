"""The store's change feed and its buyer-data retention purge.

Shows: syncing the sandbox into a SQLite store; following the change feed from a saved position (what an ERP
connector or a webhook worker does: nothing skipped, nothing seen twice); then purging buyer data older than
Amazon's Data Protection Policy period — names, handles, subjects and message text are gone, ids, timestamps
and digests stay, and the ids issued before still resolve. Finally the same feed read from asyncio.
Assumes: nothing — the built-in Fakemarket simulator, a temporary directory. The same is available as
``marketmsg store changes --after 0`` and ``marketmsg store purge --older-than 30d``.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from marketmsg.inbox import InboxSync
from marketmsg.retention import DPP_RETENTION
from marketmsg.sandbox import Sandbox
from marketmsg.store import AsyncSqlStore, SqlStore


def main() -> None:
    sandbox = Sandbox.create(["fakemarket"])
    with tempfile.TemporaryDirectory() as tmp, SqlStore(Path(tmp) / "inbox.db") as store:
        with sandbox.client(outbox=store) as client:
            InboxSync(client, store).run()

        # A consumer keeps the last position it handled and asks for what came after it.
        checkpoint = 0
        for change in store.changes(after=checkpoint):
            checkpoint = change.position
        print(f"feed: {checkpoint} change(s) so far, last position {store.last_position()}")

        first = next(iter(store.conversations()))
        print(f"before the purge: buyer named: {first.buyer.display_name is not None}")
        # The sandbox's data is fresh: pretend it is two months later, when all of it is older than the DPP's 30
        # days. In production: store.purge() (or `marketmsg store purge`) once a day.
        later = max(c.last_message_at for c in store.conversations() if c.last_message_at) + 2 * DPP_RETENTION
        report = store.purge(now=later)
        print(report)
        after = store.get_conversation(first.id)  # ids issued before the purge still resolve
        assert after is not None and after.buyer.display_name is None and after.subject is None
        body_digests = [m.raw["marketmsg_purge"]["body_sha256"][:12] for m in store.messages(after.id)]
        print(f"after the purge: {after.id} keeps order {after.order_id}; message digests {body_digests}")
        assert store.purge(now=later).total == 0  # idempotent: a second run changes nothing

        purges = [c for c in store.changes(after=checkpoint) if c.op.value == "purge"]
        print(f"feed: {len(purges)} purge entr(y/ies) after position {checkpoint}")

        async def follow() -> int:
            return len([c async for c in AsyncSqlStore(store).changes(after=0)])

        print(f"async feed: {asyncio.run(follow())} change(s)")


if __name__ == "__main__":
    main()
