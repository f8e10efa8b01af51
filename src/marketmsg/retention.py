"""Buyer-data retention: how long buyer PII may be kept, and the hook every store holding it implements.

Amazon's Data Protection Policy (DPP), "Additional Security Requirements" §2.1 *Data Retention*: developers
retain PII "for no longer than 30 days after order delivery", and only as long as needed to fulfil orders,
calculate or remit taxes, produce invoices or meet legal obligations (longer only where the law requires it,
as an encrypted offline archive). Sources: the DPP linked from
https://developer-docs.amazon.com/sp-api/docs/policies-and-agreements, summarised with the related encryption
and recovery guidance at
https://developer-docs.amazon.com/sp-api/docs/protecting-amazon-api-applications-data-encryption-and-recovery
(fact sheet: ``shared/anchors/ecosystem.md`` §6.2). GDPR Art. 5(1)(c)/(e) (data minimisation, storage limitation)
point the same way for every platform.

Buyer data lives in more than one place: :class:`marketmsg.store.SqlStore` (conversations, messages, disputes,
the outbox) and stores an adapter owns (the Amazon relay-mail store keeps raw mails and buyer aliases). Each
implements :class:`PurgeHook`; ``SqlStore.purge(hooks=…)`` runs them all with one cutoff, and
:func:`purge_hooks` finds the ones a client's adapters provide. A client built on a store
(``Client(…, outbox=store)``) registers its adapters' hooks with it, so ``store.purge()`` purges them too. This module imports nothing heavy, so adapters
can implement the protocol without pulling in SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any, Final, Protocol, runtime_checkable

__all__ = ["DPP_RETENTION", "DPP_SOURCE", "PurgeHook", "adapter_purge_hooks", "purge_hooks"]

#: The DPP's ceiling: buyer PII is kept no longer than 30 days after order delivery.
DPP_RETENTION: Final = timedelta(days=30)
DPP_SOURCE: Final = (
    "Amazon Data Protection Policy, Additional Security Requirements §2.1 Data Retention "
    "(https://developer-docs.amazon.com/sp-api/docs/policies-and-agreements)"
)


@runtime_checkable
class PurgeHook(Protocol):
    """Something that holds buyer PII and can forget what is older than a cutoff.

    ``purge_buyer_data(before=cutoff)`` removes or pseudonymises buyer names, handles (e-mail relay aliases,
    login ids), addresses, and message text/raw mail of items whose last activity is before ``cutoff`` (a
    tz-aware UTC datetime), keeping what an audit needs (ids, timestamps, digests). It returns how many items
    it changed, is idempotent (a second run with the same cutoff changes nothing and returns 0) and safe to run
    while other workers read and write. Ids issued before the purge must either still resolve or fail with a
    clear :class:`marketmsg.NotFoundError` / ``None`` lookup, never with an unexplained error.
    """

    def purge_buyer_data(self, *, before: datetime) -> int: ...


def purge_hooks(client: Any) -> list[PurgeHook]:
    """The purge hooks of a ``Client``/``AsyncClient``'s adapters (adapters holding buyer data implement one).

    An adapter provides its hooks through ``Adapter.purge_hooks()`` (the contract's hook), or by implementing
    :class:`PurgeHook` itself.
    """
    state = getattr(client, "_state", None)
    adapters: Iterable[Any] = getattr(state, "adapters", {}).values() if state is not None else ()
    return adapter_purge_hooks(adapters)


def adapter_purge_hooks(adapters: Iterable[Any]) -> list[PurgeHook]:
    """The purge hooks ``adapters`` provide (see :func:`purge_hooks`)."""
    found: list[PurgeHook] = []
    for adapter in adapters:
        provider = getattr(adapter, "purge_hooks", None)
        if callable(provider):
            found.extend(hook for hook in provider() if isinstance(hook, PurgeHook))
        if isinstance(adapter, PurgeHook):
            found.append(adapter)
    return found
