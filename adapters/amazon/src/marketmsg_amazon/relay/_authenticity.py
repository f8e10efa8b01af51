"""DKIM/DMARC verdict for one inbound relay message (dkimpy; DNS injectable so tests never leave the machine).

Policy (ecosystem anchors §5.4): a message counts as "from Amazon" only when a DKIM signature verifies for a
domain aligned (relaxed, organisational domain) with the From domain, and that From domain is an Amazon
marketplace domain. SPF is not evaluated — the connecting IP is gone once mail sits in a mailbox — so DMARC here
means "DKIM-aligned", which is also what survives forwarding. Amazon's exact DKIM ``d=`` domains are not
published (anchors §5.4 "Not found"), so alignment to ``amazon.<tld>`` is checked rather than a fixed list.
"""

from __future__ import annotations

import email.parser
import email.policy
import logging
import re
from collections.abc import Callable, Collection, Mapping
from typing import TYPE_CHECKING

from marketmsg.models import Authenticity

from ._headers import dkim_pass_domains
from ._markers import MARKETPLACE_TLDS

# dkimpy (and the dnspython it imports, ~50 ms) loads at the first verification, not when an Amazon client is
# built: the functions below import it where they use it.
if TYPE_CHECKING:
    import dkim

__all__ = ["DnsFunc", "organisational_domain", "pinned_dns", "system_dns", "verify_authenticity"]

DnsFunc = Callable[..., "bytes | str | None"]
"""dkimpy's resolver shape: ``dnsfunc(name: bytes, timeout=5) -> TXT record or None``."""

_log = logging.getLogger("marketmsg.amazon.relay")


class _QuietLogger:
    """dkimpy logs a failed signature at ERROR; for us that is a verdict, not an error: log it at DEBUG."""

    def _log(self, msg: object, *args: object, **kwargs: object) -> None:
        _log.debug("dkim: " + str(msg), *args)

    debug = info = warning = error = exception = _log


# Second-level public suffixes under which the registrable domain has three labels (co.uk, com.br, …). A small
# table instead of the whole Public Suffix List: it only has to be right for Amazon's marketplace TLDs and
# common look-alikes, and it keeps the dependency list short.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or"})
_AMAZON_ORG_DOMAINS = frozenset(f"amazon.{tld}" for tld in MARKETPLACE_TLDS)
_DKIM_D_RE = re.compile(rb"(?:^|;)\s*d\s*=\s*([^;\s]+)", re.IGNORECASE)


def organisational_domain(domain: str) -> str:
    """``marketplace.amazon.co.uk`` → ``amazon.co.uk``; ``bounces.amazon.com`` → ``amazon.com`` (RFC 7489 §3.2)."""
    labels = domain.lower().strip(".").split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def pinned_dns(records: Mapping[str, str], fallback: DnsFunc | None = None) -> DnsFunc:
    """A resolver answering from ``records`` (``"sel._domainkey.example.com" -> "v=DKIM1; k=rsa; p=…"``).

    Used by tests and by accounts that pin Amazon's public keys for offline verification; names not pinned go
    to ``fallback`` (or resolve to nothing).
    """
    table = {k.lower().rstrip("."): v for k, v in records.items()}

    def lookup(name: bytes | str, timeout: int = 5) -> bytes | None:
        key = (name.decode() if isinstance(name, bytes) else name).lower().rstrip(".")
        if key in table:
            return table[key].encode()
        if fallback is not None:
            answer = fallback(name, timeout=timeout)
            return answer.encode() if isinstance(answer, str) else answer
        return None

    return lookup


def _dmarc_record(domain: str, dnsfunc: DnsFunc) -> str | None:
    for name in dict.fromkeys((domain, organisational_domain(domain))):
        try:
            answer = dnsfunc(f"_dmarc.{name}.".encode(), timeout=5)
        except Exception:  # a resolver failure means "no record", never a crash
            return None
        if answer:
            text = answer.decode(errors="replace") if isinstance(answer, bytes) else answer
            if text.lower().startswith("v=dmarc1"):
                return text
    return None


def system_dns(name: bytes | str, timeout: int = 5) -> bytes | None:
    """Real DNS (dnspython) that tells "no such record" (None) from "DNS did not answer" (raises).

    Why not dkimpy's own ``get_txt``: it turns SERVFAIL into "no record", which would make a DNS outage look
    like a missing key (a permanent failure) instead of a temporary error (RFC 6376 §6.1.2).
    """
    import dkim
    import dns.exception
    import dns.rdatatype
    import dns.resolver

    text = name.decode("ascii", errors="replace") if isinstance(name, bytes) else name
    try:
        answer = dns.resolver.resolve(text, dns.rdatatype.TXT, raise_on_no_answer=False, lifetime=timeout)
    except (dns.resolver.NXDOMAIN, dns.resolver.NoAnswer):
        return None
    except dns.exception.DNSException as exc:  # timeout, SERVFAIL, no resolver: DNS trouble, not an answer
        raise dkim.DnsTimeoutError(f"{type(exc).__name__}: {exc}") from exc
    for record in answer.response.answer:
        if record.rdtype == dns.rdatatype.TXT:
            return b"".join(next(iter(record.items)).strings)
    return None


class _ObservedDns:
    """Wraps a resolver so a signature's outcome can be told apart: DNS trouble, no key, or a real answer.

    dkimpy reports all three as "not verified" (``False``); RFC 6376 §6.1.2 does not: a failed query is
    TEMPFAIL (``temperror`` in RFC 8601 terms), an absent key PERMFAIL (``permerror``).
    """

    def __init__(self, dnsfunc: DnsFunc) -> None:
        self.dnsfunc = dnsfunc
        self.trouble: str | None = None
        self.missing = False

    def __call__(self, name: bytes | str, timeout: int = 5) -> bytes | str | None:
        try:
            answer = self.dnsfunc(name, timeout=timeout)
        except Exception as exc:  # any resolver failure: dkimpy sees a timeout, we remember why
            import dkim

            self.trouble = f"{type(exc).__name__}: {exc}"[:120]
            raise dkim.DnsTimeoutError(self.trouble) from exc
        if not answer:
            self.missing = True
        return answer


# RFC 8601 §2.7.1 result per signature, worst-to-best order used to summarise several signatures: one that
# passes decides; otherwise a temporary DNS error wins (a later check may pass), then fail, then permerror.
_SUMMARY_ORDER = ("pass", "temperror", "fail", "permerror")


def _signature_result(signer: dkim.DKIM, idx: int, dnsfunc: DnsFunc) -> tuple[str, str | None]:
    """(RFC 8601 result, why) for the ``idx``-th DKIM-Signature of the message."""
    import dkim

    observed = _ObservedDns(dnsfunc)
    try:
        ok = signer.verify(idx=idx, dnsfunc=observed)
    except dkim.ValidationError as exc:
        # Body hash mismatch or a signature that does not verify: PERMFAIL (RFC 6376 §6.1.3) → "fail".
        if "body hash mismatch" in str(exc):
            return "fail", "body hash did not verify: the body was altered after signing"
        return "fail", str(exc)[:120]
    except dkim.DnsTimeoutError as exc:
        return "temperror", str(exc)[:120]
    except Exception as exc:  # malformed signature tags, unknown algorithm, bad key record: unrecoverable
        return "permerror", f"{type(exc).__name__}: {exc}"[:120]
    if ok:
        return "pass", None
    if observed.trouble is not None:
        return "temperror", f"DNS lookup of the public key failed ({observed.trouble})"
    if observed.missing:
        return "permerror", "no key for signature (RFC 6376 §6.1.2)"
    return "fail", "signature did not verify"


def _passing_domains(raw: bytes, dnsfunc: DnsFunc) -> tuple[list[str], int, str, str | None]:
    """Domains whose DKIM signature verifies, how many signatures there were, the summary result and why."""
    import dkim

    signer = dkim.DKIM(raw, logger=_QuietLogger(), minkey=1024)
    headers = [value for name, value in signer.headers if name.lower() == b"dkim-signature"]
    passing: list[str] = []
    results: list[tuple[str, str | None]] = []
    for idx, value in enumerate(headers):
        result, why = _signature_result(signer, idx, dnsfunc)
        results.append((result, why))
        if result == "pass":
            match = _DKIM_D_RE.search(value.replace(b"\r\n", b"").replace(b"\n", b""))
            if match:
                passing.append(match.group(1).decode(errors="replace").lower())
    if not results:
        return passing, 0, "none", None
    summary = min(results, key=lambda r: _SUMMARY_ORDER.index(r[0]))
    return passing, len(headers), summary[0], summary[1]


def _reported_passes(raw: bytes, trusted_authserv_ids: Collection[str]) -> tuple[str, list[str]] | None:
    """(authserv-id, DKIM-pass domains) from the TOPMOST Authentication-Results header, if a trusted server wrote it.

    Only the topmost header counts: it is the one the seller's own receiving server prepended (RFC 8601 §5 —
    such servers remove forged copies carrying their id); anything below could come from the sender.
    """
    if not trusted_authserv_ids:
        return None
    headers = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(raw)
    results = headers.get_all("Authentication-Results") or []
    if not results:
        return None
    text = " ".join(str(results[0]).split())
    authserv = text.split(";", 1)[0].strip().split()[0].lower() if text else ""
    if authserv not in {a.lower() for a in trusted_authserv_ids}:
        return None
    return authserv, dkim_pass_domains(text)  # linear (the "relay" helper's _headers.py)


def verify_authenticity(
    raw: bytes,
    from_domain: str | None,
    *,
    dnsfunc: DnsFunc | None = None,
    trusted_authserv_ids: Collection[str] = (),
) -> Authenticity:
    """The DKIM/DMARC verdict for ``raw`` whose From address is in ``from_domain``. Never raises.

    ``trusted_authserv_ids`` (opt-in): receiving servers whose ``Authentication-Results`` header is believed when
    our own DKIM check cannot pass — for mailboxes behind a forwarder that breaks signatures.
    """
    resolver: DnsFunc = dnsfunc or system_dns
    try:
        passing, _count, dkim_result, why = _passing_domains(raw, resolver)
        reported = _reported_passes(raw, trusted_authserv_ids)
    except Exception as exc:  # unparseable headers: no verdict, ingestion continues
        return Authenticity(
            dkim="permerror", dmarc="none", trusted=False, reason=f"DKIM check failed: {exc!r}"[:200]
        )
    if not from_domain:
        return Authenticity(dkim=dkim_result, dmarc="none", trusted=False, reason="no From domain")
    org = organisational_domain(from_domain)
    aligned = any(organisational_domain(d) == org for d in passing)
    record = _dmarc_record(from_domain, resolver)
    dmarc_result = "pass" if aligned else ("fail" if record else "none")
    if not aligned and dkim_result == "temperror":
        # DMARC cannot be evaluated while the DKIM key lookup fails (RFC 7489 §6.6.2).
        dmarc_result = "temperror"
    amazon = org in _AMAZON_ORG_DOMAINS
    trusted = aligned and amazon
    if trusted:
        reason = f"DKIM pass for {org}"
    elif amazon and reported and any(organisational_domain(d) == org for d in reported[1]):
        trusted, dkim_result, dmarc_result = True, "pass", "pass"
        reason = f"DKIM pass for {org} reported by trusted server {reported[0]}"
    elif not amazon:
        reason = f"From domain {from_domain} is not an Amazon marketplace domain"
    elif passing:
        reason = f"DKIM passes only for {', '.join(passing)}: not aligned with {org}"
    else:
        reason = f"no valid DKIM signature for {org} (dkim={dkim_result}" + (f": {why})" if why else ")")
    return Authenticity(dkim=dkim_result, dmarc=dmarc_result, trusted=trusted, reason=reason)
