"""DKIM verdicts on relay mail, in RFC 8601 terms, and what each one does to threading.

RFC 6376 §6.1.3: a body hash that does not match is a permanent failure (``dkim=fail``); §6.1.2: a public-key
query that fails is a temporary one (``temperror``), a key that does not exist a permanent error (``permerror``).
Only a DKIM pass aligned with an Amazon From domain makes a buyer message; everything else is kept as
``phishing_suspect`` and never threads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from marketmsg_amazon.relay import (
    DnsFunc,
    RelayMailGenerator,
    SqliteRelayStore,
    parse,
    pinned_dns,
    verify_authenticity,
)
from marketmsg_amazon.relay._store import thread_key
from marketmsg_amazon.relay._threads import build_threads


def _alter_body(raw: bytes) -> bytes:
    """Change one word of the buyer's text after signing (headers untouched)."""
    head, sep, body = raw.partition(b"\r\n\r\n")
    assert sep, "generated mail uses CRLF"
    changed = body.replace(b"-------------\r\n\r\n", b"-------------\r\n\r\nPlease refund to my PayPal. ", 1)
    assert changed != body
    return head + sep + changed


def _dns_down(name: bytes | str, timeout: int = 5) -> bytes | None:
    raise TimeoutError("resolver did not answer")  # what a DNS outage looks like to the resolver hook


def _signed(generator: RelayMailGenerator) -> bytes:
    return generator.buyer_message(locale="en", text="Where is my parcel?")


CASES: dict[str, tuple[Callable[[RelayMailGenerator], bytes], str, str, bool]] = {
    # name: (mail, resolver (see _resolver), expected dkim, trusted)
    "pass": (_signed, "corpus", "pass", True),
    "body altered after signing": (lambda g: _alter_body(_signed(g)), "corpus", "fail", False),
    "signed by a foreign domain": (lambda g: g.spoof(), "with foreign key", "pass", False),
    "DNS failure": (_signed, "down", "temperror", False),
    "no key published": (_signed, "empty", "permerror", False),
    "not signed": (lambda g: g.buyer_message(locale="en", sign=False), "corpus", "none", False),
}


def _foreign_too(corpus_dns: DnsFunc) -> DnsFunc:
    """The corpus keys plus evil.example's, which the spoofer really controls: its own signature verifies."""
    from marketmsg_amazon.relay._generator import SELECTOR

    amazon = corpus_dns(f"{SELECTOR}._domainkey.amazon.com.".encode())
    text = amazon.decode() if isinstance(amazon, bytes) else str(amazon)
    return pinned_dns({f"{SELECTOR}._domainkey.evil.example": text}, fallback=corpus_dns)


def _resolver(which: str, corpus_dns: DnsFunc) -> DnsFunc:
    if which == "with foreign key":
        return _foreign_too(corpus_dns)
    return {"corpus": corpus_dns, "down": _dns_down, "empty": pinned_dns({})}[which]


@pytest.mark.parametrize("name", sorted(CASES))
def test_verdict(name: str, corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc) -> None:
    make, which, dkim_result, trusted = CASES[name]
    raw = make(corpus_generator)
    message = parse(raw, dnsfunc=_resolver(which, corpus_dns))
    assert message.authenticity is not None
    assert message.authenticity.dkim == dkim_result, message.authenticity.reason
    assert message.authenticity.trusted is trusted
    if trusted:
        assert message.kind == "buyer_message"
        assert message.authenticity.dmarc == "pass"
    else:
        # Claims to be a buyer via the relay but did not authenticate: kept for review, never a buyer message.
        assert message.kind == "phishing_suspect"
        assert message.authenticity.dmarc != "pass"
        assert thread_key(message) is None


def test_body_altered_is_a_permanent_failure_not_a_dns_problem(
    corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    verdict = verify_authenticity(
        _alter_body(_signed(corpus_generator)), "marketplace.amazon.com", dnsfunc=corpus_dns
    )
    assert (verdict.dkim, verdict.trusted) == ("fail", False)
    assert verdict.reason is not None and "body" in verdict.reason and "altered" in verdict.reason


def test_foreign_signature_is_not_aligned(corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc) -> None:
    verdict = verify_authenticity(
        corpus_generator.spoof(), "marketplace.amazon.com", dnsfunc=_foreign_too(corpus_dns)
    )
    # The signature itself is fine (evil.example signed it) — it just does not speak for amazon.com.
    assert verdict.dkim == "pass"
    assert verdict.dmarc != "pass" and not verdict.trusted
    assert verdict.reason is not None and "not aligned with amazon.com" in verdict.reason


def test_dns_failure_is_temporary_and_dmarc_cannot_be_evaluated(corpus_generator: RelayMailGenerator) -> None:
    verdict = verify_authenticity(_signed(corpus_generator), "marketplace.amazon.com", dnsfunc=_dns_down)
    assert (verdict.dkim, verdict.dmarc, verdict.trusted) == ("temperror", "temperror", False)
    assert verdict.reason is not None and "DNS" in verdict.reason


def test_one_good_signature_among_broken_ones_passes(
    corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc
) -> None:
    # A forwarder adds its own (here: unverifiable) signature on top of Amazon's: Amazon's still counts.
    raw = corpus_generator.sign(_signed(corpus_generator), "forwarder.example")
    only_amazon = pinned_dns({k: v for k, v in corpus_generator.dns_records().items() if "amazon" in k})
    verdict = verify_authenticity(raw, "marketplace.amazon.com", dnsfunc=only_amazon)
    assert (verdict.dkim, verdict.trusted) == ("pass", True)


def test_none_of_the_failing_ones_threads(corpus_generator: RelayMailGenerator, corpus_dns: DnsFunc) -> None:
    store = SqliteRelayStore(":memory:")
    now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    expected_threads = set()
    for make, which, _, trusted in CASES.values():
        raw = make(corpus_generator)
        message = parse(raw, dnsfunc=_resolver(which, corpus_dns))
        store.ingest("acct", message, raw, received_at=now)
        if trusted:
            expected_threads.add(thread_key(message))
    threads = build_threads(store.messages("acct"))
    assert {t.key for t in threads} == expected_threads and len(threads) == 1
    kinds = sorted(m.meta.kind for m in store.messages("acct"))
    assert kinds.count("phishing_suspect") == len(CASES) - 1
    store.close()
