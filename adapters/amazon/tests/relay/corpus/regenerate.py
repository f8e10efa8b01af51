"""Regenerate the generated half of the relay corpus: ``python adapters/amazon/tests/relay/corpus/regenerate.py``.

Writes ``generated/*.eml`` (signed with ``test-dkim-key.pem``) and ``generated.json``: the expected fields, taken
from the generator's INPUTS (never from the parser), so the corpus test checks the parser against what was built.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from marketmsg_amazon.relay import LOCALES, RelayMailGenerator

HERE = Path(__file__).parent
SELLER = "orders@seller.example"


def main() -> None:
    pem = (HERE / "test-dkim-key.pem").read_bytes()
    pub = (HERE / "test-dkim-key.pub").read_text().strip()
    gen = RelayMailGenerator(
        seller_address=SELLER,
        seed=42,
        start=datetime(2026, 10, 1, 9, 0, tzinfo=UTC),
        private_key_pem=pem,
        public_key_b64=pub,
    )
    out = HERE / "generated"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    cases: dict[str, dict[str, Any]] = {}

    def add(name: str, raw: bytes, expected: dict[str, Any]) -> None:
        (out / f"{name}.eml").write_bytes(raw)
        cases[f"generated/{name}.eml"] = expected

    for i, (lang, loc) in enumerate(LOCALES.items()):
        alias = gen.alias(lang, n=100 + i)
        order = f"{100 + i}-{1000000 + i:07d}-{2000000 + i:07d}"
        name = loc.names[0]
        html = i % 3 == 1
        attachments = [("receipt.pdf", "application/pdf", b"%PDF-1.4 test")] if i % 3 == 2 else []
        raw = gen.buyer_message(
            locale=lang,
            alias=alias,
            name=name,
            order_id=order,
            topic="Shipping",
            attachments=attachments,
            html_only=html,
        )
        add(
            f"{lang}_buyer",
            raw,
            {
                "kind": "buyer_message",
                "locale": lang,
                "order_id": order,
                "buyer_alias": alias,
                "buyer_name": name,
                "topic": "Shipping",
                "body": loc.sample,
                "html_only": html,
                "marketplace": loc.tld,
                "attachments": [a[0] for a in attachments],
                "asins": ["B0SANDBOX1"],
                "authentic": True,
            },
        )
        text = "Any news about my parcel?"
        reply = gen.buyer_message(
            locale=lang,
            alias=alias,
            name=name,
            order_id=order,
            text=text,
            quoted=loc.sample,
            reply_subject=f"RE: Shipping inquiry from Amazon customer {name} (Order: {order})",
            case_id="CASE" + str(i) if i % 2 else None,
        )
        add(
            f"{lang}_reply_quoted",
            reply,
            {
                "kind": "buyer_message",
                "locale": lang,
                "order_id": order,
                "buyer_alias": alias,
                "buyer_name": name,
                "topic": "Shipping",
                "body": text,
                "is_reply": True,
                "authentic": True,
            },
        )
    opt_alias = gen.alias("de", n=500)
    add(
        "opt_out_bounce",
        gen.notice("opt_out", alias=opt_alias, order_id="305-1111111-2222222", locale="de"),
        {
            "kind": "opt_out_bounce",
            "buyer_alias": opt_alias,
            "order_id": "305-1111111-2222222",
            "authentic": True,
        },
    )
    fail_alias = gen.alias("en", n=501)
    add(
        "delivery_failure",
        gen.notice("delivery_failure", alias=fail_alias, order_id="111-3333333-4444444"),
        {
            "kind": "delivery_failure",
            "buyer_alias": fail_alias,
            "order_id": "111-3333333-4444444",
            "authentic": True,
        },
    )
    add(
        "system_notice",
        gen.notice("system", alias=fail_alias, order_id="111-5555555-6666666", locale="fr"),
        {"kind": "system", "order_id": "111-5555555-6666666", "authentic": True},
    )
    add(
        "spoof_signed_elsewhere",
        gen.spoof(alias=gen.alias("en", n=502)),
        {"kind": "phishing_suspect", "authentic": False},
    )
    # A-to-z claims and chargebacks: Amazon's notification mails (formats unconfirmed: see _claim_templates.py).
    claims = [
        ("en", "a_to_z", "information_requested", "$25.99", "USD", "25.99", 48 * 3600),
        ("en", "a_to_z", "granted", "$25.99", "USD", "25.99", 30 * 86400),
        ("en", "a_to_z", "denied", "$25.99", None, None, None),
        ("en", "a_to_z", "withdrawn", "$25.99", None, None, None),
        ("en", "chargeback", "information_requested", "$58.40", "USD", "58.40", 7 * 86400),
        ("en", "chargeback", "granted", "$58.40", "USD", "58.40", None),
        ("en", "chargeback", "denied", "$58.40", None, None, None),
        ("de", "a_to_z", "information_requested", "34,90 €", "EUR", "34.90", 3 * 86400),
        ("de", "a_to_z", "granted", "1.234,56 €", "EUR", "1234.56", 30 * 86400),
        ("fr", "a_to_z", "information_requested", "25,99 €", "EUR", "25.99", 48 * 3600),
        ("es", "a_to_z", "information_requested", "25,99 €", "EUR", "25.99", 48 * 3600),
        ("ja", "a_to_z", "information_requested", "￥2,599", "JPY", "2599", 48 * 3600),
    ]
    for i, (lang, kind, event, shown, currency, amount, window) in enumerate(claims):
        order = f"{200 + i}-{3000000 + i:07d}-{4000000 + i:07d}"
        raw = gen.claim_notice(kind, event, order_id=order, locale=lang, amount=shown)
        claim: dict[str, Any] = {"kind": kind, "event": event, "window_seconds": window}
        if currency:
            claim["amount"] = [amount, currency]
        add(
            f"claim_{lang}_{kind}_{event}",
            raw,
            {"kind": "claim_notice", "order_id": order, "marketplace": LOCALES[lang].tld, "claim": claim,
             "authentic": True},
        )  # fmt: skip
    (HERE / "generated.json").write_text(
        json.dumps(cases, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    )
    print(f"wrote {len(cases)} messages to {out}")


if __name__ == "__main__":
    main()
