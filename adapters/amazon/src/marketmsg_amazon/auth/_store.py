"""Where LWA access tokens are kept between calls: a small protocol, and the in-memory default.

Tokens are kept per (application, refresh token) under a key that is a digest, so a store (a Redis hash, a
database row) never sees the refresh token itself. A shared store lets many worker processes reuse one access
token instead of each asking LWA for its own.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

__all__ = ["InMemoryTokenStore", "TokenStore", "token_key"]


@runtime_checkable
class TokenStore(Protocol):
    """Keeps LWA tokens (``access_token``, ``token_type``, ``expires_at`` in epoch seconds) by key.

    Both methods are called with the refresh lock held, so a store need not be atomic across callers of one
    process; a store shared by several processes should make ``save`` last-writer-wins.
    """

    def load(self, key: str) -> Mapping[str, Any] | None:
        """The token saved under ``key``, or None."""
        ...

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        """Remember ``token`` under ``key`` (replacing any older one)."""
        ...


class InMemoryTokenStore:
    """The default store: a dict guarded by a lock, private to one process."""

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


def token_key(client_id: str, refresh_token: str) -> str:
    """A stable, non-secret key for one (application, seller authorisation) pair."""
    digest = hashlib.sha256(f"{client_id}\0{refresh_token}".encode()).hexdigest()
    return f"lwa:{digest[:32]}"
