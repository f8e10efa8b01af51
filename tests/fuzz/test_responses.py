"""Property-based fuzz of both adapters' response handling, through the Client (issue 11, "What it must show").

Every operation the ``Client`` offers runs against the adapter's simulator behind ``httpx.MockTransport``; one of
its answers — the token answer included — is replaced by a broken one: a member swapped for junk (wrong types,
numbers as strings and strings as numbers, huge numbers, NaN, deep nesting, NUL, 100 KB strings), every number and
numeric string flipped, a body that is not the documented JSON (HTML, empty, not UTF-8, truncated, a JSON
scalar, 10,000-deep arrays, a 5,000-digit number) and any status code. Whatever happens:

* only documented errors (:class:`~marketmsg.MarketmsgError` subclasses) escape;
* no outbox entry is left PENDING (a send is SENT, FAILED or UNKNOWN — never stuck);
* no credential appears in the error's text;
* a 2xx answer the adapter cannot read is a :class:`~marketmsg.ResponseValidationError` carrying the status, the
  request id and a short excerpt.

Hypothesis runs derandomised (the repository's profile in ``conftest.py``: the same examples in CI every run,
nothing stored between runs) with a bounded number of examples; ``scripts/fuzz/`` holds the open-ended, coverage-guided runs (atheris).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any

import anyio
import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketmsg import MarketmsgError, OutboxState, ResponseValidationError

from ._world import ONE_CALL, OPERATIONS, REFRESH_FIRST, Operation, World

FUZZ = settings(
    # MARKETMSG_FUZZ_EXAMPLES / MARKETMSG_FUZZ_RANDOM=1: a longer, freshly random hunt on a developer's machine.
    max_examples=int(os.environ.get("MARKETMSG_FUZZ_EXAMPLES", "120")),
    suppress_health_check=list(HealthCheck),
)

#: Every status class, and the ones with a meaning somewhere in marketmsg (auth, retries, redirects, the outbox).
STATUSES = st.one_of(
    st.sampled_from(
        [200, 201, 202, 204, 206, 301, 302, 303, 304, 307, 308, 400, 401, 403, 404, 405, 408, 409, 410, 413, 415,
         422, 425, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 520, 521, 522, 523, 524, 529, 599]
    ),
    st.integers(min_value=100, max_value=599),
)  # fmt: skip
_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=16),
    st.sampled_from(
        [0, -1, 1, 2**63, 10**30, 1e308, -1e-308, "", " ", "0", "-1", "1e999", "NaN", "null", "true", "false",
         "\x00", "a\x00b", "2026-13-45 25:61:61", "9999-12-31T23:59:59Z", "0000-00-00", "\ud800", "x" * 100_000,
         "https://169.254.169.254/latest", "\r\nX-Injected: 1", "1730000000000", "99999999999999999999"]
    ),
)  # fmt: skip
JUNK = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6,
)
RAW = st.sampled_from(
    [
        b"<html><body><h1>502 Bad Gateway</h1></body></html>",
        b"",
        b"   \r\n",
        b"\xff\xfe\x00\x01not utf-8",
        b'{"truncated": ',
        b"null",
        b"[]",
        b'"a string"',
        b"12",
        b"1e400",
        b"1" * 5000,  # past Python's int digit limit: json.loads raises ValueError
        b"[" * 10_000 + b"]" * 10_000,
        b'{"a":' * 5_000 + b"{}" + b"}" * 5_000,
        b"\x00" * 64,
        json.dumps({"error_response": {"code": {"x": 1}, "msg": ["m"], "request_id": 7}}).encode(),
        json.dumps({"errors": "none", "error": 5, "code": None}).encode(),
    ]
)


#: Headers the adapters and the driver read (rate limits, Retry-After, request ids, redirects, encodings).
HEADER_NAMES = st.sampled_from(
    ["x-amzn-RateLimit-Limit", "Retry-After", "x-amzn-RequestId", "content-type", "location", "content-encoding",
     "x-amzn-ErrorType", "content-length", "x-ratelimit-remaining"]
)  # fmt: skip
HEADER_VALUES = st.sampled_from(
    ["1e-9", "0", "-5", "nan", "inf", "1e309", "99999999999999999999", "", " ", "abc", "gzip", "br", "deflate",
     "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "text/html", "application/json; charset=x",
     "https://169.254.169.254/latest/meta-data", "//evil.example/x", "x" * 5000, "3", "120"]
)  # fmt: skip


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    if prefix:
        yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replace(value: Any, path: tuple[Any, ...], junk: Any) -> Any:
    if not path:
        return junk
    target = value
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = junk
    return value


def _flip(value: Any) -> Any:
    """Numbers become strings and numeric strings become numbers, everywhere (both happen in production)."""
    if isinstance(value, dict):
        return {k: _flip(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_flip(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str) and value.lstrip("-").isdigit() and len(value) < 40:
        return int(value)
    return value


def _dumps(value: Any) -> bytes:
    # surrogatepass: a lone surrogate in junk is written as its (invalid) UTF-8 bytes, as a broken server would.
    return json.dumps(value, ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


@st.composite
def breakages(draw: st.DrawFn) -> dict[str, Any]:
    """How the chosen answer is broken (applied by :func:`_break` to the simulator's real answer)."""
    how = draw(st.sampled_from(["member", "member", "member", "flip", "raw", "junk", "status"]))
    plan: dict[str, Any] = {"how": how}
    if how in ("member", "junk"):
        plan["junk"] = draw(JUNK)
        plan["pick"] = draw(st.integers(min_value=0, max_value=10**6))
    elif how == "raw":
        plan["raw"] = draw(RAW)
    plan["status"] = draw(st.none() | STATUSES) if how != "status" else draw(STATUSES)
    plan["html"] = draw(st.booleans()) if how == "raw" else False
    plan["headers"] = draw(st.dictionaries(HEADER_NAMES, HEADER_VALUES, max_size=2))
    return plan


def _break(response: httpx.Response, plan: dict[str, Any]) -> httpx.Response:
    content = response.content
    how = plan["how"]
    try:
        parsed = json.loads(content) if content.strip() else None
    except ValueError:
        parsed = None
    if how == "member" and isinstance(parsed, dict | list):
        paths = list(_paths(parsed))
        if paths:
            content = _dumps(_replace(parsed, paths[plan["pick"] % len(paths)], plan["junk"]))
    elif how == "flip" and parsed is not None:
        content = _dumps(_flip(parsed))
    elif how == "junk" or (how == "member" and parsed is None):
        content = _dumps(plan["junk"])
    elif how == "raw":
        content = plan["raw"]
    headers = {
        k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")
    }
    if plan["html"]:
        headers["content-type"] = "text/html; charset=utf-8"
    headers.update(plan.get("headers", {}))
    status = plan["status"] if plan["status"] is not None else response.status_code
    # A stream, as a real transport returns: the client decodes it (content-encoding) when it reads the body.
    return httpx.Response(status, stream=httpx.ByteStream(content), headers=headers)


# ------------------------------------------------------------------------------------------------ the run


def _secrets(world: World) -> list[str]:
    found = []
    for account in world.accounts(refresh_first=False):
        found += [
            v.get_secret_value() for v in account.credentials.values() if len(v.get_secret_value()) >= 8
        ]
    return found


def _breaker(at: int | None, plan: dict[str, Any] | None, broken: dict[str, httpx.Response]) -> Any:
    def tamper(index: int, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if index != at or plan is None:
            return response
        broken["answer"] = _break(response, plan)
        return broken["answer"]

    return tamper


def _run(world: World, name: str, operation: Operation, at: int | None, plan: dict[str, Any] | None) -> str:
    """Run one operation with its ``at``-th answer broken; the outcome's name ("ok" or the error class)."""
    world.reset()
    broken: dict[str, httpx.Response] = {}
    with world.client(
        _breaker(at, plan, broken), refresh_first=name in REFRESH_FIRST, max_retries=1
    ) as client:
        try:
            operation(client)
        except MarketmsgError as exc:  # anything else escapes and fails the test
            error: MarketmsgError | None = exc
        else:
            error = None
        pending = client.outbox.entries(OutboxState.PENDING)
    return _outcome(world, name, error, pending, broken.get("answer"))


def _run_async(world: World, name: str, at: int, plan: dict[str, Any]) -> str:
    """:func:`_run` on an AsyncClient (the async driver and auth flow)."""
    world.reset()
    broken: dict[str, httpx.Response] = {}

    async def main() -> tuple[MarketmsgError | None, Any]:
        tamper = _breaker(at, plan, broken)
        async with world.aclient(tamper, refresh_first=name in REFRESH_FIRST, max_retries=1) as client:
            try:
                await OPERATIONS[world.platform][name](client)  # type: ignore[misc]
            except MarketmsgError as exc:
                return exc, client.outbox.entries(OutboxState.PENDING)
            return None, client.outbox.entries(OutboxState.PENDING)

    error, pending = anyio.run(main)
    return _outcome(world, name, error, pending, broken.get("answer"))


def _outcome(
    world: World, name: str, error: MarketmsgError | None, pending: Any, answer: httpx.Response | None
) -> str:
    assert not pending, f"{name}: an outbox entry was left PENDING after {error!r}"
    if error is None:
        return "ok"
    shown = f"{error} {error!r}"
    for secret in _secrets(world):
        assert secret not in shown, f"{name}: a credential appears in {type(error).__name__}"
    if isinstance(error, ResponseValidationError) and answer is not None and answer.is_success:
        excerpt = getattr(error, "excerpt", None)
        assert getattr(error, "status_code", None) == answer.status_code, error
        assert excerpt is not None and len(excerpt) <= 241, error
        header_id = answer.headers.get("x-amzn-requestid")
        if world.platform == "amazon" and header_id:  # AliExpress carries its request id in the (broken) body
            assert getattr(error, "request_id", None) == header_id[:128], error
    return type(error).__name__


_WORLDS: dict[str, World] = {}
_CALLS: dict[tuple[str, str], int] = {}


def _world(platform: str) -> World:
    if platform not in _WORLDS:
        _WORLDS[platform] = World.build(platform)
    return _WORLDS[platform]


def _calls(world: World, name: str) -> int:
    """How many answers the operation reads when nothing is broken (learned once per operation)."""
    key = (world.platform, name)
    if key not in _CALLS:
        world.reset()
        count = iter(range(1, 10**6))
        made = {"n": 0}

        def tamper(index: int, request: httpx.Request, response: httpx.Response) -> httpx.Response:
            made["n"] = next(count)
            return response

        with world.client(tamper, refresh_first=name in REFRESH_FIRST) as client:
            OPERATIONS[world.platform][name](client)
        _CALLS[key] = made["n"]
    return _CALLS[key]


@pytest.mark.parametrize("platform", sorted(OPERATIONS))
def test_every_operation_succeeds_unbroken(platform: str) -> None:
    """The harness itself: every operation works against its simulator, and reads at least one answer."""
    world = _world(platform)
    for name, operation in OPERATIONS[platform].items():
        assert _run(world, name, operation, None, None) == "ok", name
        assert _calls(world, name) >= 1, name


@pytest.mark.parametrize("platform", sorted(OPERATIONS))
def test_broken_answers_raise_only_documented_errors(platform: str) -> None:
    world = _world(platform)
    names = sorted(OPERATIONS[platform])
    outcomes: dict[str, int] = {}

    @FUZZ
    @given(name=st.sampled_from(names), data=st.data(), plan=breakages())
    def check(name: str, data: st.DataObject, plan: dict[str, Any]) -> None:
        at = data.draw(st.integers(min_value=0, max_value=_calls(world, name) - 1), label="answer")
        outcome = _run(world, name, OPERATIONS[platform][name], at, plan)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    check()
    # The fuzz reached both sides: answers that still work and answers refused with a typed error.
    assert outcomes.get("ok") and len(outcomes) >= 3, outcomes


@pytest.mark.parametrize("platform", sorted(OPERATIONS))
def test_broken_answers_through_the_async_client(platform: str) -> None:
    """The same through AsyncClient (one-call operations; fewer examples: the parsing is shared)."""
    world = _world(platform)
    outcomes: dict[str, int] = {}

    @settings(FUZZ, max_examples=max(FUZZ.max_examples // 3, 10))
    @given(name=st.sampled_from(ONE_CALL[platform]), data=st.data(), plan=breakages())
    def check(name: str, data: st.DataObject, plan: dict[str, Any]) -> None:
        at = data.draw(st.integers(min_value=0, max_value=_calls(world, name) - 1), label="answer")
        outcome = _run_async(world, name, at, plan)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1

    check()
    assert outcomes.get("ok") and len(outcomes) >= 2, outcomes


#: Every registered status, and the unregistered ones proxies and CDNs send (Cloudflare 520–530, 598/599).
EVERY_STATUS = sorted(
    {int(s) for s in HTTPStatus} | {520, 521, 522, 523, 524, 525, 526, 527, 529, 530, 598, 599}
)
#: One read and one send per platform: the status table is about classification, not about each parser.
STATUS_OPERATIONS = {
    "aliexpress": ["messages.list im", "messages.reply im"],
    "amazon": ["orders.context", "messages.send unexpected_problem"],
}


@pytest.mark.parametrize("platform", sorted(STATUS_OPERATIONS))
def test_every_status_on_every_answer_raises_only_documented_errors(platform: str) -> None:
    """Each status (the simulator's own body kept) on the first answer (the token, on Amazon) and on the last
    (the read itself; the send itself) of a read and of a send: a documented error or success, never a PENDING
    outbox entry. The random run above puts random statuses on every other answer."""
    world = _world(platform)
    seen: set[str] = set()
    for name in STATUS_OPERATIONS[platform]:
        for at in sorted({0, _calls(world, name) - 1}):
            for status in EVERY_STATUS:
                plan = {"how": "status", "status": status, "html": False, "headers": {}}
                seen.add(_run(world, name, OPERATIONS[platform][name], at, plan))
    assert {"ok", "DeliveryUnknown"} <= seen, seen
