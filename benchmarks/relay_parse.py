"""Relay-mail parser speed: messages per second, as a ratio to bare stdlib ``email`` parsing of the same corpus.

The corpus is the relay test corpus (``adapters/amazon/tests/relay/corpus``, 42 messages, 10 locales, HTML-only,
attachments, notices, spoofs). The baseline, measured in the same run on the same bytes, is what any script
does first: ``email.message_from_bytes(raw, policy=email.policy.default)`` plus ``get_body()`` — no markers,
no classification, no sanitising. Two figures are printed: the parser alone (``verify=False``) and with the
DKIM/DMARC check against pinned keys (no network; RSA verification dominates). Ratios compare across machines.
"""

from __future__ import annotations

import email
import email.policy
import sys
import time
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository root importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from marketmsg_amazon.relay import RelayMailGenerator, parse, pinned_dns

CORPUS = Path(__file__).resolve().parent.parent / "adapters/amazon/tests/relay/corpus"
ROUNDS = 20


def load() -> tuple[list[bytes], RelayMailGenerator]:
    """Every corpus message, hand-written ones signed as the tests sign them."""
    generator = RelayMailGenerator(
        private_key_pem=(CORPUS / "test-dkim-key.pem").read_bytes(),
        public_key_b64=(CORPUS / "test-dkim-key.pub").read_text().strip(),
    )
    raws = [p.read_bytes() for p in sorted((CORPUS / "generated").glob("*.eml"))]
    raws += [p.read_bytes() for p in sorted((CORPUS / "hand").glob("*.eml"))]
    return raws, generator


def _rate(raws: list[bytes], fn: Callable[[bytes], object]) -> float:
    for raw in raws:  # warm-up: imports, regex compilation, codec lookups
        fn(raw)
    start = time.perf_counter()
    for _ in range(ROUNDS):
        for raw in raws:
            fn(raw)
    return ROUNDS * len(raws) / (time.perf_counter() - start)


def _stdlib(raw: bytes) -> object:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return None
    try:
        return body.get_content()
    except LookupError:  # the corpus has an unknown charset on purpose; bare get_content() raises on it
        payload = body.get_payload(decode=True)
        return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else None


def main() -> None:
    raws, generator = load()
    dns = pinned_dns(generator.dns_records())
    baseline = _rate(raws, _stdlib)
    ours = _rate(raws, lambda raw: parse(raw, verify=False))
    verified = _rate(raws, lambda raw: parse(raw, dnsfunc=dns))
    print(f"corpus: {len(raws)} messages x {ROUNDS} rounds")
    print(f"stdlib email (baseline):      {baseline:10.0f} msg/s")
    print(f"relay parse, no DKIM:         {ours:10.0f} msg/s   ratio {ours / baseline:5.2f}x baseline")
    print(
        f"relay parse + DKIM/DMARC:     {verified:10.0f} msg/s   ratio {verified / baseline:5.2f}x baseline"
    )


if __name__ == "__main__":
    main()
