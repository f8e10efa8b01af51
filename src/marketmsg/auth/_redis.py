"""``RedisTokenStore``: tokens shared by every worker process, with the refresh lock and compare-and-set in Redis.

Layout per key (prefix ``marketmsg:token:``): a hash ``{prefix}{key}`` with the token's JSON (``data``) and its
access token (``at``, what compare-and-set compares), and a lock string ``{prefix}{key}:lock`` taken with
``SET NX PX`` (the TTL frees the lock of a worker that died while refreshing) and released by a script that
deletes it only for its holder. Both writes that must be atomic are one Lua script each.

Needs the ``redis`` extra (``pip install "marketmsg[redis]"``).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._exceptions import ConfigurationError, MarketmsgError

if TYPE_CHECKING:
    import redis

__all__ = ["RedisTokenStore"]

# KEYS[1] lock; ARGV[1] handle.
_RELEASE = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end return 0"
# KEYS[1] token hash; ARGV[1] expected access token ('' with ARGV[2] == '0': nothing stored), ARGV[3] data,
# ARGV[4] new access token. A hash without 'at' counts as nothing stored.
_CAS = """
local at = redis.call('HGET', KEYS[1], 'at')
if ARGV[2] == '0' then
  if at then return 0 end
elseif at ~= ARGV[1] then
  return 0
end
redis.call('HSET', KEYS[1], 'data', ARGV[3], 'at', ARGV[4])
return 1
"""


class RedisTokenStore:
    """A :class:`~marketmsg.auth.LockingTokenStore` in Redis.

    >>> store = RedisTokenStore(redis.Redis.from_url("redis://cache:6379/0"))   # doctest: +SKIP
    >>> client = marketmsg.Client(accounts, token_store=store)                  # doctest: +SKIP

    ``client`` is a ``redis.Redis`` or a URL. Store failures raise :class:`~marketmsg.MarketmsgError`.
    """

    def __init__(self, client: redis.Redis | str, *, prefix: str = "marketmsg:token:") -> None:
        if isinstance(client, str):
            try:
                import redis as redis_lib
            except ModuleNotFoundError:
                raise ConfigurationError(
                    'RedisTokenStore needs the redis package: pip install "marketmsg[redis]"', field="client"
                ) from None
            client = redis_lib.Redis.from_url(client)
        self.redis = client
        self.prefix = prefix
        self._release = client.register_script(_RELEASE)
        self._cas = client.register_script(_CAS)

    def _call(self, what: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # redis.RedisError and socket errors: the store, not the platform, failed
            raise MarketmsgError(f"token store: Redis {what} failed ({type(exc).__name__})") from exc

    def load(self, key: str) -> Mapping[str, Any] | None:
        data = self._call("read", self.redis.hget, self.prefix + key, "data")
        if not data:
            return None
        token = json.loads(data)
        return token if isinstance(token, dict) else None

    def save(self, key: str, token: Mapping[str, Any]) -> None:
        mapping = {"data": json.dumps(dict(token)), "at": str(token.get("access_token") or "")}
        self._call("write", self.redis.hset, self.prefix + key, mapping=mapping)

    def acquire(self, key: str, ttl: float) -> str | None:
        handle = uuid.uuid4().hex
        taken = self._call(
            "lock", self.redis.set, f"{self.prefix}{key}:lock", handle, nx=True, px=max(1, int(ttl * 1000))
        )
        return handle if taken else None

    def release(self, key: str, handle: str) -> None:
        self._call("unlock", self._release, keys=[f"{self.prefix}{key}:lock"], args=[handle])

    def compare_and_set(self, key: str, expected: str | None, token: Mapping[str, Any]) -> bool:
        args = [expected or "", "1" if expected is not None else "0", json.dumps(dict(token))]
        args.append(str(token.get("access_token") or ""))
        return bool(self._call("write", self._cas, keys=[self.prefix + key], args=args))

    def close(self) -> None:
        """Close the connection pool."""
        self.redis.close()

    def __repr__(self) -> str:  # never show tokens
        return f"RedisTokenStore(prefix={self.prefix!r})"
