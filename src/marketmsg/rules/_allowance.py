"""The one exception to the contact-detail rules: the off-platform protocol's notice.

The protocol (:mod:`marketmsg.offplatform`) marks the *exact* notice text it is about to send; the client's send
path sees the mark for that body only (``RuleContext.external_contact_allowed``). A context variable carries it,
so it works unchanged under ``Client`` and ``AsyncClient`` (a flow runs in the caller's thread or task) and
cannot leak into another message, thread or task.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

__all__ = ["allow_external_contact", "external_contact_allowed_for"]

_ALLOWED: ContextVar[str | None] = ContextVar("marketmsg_external_contact_body", default=None)


@contextmanager
def allow_external_contact(body: str) -> Iterator[None]:
    """Within the block, a send whose body is exactly ``body`` may carry an external contact.

    Used by :mod:`marketmsg.offplatform` only; every other rule still applies to that body.
    """
    token = _ALLOWED.set(body)
    try:
        yield
    finally:
        _ALLOWED.reset(token)


def external_contact_allowed_for(body: str | None) -> bool:
    """True when ``body`` is the notice the off-platform protocol is sending right now."""
    allowed = _ALLOWED.get()
    return allowed is not None and body is not None and body == allowed
