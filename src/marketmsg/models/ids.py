"""Opaque, stable, round-trippable ids.

Shape: ``<platform>:<seller id>:<kind>:<native>`` — e.g. ``amazon:A1B2C3:conv:t-k3q7m2x9p4r6s8t2`` (an Amazon relay thread key: never buyer data, MODEL.md).
Users never parse them; :func:`parse_id` exists so the client can route an id back to its adapter and account
in any process. Adapters own the ``native`` part.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import NamedTuple

from .._exceptions import InvalidIdError

__all__ = ["IdKind", "ParsedId", "make_id", "parse_id"]

_PLATFORM_RE = re.compile(r"^[a-z][a-z0-9_\-]{0,31}$")


class IdKind(StrEnum):
    """What an id points at."""

    CONVERSATION = "conv"
    MESSAGE = "msg"
    DISPUTE = "dispute"
    ORDER = "order"
    ATTACHMENT = "att"


class ParsedId(NamedTuple):
    platform: str
    seller_id: str
    kind: IdKind
    native: str


#: Each kind by its value, as ``IdKind(value)`` finds it.
_KINDS: dict[str, IdKind] = {kind.value: kind for kind in IdKind}


def make_id(platform: str, seller_id: str, kind: IdKind, native: str) -> str:
    """Build an id. ``seller_id`` may not contain ``:``; ``native`` may contain anything but is non-empty."""
    # An operation builds a few ids per call (a reply: three), always for the same account: the checked
    # ``<platform>:<seller>:<kind>:`` is looked up instead of checked and formatted again (~0.6 µs an id).
    prefix = _PREFIXES.get((platform, seller_id, kind))
    if prefix is None:
        prefix = _prefix(platform, seller_id, kind)
    if not native:
        raise InvalidIdError("the native part of an id must not be empty")
    return prefix + native


#: ``(platform, seller id, kind)`` → the checked id prefix; bounded (a process serves a bounded set of accounts,
#: but a caller building ids for arbitrary sellers must not grow it without end).
_PREFIXES: dict[tuple[str, str, IdKind], str] = {}
_MAX_PREFIXES = 4096


def _prefix(platform: str, seller_id: str, kind: IdKind | str) -> str:
    # The cache above finds a plain string equal to a kind's value ("conv") as the kind itself (a str enum hashes
    # as its value), so the first call must take one too: the same answer before and after caching.
    if not isinstance(kind, IdKind):
        known = _KINDS.get(kind) if isinstance(kind, str) else None
        if known is None:
            raise InvalidIdError(f"id kind {kind!r} is none of {', '.join(sorted(_KINDS))}")
        kind = known
    if not _PLATFORM_RE.match(platform):
        raise InvalidIdError(f"platform name {platform!r} must be lower-case letters, digits, '-' or '_'")
    if not seller_id or ":" in seller_id:
        raise InvalidIdError(f"seller id {seller_id!r} must be non-empty and contain no ':'")
    prefix = f"{platform}:{seller_id}:{kind.value}:"
    if len(_PREFIXES) >= _MAX_PREFIXES:
        _PREFIXES.clear()
    _PREFIXES[(platform, seller_id, kind)] = prefix
    return prefix


def parse_id(value: str, *, expect: IdKind | None = None) -> ParsedId:
    """Split an id made by :func:`make_id`. Raises :class:`InvalidIdError` saying what is wrong."""
    parts = value.split(":", 3) if isinstance(value, str) else []
    if len(parts) != 4 or not all(parts):
        raise InvalidIdError(
            f"{value!r} is not a marketmsg id; use the .id of an object the client returned "
            "(shape '<platform>:<seller>:<kind>:<native>')"
        )
    platform, seller_id, kind_s, native = parts
    # ``IdKind(kind_s)`` as a dict lookup: the enum's call runs its metaclass in Python (~4k instructions, on
    # every call that takes an id).
    kind = _KINDS.get(kind_s)
    if kind is None:
        raise InvalidIdError(f"{value!r}: unknown id kind {kind_s!r}") from None
    if expect is not None and kind is not expect:
        raise InvalidIdError(
            f"{value!r} is a {kind.name.lower()} id, but a {expect.name.lower()} id is needed here"
        )
    return ParsedId(platform, seller_id, kind, native)
