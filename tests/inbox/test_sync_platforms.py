"""The inbox engine against every real platform simulator that is installed: complete and idempotent.

These run once an adapter's simulator works end to end; until then they skip, naming what is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from marketmsg import VirtualClock
from marketmsg.inbox import InboxSync
from marketmsg.sandbox import Sandbox
from marketmsg.store import SqlStore, export_jsonl, read_jsonl


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
def test_sync_twice_changes_nothing_the_second_time(
    platform: str, clock: VirtualClock, tmp_path: Path
) -> None:
    sandbox = Sandbox.create([platform], clock=clock)
    assert platform in sandbox.specs, f"{platform} adapter has no simulator"
    with SqlStore(tmp_path / "inbox.db") as store, sandbox.client(outbox=store) as client:
        first = InboxSync(client, store, clock=clock).run()
        assert first.ok, first.accounts[0].errors[:1]
        counts = store.counts()
        second = InboxSync(client, store, clock=clock).run()
        assert second.ok
        assert second.changed == 0
        assert store.counts() == counts
        assert counts["conversations"] > 0
        for account in store.accounts():
            out = tmp_path / f"{account.replace(':', '_')}.jsonl"
            export_jsonl(store, out, account=account)
            assert all(record.id for record in read_jsonl(out))
