"""Short, copyable references for long ids: ``3fa9c21`` for ``amazon:A1B2C3D4E5:conv:relay/303-…``.

Like git's abbreviated commits: the first hex digits of the id's SHA-256, lengthened where two shown ids would
share them. Every command that takes an id accepts the full id or any unambiguous prefix (4+ characters) of
its ref; the CLI looks refs up among the ids it can see (the store, then the accounts themselves).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from .._exceptions import ConfigurationError

__all__ = ["MIN_PREFIX", "REF_LENGTH", "is_full_id", "match_ref", "ref_of", "refs_for"]

REF_LENGTH = 7
MIN_PREFIX = 4


def _digest(object_id: str) -> str:
    return hashlib.sha256(object_id.encode("utf-8")).hexdigest()


def ref_of(object_id: str, length: int = REF_LENGTH) -> str:
    """The short reference of one id (use :func:`refs_for` for ids shown together)."""
    return _digest(object_id)[:length]


def refs_for(ids: Iterable[str]) -> dict[str, str]:
    """A ref per id, each long enough that no two of these ids share it."""
    digests = {object_id: _digest(object_id) for object_id in dict.fromkeys(ids)}
    length = REF_LENGTH
    while len({d[:length] for d in digests.values()}) < len(digests) and length < 64:
        length += 1
    return {object_id: digest[:length] for object_id, digest in digests.items()}


def is_full_id(value: str) -> bool:
    """Full ids are ``platform:seller:kind:native``; refs are hex only."""
    return ":" in value


def match_ref(
    value: str, ids: Iterable[str], *, what: str = "conversation", listing: str = "marketmsg inbox"
) -> str | None:
    """The id among ``ids`` whose ref starts with ``value``; None when none does.

    Raises :class:`ConfigurationError` for a prefix shorter than :data:`MIN_PREFIX` or one that several ids share
    (listing them, so the user can pick the full id).
    """
    prefix = value.strip().lower()
    if len(prefix) < MIN_PREFIX or any(c not in "0123456789abcdef" for c in prefix):
        raise ConfigurationError(
            f"{value!r} is neither a {what} id (platform:seller:kind:…) nor a ref of at least {MIN_PREFIX} hex "
            f"characters as the listings print them; run `{listing}` (or `--json`) to see them",
            field=what,
        )
    found = sorted({i for i in ids if _digest(i).startswith(prefix)})
    if len(found) > 1:
        raise ConfigurationError(
            f"ref {value!r} matches {len(found)} {what}s: {', '.join(found)}; pass more characters or the full id",
            field=what,
        )
    return found[0] if found else None
