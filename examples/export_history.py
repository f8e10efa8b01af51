"""Export: an account's or one order's full history as JSON Lines and as an mbox mailbox.

Shows: syncing the sandbox into a SQLite store, then ``export_jsonl`` for one order (conversations, messages,
disputes — buyer data included: it is the seller's record, keep the file safe) and ``export_mbox`` for the
whole account, threaded per conversation so any mail client opens it. Both files are deterministic.
Assumes: nothing — the Fakemarket simulator (installed with marketmsg), a temporary directory. The same is available as
``marketmsg export --db inbox.db --account FM-SELLER-1 --format mbox --out history.mbox``.
"""

from __future__ import annotations

import hashlib
import mailbox
import tempfile
from pathlib import Path

from marketmsg.inbox import InboxSync
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore, export_jsonl, export_mbox, read_jsonl


def main() -> None:
    sandbox = Sandbox.create(["fakemarket"])
    with tempfile.TemporaryDirectory() as tmp, SqlStore(Path(tmp) / "inbox.db") as store:
        with sandbox.client(outbox=store) as client:
            InboxSync(client, store).run()
        account = store.accounts()[0]

        one_order = Path(tmp) / "FM-1002.jsonl"
        export_jsonl(store, one_order, account=account, order_id="FM-1002")
        for record in read_jsonl(one_order):
            print(f"{type(record).__name__:<12} {record.id}")

        mbox = Path(tmp) / "all.mbox"
        summary = export_mbox(store, mbox, account=account)
        digest = hashlib.sha256(mbox.read_bytes()).hexdigest()[:16]
        export_mbox(store, mbox, account=account, overwrite=True)
        assert hashlib.sha256(mbox.read_bytes()).hexdigest()[:16] == digest, "exports are deterministic"
        box = mailbox.mbox(mbox)
        for mail in box:
            print(f"{mail['Date']}  {mail['From']:<40} {mail['Subject']}")
        box.close()
        print(f"{summary.messages} messages from {summary.conversations} conversations; sha256 {digest}…")


if __name__ == "__main__":
    main()
