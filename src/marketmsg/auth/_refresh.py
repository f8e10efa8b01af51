"""``RefreshingAuth``: an access token kept fresh for every request, refreshed once however many ask.

One implementation for every platform (Amazon LWA, AliExpress IOP configure it through four hooks), for both
clients, as an ``httpx.Auth`` whose flows run on the client's own HTTP client (mounts, proxies, the sandbox):

1. a request that needs a token gets the stored one if it stays valid for ``leeway`` seconds; otherwise the
   token is refreshed first;
2. the platform answers; when it refused the token itself (revoked, expired early — :meth:`token_rejected`),
   the token is refreshed **once** and the request resent. It was not processed, so this is safe for a send.

A refresh is single-flight: one thread (or task) of this process refreshes while the others wait on a lock
(``threading.Lock`` for ``Client``, ``anyio.Lock`` for ``AsyncClient`` — a thread lock must never be held across
an ``await``), then everyone re-reads the store. Across processes, a :class:`~marketmsg.auth.LockingTokenStore`
adds the store's lock and a compare-and-set write, so workers sharing a Redis or a database refresh once between
them and never spend a rotating refresh token twice.
"""

from __future__ import annotations

import abc
import threading
import time
from collections.abc import AsyncGenerator, Generator, Mapping
from typing import Any

import anyio
import httpx

from .._clock import Clock, SystemClock, epoch_seconds
from .._logging import get_logger
from .._redact import register_secret
from ..transport._exchange import aread_bounded, read_bounded
from ._store import InMemoryTokenStore, LockingTokenStore, TokenStore

__all__ = ["RefreshingAuth"]

log = get_logger("marketmsg.auth")

#: How often a worker waiting for another worker's refresh looks again (real time: it waits on another process).
_POLL = 0.02


class RefreshingAuth(httpx.Auth, abc.ABC):
    """Base of every token auth. Subclass and implement :meth:`authorize`, :meth:`refresh_request` and
    :meth:`parse_refresh`; override :meth:`needs_token` and :meth:`token_rejected` where the platform needs.

    ``key`` names the token in ``store`` (non-secret). ``leeway``: refresh this many seconds before expiry, so
    a token never dies in flight. ``lock_ttl``: the longest a refresh may hold a shared store's lock.
    """

    def __init__(
        self,
        *,
        key: str,
        store: TokenStore | None = None,
        clock: Clock | None = None,
        leeway: float = 60.0,
        lock_ttl: float = 30.0,
    ) -> None:
        self.key = key
        self.store: TokenStore = store if store is not None else InMemoryTokenStore()
        self.clock: Clock = clock or SystemClock()
        self.leeway = leeway
        self.lock_ttl = lock_ttl
        self._sync_lock = threading.Lock()
        # Made at the first refresh in an event loop: anyio.Lock() outside one imports asyncio (~8 ms) for a
        # sync client that never needs it.
        self._async_lock: anyio.Lock | None = None
        #: Token requests made by this auth (observable in tests and metrics).
        self.refresh_count = 0
        self._registered: str | None = None

    # ------------------------------------------------------------------ platform hooks

    def needs_token(self, request: httpx.Request) -> bool:
        """Whether ``request`` carries the access token (token endpoints themselves do not)."""
        return True

    @abc.abstractmethod
    def authorize(self, request: httpx.Request, access_token: str | None) -> httpx.Request:
        """``request`` with ``access_token`` applied (a header, a signed parameter); None for token-less calls."""

    @abc.abstractmethod
    def refresh_request(self, request: httpx.Request, stored: Mapping[str, Any] | None) -> httpx.Request:
        """The token request to send before ``request``; ``stored`` is the token saved now (its refresh token,
        for platforms that rotate it). Raise a typed error when no refresh is possible."""

    @abc.abstractmethod
    def parse_refresh(
        self, response: httpx.Response, stored: Mapping[str, Any] | None, now: float
    ) -> Mapping[str, Any]:
        """The token to store from a token answer: at least ``access_token`` and ``expires_at`` (epoch seconds,
        None when unknown). Raise the platform's typed error for a refusal. Keep only what may be shared."""

    def reads_answer(self, response: httpx.Response) -> bool:
        """Whether :meth:`token_rejected` needs the answer's body (platforms that refuse tokens inside a 200 do)."""
        return response.status_code in (401, 403)

    def token_rejected(self, response: httpx.Response) -> bool:
        """True when the platform refused the access token itself, not the operation: refresh once and resend."""
        return False

    # ------------------------------------------------------------------ sans-I/O

    def usable(self, saved: Mapping[str, Any] | None, *, stale: str | None = None) -> str | None:
        """The access token of ``saved`` when it is valid for ``leeway`` more seconds and is not ``stale``."""
        if not saved:
            return None
        token = saved.get("access_token")
        if not isinstance(token, str) or not token or token == stale:
            return None
        expires = saved.get("expires_at")
        if expires is not None and (
            not isinstance(expires, int | float) or expires - self.leeway <= epoch_seconds(self.clock)
        ):
            return None
        if token != self._registered:  # once per token, not once per request
            register_secret(token, transient=True)
            self._registered = token
        return token

    def seed(self, token: Mapping[str, Any]) -> None:
        """Store ``token`` (e.g. from the account's credentials) unless a token is stored already.

        With a shared store this never overwrites a token another worker refreshed (it may carry the only valid,
        rotated refresh token).
        """
        store = self.store
        if isinstance(store, LockingTokenStore):
            store.compare_and_set(self.key, None, token)
        elif store.load(self.key) is None:
            store.save(self.key, token)

    def current_token(self) -> str | None:
        """The stored access token if it is still valid for ``leeway`` seconds, else None."""
        return self.usable(self.store.load(self.key))

    def accept(self, response: httpx.Response, stored: Mapping[str, Any] | None) -> str:
        """Store the token of a token answer (compare-and-set against ``stored``) and return the access token."""
        token = dict(self.parse_refresh(response, stored, self.clock.now().timestamp()))
        access = str(token["access_token"])
        register_secret(access, transient=True)
        self.refresh_count += 1
        expected = stored.get("access_token") if stored else None
        store = self.store
        if isinstance(store, LockingTokenStore):
            if not store.compare_and_set(self.key, expected if isinstance(expected, str) else None, token):
                # Our lock expired mid-refresh and another worker stored a token: keep theirs, use ours once.
                log.warning(
                    "token %s was refreshed by another worker at the same time; keeping theirs", self.key
                )
        else:
            store.save(self.key, token)
        return access

    def _try(self, stale: str | None) -> tuple[str | None, str | None]:
        """(a usable token another worker stored, or None; the store lock's handle, or None when not taken)."""
        found = self.usable(self.store.load(self.key), stale=stale)
        if found is not None:
            return found, None
        store = self.store
        if not isinstance(store, LockingTokenStore):
            return None, ""
        handle = store.acquire(self.key, self.lock_ttl)
        if handle is None:
            return None, None
        # Taken: someone may have refreshed between our read and our lock.
        return self.usable(self.store.load(self.key), stale=stale), handle

    def _release(self, handle: str | None) -> None:
        store = self.store
        if handle and isinstance(store, LockingTokenStore):
            store.release(self.key, handle)

    # ------------------------------------------------------------------ sync

    def _acquire_sync(self, stale: str | None) -> tuple[str | None, str | None]:
        deadline = time.monotonic() + self.lock_ttl
        while True:
            found, handle = self._try(stale)
            if found is not None or handle is not None or time.monotonic() >= deadline:
                return (
                    found,
                    handle,
                )  # past the deadline: refresh without the lock (compare-and-set still guards)
            time.sleep(_POLL)

    def _refresh_sync(
        self, request: httpx.Request, stale: str | None
    ) -> Generator[httpx.Request, httpx.Response, str]:
        with self._sync_lock:
            found, handle = self._acquire_sync(stale)
            try:
                if found is not None:
                    return found
                stored = self.store.load(self.key)
                answer = yield self.refresh_request(request, stored)
                read_bounded(answer)
                return self.accept(answer, stored)
            finally:
                self._release(handle)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if not self.needs_token(request):
            yield self.authorize(request, None)
            return
        token = self.current_token()
        if token is None:
            token = yield from self._refresh_sync(request, None)
        response = yield self.authorize(request, token)
        if self.reads_answer(response):
            read_bounded(response)
            if self.token_rejected(response):
                fresh = yield from self._refresh_sync(request, token)
                yield self.authorize(request, fresh)

    # ------------------------------------------------------------------ async

    async def _acquire_async(self, stale: str | None) -> tuple[str | None, str | None]:
        deadline = time.monotonic() + self.lock_ttl
        while True:
            found, handle = self._try(stale)
            if found is not None or handle is not None or time.monotonic() >= deadline:
                return found, handle
            await anyio.sleep(_POLL)

    def _refresh_lock(self) -> anyio.Lock:
        if self._async_lock is None:
            self._async_lock = anyio.Lock()
        return self._async_lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        if not self.needs_token(request):
            yield self.authorize(request, None)
            return
        token = self.current_token()
        if token is None:
            async with self._refresh_lock():
                token, handle = await self._acquire_async(None)
                try:
                    if token is None:
                        stored = self.store.load(self.key)
                        answer = yield self.refresh_request(request, stored)
                        await aread_bounded(answer)
                        token = self.accept(answer, stored)
                finally:
                    self._release(handle)
        response = yield self.authorize(request, token)
        if not self.reads_answer(response):
            return
        await aread_bounded(response)
        if not self.token_rejected(response):
            return
        async with self._refresh_lock():
            fresh, handle = await self._acquire_async(token)
            try:
                if fresh is None:
                    stored = self.store.load(self.key)
                    answer = yield self.refresh_request(request, stored)
                    await aread_bounded(answer)
                    fresh = self.accept(answer, stored)
            finally:
                self._release(handle)
        yield self.authorize(request, fresh)
