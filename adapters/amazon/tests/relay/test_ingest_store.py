"""Ingestion into the store: dedupe by Message-ID, quarantine instead of loss, opt-outs, Maildir checkpoints."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from marketmsg import Account, ConfigurationError, VirtualClock
from marketmsg_amazon.relay import (
    LOCALES,
    DnsFunc,
    MalformedMailError,
    RelayMailbox,
    RelayMailGenerator,
    RelaySettings,
    SqliteRelayStore,
    parse,
)
from marketmsg_amazon.relay._store import relay_thread_key

ACCOUNT = Account(platform="amazon", seller_id="A1STORE")


def _mailbox(tmp_path: Path, clock: VirtualClock, dns: DnsFunc, **settings: object) -> RelayMailbox:
    relay = RelaySettings.model_validate({"sender": "orders@seller.example", **settings})
    store = SqliteRelayStore(f"file:{tmp_path.name}?mode=memory&cache=shared")
    return RelayMailbox(ACCOUNT, relay, store=store, clock=clock, dnsfunc=dns)


def test_the_same_message_is_stored_once(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    box = _mailbox(tmp_path, clock, corpus_dns)
    raw = corpus_generator.buyer_message(locale="de")
    assert box.ingest(raw).result == "added"
    assert box.ingest(raw).result == "duplicate"
    # A forwarder that re-wraps the message keeps the Message-ID: still a duplicate.
    assert box.ingest(b"X-Forwarded-By: mta.example\r\n" + raw).result == "duplicate"
    assert len(box.store.messages(ACCOUNT.key)) == 1


def test_threads_by_alias_and_order(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    box = _mailbox(tmp_path, clock, corpus_dns)
    alias = corpus_generator.alias("fr", n=1)
    for text in ("first", "second"):
        box.ingest(
            corpus_generator.buyer_message(
                locale="fr", alias=alias, order_id="111-1111111-1111111", text=text
            )
        )
    box.ingest(corpus_generator.buyer_message(locale="fr", alias=alias, order_id="222-2222222-2222222"))
    # The +case suffix of a later message still threads with the buyer's alias.
    box.ingest(
        corpus_generator.buyer_message(
            locale="fr", alias=alias, order_id="111-1111111-1111111", text="third", case_id="CASE9"
        )
    )
    threads = {(t.alias, t.order_id): [m.meta.body for m in t.messages] for t in box.threads()}
    assert threads == {
        (alias, "111-1111111-1111111"): ["first", "second", "third"],
        (alias, "222-2222222-2222222"): [LOCALES["fr"].sample],
    }
    # Keyed by a hash of alias and order: the key names neither.
    for thread in box.threads():
        assert thread.key.startswith("t-") and alias.partition("@")[0] not in thread.key


def test_opt_out_bounce_sets_the_flag(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    box = _mailbox(tmp_path, clock, corpus_dns)
    alias = corpus_generator.alias("de", n=77)
    order = "303-1234567-1234567"
    box.ingest(corpus_generator.buyer_message(locale="de", alias=alias, order_id=order))
    assert not box.is_opted_out(alias)
    box.ingest(corpus_generator.notice("opt_out", alias=alias, order_id=order, locale="de"))
    assert box.is_opted_out(alias)
    assert box.opted_out_for_order(order)
    assert not box.opted_out_for_order("999-9999999-9999999")


def test_forged_opt_out_is_not_trusted(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    box = _mailbox(tmp_path, clock, corpus_dns)
    alias = corpus_generator.alias("de", n=78)
    outcome = box.ingest(corpus_generator.notice("opt_out", alias=alias, order_id="303-1-1", sign=False))
    assert outcome.message is not None and outcome.message.kind == "phishing_suspect"
    assert not box.is_opted_out(alias)


@pytest.mark.parametrize(
    "raw",
    [b"", b"   \r\n", b"just some text without headers", b"\x00\x01\x02" * 50],
    ids=["empty", "blank", "no-headers", "binary"],
)
def test_not_mail_is_a_typed_error_and_kept_in_quarantine(
    raw: bytes, tmp_path: Path, clock: VirtualClock, corpus_dns: DnsFunc
) -> None:
    with pytest.raises(MalformedMailError):
        parse(raw, verify=False)
    box = _mailbox(tmp_path, clock, corpus_dns)
    assert box.ingest(raw).result == "quarantined"
    assert [r for _, r in box.store.quarantined(ACCOUNT.key)] == [raw]


def test_non_bytes_input_is_refused_clearly() -> None:
    with pytest.raises(MalformedMailError, match="raw RFC 822 bytes"):
        parse("From: a@b.c\n\nhi", verify=False)  # type: ignore[arg-type]


def test_maildir_is_read_once_and_never_changed(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    maildir = tmp_path / "Maildir"
    corpus_generator.to_maildir(maildir, corpus_generator.seed_mailbox(12))
    before = sorted(p.name for p in maildir.rglob("*") if p.is_file())
    box = _mailbox(tmp_path, clock, corpus_dns, sources=[{"type": "maildir", "path": str(maildir)}])
    first = box.sync()[0]
    assert first.added + first.quarantined == 12 and first.duplicates == 0
    corpus_generator.to_maildir(maildir, [corpus_generator.buyer_message(locale="pl")])
    second = box.sync()[0]
    assert (second.added, second.duplicates) == (1, 0)
    after = sorted(p.name for p in maildir.rglob("*") if p.is_file())
    assert set(before) <= set(after) and len(after) == 13
    assert len(mailbox.Maildir(str(maildir), create=False)) == 13


def test_missing_maildir_is_a_configuration_error(
    tmp_path: Path, clock: VirtualClock, corpus_dns: DnsFunc
) -> None:
    box = _mailbox(tmp_path, clock, corpus_dns, sources=[{"type": "maildir", "path": str(tmp_path / "nope")}])
    with pytest.raises(ConfigurationError, match="not a Maildir"):
        box.sync()


def test_settings_errors_name_the_key() -> None:
    account = Account(
        platform="amazon",
        seller_id="A1",
        settings={"relay": {"sender": "a@b.c", "sources": [{"type": "pop3"}]}},
    )
    with pytest.raises(ConfigurationError) as info:
        RelayMailbox.for_account(account)
    assert info.value.field is not None and info.value.field.startswith("settings.relay.sources")
    with pytest.raises(ConfigurationError, match=r"settings\.relay"):
        RelayMailbox.for_account(Account(platform="amazon", seller_id="A2"))


def test_store_survives_reopening(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    path = str(tmp_path / "relay.sqlite3")
    relay = RelaySettings(sender="orders@seller.example", store=path)
    first = RelayMailbox(ACCOUNT, relay, clock=clock, dnsfunc=corpus_dns)
    raw = corpus_generator.buyer_message(locale="it")
    first.ingest(raw)
    second = RelayMailbox(ACCOUNT, relay, clock=clock, dnsfunc=corpus_dns)
    assert second.ingest(raw).result == "duplicate"
    assert len(second.threads()) == 1


def test_reprs_and_errors_carry_no_buyer_pii(
    tmp_path: Path, clock: VirtualClock, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    from marketmsg import NotFoundError

    box = _mailbox(tmp_path, clock, corpus_dns)
    alias = corpus_generator.alias("en", n=31337)
    raw = corpus_generator.buyer_message(alias=alias, name="Philippa", text="My phone is 555-0100")
    outcome = box.ingest(raw)
    stored = box.store.messages(ACCOUNT.key)[0]
    for text in (repr(outcome), repr(outcome.message), repr(stored), repr(box)):
        assert alias.partition("@")[0] not in text
        assert "Philippa" not in text and "555-0100" not in text
    with pytest.raises(NotFoundError) as info:
        box.thread(relay_thread_key(alias, "999-9999999-9999999"))
    assert alias.partition("@")[0] not in str(info.value)


def test_the_relay_store_takes_a_path_like_the_core_store(tmp_path: Path) -> None:
    path = tmp_path / "relay.sqlite3"
    store = SqliteRelayStore(path)
    assert store.path == str(path)
    assert path.exists()
