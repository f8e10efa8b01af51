"""Coverage-guided fuzzing of the store's codec (models <-> JSON documents) with atheris (libFuzzer). Not in CI.

    .venv/bin/pip install atheris                                    # once, into the dev venv
    python3 dev.py run scripts/fuzz/store_codec.py -max_total_time=300

The fuzzer's bytes fill a message, a conversation and a dispute (every text field, the platform ``raw`` payload
as arbitrary JSON, attachment bytes and names) — whatever the models accept is encoded, decoded and compared
(lossless round trip, stable etag), then written to and read back from an in-memory SQLite store. A model that
refuses a value is no finding; anything else raised by the codec or the store except a documented
``MarketmsgError``, or a round trip that changes the model, is (libFuzzer writes it to ``crash-*``).
"""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

with atheris.instrument_imports(include=["marketmsg"]):
    from pydantic import ValidationError
    from pydantic_core import PydanticSerializationError

    from marketmsg import MarketmsgError
    from marketmsg.models import (
        Attachment,
        Channel,
        Conversation,
        Direction,
        Dispute,
        DisputeStatus,
        Message,
        Money,
        Party,
        PartyRole,
    )
    from marketmsg.store import SqlStore
    from marketmsg.store._codec import encode, load_conversation, load_dispute, load_message

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
ACCOUNT = "fakemarket:FM-SELLER-1"
_state: dict[str, Any] = {"store": SqlStore("sqlite://"), "runs": 0}


def _raw(fdp: atheris.FuzzedDataProvider) -> Any:
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 200))
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return {"text": text}


def _models(fdp: atheris.FuzzedDataProvider) -> list[Any]:
    def text(limit: int = 60) -> str:
        return fdp.ConsumeUnicode(fdp.ConsumeIntInRange(0, limit))

    # The run number makes every input's ids new: the store keeps the newer of two versions of one id, so an
    # id seen in an earlier input would read back as that input's version.
    native, body, name, order = f"{text(30)}#{_state['runs']}", text(400), text(80), text(40)
    party = Party(role=PartyRole.BUYER, platform_id=text(), display_name=text())
    file = Attachment.from_bytes(
        name or "f", fdp.ConsumeBytes(fdp.ConsumeIntInRange(0, 64)), text(30) or "x/y"
    )
    when = T0 + timedelta(seconds=fdp.ConsumeIntInRange(0, 10**9))
    conv_id = f"{ACCOUNT}:conv:{native}"
    built: list[Any] = []
    for make in (
        lambda: Conversation(
            id=conv_id, platform="fakemarket", account=ACCOUNT, channel=Channel.OTHER, buyer=party,
            subject=text(), order_id=order or None, last_message_at=when, tags=(text(10),), raw=_raw(fdp),
        ),
        lambda: Message(
            id=f"{ACCOUNT}:msg:{native}/{text(20)}", conversation_id=conv_id, direction=Direction.INBOUND,
            sender=party, channel=Channel.OTHER, body=body, sent_at=when, attachments=(file,), raw=_raw(fdp),
        ),
        lambda: Dispute(
            id=f"{ACCOUNT}:dispute:{native}", platform="fakemarket", account=ACCOUNT, order_id=order or "o",
            status=DisputeStatus.AWAITING_SELLER, raw_status=text(), reason=text(), opened_at=when,
            amount=Money(amount=Decimal(fdp.ConsumeIntInRange(0, 10**12)) / 100, currency="EUR"),
            evidence=(file,), raw=_raw(fdp),
        ),
    ):  # fmt: skip
        with contextlib.suppress(
            ValidationError, ValueError
        ):  # the model refuses it: never reaches the codec
            built.append(make())
    return built


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {_norm(k): _norm(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_norm(v) for v in value]
    return value


def _refused(store: SqlStore, model: Any) -> None:
    write = {Conversation: store.upsert_conversations, Message: store.upsert_messages}.get(
        type(model), store.upsert_disputes
    )
    try:
        write([model])
    except MarketmsgError:
        return
    raise AssertionError("the store accepted a model its codec cannot encode")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    store: SqlStore = _state["store"]
    _state["runs"] += 1
    if _state["runs"] % 500 == 0:  # a fresh in-memory store now and then keeps memory flat
        store.close()
        store = _state["store"] = SqlStore("sqlite://")
    for model in _models(fdp):
        loader = {Message: load_message, Conversation: load_conversation, Dispute: load_dispute}[type(model)]
        try:
            document, tag = encode(model)
        except PydanticSerializationError:
            # A lone surrogate cannot be UTF-8: the store must refuse the model with its documented error.
            _refused(store, model)
            continue
        back = loader(json.loads(document))
        assert back == model, f"{type(model).__name__} changed in a codec round trip"
        assert encode(back)[1] == tag, "the etag of a decoded model differs"
        try:
            if isinstance(model, Conversation):
                store.upsert_conversations([model])
                stored: Any = store.get_conversation(model.id)
            elif isinstance(model, Message):
                store.upsert_messages([model])
                stored = next((m for m in store.messages(model.conversation_id) if m.id == model.id), None)
            else:
                store.upsert_disputes([model])
                stored = next((d for d in store.disputes(account=ACCOUNT) if d.id == model.id), None)
        except MarketmsgError:
            continue
        assert stored is not None and _norm(stored.model_dump()) == _norm(model.model_dump()), (
            "store round trip"
        )


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
