"""Stored documents → unified models, one row at a time.

Rows are read as JSON *text* (PostgreSQL casts JSONB to text, so the driver does not build dicts first) and
validated by pydantic's Rust JSON parser in one pass. Attachment bytes are stored as URL-safe base64, which
JSON-mode validation would take as UTF-8 text; the few documents that carry bytes take the dict path of
:mod:`._codec` instead (a cheap text probe decides).
"""

from __future__ import annotations

import json
import re

from ..models import Conversation, Dispute, Message
from ._codec import load_dispute, load_message

__all__ = ["decode_conversation", "decode_dispute", "decode_message"]

_HAS_BYTES = re.compile(r'"content":\s*"')


def decode_conversation(text: str) -> Conversation:
    return Conversation.model_validate_json(text)


def decode_message(text: str) -> Message:
    if '"content"' in text and _HAS_BYTES.search(text):
        return load_message(json.loads(text))
    return Message.model_validate_json(text)


def decode_dispute(text: str) -> Dispute:
    if '"content"' in text and _HAS_BYTES.search(text):
        return load_dispute(json.loads(text))
    return Dispute.model_validate_json(text)
