"""The package's public surface is pinned, documented, and imports without warnings."""

from __future__ import annotations

import inspect
import subprocess
import sys

import marketmsg_aliexpress
from marketmsg_aliexpress import AliExpressAdapter, timeline

EXPECTED = [
    "AUTHORIZE_URL",
    "DEFAULT_BASE_URL",
    "DEFAULT_RULES",
    "MESSAGING_APIS",
    "AliExpressAdapter",
    "DisputeRules",
    "ImSession",
    "ImSessionOpened",
    "InMemoryTokenStore",
    "IopAuth",
    "IopToken",
    "RefundReshipComparison",
    "SignatureError",
    "TokenStore",
    "UnconfirmedSendError",
    "UnreadableResponseError",
    "aexchange_code",
    "authorization_url",
    "compare_refund_reship",
    "compute_timeline",
    "exchange_code",
    "parse_token_response",
    "sign",
    "sign_top",
    "token_create_request",
    "token_refresh_request",
]


def test_all_is_pinned() -> None:
    assert marketmsg_aliexpress.__all__ == EXPECTED


def test_public_callables_have_docstrings() -> None:
    for name in EXPECTED:
        value = getattr(marketmsg_aliexpress, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"{name} has no docstring"
    for name in timeline.__all__:
        value = getattr(timeline, name)
        if inspect.isclass(value) or inspect.isfunction(value):
            assert inspect.getdoc(value), f"timeline.{name} has no docstring"


def test_rule_pack_comes_from_the_rules_package() -> None:
    from marketmsg_aliexpress.rules import ALIEXPRESS_RULES

    assert AliExpressAdapter.rule_pack is ALIEXPRESS_RULES


def test_import_is_warning_free_and_loads_no_simulator() -> None:
    code = (
        "import sys, marketmsg_aliexpress\n"
        "assert 'marketmsg_aliexpress.simulator' not in sys.modules, 'the simulator loads only on sandbox()'\n"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)
