"""Whatever fails at whichever step of a send, the outbox never keeps a key PENDING (issue 11, item 9).

One row per step of ``client.messages.reply`` and per kind of failure there: input refused before anything is
recorded (no entry, nothing sent), failures before the request left (FAILED: safe to send again), failures after
it may have been processed (UNKNOWN: reconcile first) — for exceptions of our own types and of any other type.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import anyio
import httpx
import pytest

from marketmsg import (
    APIConnectionError,
    AsyncClient,
    Attachment,
    BadRequestError,
    Client,
    DeliveryUnknown,
    InMemoryOutbox,
    InvalidRequestError,
    OutboxEntry,
    OutboxState,
    PartialDelivery,
)
from marketmsg._delivery import deliver
from marketmsg._effects import run_flow_sync
from marketmsg.adapter import BlockingCall, send_part
from marketmsg.sandbox import Sandbox
from marketmsg.store import StoreError
from marketmsg_fakemarket import FakemarketAdapter, FakemarketSimulator

CONV = "fakemarket:FM-SELLER-1:conv:c1"
TEXT = "Thank you, your parcel left our warehouse today."
KEY = "k-step"

Injector = Callable[[httpx.Request], httpx.Response | None]


def _is_send(request: httpx.Request) -> bool:
    return request.method == "POST" and request.url.path.endswith("/messages")


def _raise(exc: BaseException) -> Injector:
    def inject(request: httpx.Request) -> httpx.Response | None:
        if _is_send(request):
            raise exc
        return None

    return inject


def _answer(status: int, content: bytes = b"{}") -> Injector:
    def inject(request: httpx.Request) -> httpx.Response | None:
        return httpx.Response(status, content=content) if _is_send(request) else None

    return inject


class _BrokenBegin(InMemoryOutbox):
    def begin(self, entry: OutboxEntry) -> OutboxEntry:
        raise StoreError("injected: the database is unreachable", database="memory")


@dataclass(frozen=True)
class Step:
    """One failure: where it is injected, what the caller sees, and what the outbox then holds."""

    name: str
    raises: type[BaseException]
    state: OutboxState | None  # None: no entry at all
    delivered: bool = False  # whether the simulator stored the message
    subject: str | None = None
    attachments: tuple[Attachment, ...] = ()
    inject: Injector | None = None
    outbox: Callable[[], InMemoryOutbox] = InMemoryOutbox
    before_send: BaseException | None = None  # raised by the adapter's send hook before its first effect


def _unsent_attachment() -> Attachment:
    return Attachment(filename="a.pdf", content_type="application/pdf", size=3)


STEPS = [
    # -- the input, checked before the key is recorded: nothing recorded, nothing sent
    Step("subject with a line break", InvalidRequestError, None, subject="Your order\r\nBcc: x@example.com"),
    Step("attachment without bytes", InvalidRequestError, None, attachments=(_unsent_attachment(),)),
    Step("adapter check before its first effect", ValueError, None, before_send=ValueError("bad input")),
    Step("the outbox cannot record the key", StoreError, None, outbox=_BrokenBegin),
    # -- the request never left: FAILED, a new attempt may send
    Step("connection refused", APIConnectionError, OutboxState.FAILED, inject=_raise(httpx.ConnectError("x"))),
    Step("platform refuses (400)", BadRequestError, OutboxState.FAILED, inject=_answer(400)),
    # -- the request may have been processed: UNKNOWN, reconcile before sending again
    Step("reset after the request went out", DeliveryUnknown, OutboxState.UNKNOWN, inject=_raise(httpx.ReadError("x"))),
    Step("timeout after the request", DeliveryUnknown, OutboxState.UNKNOWN, inject=_raise(httpx.ReadTimeout("x"))),
    Step("platform fails (500)", DeliveryUnknown, OutboxState.UNKNOWN, inject=_answer(500)),
    Step("any other exception in the transport", DeliveryUnknown, OutboxState.UNKNOWN, inject=_raise(RuntimeError("x"))),
    Step("answer 200 that is not JSON", DeliveryUnknown, OutboxState.UNKNOWN, inject=_answer(200, b"<html>")),
    Step("answer 200 of another shape", DeliveryUnknown, OutboxState.UNKNOWN, inject=_answer(200, b"[1, 2]")),
]  # fmt: skip


def _mounts(sandbox: Sandbox, step: Step) -> dict[str, httpx.MockTransport]:
    def wrap(handler: Callable[[httpx.Request], httpx.Response]) -> httpx.MockTransport:
        def handle(request: httpx.Request) -> httpx.Response:
            injected = step.inject(request) if step.inject is not None else None
            return injected if injected is not None else handler(request)

        return httpx.MockTransport(handle)

    return {key: wrap(transport.handler) for key, transport in sandbox.mounts().items()}


def _nowhere(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError(f"no simulator serves {request.url.host}", request=request)


_NOWHERE = httpx.MockTransport(_nowhere)  # nothing unmounted reaches the network


def _client(sandbox: Sandbox, step: Step, outbox: InMemoryOutbox) -> Client:
    http = httpx.Client(mounts=_mounts(sandbox, step), transport=_NOWHERE)
    return Client(sandbox.accounts, http_client=http, outbox=outbox, max_retries=0, clock=sandbox.clock)


def _reply_async(sandbox: Sandbox, step: Step, outbox: InMemoryOutbox) -> None:
    async def main() -> None:
        http = httpx.AsyncClient(mounts=_mounts(sandbox, step), transport=_NOWHERE)
        async with AsyncClient(
            sandbox.accounts, http_client=http, outbox=outbox, max_retries=0, clock=sandbox.clock
        ) as client:
            await client.messages.reply(
                CONV, TEXT, subject=step.subject, attachments=step.attachments, idempotency_key=KEY
            )
        await http.aclose()

    anyio.run(main)


@pytest.fixture
def sandbox(fakemarket: None) -> Sandbox:
    return Sandbox.create(["fakemarket"])


def _reply(sandbox: Sandbox, step: Step, outbox: InMemoryOutbox, mode: str) -> None:
    if mode == "async":
        _reply_async(sandbox, step, outbox)
        return
    with _client(sandbox, step, outbox) as client:
        client.messages.reply(
            CONV, TEXT, subject=step.subject, attachments=step.attachments, idempotency_key=KEY
        )


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("step", STEPS, ids=[s.name for s in STEPS])
def test_a_failure_at_any_step_never_leaves_the_key_pending(
    sandbox: Sandbox, step: Step, mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sim = sandbox.controller("fakemarket")
    assert isinstance(sim, FakemarketSimulator)
    if step.before_send is not None:
        original = FakemarketAdapter.send_reply
        error = step.before_send

        def refusing(self: FakemarketAdapter, *args: Any, **kwargs: Any) -> Any:
            flow = original(self, *args, **kwargs)

            def checked() -> Any:
                raise error
                yield from flow  # pragma: no cover - the check refuses before any effect

            return checked()

        monkeypatch.setattr(FakemarketAdapter, "send_reply", refusing)
    outbox = step.outbox()
    before = len(sim.sent_messages("c1"))
    with pytest.raises(step.raises):
        _reply(sandbox, step, outbox, mode)
    entry = outbox.get(KEY)
    assert (entry.state if entry is not None else None) is step.state
    assert all(e.state is not OutboxState.PENDING for e in outbox.entries())
    assert len(sim.sent_messages("c1")) - before == (1 if step.delivered else 0)
    if entry is not None:
        assert entry.error  # the outcome says what happened (redacted text or the exception's type name)


def test_the_outcomes_that_allow_a_new_attempt_let_it_send(sandbox: Sandbox) -> None:
    """FAILED is not a dead end: the same key sends once the cause is gone."""
    step = next(s for s in STEPS if s.name == "connection refused")
    outbox = InMemoryOutbox()
    with _client(sandbox, step, outbox) as client, pytest.raises(APIConnectionError):
        client.messages.reply(CONV, TEXT, idempotency_key=KEY)
    with sandbox.client(outbox=outbox) as client:
        message = client.messages.reply(CONV, TEXT, idempotency_key=KEY)
    entry = outbox.get(KEY)
    assert entry is not None and entry.state is OutboxState.SENT and entry.message == message


def test_the_cli_exits_with_the_usage_code_for_refused_input() -> None:
    from marketmsg.cli._conversations import error_exit_code

    assert error_exit_code(InvalidRequestError("a subject is one line", field="subject")) == 2


# ---------------------------------------------------------------------------------------------- the parts runner


def _platform_send(result: str | BaseException, log: list[str]) -> Any:
    """One platform send as a flow: a non-idempotent step that returns an id or raises."""

    def run() -> str:
        if isinstance(result, BaseException):
            raise result
        log.append(result)
        return result

    return (yield from BlockingCall("send", run, idempotent=False).send())


def httpx_timeout() -> DeliveryUnknown:
    return DeliveryUnknown("injected: no answer after the request went out", operation="send")


def _two_parts(
    log: list[str], *, text: str | BaseException, image: str | BaseException, early: bool = False
) -> Any:
    if early:  # a read before the first part, then a failure
        yield from BlockingCall("read", lambda: None).send()
        raise APIConnectionError("injected", request_sent=False)
    text_id = yield from send_part("text", _platform_send(text, log))
    yield from send_part("image:0", _platform_send(image, log))
    return text_id


def _deliver(outbox: InMemoryOutbox, flow: Any) -> Any:
    entry = OutboxEntry(
        key="k-parts", account="fakemarket:FM-SELLER-1", target=CONV, operation="send_reply",
        state=OutboxState.PENDING, created_at=datetime(2026, 11, 2, tzinfo=UTC), body=TEXT,
    )  # fmt: skip
    return run_flow_sync(deliver(outbox, entry, flow), lambda effect: effect.run_sync())


@pytest.mark.parametrize(
    ("first", "state", "raises"),
    [
        (
            {"text": "t1", "image": BadRequestError("no", status_code=400)},
            OutboxState.PARTIAL,
            PartialDelivery,
        ),
        ({"text": "t1", "image": httpx_timeout()}, OutboxState.UNKNOWN, DeliveryUnknown),
        ({"text": "t1", "image": KeyError("parser")}, OutboxState.UNKNOWN, DeliveryUnknown),
        (
            {"text": BadRequestError("no", status_code=400), "image": "i1"},
            OutboxState.FAILED,
            BadRequestError,
        ),
    ],
    ids=["picture refused", "picture timed out", "picture answer unreadable", "text refused"],
)
def test_the_parts_runner_records_each_outcome(
    first: dict[str, Any], state: OutboxState, raises: type[BaseException]
) -> None:
    outbox, log = InMemoryOutbox(), []
    with pytest.raises(raises):
        _deliver(outbox, _two_parts(log, **first))
    entry = outbox.get("k-parts")
    assert entry is not None and entry.state is state
    if state is OutboxState.UNKNOWN:
        return  # reconcile's: never sent again blindly
    # A retry failing before its first part keeps what was delivered; the next one sends only the rest.
    with pytest.raises(PartialDelivery if state is OutboxState.PARTIAL else APIConnectionError):
        _deliver(outbox, _two_parts(log, text="t2", image="i2", early=True))
    again = outbox.get("k-parts")
    assert again is not None and again.state is state
    assert _deliver(outbox, _two_parts(log, text="t2", image="i2")) == ("t1" if "t1" in log else "t2")
    assert log == (["t1", "i2"] if state is OutboxState.PARTIAL else ["t2", "i2"])


def test_an_unknown_outcome_says_what_the_platform_answered(sandbox: Sandbox) -> None:
    """The caller sees the answer that made the send unknown (status, excerpt), not only an exception's type."""
    step = next(s for s in STEPS if s.name == "answer 200 that is not JSON")
    with _client(sandbox, step, InMemoryOutbox()) as client, pytest.raises(DeliveryUnknown) as info:
        client.messages.reply(CONV, TEXT, idempotency_key=KEY)
    assert "200" in str(info.value) and KEY in str(info.value)
