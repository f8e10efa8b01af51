"""Running marketmsg as a service: ``marketmsg worker`` and the :class:`Worker` class for embedding.

Workers on one or many hosts share one store (PostgreSQL) and one quota (Redis): accounts are leased, so each
is synced by exactly one worker at a time, and a dead worker's accounts are taken over when its leases expire.
See docs/worker.md.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._leases import AccountLeases, Lease
    from ._metrics import Metrics
    from ._worker import Worker, WorkerStats

__all__ = ["AccountLeases", "Lease", "Metrics", "Worker", "WorkerStats"]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._leases": ("AccountLeases", "Lease"),
        "._metrics": ("Metrics",),
        "._worker": ("Worker", "WorkerStats"),
    },
)
