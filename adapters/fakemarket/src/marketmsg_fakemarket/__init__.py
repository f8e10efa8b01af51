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

from ._adapter import FakemarketAdapter
from ._settings import FakemarketSettings
from .simulator import API_KEY, BASE_URL, FakemarketSimulator, Fault

__all__ = ["API_KEY", "BASE_URL", "FakemarketAdapter", "FakemarketSettings", "FakemarketSimulator", "Fault"]
