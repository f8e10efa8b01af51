"""Unified models ↔ JSON documents for the store, losslessly.

``model_dump(mode="json")`` would write ``Attachment.content`` as UTF-8 text and fail on binary files, so the
store dumps in Python mode and converts with ``bytes_mode="base64"``; on the way back the attachment contents are
decoded before validation. Everything else (Decimal money, tz-aware datetimes, enums) round-trips through
pydantic's own JSON forms.
"""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import pydantic_core
from pydantic_core import to_jsonable_python

from ..models import Conversation, Dispute, MarketmsgModel, Message

__all__ = [
    "JsonText",
    "dump",
    "encode",
    "etag",
    "load_conversation",
    "load_dispute",
    "load_message",
    "to_json",
]


def dump(model: MarketmsgModel) -> dict[str, Any]:
    """A JSON-ready dict of ``model`` (binary attachment contents as URL-safe base64)."""
    result = to_jsonable_python(model.model_dump(mode="python"), bytes_mode="base64")
    assert isinstance(result, dict)
    return result


class JsonText(str):
    """JSON already serialised by :func:`encode`; the store's document column writes it as is."""


def _has_bytes(model: MarketmsgModel) -> bool:
    # isinstance, not getattr: a missing attribute on a pydantic model costs an exception per call.
    if isinstance(model, Message):
        files: tuple[Any, ...] = model.attachments
    elif isinstance(model, Dispute):
        files = model.evidence
    else:
        return False
    for f in files:  # noqa: SIM110 - a plain loop: no generator per stored model
        if f.content is not None:
            return True
    return False


def encode(model: MarketmsgModel) -> tuple[JsonText, str]:
    """``(document JSON, etag)`` for storing ``model``, serialised once, in pydantic's Rust core.

    The etag covers everything but ``raw`` (see :func:`etag`). Models without binary attachment contents (nearly
    all) take pydantic's direct JSON path; the others go through :func:`dump` so the bytes become base64.
    """
    if not _has_bytes(model):
        # Serialise the unified fields once and splice ``raw`` in, rather than dumping the model twice.
        shown = model.model_dump_json(exclude={"raw"})
        raw = pydantic_core.to_json(getattr(model, "raw", None), bytes_mode="base64", serialize_unknown=True)
        full = f'{shown[:-1]}{"," if len(shown) > 2 else ""}"raw":{raw.decode("utf-8")}}}'
        visible = shown.encode("utf-8")
    else:
        document = model.model_dump(mode="python")
        raw = document.pop("raw", None)
        visible = pydantic_core.to_json(document, bytes_mode="base64")
        full = pydantic_core.to_json({**document, "raw": raw}, bytes_mode="base64").decode("utf-8")
    return JsonText(full), hashlib.sha256(visible).hexdigest()[:32]


def to_json(document: dict[str, Any]) -> str:
    """Canonical JSON text: sorted keys, no whitespace, so equal documents are equal strings."""
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def etag(document: dict[str, Any]) -> str:
    """Fingerprint of a dumped document (exports and tests; the store uses :func:`encode`). ``raw`` is left out: a platform payload that only changes
    volatile fields (request ids, server timestamps) is not a change the inbox needs to act on."""
    visible = {k: v for k, v in document.items() if k != "raw"}
    return hashlib.sha256(to_json(visible).encode("utf-8")).hexdigest()[:32]


def _decode_attachments(items: Any) -> Any:
    if not isinstance(items, list):
        return items
    return [
        {**item, "content": base64.urlsafe_b64decode(item["content"])}
        if isinstance(item, dict) and isinstance(item.get("content"), str)
        else item
        for item in items
    ]


def load_message(document: dict[str, Any]) -> Message:
    return Message.model_validate(
        {**document, "attachments": _decode_attachments(document.get("attachments", []))}
    )


def load_conversation(document: dict[str, Any]) -> Conversation:
    return Conversation.model_validate(document)


def load_dispute(document: dict[str, Any]) -> Dispute:
    return Dispute.model_validate({**document, "evidence": _decode_attachments(document.get("evidence", []))})
