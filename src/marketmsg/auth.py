"""Where adapters keep OAuth tokens between calls: one protocol, and the in-memory default.

Every adapter that holds tokens (Amazon LWA, AliExpress IOP) uses this, so one store implementation — a Redis
hash, a database row — serves all platforms. Keys are non-secret digests chosen by the adapter; values are
JSON-able dicts. A store shared by several processes lets workers reuse one access token instead of each
refreshing its own; it should be last-writer-wins. Adapters call it with their refresh lock held.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

__all__ = ["InMemoryTokenStore", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Keeps token dicts by a non-secret key."""

    def load(self, key: str) -> Mapping[str, Any] | None:
        """The token saved under ``key``, or None."""
        ...

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        """Remember ``token`` under ``key``, replacing any older one."""
        ...


class InMemoryTokenStore:
    """The default store: a dict guarded by a lock, private to one process (and to one client by default)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, dict[str, Any]] = {}

    def load(self, key: str) -> Mapping[str, Any] | None:
        with self._lock:
            token = self._tokens.get(key)
            return dict(token) if token is not None else None

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        with self._lock:
            self._tokens[key] = dict(token)

    def __repr__(self) -> str:  # never show tokens
        return f"InMemoryTokenStore({len(self._tokens)} token(s))"
