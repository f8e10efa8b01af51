"""Every account's ``settings`` is checked when the client is built: typos named with a suggestion, values typed.

Each adapter declares its schema (``Adapter.settings_model``); the core only runs it. A mistake surfaces at
``Client(...)`` as a ``ConfigurationError`` naming the key, the bad value and the fix — never silently (an
ignored ``messaging_apis`` used to hide the AliExpress IM inbox) and never at the first call that needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from marketmsg import Account, Client, ConfigurationError, load_accounts

AE_CREDENTIALS = {"app_key": "500001", "app_secret": "ae-secret-value-1", "access_token": "ae-access-token-1"}
AMZ_CREDENTIALS = {
    "refresh_token": "Atzr|IwEBItest-refresh",
    "lwa_app_id": "amzn1.application-oa2-client.test",
    "lwa_client_secret": "amzn1.oa2-cs.v1.test-secret",
}


def _account(platform: str, settings: dict[str, Any]) -> Account:
    if platform == "aliexpress":
        return Account(platform="aliexpress", seller_id="cn1", credentials=AE_CREDENTIALS, settings=settings)
    return Account(
        platform="amazon",
        seller_id="A1",
        marketplaces=("A1PA6795UKMFR9",),
        credentials=AMZ_CREDENTIALS,
        settings=settings,
    )


def _no_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"settings are checked before any I/O, yet {request.url} was called")


RELAY = {"sender": "orders@shop.example"}

# platform, settings, the field named, text the message must contain
BAD: list[tuple[str, dict[str, Any], str, str]] = [
    ("aliexpress", {"messaging_apis": "im"}, "settings.messaging_apis", "Did you mean 'messaging_api'?"),
    ("aliexpress", {"messaging_api": "imm"}, "settings.messaging_api", "'imm'"),
    ("aliexpress", {"reply_sla_hours": "a day"}, "settings.reply_sla_hours", "'a day'"),
    ("aliexpress", {"reply_sla_hours": -1}, "settings.reply_sla_hours", "greater than 0"),
    ("aliexpress", {"base_url": "api-sg.aliexpress.com"}, "settings.base_url", "http(s) URL"),
    ("aliexpress", {"gatewya": "top"}, "settings.gatewya", "Did you mean 'gateway'?"),
    ("amazon", {"endpiont": "https://x.example"}, "settings.endpiont", "Did you mean 'endpoint'?"),
    ("amazon", {"sandbox": "maybe"}, "settings.sandbox", "'maybe'"),
    ("amazon", {"rate_limits": {"sendInvoce": [1, 5]}}, "settings.rate_limits", "sendInvoce"),
    ("amazon", {"relay": {"sender": "not an address"}}, "settings.relay.sender", "Messaging Permissions"),
    ("amazon", {"relay": {**RELAY, "smpt": {"host": "smtp.shop.example"}}}, "settings.relay.smpt", "'smtp'"),
    (
        "amazon",
        {"relay": {**RELAY, "smtp": {"hots": "smtp.shop.example"}}},
        "settings.relay.smtp.hots",
        "'host'",
    ),
    (
        "amazon",
        {"relay": {**RELAY, "sources": [{"type": "imap", "host": "imap.shop.example", "usr": "orders"}]}},
        "settings.relay.sources[0]",
        "Did you mean 'user'?",
    ),
]


@pytest.mark.parametrize(("platform", "settings", "field", "text"), BAD)
def test_bad_settings_fail_when_the_client_is_built(
    platform: str, settings: dict[str, Any], field: str, text: str
) -> None:
    http = httpx.Client(transport=httpx.MockTransport(_no_network))
    with pytest.raises(ConfigurationError) as info:
        Client([_account(platform, settings)], http_client=http)
    error = info.value
    assert error.field is not None and error.field.startswith(field), error.field
    assert text in error.message
    assert "[REDACTED]" not in error.message


def test_good_settings_are_kept_and_typed() -> None:
    account = _account(
        "aliexpress",
        {"messaging_api": "im", "simplify": "false", "reply_sla_hours": "48", "return_address_id": 9},
    )
    with Client([account]) as client:
        (used,) = client.accounts
    assert used.setting("simplify") is False
    assert used.setting("reply_sla_hours") == 48.0
    assert used.setting("return_address_id") == "9"
    assert "token_expires_at" not in used.settings, "defaults stay the adapter's, only what was set is kept"


def test_the_sandbox_accounts_pass_their_own_adapters_checks() -> None:
    from marketmsg.sandbox import Sandbox

    with Sandbox.create().client() as client:
        assert {a.platform for a in client.accounts} >= {"amazon", "aliexpress"}


def test_an_accounts_file_names_the_file_the_entry_and_the_key(tmp_path: Path) -> None:
    path = tmp_path / "marketmsg.toml"
    path.write_text(
        '[[accounts]]\nplatform = "aliexpress"\nseller_id = "cn1"\n[accounts.credentials]\n'
        'app_key = "k"\napp_secret = "s"\naccess_token = "t"\n[accounts.settings]\nmessaging_apis = "im"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigurationError) as info:
        load_accounts(path)
    assert str(path) in str(info.value) and "accounts[0]" in str(info.value)
    assert "Did you mean 'messaging_api'?" in str(info.value)


def test_adapters_without_a_schema_are_not_checked(fakemarket: None) -> None:
    from marketmsg_fakemarket import FakemarketAdapter

    class Lenient(FakemarketAdapter):
        settings_model = None

    account = Account(
        platform="fakemarket", seller_id="S1", credentials={"api_key": "k"}, settings={"anything": 1}
    )
    assert Lenient.validate_account(account) is account
