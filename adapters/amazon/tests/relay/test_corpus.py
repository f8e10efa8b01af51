"""The relay corpus (generated + hand-written, 10 locales): every message parses to the fields in the table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from marketmsg_amazon.relay import DnsFunc, RelayMailGenerator, parse

CORPUS = Path(__file__).parent / "corpus"
CASES: dict[str, dict[str, Any]] = {
    **json.loads((CORPUS / "generated.json").read_text()),
    **json.loads((CORPUS / "hand.json").read_text()),
}
# Fields compared one to one with the parser's attribute of the same name.
DIRECT = ("kind", "locale", "order_id", "buyer_alias", "buyer_name", "topic", "is_reply", "html_only",
          "platform_message_id", "marketplace", "marketplace_id", "reply_address", "in_reply_to")  # fmt: skip


def test_corpus_is_big_and_varied() -> None:
    assert len(CASES) >= 40
    locales = {c["locale"] for c in CASES.values() if c.get("locale")}
    assert len(locales) >= 8, locales
    kinds = {c["kind"] for c in CASES.values()}
    assert {"buyer_message", "system", "opt_out_bounce", "delivery_failure", "phishing_suspect"} <= kinds
    assert any(c.get("html_only") for c in CASES.values())
    assert any(c.get("attachments") for c in CASES.values())
    assert any(c.get("is_reply") for c in CASES.values())


def _load(name: str, case: dict[str, Any], generator: RelayMailGenerator) -> bytes:
    raw = (CORPUS / name).read_bytes()
    domain = case.get("sign")
    return generator.sign(raw, domain) if domain else raw


@pytest.mark.parametrize("name", sorted(CASES))
def test_message_parses_to_expected_fields(
    name: str, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    case = CASES[name]
    message = parse(_load(name, case, corpus_generator), dnsfunc=corpus_dns)
    for field in DIRECT:
        if field in case:
            assert getattr(message, field) == case[field], f"{name}: {field}"
    if "body" in case:
        assert message.body == case["body"]
    if "attachments" in case:
        assert [a.filename for a in message.attachments] == case["attachments"]
    if "attachment_types" in case:
        assert [a.content_type for a in message.attachments] == case["attachment_types"]
    if "asins" in case:
        assert [i.asin for i in message.items] == case["asins"]
    if "claim" in case:
        expected = case["claim"]
        claim = message.claim
        assert claim is not None, f"{name}: not recognised as a claim notification"
        assert (claim.kind, claim.event) == (expected["kind"], expected["event"]), name
        amount = [str(claim.amount.amount), claim.amount.currency] if claim.amount else None
        assert amount == expected.get("amount"), name
        window = claim.stated_window.total_seconds() if claim.stated_window else None
        assert window == expected["window_seconds"], name
        if "reason" in expected:
            assert claim.reason == expected["reason"], name
    elif message.kind != "phishing_suspect":
        assert message.claim is None, f"{name}: taken for a claim notification"
    if case.get("defects"):
        assert message.defects, "broken MIME must be reported in defects"
    if case.get("authentic") is None:
        assert message.authenticity is None
    else:
        assert message.authenticity is not None and message.authenticity.trusted is case["authentic"]


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c["kind"] == "buyer_message"))
def test_buyer_text_never_keeps_footer_links_or_tokens(
    name: str, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    message = parse(_load(name, CASES[name], corpus_generator), dnsfunc=corpus_dns)
    for leftover in ("commMgrTok", "no-response-needed", "For Your Information", "Original message", "http"):
        assert leftover.lower() not in message.body.lower()


@pytest.mark.parametrize("name", sorted(n for n, c in CASES.items() if c.get("sign")))
def test_valid_mail_becomes_a_suspect_when_unsigned(name: str, corpus_dns: DnsFunc) -> None:
    """The same bytes without Amazon's signature are never trusted (spoof protection is on by default)."""
    message = parse((CORPUS / name).read_bytes(), dnsfunc=corpus_dns)
    assert message.kind == "phishing_suspect"
    assert message.authenticity is not None and not message.authenticity.trusted


def test_trust_can_be_switched_off_explicitly() -> None:
    raw = (CORPUS / "hand/spoof_unsigned_relay.eml").read_bytes()
    assert parse(raw, verify=False).kind == "buyer_message"
    assert (
        parse(raw, verify=True, dnsfunc=lambda *a, **k: None, require_authenticity=False).kind
        == "buyer_message"
    )
