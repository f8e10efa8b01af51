"""The unified model refuses bad input with errors that name the field and the fix."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from pydantic import ValidationError

from marketmsg import (
    Account,
    Attachment,
    Channel,
    ConfigurationError,
    Conversation,
    InvalidIdError,
    Money,
    Party,
    PartyRole,
)
from marketmsg.models import IdKind, make_id, parse_id, sanitize_filename

BUYER = Party(role=PartyRole.BUYER, platform_id="b1")


def conversation(**overrides: object) -> Conversation:
    values: dict[str, object] = {
        "id": "fakemarket:S1:conv:c1",
        "platform": "fakemarket",
        "account": "fakemarket:S1",
        "channel": Channel.OTHER,
        "buyer": BUYER,
    }
    values.update(overrides)
    return Conversation(**values)  # type: ignore[arg-type]


def test_naive_datetime_is_refused_with_the_fix() -> None:
    with pytest.raises(ValidationError) as info:
        conversation(last_message_at=datetime(2026, 1, 1, 12, 0))
    text = str(info.value)
    assert "last_message_at" in text and "timezone-aware" in text


def test_aware_datetimes_are_stored_in_utc() -> None:
    pacific = timezone(timedelta(hours=-8))
    conv = conversation(last_message_at=datetime(2026, 1, 1, 4, 0, tzinfo=pacific))
    assert conv.last_message_at == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    assert conv.last_message_at is not None and conv.last_message_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("amount", "currency", "message"),
    [
        ("-1.00", "USD", "must not be negative"),
        ("10", "usdd", "not an ISO-4217"),
        ("10", "XYZ", "not an ISO-4217"),
        ("10", 840, "ISO-4217 code"),
        ("NaN", "EUR", "finite"),
        ("abc", "EUR", "amount"),
    ],
)
def test_bad_money_is_refused(amount: object, currency: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Money(amount=amount, currency=currency)  # type: ignore[arg-type]


def test_money_keeps_decimal_precision() -> None:
    assert Money(amount=0.1, currency="eur").amount == Decimal("0.1")  # type: ignore[arg-type]
    assert Money(amount="19.99", currency="CNY").currency == "CNY"
    assert str(Money(amount="5", currency="USD")) == "5 USD"


def test_models_are_frozen_and_strict() -> None:
    conv = conversation()
    with pytest.raises(ValidationError):
        conv.order_id = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs"):
        conversation(unexpected_field=1)


def test_raw_is_kept_but_not_shown() -> None:
    conv = conversation(raw={"buyerEmail": "jane@example.com"})
    assert "jane" not in repr(conv)
    assert conv.raw == {"buyerEmail": "jane@example.com"}


@pytest.mark.parametrize(
    ("account", "field"),
    [
        ({"platform": "Amazon!", "seller_id": "A1"}, "platform"),
        ({"platform": "amazon", "seller_id": "  "}, "seller_id"),
        ({"platform": "amazon", "seller_id": "A:1"}, "seller_id"),
    ],
)
def test_bad_account_names_the_field(account: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as info:
        Account(**account)  # type: ignore[arg-type]
    assert field in str(info.value)


def test_missing_credentials_name_the_key(fakemarket: None) -> None:
    from marketmsg import Client

    with pytest.raises(ConfigurationError) as info:
        Client([Account(platform="fakemarket", seller_id="S1")])
    assert info.value.field == "credentials.api_key"
    assert "api_key" in str(info.value)


def test_client_needs_accounts_of_the_right_type(fakemarket: None) -> None:
    from marketmsg import Client

    with pytest.raises(ConfigurationError, match="at least one Account"):
        Client([])
    with pytest.raises(ConfigurationError, match=r"expected marketmsg\.Account"):
        Client([{"platform": "fakemarket"}])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "native",
    ["q7w8e9@marketplace.amazon.de/303-1234567-1234567", "im/2001234567", "with:colons:inside", "1"],
)
def test_ids_round_trip(native: str) -> None:
    value = make_id("amazon", "A1B2C3", IdKind.CONVERSATION, native)
    assert parse_id(value) == ("amazon", "A1B2C3", IdKind.CONVERSATION, native)


def test_make_id_takes_a_kind_by_its_value_the_same_before_and_after_caching() -> None:
    # A fresh (platform, seller) each run: the first call is the uncached one.
    seller = f"S{id(object())}"
    first = make_id("fakemarket", seller, "conv", "a")  # type: ignore[arg-type]
    assert first == make_id("fakemarket", seller, "conv", "a")  # type: ignore[arg-type]
    assert first == make_id("fakemarket", seller, IdKind.CONVERSATION, "a")
    assert parse_id(first).kind is IdKind.CONVERSATION
    with pytest.raises(InvalidIdError, match="id kind 'thread' is none of att, conv, dispute, msg, order"):
        make_id("fakemarket", seller, "thread", "a")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("not-an-id", "not a marketmsg id"),
        ("amazon:A1:bogus:x", "unknown id kind"),
        ("amazon:A1:dispute:x", "dispute id, but a conversation id is needed"),
    ],
)
def test_bad_ids_say_what_is_wrong(value: str, message: str) -> None:
    with pytest.raises(InvalidIdError, match=message):
        parse_id(value, expect=IdKind.CONVERSATION)


@pytest.mark.parametrize(
    ("name", "safe"),
    [
        ("../../etc/passwd", "passwd"),
        ("C:\\Users\\x\\invoice.pdf", "invoice.pdf"),
        ("..", "attachment"),
        ("", "attachment"),
        ("photo\x00.jpg", "photo.jpg"),
        (".hidden", "hidden"),
        ("Rechnung März.pdf", "Rechnung März.pdf"),
        ("a" * 300 + ".png", "a" * 116 + ".png"),
        ('quote"<script>.txt', "quote__script_.txt"),
    ],
)
def test_filenames_are_sanitised(name: str, safe: str) -> None:
    assert sanitize_filename(name) == safe


def test_attachment_from_bytes_checks_itself() -> None:
    attachment = Attachment.from_bytes("../x.pdf", b"%PDF-1.4", "application/pdf")
    assert attachment.filename == "x.pdf"
    assert attachment.size == 8 and attachment.sha256 is not None
    with pytest.raises(ValidationError, match="does not match"):
        Attachment(filename="x", size=3, content=b"toolong")


def test_an_unknown_message_kind_is_a_typed_error_with_a_suggestion() -> None:
    import pytest

    from marketmsg import ConfigurationError, MessageKind, UnknownMessageKindError

    with pytest.raises(UnknownMessageKindError, match="Did you mean 'warranty'") as info:
        MessageKind("warrenty")
    assert isinstance(info.value, ConfigurationError) and isinstance(info.value, ValueError)
    assert info.value.field == "kind" and info.value.suggestion == "warranty"


def test_client_send_with_an_unknown_kind_fails_before_any_io() -> None:
    import pytest

    from marketmsg import UnknownMessageKindError
    from marketmsg.sandbox import Sandbox

    with Sandbox.create(["amazon"]).client() as client, pytest.raises(UnknownMessageKindError):
        client.messages.send("303-1234567-1234567", "warrenty", platform="amazon")
