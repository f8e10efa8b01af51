"""The inbox engine: incremental sync of every account into a store, SLA state, and outbox reconcile.

>>> from marketmsg.inbox import InboxSync                          # doctest: +SKIP
>>> report = InboxSync(client, store).run()                        # pull what changed since last time
>>> InboxSync(client, store).reconcile(bodies={key: text})         # settle sends whose outcome is unknown

:class:`AsyncInboxSync` is the same for :class:`marketmsg.AsyncClient`; both run the same per-account flows on the
client's own driver (``InboxSync`` is generated from ``AsyncInboxSync`` by ``scripts/unasync.py``).
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._engine_async import AsyncInboxSync
    from ._engine_sync import InboxSync
    from ._reconcile import ReconcileOutcome, ReconcileReport, ReconcileResult
    from ._sla import DUE_SOON, SlaState, conversation_sla, dispute_sla, sla_state
    from ._sync import AccountReport, SyncEvent, SyncReport

__all__ = [
    "DUE_SOON",
    "AccountReport",
    "AsyncInboxSync",
    "InboxSync",
    "ReconcileOutcome",
    "ReconcileReport",
    "ReconcileResult",
    "SlaState",
    "SyncEvent",
    "SyncReport",
    "conversation_sla",
    "dispute_sla",
    "sla_state",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._engine_async": ("AsyncInboxSync",),
        "._engine_sync": ("InboxSync",),
        "._reconcile": ("ReconcileOutcome", "ReconcileReport", "ReconcileResult"),
        "._sla": ("DUE_SOON", "SlaState", "conversation_sla", "dispute_sla", "sla_state"),
        "._sync": ("AccountReport", "SyncEvent", "SyncReport"),
    },
)
