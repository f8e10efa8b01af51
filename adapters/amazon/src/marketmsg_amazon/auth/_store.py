"""Where LWA access tokens are kept between calls: the core's token store, keyed without the refresh token.

Tokens are kept per (application, refresh token) under a key that is a digest, so a store (a Redis hash, a
database row) never sees the refresh token itself. A shared store lets many worker processes reuse one access
token instead of each asking LWA for its own.
"""

from __future__ import annotations

import hashlib

from marketmsg.auth import InMemoryTokenStore, TokenStore

__all__ = ["InMemoryTokenStore", "TokenStore", "token_key"]


def token_key(client_id: str, refresh_token: str) -> str:
    """A stable, non-secret key for one (application, seller authorisation) pair."""
    digest = hashlib.sha256(f"{client_id}\0{refresh_token}".encode()).hexdigest()
    return f"lwa:{digest[:32]}"
