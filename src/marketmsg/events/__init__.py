"""Events for the systems around the inbox: typed, derived from the change feed and the deadline rules.

>>> from marketmsg.events import EventLog, Webhooks                            # doctest: +SKIP
>>> log = EventLog(store)
>>> log.subscribe(on_event, types=["message.received"])                        # in-process
>>> Webhooks(store).add_endpoint("https://erp.example/hooks", types=["message.received"])
>>> log.pump(); Webhooks(store).deliver()               # what ``marketmsg worker`` does in its loop

:class:`EventLog` turns the store's change feed (and the conversations' and disputes' deadlines) into
:class:`Event` s, exactly once, in a numbered log; :class:`Webhooks` delivers them to HTTP endpoints in the
Standard Webhooks format through a durable, leased, retried queue in the store. See docs/worker.md.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._log import EventLog, Subscriber
    from ._types import Event, EventType, event_id
    from ._webhooks import Backoff, DeliveryReport, DeliveryState, WebhookEndpoint, Webhooks, new_secret

__all__ = [
    "Backoff",
    "DeliveryReport",
    "DeliveryState",
    "Event",
    "EventLog",
    "EventType",
    "Subscriber",
    "WebhookEndpoint",
    "Webhooks",
    "event_id",
    "new_secret",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._log": ("EventLog", "Subscriber"),
        "._types": ("Event", "EventType", "event_id"),
        "._webhooks": (
            "Backoff",
            "DeliveryReport",
            "DeliveryState",
            "WebhookEndpoint",
            "Webhooks",
            "new_secret",
        ),
    },
)
