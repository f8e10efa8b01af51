"""Exports: JSONL reads back into the same models, mbox opens with the stdlib, both are deterministic."""

from __future__ import annotations

import io
import mailbox
from datetime import timedelta
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

from marketmsg import ConfigurationError, Conversation, Direction, Dispute, Message, Party, PartyRole
from marketmsg.store import SqlStore, export_jsonl, export_mbox, read_jsonl


@pytest.fixture
def filled(store: SqlStore, samples: Any) -> SqlStore:
    t0 = samples.conversation().last_message_at
    store.upsert_conversations(
        [
            samples.conversation("c1"),
            samples.conversation("c2", order_id="FM-2", last_message_at=t0 - timedelta(days=1), subject=None),
        ]
    )
    store.upsert_messages(
        [
            samples.message(
                "c1/m2",
                direction=Direction.OUTBOUND,
                sent_at=t0 + timedelta(minutes=5),
                body="Danke!\nFrom the seller",
                attachments=(),
            ),
            samples.message("c1/m1"),
            samples.message("c2/m1", body="Order FM-2?", attachments=(), sender=Party(role=PartyRole.BUYER)),
        ]
    )
    store.upsert_disputes([samples.dispute("d1"), samples.dispute("d2", order_id="FM-2")])
    return store


def test_jsonl_reads_back_into_equal_models(filled: SqlStore, samples: Any, tmp_path: Path) -> None:
    path = tmp_path / "history.jsonl"
    summary = export_jsonl(filled, path, account=samples.account)
    assert (summary.conversations, summary.messages, summary.disputes) == (2, 3, 2)
    records = list(read_jsonl(path))
    kinds = [type(r).__name__ for r in records]
    # Oldest conversation first, each followed by its messages oldest first; disputes last.
    assert kinds == ["Conversation", "Message", "Conversation", "Message", "Message", "Dispute", "Dispute"]
    assert records[0] == filled.get_conversation(records[0].id)
    messages = [r for r in records if isinstance(r, Message)]
    assert messages[1] == samples.message("c1/m1")  # binary attachment bytes survive
    assert [r for r in records if isinstance(r, Dispute)] == list(filled.disputes(account=samples.account))


def test_export_per_order_contains_only_that_order(filled: SqlStore, samples: Any) -> None:
    out = io.StringIO()
    export_jsonl(filled, out, account=samples.account, order_id="FM-2")
    records = list(read_jsonl(io.StringIO(out.getvalue())))
    conversations = [r for r in records if isinstance(r, Conversation)]
    assert [c.order_id for c in conversations] == ["FM-2"]
    assert [r.order_id for r in records if isinstance(r, Dispute)] == ["FM-2"]
    assert len([r for r in records if isinstance(r, Message)]) == 1


def test_exports_are_byte_for_byte_deterministic(filled: SqlStore, samples: Any, tmp_path: Path) -> None:
    for fmt in ("a", "b"):
        export_jsonl(filled, tmp_path / f"{fmt}.jsonl", account=samples.account)
        export_mbox(filled, tmp_path / f"{fmt}.mbox", account=samples.account)
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert (tmp_path / "a.mbox").read_bytes() == (tmp_path / "b.mbox").read_bytes()


def test_mbox_opens_with_the_stdlib_threaded_with_attachments(
    filled: SqlStore, samples: Any, tmp_path: Path
) -> None:
    path = tmp_path / "history.mbox"
    summary = export_mbox(filled, path, account=samples.account)
    assert summary.messages == 3
    box = mailbox.mbox(path, factory=None)
    try:
        mails = [EmailMessage(policy=default) for _ in range(0)]
        mails = [_parse(message) for message in box]
    finally:
        box.close()
    by_id = {m["X-Marketmsg-Message-Id"]: m for m in mails}
    inbound = by_id["fakemarket:FM-SELLER-1:msg:c1/m1"]
    reply = by_id["fakemarket:FM-SELLER-1:msg:c1/m2"]
    assert inbound["Subject"] == "Wo ist meine Bestellung?"
    assert inbound["From"] == "B <b1@fakemarket.marketmsg.invalid>"  # not an e-mail handle: reserved domain
    other = by_id["fakemarket:FM-SELLER-1:msg:c2/m1"]  # sender unknown: the conversation's buyer is used
    assert other["From"] == "Jürgen Ö <x7@marketplace.amazon.de>"
    assert other["Subject"] == "Order FM-2"
    assert inbound.get_body(preferencelist=("plain",)).get_content().startswith("Hallo 👋")  # type: ignore[union-attr]
    [photo] = [part for part in inbound.iter_attachments() if part.get_filename() == "photo.jpg"]
    assert photo.get_content() == bytes(range(256))
    assert "label.pdf" in inbound["X-Marketmsg-Attachment"]
    assert reply["In-Reply-To"] == inbound["Message-ID"]  # threaded in mail clients
    assert reply["X-Marketmsg-Direction"] == "outbound"
    assert (
        reply.get_content().rstrip("\n").endswith("From the seller")
    )  # a body line starting "From" survives
    by_order = {m["X-Marketmsg-Order-Id"] for m in mails}
    assert by_order == {"303-1234567-1234567", "FM-2"}


def _parse(message: mailbox.mboxMessage) -> EmailMessage:
    from email import message_from_bytes

    parsed = message_from_bytes(message.as_bytes(), policy=default)
    assert isinstance(parsed, EmailMessage)
    return parsed


def test_mbox_refuses_to_overwrite_unless_asked(filled: SqlStore, samples: Any, tmp_path: Path) -> None:
    path = tmp_path / "x.mbox"
    export_mbox(filled, path, account=samples.account)
    with pytest.raises(ConfigurationError, match="exists"):
        export_mbox(filled, path, account=samples.account)
    export_mbox(filled, path, account=samples.account, overwrite=True)
    box = mailbox.mbox(path)
    assert len(box) == 3  # replaced, not appended
    box.close()


def test_unknown_account_names_the_stored_ones(filled: SqlStore, tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError, match="fakemarket:FM-SELLER-1"):
        export_jsonl(filled, tmp_path / "x.jsonl", account="amazon:NOPE")


def test_read_jsonl_refuses_unknown_records(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"type": "export", "format_version": 1}\n{"type": "spaceship", "data": {}}\n')
    with pytest.raises(ConfigurationError, match="line 2"):
        list(read_jsonl(path))


def _awkward_history(store: SqlStore, samples: Any) -> None:
    """What the export's ordering must get right: ids whose code-point order is not a locale's ("c-Z" before
    "c-a", "é" after "z"), a conversation with no time and one with no messages, messages sent at the same
    moment (ordered by id), text with quotes, backslashes, line breaks and U+0000, several orders."""
    t0 = samples.conversation().last_message_at
    natives = ["c-a", "c-Z", "c-é", "c-z", "c-empty", "c-undated"]
    store.upsert_conversations(
        [
            samples.conversation(
                native,
                order_id="FM-2" if native in {"c-Z", "c-empty"} else "FM-1",
                last_message_at=None if native == "c-undated" else t0 + timedelta(hours=i % 2),
            )
            for i, native in enumerate(natives)
        ]
    )
    store.upsert_messages(
        [
            samples.message(f"{native}/m{j}", sent_at=t0, body=f'"{native}" \\ line\nnext \x00 {j}')
            for native in natives
            if native != "c-empty"
            for j in ("B", "a", "A", "b")
        ]
    )
    store.upsert_disputes([samples.dispute("d1"), samples.dispute("d2", order_id="FM-2")])


@pytest.mark.parametrize("order_id", [None, "FM-2"])
def test_jsonl_is_byte_identical_on_sqlite_and_postgresql(
    tmp_path: Path, samples: Any, order_id: str | None
) -> None:
    # PostgreSQL builds the lines in SQL (SqlStore.export_text), SQLite in Python: the files must not differ.
    from .conftest import make_store

    exports: list[bytes] = []
    for kind in ("sqlite", "postgresql"):
        store = make_store(kind, tmp_path)
        try:
            _awkward_history(store, samples)
            path = tmp_path / f"{kind}.jsonl"
            progress: list[tuple[int, int]] = []
            summary = export_jsonl(
                store,
                path,
                account=samples.account,
                order_id=order_id,
                progress=lambda *p: progress.append(p),  # noqa: B023 (called before the next round)
            )
            assert (summary.conversations, summary.messages) == ((6, 20) if order_id is None else (2, 4))
            assert progress[-1] == (summary.conversations, summary.conversations)
            exports.append(path.read_bytes())
        finally:
            if store.dialect == "postgresql":
                store.drop_tables()
            store.close()
    assert exports[0] == exports[1]
    records = list(read_jsonl(tmp_path / "sqlite.jsonl"))
    conversations = [r.id.rsplit(":", 1)[1] for r in records if isinstance(r, Conversation)]
    if order_id is None:  # no time first, then by time, ties by code point
        assert conversations == ["c-undated", "c-a", "c-empty", "c-é", "c-Z", "c-z"]
    messages = [r.id.rsplit("/", 1)[1] for r in records if isinstance(r, Message)][:4]
    assert messages == ["mA", "mB", "ma", "mb"]  # sent at the same moment: by code point
