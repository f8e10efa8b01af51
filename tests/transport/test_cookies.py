"""The cookie jar is skipped only for answers that set no cookie (issue 14): a cookie a platform sets still lands
in the ``http_client``'s own jar, sync and async, as before."""

from __future__ import annotations

import http.cookiejar
from collections.abc import Callable
from datetime import UTC, datetime

import anyio
import httpx
import pytest

from marketmsg import AsyncClient, Client, VirtualClock
from marketmsg.transport._cookies import skip_cookieless_answers
from marketmsg_fakemarket import FakemarketAdapter

CONV = "fakemarket:FM-SELLER-1:conv:c1"


def _cookie_once(
    handler: Callable[[httpx.Request], httpx.Response], seen: list[str | None]
) -> Callable[[httpx.Request], httpx.Response]:
    """The simulator, setting a cookie on its first answer; records the cookie header each request carried."""

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers.get("cookie"))
        response = handler(request)
        if len(seen) == 1:
            response.headers["set-cookie"] = "lb=shard-7; Path=/"
        return response

    return handle


@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_a_cookie_the_platform_sets_lands_in_the_jar(flavour: str) -> None:
    clock = VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))
    spec = FakemarketAdapter.sandbox(clock)
    seen: list[str | None] = []
    handler = _cookie_once(next(iter(spec.mounts.values())), seen)
    if flavour == "sync":
        http = httpx.Client(transport=httpx.MockTransport(handler))
        jar = http.cookies.jar
        with Client(spec.accounts[:1], http_client=http, clock=clock) as client:
            client.conversations.get(CONV)
            client.conversations.get(CONV)
            client.conversations.get(CONV)
        cookies = http.cookies
    else:

        async def main() -> httpx.Cookies:
            http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
            async with AsyncClient(spec.accounts[:1], http_client=http, clock=clock) as client:
                for _ in range(3):
                    await client.conversations.get(CONV)
            await http.aclose()
            return http.cookies

        jar = None
        cookies = anyio.run(main)
    # The driver sends the requests the adapters built (``http_client.send``), which httpx sends without the jar's
    # cookies: the jar is the caller's to read, as it always was.
    assert seen == [None, None, None]
    assert cookies["lb"] == "shard-7"
    assert isinstance(cookies, httpx.Cookies)
    if jar is not None:
        assert cookies.jar is jar  # the caller's own jar, not a copy


def _extractions(client: httpx.Client) -> list[str]:
    calls: list[str] = []
    jar = client.cookies.jar
    original = jar.extract_cookies

    def recording(response: object, request: object) -> None:
        calls.append("extract")
        original(response, request)  # type: ignore[arg-type]

    jar.extract_cookies = recording  # type: ignore[method-assign]
    return calls


def test_an_answer_without_cookies_never_reaches_the_jar() -> None:
    answers = iter([httpx.Response(200), httpx.Response(200, headers={"Set-Cookie2": "a=1"})])
    http = httpx.Client(transport=httpx.MockTransport(lambda request: next(answers)))
    skip_cookieless_answers(http)
    skip_cookieless_answers(http)  # idempotent
    calls = _extractions(http)
    http.get("https://api.example.com/a")
    assert calls == []
    http.get("https://api.example.com/b")
    assert calls == ["extract"]


def test_with_cookiejar_debug_every_answer_is_extracted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(http.cookiejar, "debug", True)
    http_client = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(200)))
    skip_cookieless_answers(http_client)
    calls = _extractions(http_client)
    http_client.get("https://api.example.com/a")
    assert calls == ["extract"]


def test_a_jar_of_its_own_class_is_left_as_given() -> None:
    class Jar(http.cookiejar.CookieJar):
        pass

    jar = Jar()
    http_client = httpx.Client(cookies=jar)
    before = http_client.cookies
    skip_cookieless_answers(http_client)
    assert http_client.cookies is before
