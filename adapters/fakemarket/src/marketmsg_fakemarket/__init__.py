"""Fakemarket: a fictional marketplace with a tiny JSON API, and the adapter a new marketplace starts from.

It is the sandbox of a core-only install (``pip install marketmsg`` brings it, so ``marketmsg demo`` works with
no platform installed) and the template of ``docs/adapters/writing-an-adapter.md``: copy this folder, rename,
and the contract kit passes. Its modules play the same roles, under the same names, as in every adapter here:

``_adapter``        the :class:`~marketmsg.adapter.Adapter` subclass: metadata, and each hook handing over to a flow
``_settings``       the ``Account.settings`` schema
``_limits``         the platform's published rate limits, as data with their source
``auth``            how a request proves who sends it
``_response``       the boundary every answer passes: parsed once into typed DTOs, errors classified
``_wire``           the DTOs: the platform's objects as its API spells them
``_conversations``  per-resource flows (one module per resource: conversations, messages, orders, disputes …)
``_messages``
``rules``           the platform's rule pack
``simulator``       the fake platform the sandbox, the demo and the contract kit run against
"""

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

# Names load on first access (PEP 562): ``import marketmsg_fakemarket`` (the registry's entry point, a user's
# import) costs nothing until an account of this platform is built; type checkers see the names through these.
if _typing.TYPE_CHECKING:
    from ._adapter import FakemarketAdapter
    from ._settings import BASE_URL, FakemarketSettings
    from .simulator import API_KEY, FakemarketSimulator, Fault

__all__ = ["API_KEY", "BASE_URL", "FakemarketAdapter", "FakemarketSettings", "FakemarketSimulator", "Fault"]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._adapter": ("FakemarketAdapter",),
        "._settings": ("BASE_URL", "FakemarketSettings"),
        ".simulator": ("API_KEY", "FakemarketSimulator", "Fault"),
    },
)
