"""Property-based fuzz of relay parsing (issue 11.14): nothing but the documented error, and nothing lost.

``parse`` documents one exception, :class:`MalformedMailError`, for input that is not an e-mail at all. Every
other input — broken MIME, hostile charsets and parameters, absurd dates, deep nesting, garbage DKIM headers —
must come back as a :class:`RelayMessage` (with ``defects``), and must be storable: the mailbox keeps it as a
message, not in quarantine, so the buyer's words still show. Hypothesis runs with a fixed seed and a bounded
number of examples (CI); the open-ended, coverage-guided run is ``scripts/fuzz/relay_parse.py`` (atheris).
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketmsg_amazon.relay import Ingestor, MalformedMailError, RelayMessage, SqliteRelayStore, parse

FUZZ = settings(
    max_examples=250,
    derandomize=True,  # a fixed seed: the same examples on every run and machine
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)


def _no_dns(name: bytes | str, timeout: int = 5) -> bytes | None:
    return None


def _parse_or_malformed(raw: bytes, *, verify: bool) -> RelayMessage | None:
    try:
        message = parse(raw, verify=verify, dnsfunc=_no_dns)
    except MalformedMailError:
        return None
    # Whatever came back can be stored and read again (JSON and SQL refuse lone surrogates).
    store = SqliteRelayStore(":memory:")
    store.ingest("amazon:A1FUZZ", message, raw, received_at=datetime(2026, 11, 14, tzinfo=UTC))
    (stored,) = store.messages("amazon:A1FUZZ")
    assert stored.meta.kind == message.kind and stored.meta.body == message.body
    return message


# --------------------------------------------------------------------------------------------- raw bytes


@FUZZ
@given(st.binary(max_size=4096))
def test_any_bytes_parse_or_raise_the_documented_error(raw: bytes) -> None:
    _parse_or_malformed(raw, verify=True)


# ------------------------------------------------------------------------------------ mail-shaped inputs

HOSTILE_TEXT = st.text(
    alphabet=st.sampled_from(
        [*"aZ09 \t-;:=\"'()<>@[]\\/?%*._,+", "\x00", "\x7f", "é", "ü", "\u200b", "\ud800", "写", "\n"]
    ),
    max_size=80,
)
CHARSETS = st.sampled_from(
    ["utf-8", "iso-8859-1", "windows-1252", "iso-2022-jp", "shift_jis", "utf-7", "utf-16", "punycode",
     "idna", "undefined", "unicode_escape", "base64", "utf\x00-8", "x-unknown", "", '"', "utf-8*en"]
)  # fmt: skip
ENCODINGS = st.sampled_from(["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"])
DATES = st.sampled_from(
    ["Sat, 14 Nov 2026 10:00:00 +0000", "Fri, 31 Dec 9999 23:59:59 -2359", "Mon, 1 Jan 0001 00:00:00 +9999",
     "32 Foo 2026 25:61:61 +0000", "", "1" * 300, "Tue, 3 Mar 2026 10:00:00 +2400", "Thu, 1 Jan 1970 00:00:00"]
)  # fmt: skip
FROMS = st.sampled_from(
    ['"Ann - Amazon Marketplace" <a1b2c3d4e5f6g7h8@marketplace.amazon.de>',
     "a1b2c3d4e5f6g7h8+CASE1@marketplace.amazon.com.br", "donotreply@amazon.co.uk",
     "(" * 300 + "x@y" + ")" * 300, '"unterminated <x@marketplace.amazon.com', "<<<>>>@@@", ""]
)  # fmt: skip
BODIES = st.sampled_from(
    [b"------------- Begin message -------------\r\nWhere is my order?\r\n------------- End message -------------\r\n",
     b"<html><body><p>Hallo<br>Welt</p><!-- x --><a href='https://x'>y</a></body></html>",
     b"1 of Widget [ASIN: B000000000]\r\n[commMgrTok:ABC123]\r\n",
     b"+2AA-\xff\xfe\x00 =?utf-8?q?x?= &#99999999; &#x110000;", b""]
)  # fmt: skip


@st.composite
def part(draw: st.DrawFn, depth: int) -> bytes:
    """One MIME part: headers with hostile parameters, a body, and maybe nested parts."""
    ctype = draw(st.sampled_from(["text/plain", "text/html", "application/pdf", "multipart/mixed",
                                  "multipart/alternative", "message/rfc822", "image/png", "bogus"]))  # fmt: skip
    params = f'; charset="{draw(CHARSETS)}"; name="{draw(HOSTILE_TEXT)}"'
    if draw(st.booleans()):
        params += "; filename*0*=utf-8''%E5%86%99; filename*1=" + draw(HOSTILE_TEXT).replace(";", "")
    disposition = draw(st.sampled_from(["", "attachment", "inline", "attachment; filename=\xe4\xf6.pdf"]))
    head = f"Content-Type: {ctype}{params}\r\nContent-Transfer-Encoding: {draw(ENCODINGS)}\r\n"
    if disposition:
        head += f"Content-Disposition: {disposition}\r\n"
    if ctype.startswith("multipart/") and depth > 0:
        boundary = draw(st.sampled_from(["B", "b" * 70, "=_x", ""]))
        head = head.replace(params, f'; boundary="{boundary}"{params}')
        children = draw(st.lists(part(depth - 1), max_size=3))
        body = b"".join(b"--" + boundary.encode() + b"\r\n" + c + b"\r\n" for c in children)
        body += b"--" + boundary.encode() + (b"--\r\n" if draw(st.booleans()) else b"\r\n")
    else:
        body = draw(BODIES)
    return head.encode("utf-8", "surrogatepass") + b"\r\n" + body


@st.composite
def mail(draw: st.DrawFn) -> bytes:
    headers = [
        f"From: {draw(FROMS)}",
        "To: orders@seller.example",
        f"Subject: {draw(HOSTILE_TEXT)} inquiry from Amazon customer {draw(HOSTILE_TEXT)} (Order: 111-2222222-3333333)",
        f"Date: {draw(DATES)}",
        f"Message-ID: <{draw(HOSTILE_TEXT)}@x>",
    ]
    if draw(st.booleans()):
        headers.append(f"Reply-To: {draw(FROMS)}")
    if draw(st.booleans()):
        headers.append(f"Subject: =?{draw(CHARSETS)}?{draw(st.sampled_from('QBx'))}?{draw(HOSTILE_TEXT)}?=")
    if draw(st.booleans()):
        headers.append(f"DKIM-Signature: v=1; a=rsa-sha256; d=amazon.de; s=x; h=from; {draw(HOSTILE_TEXT)}")
    if draw(st.booleans()):
        headers.append(f"Authentication-Results: mx; dkim=pass {draw(HOSTILE_TEXT)}")
    head = "\r\n".join(headers).encode("utf-8", "surrogatepass")
    if draw(st.booleans()):  # 8-bit bytes straight in a header, as some mailers send them
        head += b"\r\nX-Raw: \xe4\xf6\xfc\xff"
    return head + b"\r\nMIME-Version: 1.0\r\n" + draw(part(depth=draw(st.integers(0, 4))))


@FUZZ
@given(mail())
def test_mail_shaped_input_always_parses_and_is_never_quarantined(raw: bytes) -> None:
    message = _parse_or_malformed(raw, verify=False)
    assert message is not None, "a mail with a header section is mail: it must parse (with defects)"
    store = SqliteRelayStore(":memory:")
    outcome = Ingestor(
        store=store, account="amazon:A1FUZZ", now=lambda: datetime(2026, 11, 14, tzinfo=UTC), verify=False
    ).ingest(raw)
    assert outcome.result in ("added", "duplicate"), outcome.error
    assert not store.quarantined("amazon:A1FUZZ")


@FUZZ
@given(mail())
def test_mail_shaped_input_with_authenticity_check(raw: bytes) -> None:
    _parse_or_malformed(raw, verify=True)
