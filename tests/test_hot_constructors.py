"""Objects built on every request with a hand-written ``__init__`` (speed: ``benchmarks/request_cpu.py``) are the
same objects the generated code built: same signature, same fields, still frozen; default idempotency keys are
``uuid.uuid4().hex`` from the same random bytes."""

from __future__ import annotations

import dataclasses
import inspect
import os
import pickle
import uuid
from datetime import UTC, datetime

import httpx
import pytest

from marketmsg import OutboxEntry, OutboxState, RateLimit
from marketmsg.adapter import HttpCall, ReplyDraft, _new_key
from marketmsg.transport._ratelimit import Ticket


def _generated_signature(cls: type) -> inspect.Signature:
    """The signature ``@dataclass`` would have given ``cls.__init__``."""
    params = [inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    for f in dataclasses.fields(cls):
        default = f.default if f.default is not dataclasses.MISSING else inspect.Parameter.empty
        params.append(inspect.Parameter(f.name, inspect.Parameter.POSITIONAL_OR_KEYWORD, default=default))
    return inspect.Signature(params)


def _names(signature: inspect.Signature) -> list[tuple[str, object]]:
    return [(p.name, p.default) for p in signature.parameters.values()]


@pytest.mark.parametrize("cls", [HttpCall, OutboxEntry, Ticket])
def test_hand_written_inits_have_the_dataclass_signature(cls: type) -> None:
    assert _names(inspect.signature(cls.__init__)) == _names(_generated_signature(cls))


def test_outbox_entries_and_tickets_are_the_same_frozen_objects() -> None:
    now = datetime.now(UTC)
    entry = OutboxEntry("k", "a", "t", "send_reply", OutboxState.PENDING, now, body="hi")
    assert vars(entry) == {
        "key": "k",
        "account": "a",
        "target": "t",
        "operation": "send_reply",
        "state": OutboxState.PENDING,
        "created_at": now,
        "message": None,
        "error": None,
        "body": "hi",
        "parts": (),
    }
    assert "hi" not in repr(entry)
    assert dataclasses.replace(entry, state=OutboxState.SENT) == OutboxEntry(
        key="k",
        account="a",
        target="t",
        operation="send_reply",
        state=OutboxState.SENT,
        created_at=now,
        body="hi",
    )
    assert pickle.loads(pickle.dumps(entry)) == entry
    ticket = Ticket(1.5, True, reports=True)
    assert vars(ticket) == {
        "wait": 1.5,
        "anchors": True,
        "provisional": False,
        "shift": 0.0,
        "waited": 0.0,
        "reports": True,
    }
    assert dataclasses.replace(ticket, waited=2.0).waited == 2.0 and hash(ticket) == hash(
        Ticket(1.5, True, reports=True)
    )
    for frozen in (entry, ticket):
        with pytest.raises(dataclasses.FrozenInstanceError):
            frozen.key = "x"  # type: ignore[union-attr]


def test_http_call_init_is_the_dataclass_init() -> None:
    request = httpx.Request("GET", "https://example.com/x")
    limit = RateLimit(rate=1.0, burst=2)
    call = HttpCall(request, "op", False, limit, False, False, 10)
    assert vars(call) == {
        "request": request,
        "operation": "op",
        "idempotent": False,
        "rate_limit": limit,
        "auth": False,
        "check_status": False,
        "max_bytes": 10,
    }
    defaults = HttpCall(request=request, operation="op")
    assert (defaults.idempotent, defaults.rate_limit, defaults.auth) == (True, None, None)
    assert defaults.check_status is True and defaults.max_bytes is None
    assert dataclasses.replace(call, operation="other").operation == "other"
    with pytest.raises(dataclasses.FrozenInstanceError):
        call.operation = "x"  # type: ignore[misc]


def test_default_idempotency_key_is_uuid4_hex(monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(2000):
        raw = os.urandom(16)
        monkeypatch.setattr(os, "urandom", lambda n, raw=raw: raw)
        assert _new_key() == uuid.uuid4().hex
    monkeypatch.undo()
    keys = {ReplyDraft(body="x").idempotency_key for _ in range(100)}
    assert len(keys) == 100 and all(uuid.UUID(k).version == 4 for k in keys)


def test_make_id_checks_every_call_the_same_way_with_its_prefix_cached() -> None:
    from marketmsg import InvalidIdError
    from marketmsg.models import IdKind, make_id, parse_id

    for _ in range(2):  # the second round finds the prefixes cached
        assert make_id("aliexpress", "cn1", IdKind.MESSAGE, "im/1/m1") == "aliexpress:cn1:msg:im/1/m1"
        assert parse_id(make_id("fakemarket", "s-1", IdKind.CONVERSATION, "a:b")).native == "a:b"
        with pytest.raises(InvalidIdError, match="native part"):
            make_id("aliexpress", "cn1", IdKind.MESSAGE, "")
        with pytest.raises(InvalidIdError, match="platform name"):
            make_id("Ali Express", "cn1", IdKind.MESSAGE, "x")
        with pytest.raises(InvalidIdError, match="seller id"):
            make_id("aliexpress", "cn:1", IdKind.MESSAGE, "x")
        # The platform is checked before the native part.
        with pytest.raises(InvalidIdError, match="platform name"):
            make_id("Ali Express", "cn1", IdKind.MESSAGE, "")


def test_parse_id_finds_every_kind_and_refuses_others_as_before() -> None:
    from marketmsg import InvalidIdError
    from marketmsg.models import IdKind, parse_id

    for kind in IdKind:
        assert parse_id(f"fakemarket:s1:{kind.value}:n:1").kind is kind
    with pytest.raises(InvalidIdError, match="unknown id kind 'CONV'") as caught:
        parse_id("fakemarket:s1:CONV:n")
    assert caught.value.__suppress_context__
    with pytest.raises(InvalidIdError, match="is a conversation id"):
        parse_id("fakemarket:s1:conv:n", expect=IdKind.MESSAGE)


def test_dict_init_refuses_what_it_cannot_write() -> None:
    from marketmsg.adapter import dict_init

    with pytest.raises(TypeError, match="plain fields only"):

        @dict_init
        @dataclasses.dataclass(frozen=True)
        class _Listed:
            items: list[int] = dataclasses.field(default_factory=list)
