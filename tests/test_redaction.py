"""Secrets and buyer PII never reach logs, reprs or exception text."""

from __future__ import annotations

import logging

import httpx
import pytest

from marketmsg import Account, AuthenticationError, Client, VirtualClock, get_adapter, redact, register_secret
from marketmsg._logging import get_logger
from marketmsg_fakemarket import BASE_URL, FakemarketSimulator

SECRET_KEY = "fm-super-secret-key-9f8e7d6c"


@pytest.mark.parametrize(
    ("text", "leak"),
    [
        ("Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload.sig", "eyJhbGciOiJIUzI1NiJ9.payload.sig"),
        ('{"access_token":"Atza|IwEBIJ-abcdef0123456789"}', "IwEBIJ-abcdef0123456789"),
        ("refresh_token=Atzr|IwEBIK-secretsecret&grant_type=refresh_token", "IwEBIK-secretsecret"),
        ("GET /sync?method=x&sign=9A8B7C6D5E4F&app_key=123", "9A8B7C6D5E4F"),
        ("client_secret: amzn1.oa2-cs.v1.0123456789abcdef", "amzn1.oa2-cs.v1.0123456789abcdef"),
        ("x-amz-access-token: Atza|AAAAAAAABBBBBBBB", "AAAAAAAABBBBBBBB"),
        ("buyer wrote from q7w8e9r0t1y2u3i@marketplace.amazon.de", "q7w8e9r0t1y2u3i"),
    ],
)
def test_patterns_are_masked(text: str, leak: str) -> None:
    assert leak not in redact(text)


def test_an_adapters_secret_shapes_are_masked_once_it_is_loaded() -> None:
    # Platform parameter names come from the adapter (contract v2), registered when its class loads: a
    # client built on an Amazon account has loaded it before anything is logged.
    get_adapter("amazon")
    assert "ANDGXVFKHdmzxAUh" not in redact("spapi_oauth_code=ANDGXVFKHdmzxAUh")


def test_registered_secret_is_masked_anywhere() -> None:
    register_secret("plain-looking-value-123")
    assert "plain-looking-value-123" not in redact("the value plain-looking-value-123 leaked")


def test_short_values_are_not_registered() -> None:
    register_secret("abc")
    assert redact("abc def") == "abc def"


def test_account_repr_hides_credentials() -> None:
    account = Account(platform="fakemarket", seller_id="S1", credentials={"api_key": SECRET_KEY})
    assert SECRET_KEY not in repr(account)
    assert SECRET_KEY not in str(account.model_dump())


def test_logs_and_errors_carry_no_secret(
    fakemarket: None, clock: VirtualClock, caplog: pytest.LogCaptureFixture
) -> None:
    simulator = FakemarketSimulator(clock)
    account = Account(platform="fakemarket", seller_id="S1", credentials={"api_key": SECRET_KEY})
    http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(simulator.handle)})
    with (
        caplog.at_level(logging.DEBUG, logger="marketmsg"),
        Client([account], http_client=http, clock=clock) as client,
    ):
        with pytest.raises(AuthenticationError) as info:  # the simulator does not know this key
            client.conversations.get("fakemarket:S1:conv:c1")
        get_logger("marketmsg.test").debug("request headers: %s", dict(simulator.requests[-1].headers))
    assert simulator.requests[-1].headers["authorization"] == f"Bearer {SECRET_KEY}", (
        "the key was really used"
    )
    assert caplog.records, "DEBUG logging must say something"
    assert SECRET_KEY not in caplog.text
    assert SECRET_KEY not in str(info.value)
    assert SECRET_KEY not in repr(info.value)


def test_exception_messages_are_redacted() -> None:
    from marketmsg import BadRequestError

    error = BadRequestError("bad request with access_token=Atza|LEAKEDTOKEN123", status_code=400)
    assert "LEAKEDTOKEN123" not in str(error)


def test_party_repr_hides_buyer_identity() -> None:
    from marketmsg import Party, PartyRole

    party = Party(role=PartyRole.BUYER, platform_id="q7w8e9@marketplace.amazon.de", display_name="Jane Buyer")
    assert "Jane" not in repr(party) and "q7w8e9" not in repr(party)


@pytest.mark.parametrize(
    ("text", "kept", "leak"),
    [
        # A field name followed by a sentence: the sentence is not a secret (issue 13 item 7).
        (
            "credentials.refresh_token: account 'A1' lacks credential(s) refresh_token",
            "refresh_token: account 'A1' lacks",
            None,
        ),
        (
            "accounts[0].credentials.app_secret: environment variable AE_APP_SECRET is not set",
            "app_secret: environment variable AE_APP_SECRET is not set",
            None,
        ),
        ("the platform said: error code: 15", "error code: 15", None),
        ("Basic plan sellers cannot use this", "Basic plan sellers", None),
        # Values are still masked, words or not around them.
        (
            "postgresql://app:Pg-S3cret@db.internal:5432/mm",
            "postgresql://app:[REDACTED]@db.internal",
            "Pg-S3cret",
        ),
        ("redis://:hunter2@127.0.0.1:6379/0", "redis://:[REDACTED]@127.0.0.1", "hunter2"),
        ("GET /callback?code=ANDGX1abc&state=s", "code=[REDACTED]", "ANDGX1abc"),
        ("Authorization: Basic dXNlcjpwYXNz", "Basic [REDACTED]", "dXNlcjpwYXNz"),
    ],
)
def test_values_are_masked_never_words(text: str, kept: str, leak: str | None) -> None:
    out = redact(text)
    assert kept in out
    if leak is not None:
        assert leak not in out


def test_configuration_errors_read_as_sentences() -> None:
    from marketmsg import ConfigurationError

    error = ConfigurationError(
        "account 'A1' lacks credential(s) refresh_token", field="credentials.refresh_token"
    )
    assert str(error) == "credentials.refresh_token: account 'A1' lacks credential(s) refresh_token"
    assert "[REDACTED]" not in str(error)


def test_the_registry_keeps_a_bounded_number_of_refreshed_tokens() -> None:
    from marketmsg import _redact

    register_secret("credential-pinned-0001")
    for i in range(_redact.MAX_TRANSIENT_SECRETS + 50):
        register_secret(f"Atza|refreshed-token-{i:08d}", transient=True)
    assert len(_redact._transient) <= _redact.MAX_TRANSIENT_SECRETS
    newest = f"Atza|refreshed-token-{_redact.MAX_TRANSIENT_SECRETS + 49:08d}"
    assert "refreshed-token" not in redact(f"x {newest} y")
    # Credentials are never dropped for tokens, however many tokens come and go.
    assert redact("the credential-pinned-0001 leaked") == "the [REDACTED] leaked"
    assert f"Atza|refreshed-token-{0:08d}" not in _redact._values  # the oldest token was forgotten


def test_a_secret_containing_another_is_masked_whole() -> None:
    register_secret("abcdef-short")
    register_secret("abcdef-short-and-longer")
    assert redact("x abcdef-short-and-longer y") == "x [REDACTED] y"
    assert redact("x abcdef-short y") == "x [REDACTED] y"
