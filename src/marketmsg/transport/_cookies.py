"""Answers without cookies skip httpx's cookie extraction (up to half of httpx's CPU for a small answer).

httpx hands every answer to its cookie jar (``Client._send_single_request`` → ``Cookies.extract_cookies``),
which first rebuilds the request as a ``urllib`` request and the answer's headers as an ``email`` message:
~20 µs of the ~46 µs ``httpx.Client.send`` took per SP-API read on the mock of ``benchmarks/request_cpu.py``
— for platform APIs that set no cookies, so the jar never changes. The client's cookies are wrapped so that
an answer without a ``Set-Cookie`` or ``Set-Cookie2`` header skips that work; one with either is extracted
exactly as before, into the same jar. ``http.cookiejar`` reads nothing else of an answer, so the jar ends up
the same either way (tests/transport/test_cookies.py pins it through the client).

Only the stock ``httpx.Cookies`` over a stock ``CookieJar`` is wrapped: a jar subclass may do more with an
answer, so it is left as given. ``client.cookies = …`` afterwards installs httpx's own class again (correct,
just not the shortcut).
"""

from __future__ import annotations

import http.cookiejar

import httpx

__all__ = ["skip_cookieless_answers"]


class _CookielessShortcut(httpx.Cookies):
    def extract_cookies(self, response: httpx.Response) -> None:
        headers = response.headers
        # ``http.cookiejar.debug`` logs every extraction, cookies or not: then nothing is skipped.
        if "set-cookie" in headers or "set-cookie2" in headers or getattr(http.cookiejar, "debug", False):
            super().extract_cookies(response)


def skip_cookieless_answers(client: httpx.Client | httpx.AsyncClient) -> None:
    """Let ``client`` skip the cookie jar for answers that set no cookie (idempotent)."""
    cookies = getattr(client, "_cookies", None)  # httpx's attribute behind ``client.cookies``
    if type(cookies) is httpx.Cookies and type(cookies.jar) is http.cookiejar.CookieJar:
        client._cookies = _CookielessShortcut(cookies.jar)
