"""Default idempotency keys, built without ``uuid.UUID`` (speed: ``benchmarks/request_cpu.py``), are
``uuid.uuid4().hex`` from the same random bytes."""

from __future__ import annotations

import os
import uuid

import pytest

from marketmsg.adapter import ReplyDraft, _new_key


def test_default_idempotency_key_is_uuid4_hex(monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(2000):
        raw = os.urandom(16)
        monkeypatch.setattr(os, "urandom", lambda n, raw=raw: raw)
        assert _new_key() == uuid.uuid4().hex
    monkeypatch.undo()
    keys = {ReplyDraft(body="x").idempotency_key for _ in range(100)}
    assert len(keys) == 100 and all(uuid.UUID(k).version == 4 for k in keys)
