"""Every regex and scan on the relay parsing path stays linear on hostile megabyte inputs (issue 11.1).

A relay mail is parsed before anything knows whether it is genuine, so one crafted e-mail must not stall the
inbox: ``1 x `` repeated over 20 KB used to take seconds and over 80 KB minutes. Each case below runs on a
1 MB input in a worker thread with a generous cap (:data:`CAP` seconds): a linear scan takes milliseconds, a
quadratic one hours, so the cap separates them without timing anything tightly. Speed itself is measured in
``benchmarks/relay_parse.py``.

The table of patterns is checked against the modules: a new module-level regex in the relay package fails
:func:`test_every_relay_regex_has_adversarial_shapes` until its shapes are added here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import threading
from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

import pytest

import marketmsg_amazon.relay as relay_package
from marketmsg_amazon.relay import parse
from marketmsg_amazon.relay._claims import claim_notice
from marketmsg_amazon.relay._headers import address, decode_words, dkim_pass_domains, params, parse_date
from marketmsg_amazon.relay._html import html_to_text
from marketmsg_amazon.relay._parse import MAX_MARKERS
from marketmsg_amazon.relay._template import (
    inline_markers,
    is_item_line,
    is_return_topic,
    item_lines,
    no_response_link,
    relay_alias_in_text,
    strip_name_suffix,
    subject_inquiry,
)

MB = 1 << 20
CAP = 10.0  # seconds; generous on a loaded CI machine, and hours short of what a quadratic scan needs

# Shapes every pattern meets: runs of the characters most patterns treat specially.
GENERIC = ("1 x ", " \t", "\n", "a")


def _mb(atom: str) -> str:
    return atom * (MB // len(atom) + 1)


def within_cap(what: str, fn: Callable[[], object]) -> Any:
    """Run ``fn`` in a thread; fail if it is still running after CAP seconds; re-raise what it raised."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed to the test thread
            outcome["error"] = exc

    worker = threading.Thread(target=run, name=f"adversarial {what}", daemon=True)
    worker.start()
    worker.join(CAP)
    assert not worker.is_alive(), f"{what} did not finish within {CAP} s on a 1 MB input: not linear"
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


# --------------------------------------------------------------------------------------- the regex registry

# "<module>.<name>[<index>]" → shapes aimed at that pattern (its own literals, repeated), on top of GENERIC.
PATTERN_SHAPES: dict[str, tuple[str, ...]] = {
    "_authenticity._DKIM_D_RE": ("; d=", ";", "d = a;"),
    "_claims._A_TO_Z": ("a-to-z ", "a to ", "garantie a ", "garantía de la a a la ", "マーケットプレイス"),
    "_claims._CHARGEBACK": ("charge-", "charge ", "rétro"),
    "_claims._EVENTS[0]": ("has been ", "wurde ", "a été ", "se ha ", "è stato "),
    "_claims._EVENTS[1]": ("has been ", "wurde ", "decided in your ", "ha sido "),
    "_claims._EVENTS[2]": ("has been ", "wurde ", "resolved in favor of the ", "we have "),
    "_claims._EVENTS[3]": ("request for more ", "need more ", "informations ", "追加"),
    "_claims._LABELLED_AMOUNT": ("amount: ", "amount: 1", "amount: 1,000", "amount: $ ", "betrag:"),
    "_claims._REASON": ("reason: ", "reason:", "grund"),
    "_claims._WINDOW": ("within 1", "within ", "innerhalb von ", "1時間", "dans un délai de 1"),
    "_headers._ENCODED_WORD": ("=?utf-8?q?a?=", "=?", "=?a?q?", "=?utf-8?b?"),
    "_headers._PARAM_SEGMENT": (";", '";', '"\\', "a=b;"),
    "_headers._CONTINUATION": ("*", "a*1", "*0*"),
    "_headers._ANGLE_ADDRESS": ("<", "<a", "< a >"),
    "_headers._LOCAL_BEFORE_AT": ("a@", "@"),
    "_headers._DOMAIN_AFTER_AT": ("@a", "a."),
    "_headers._AR_DKIM_PASS": ("dkim=pass ", "dkim = "),
    "_headers._AR_HEADER_DOMAIN": ("header.d=", "header.d=a", "header."),
    "_html._TOKEN": ("<!--", "<a ", '<a b="', "<!", "<?", "</", "<a b='", "<a =", "<p>"),
    "_html._SPACE": (" \t", "\n "),
    "_html._ENTITY": ("&#", "&#1", "&a", "&"),
    "_markers.RELAY_ADDRESS_RE": ("a", "a+", "a@marketplace.amazon."),
    "_markers.SELLER_COPY_SUBJECT_RE": ("your email to ", " a", "your email to"),
    "_markers.ORDER_ID_RE": ("111-2222222-", "1-", "111-2222222-3333333-"),
    "_markers.SUBJECT_ORDER_RE": ("( ", "(Order: ", "(Order: 111-2222222-", "( :"),
    "_markers.COMM_MGR_TOK_RE": ("[commMgrTok:", "[commMgrTok: a", "[commMgrTok:a "),
    "_markers.QUOTE_CUTS[0]": ("\n-- ", "-- original message ", "\n --"),
    "_markers.QUOTE_CUTS[1]": ("\nOn ", "On aaaa wrote ", "On wrote:", "\nOn a wrote x"),
    "_markers.QUOTE_CUTS[2]": ("From: a\n", "From: a\nSent: b\n", "\nFrom: "),
    "_markers.QUOTE_CUTS[3]": ("> a\n", ">\n", ">"),
    "_markers.OPT_OUT_FINGERPRINTS[0]": ("buyer has chosen ", "buyer ", "to opt"),
    "_markers.OPT_OUT_FINGERPRINTS[1]": ("has opted out of ", "has "),
    "_markers.DELIVERY_FAILURE_FINGERPRINTS[0]": ("we were unable to deliver ", "we "),
    "_markers.DELIVERY_FAILURE_FINGERPRINTS[1]": ("nous n'avons pas pu ", "nous "),
    "_markers.DELIVERY_FAILURE_FINGERPRINTS[2]": ("message could not ", "message "),
    "_parse._REPLY_PREFIX_RE": ("re:", "re ", "re[1]", "re[1]: "),
    "_parse._AMAZON_DOMAIN_RE": ("amazon.", "a.", "a-"),
    "_parse._LEADING_NOISE_RE": ("order id", "order "),
    "_sandbox._ORDER_ID": ("(Order: ", "(Order: 111-"),
    "_sources._UID_RE": ("UID ", "UID 1"),
    "_sources._MAILDIR_KEY_RE": ("1.M", "1"),
    "_store.THREAD_KEY_RE": ("t-", "a"),
    "_template._DASH_RUN": ("---a", "--"),
    "_template._HSPACE": (" \t",),
    "_template._ASIN": ("ASIN", "ASIN: ", "ASIN:  ", "[ASIN: B000000000"),
    "_template._QUANTITY": ("1 of ", "1 x", "1234567 "),
    "_template._BEFORE_ASIN": ("[ ", "["),
    "_template._NRN_PATH": ("/communication-manager/", "/communication-manager/no-response-needed.html"),
    "_template._URL_START": ("https://", "http:/", "https:// "),
    "_template._NOT_SPACE": ("a",),
    "_template._RELAY_DOMAIN": ("@marketplace.amazon", "@marketplace."),
    "_template._LOCAL_BEFORE": ("a+", "+"),
    "_template._TLD_AFTER": ("a.",),
    "_template._INQUIRY": (" inquiry from ", "inquiry from amazon ", " inquiry"),
    "_template._NAME_END": ("(",),
    "_template._AMAZON_NAME_SUFFIX": ("- amazon ", "- ", "-amazon marketplace"),
    "_template._RETURN_WORD": ("retur", "reso", "a reso", "devoluc ", "返", "ار"),
}


def _relay_patterns() -> dict[str, re.Pattern[Any]]:
    """Every module-level compiled pattern (and tuple of patterns) in the relay package, by where it is defined."""
    found: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()
    modules = sorted(m.name for m in pkgutil.iter_modules(relay_package.__path__))
    for name in modules:
        module = importlib.import_module(f"{relay_package.__name__}.{name}")
        for attr, value in vars(module).items():
            values: Iterable[tuple[str, Any]] = ()
            if isinstance(value, re.Pattern):
                values = [(f"{name}.{attr}", value)]
            elif isinstance(value, tuple) and value:
                # Tuples of patterns, or of (label, pattern) rows: each pattern by its index.
                values = [
                    (f"{name}.{attr}[{i}]", p)
                    for i, v in enumerate(value)
                    for p in (v if isinstance(v, tuple) else (v,))
                    if isinstance(p, re.Pattern)
                ]
            for key, pattern in values:
                # A pattern imported elsewhere counts once, under the module that exports it in __all__.
                home = attr in getattr(module, "__all__", ()) or attr.startswith("_")
                if id(pattern) not in seen or home:
                    for other in [k for k, p in found.items() if p is pattern]:
                        del found[other]
                    seen.add(id(pattern))
                    found[key] = pattern
    return found


PATTERNS = _relay_patterns()


def test_every_relay_regex_has_adversarial_shapes() -> None:
    assert set(PATTERNS) == set(PATTERN_SHAPES), "add shapes for new patterns / drop removed ones"


# Patterns the code only anchors at a position (``.match(text, pos)``): a search from every start is not how
# they run, so only the anchored match is exercised on the megabyte.
ANCHORED = frozenset(
    {"_template._HSPACE", "_template._NOT_SPACE", "_template._TLD_AFTER", "_headers._DOMAIN_AFTER_AT",
     "_headers._CONTINUATION", "_headers._PARAM_SEGMENT", "_template._BEFORE_ASIN", "_parse._AMAZON_DOMAIN_RE",
     "_parse._REPLY_PREFIX_RE", "_parse._LEADING_NOISE_RE", "_markers.RELAY_ADDRESS_RE",
     "_markers.SELLER_COPY_SUBJECT_RE", "_sources._MAILDIR_KEY_RE", "_store.THREAD_KEY_RE"}
)  # fmt: skip
# Patterns the code only runs on a bounded window before a literal anchor (see _template.py / _headers.py):
# the window's size is their input bound, and they are exercised at that size.
WINDOWED = {
    "_template._LOCAL_BEFORE": 80,
    "_headers._LOCAL_BEFORE_AT": 64,
    "_template._QUANTITY": 512,
    "_template._RETURN_WORD": 300,  # is_return_topic looks at a topic's first MAX_TOPIC characters
    "_sandbox._ORDER_ID": 2048,  # the sandbox's own seed mail, first 2 KB
}


def _exercise(key: str, pattern: re.Pattern[Any], atom: str) -> None:
    text = _mb(atom)[: WINDOWED.get(key, MB)]
    subject: Any = text.encode("utf-8") if isinstance(pattern.pattern, bytes) else text
    pattern.match(subject)
    if key not in ANCHORED:
        # A search that fails tries every start position: the shape that exposes backtracking.
        pattern.search(subject)


@pytest.mark.parametrize("key", sorted(PATTERN_SHAPES))
def test_pattern_is_linear_on_megabyte_shapes(key: str) -> None:
    pattern = PATTERNS[key]
    for atom in PATTERN_SHAPES[key] + GENERIC:
        within_cap(f"{key} on {atom!r}", lambda a=atom: _exercise(key, pattern, a))  # type: ignore[misc]


# ------------------------------------------------------------------------------------- the scanning functions

SCANNERS: dict[str, tuple[Callable[[str], object], tuple[str, ...]]] = {
    "inline_markers": (
        lambda s: list(islice(inline_markers(s), MAX_MARKERS)),  # as _between_markers reads them
        ("--- a ", "---", "--- a", "---" + " " * 70, "-- "),
    ),
    "item_lines": (item_lines, ("1 x ", "1 of a", "ASIN: B000000000 ", "1 of a [ASIN: B000000000]", "1 ")),
    "is_item_line": (is_item_line, ("1 x ", "1 of a", "[", "1 of a [ASIN: B000000000]")),
    "no_response_link": (
        no_response_link,
        ("https://a", "https://a/communication-manager/no-response-needed.html?", "/communication-manager/"),
    ),
    "relay_alias_in_text": (relay_alias_in_text, ("aaaaaaa@marketplace.amazon.", "@marketplace.amazon.")),
    "subject_inquiry": (subject_inquiry, (" inquiry from amazon customer a)", " inquiry", "(")),
    "strip_name_suffix": (strip_name_suffix, (" -", "- amazon", " ")),
    "is_return_topic": (is_return_topic, ("retur", "İ", "ü", "إ", "a")),
    "html_to_text": (
        html_to_text,
        ("<!--", "<a ", "<", "</", "<p>", "<!", "<?", "&#", '<a b="', "<script>", "<pre>\n"),
    ),
    "decode_words": (
        lambda s: decode_words(s, []),
        ("=?utf-8?q?a?=", "=?utf-8?b?YQ==?= ", "=?", "=?x?q?a?="),
    ),
    "params": (
        lambda s: params(s, []),
        (";", '";', "a*0*=%", "a=%", "filename*=utf-8''%41", "a*1=b;", '"\\'),
    ),
    "address": (lambda s: address(s, []), ("(", "(a", "<", '"a', "<a@b>", "a@b,", "=?utf-8?q?a?=")),
    "parse_date": (lambda s: parse_date(s, []), ("1", " ", "Mon, ")),
    "dkim_pass_domains": (dkim_pass_domains, ("dkim=pass ", "dkim=pass header.d=a ", "dkim=pass;")),
    "claim_notice": (
        lambda s: claim_notice(s[:65536], s, tld="com"),
        ("A-to-z Guarantee ", "amount: 1", "within 1 ", "has been ", "wurde "),
    ),
}


@pytest.mark.parametrize("name", sorted(SCANNERS))
def test_scanner_is_linear_on_megabyte_shapes(name: str) -> None:
    fn, shapes = SCANNERS[name]
    for atom in shapes + GENERIC[:2]:
        within_cap(f"{name} on {atom!r}", lambda a=atom: fn(_mb(a)))  # type: ignore[misc]


# --------------------------------------------------------------------------------------------- whole mails

FROM = b'From: "A - Amazon Marketplace" <m1a2l3f4o5r6m7e8@marketplace.amazon.com>\r\n'
SUBJECT = b"Subject: Shipping inquiry from Amazon customer A (Order: 111-2222222-3333333)\r\n"


def _mail(
    *, headers: bytes = b"", subject: bytes = SUBJECT, ctype: bytes = b"text/plain", body: bytes = b""
) -> bytes:
    return (
        FROM + b"To: orders@seller.example\r\n" + subject + b"Date: Sat, 14 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: <adversarial@x>\r\n" + headers + b"Content-Type: " + ctype + b"\r\n\r\n" + body
    )


def _mb_bytes(atom: bytes) -> bytes:
    return atom * (MB // len(atom) + 1)


MAILS: dict[str, bytes] = {
    "body 1 x": _mail(body=_mb_bytes(b"1 x ")),
    "body 1 of a": _mail(body=_mb_bytes(b"1 of a")),
    "body digits": _mail(body=_mb_bytes(b"1")),
    "body dashed markers": _mail(body=_mb_bytes(b"--- a ")),
    "body commMgrTok": _mail(body=_mb_bytes(b"[commMgrTok:")),
    "body links": _mail(body=_mb_bytes(b"https://a")),
    "body quote lines": _mail(body=_mb_bytes(b"On aaaa wrote x\n")),
    "html unclosed comments": _mail(ctype=b"text/html", body=_mb_bytes(b"<!--")),
    "html unclosed tags": _mail(ctype=b"text/html", body=_mb_bytes(b"<a ")),
    "html digits": _mail(ctype=b"text/html", body=_mb_bytes(b"1 x ")),
    "subject encoded words": _mail(subject=b"Subject: " + _mb_bytes(b"=?utf-8?q?a?=") + b"\r\n"),
    "subject inquiry": _mail(subject=b"Subject: " + _mb_bytes(b" inquiry from amazon customer a)") + b"\r\n"),
    "content-type parameters": _mail(ctype=b"text/plain; charset=" + _mb_bytes(b";")),
    "attachment name": _mail(
        ctype=b'multipart/mixed; boundary="B"',
        body=b'--B\r\nContent-Type: application/pdf; name="' + _mb_bytes(b"%") + b'"\r\n\r\nxx\r\n--B--\r\n',
    ),
    "authentication results": _mail(
        headers=b"Authentication-Results: mx; " + _mb_bytes(b"dkim=pass ") + b"\r\n"
    ),
}


@pytest.mark.parametrize("name", sorted(MAILS))
def test_megabyte_mail_parses_in_bounded_time(name: str) -> None:
    raw = MAILS[name]
    message = within_cap(name, lambda: parse(raw, dnsfunc=lambda *a, **k: None, trusted_authserv_ids=("mx",)))
    assert message.kind in ("buyer_message", "phishing_suspect")  # unsigned: never trusted
    assert message.order_id == "111-2222222-3333333" or name.startswith("subject")
