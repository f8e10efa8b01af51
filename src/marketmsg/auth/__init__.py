"""Tokens: where adapters keep them (token stores) and how they stay fresh (:class:`RefreshingAuth`).

Configure the store per client — ``Client(accounts, token_store=RedisTokenStore(redis_client))`` — or per account
(``token_store={"amazon:A2…": store}``); the default keeps tokens in memory for that client. Every adapter's auth
(Amazon LWA, AliExpress IOP) is a :class:`RefreshingAuth`: it refreshes once under concurrency, in one process
and, with a :class:`LockingTokenStore`, across processes.
"""

from ._redis import RedisTokenStore
from ._refresh import RefreshingAuth
from ._store import InMemoryTokenStore, LockingTokenStore, TokenStore

__all__ = ["InMemoryTokenStore", "LockingTokenStore", "RedisTokenStore", "RefreshingAuth", "TokenStore"]
