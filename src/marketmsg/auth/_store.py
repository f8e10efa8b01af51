"""Where OAuth tokens are kept between calls: the protocols, and the in-memory default.

Every adapter that holds tokens (Amazon LWA, AliExpress IOP) uses these through :class:`RefreshingAuth`, so one
store implementation — a Redis hash (:class:`RedisTokenStore`), a database row
(:class:`marketmsg.store.SqlTokenStore`) — serves all platforms. Keys are non-secret digests chosen by the
adapter; values are JSON-able dicts with at least ``access_token`` and ``expires_at`` (epoch seconds, or None).

A store shared by several processes must also be a :class:`LockingTokenStore`: a refresh takes the store's
lock for the key, re-reads the token (another worker may have refreshed it meanwhile) and writes the new one
with compare-and-set. With rotating refresh tokens (AliExpress) anything less makes concurrent workers spend the
same refresh token twice, and all but one get ``IllegalRefreshToken``.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

__all__ = ["InMemoryTokenStore", "LockingTokenStore", "TokenStore"]


@runtime_checkable
class TokenStore(Protocol):
    """Keeps token dicts by a non-secret key."""

    def load(self, key: str) -> Mapping[str, Any] | None:
        """The token saved under ``key``, or None."""
        ...

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        """Remember ``token`` under ``key``, replacing any older one."""
        ...


@runtime_checkable
class LockingTokenStore(TokenStore, Protocol):
    """A token store several processes share: a lock per key, and compare-and-set writes."""

    def acquire(self, key: str, ttl: float) -> str | None:
        """Take the refresh lock of ``key`` for at most ``ttl`` seconds; a handle, or None when another holds it.

        The TTL frees the lock of a worker that died while refreshing.
        """
        ...

    def release(self, key: str, handle: str) -> None:
        """Give the lock back (only if ``handle`` still holds it)."""
        ...

    def compare_and_set(self, key: str, expected: str | None, token: Mapping[str, Any]) -> bool:
        """Save ``token`` only if the stored token's ``access_token`` is ``expected`` (None: nothing stored).

        False when another worker wrote in between; the stored token is then left as it is.
        """
        ...


class InMemoryTokenStore:
    """The default store: a dict guarded by a lock, private to one process (and to one client by default).

    Implements :class:`LockingTokenStore`, so clients of one process that share it refresh once between them.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tokens: dict[str, dict[str, Any]] = {}
        self._locks: dict[str, tuple[str, float]] = {}

    def load(self, key: str) -> Mapping[str, Any] | None:
        with self._lock:
            token = self._tokens.get(key)
            return dict(token) if token is not None else None

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        with self._lock:
            self._tokens[key] = dict(token)

    def acquire(self, key: str, ttl: float) -> str | None:
        now = time.monotonic()
        with self._lock:
            held = self._locks.get(key)
            if held is not None and held[1] > now:
                return None
            handle = uuid.uuid4().hex
            self._locks[key] = (handle, now + ttl)
            return handle

    def release(self, key: str, handle: str) -> None:
        with self._lock:
            if self._locks.get(key, ("", 0.0))[0] == handle:
                del self._locks[key]

    def compare_and_set(self, key: str, expected: str | None, token: Mapping[str, Any]) -> bool:
        with self._lock:
            current = self._tokens.get(key)
            if (current.get("access_token") if current is not None else None) != expected:
                return False
            self._tokens[key] = dict(token)
            return True

    def __repr__(self) -> str:  # never show tokens
        return f"InMemoryTokenStore({len(self._tokens)} token(s))"
