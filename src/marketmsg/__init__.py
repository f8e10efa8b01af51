"""marketmsg: one typed model for talking to buyers on every marketplace."""

import contextlib as _contextlib

from ._client import AsyncClient, Client
from ._clock import Clock, SystemClock, VirtualClock
from ._config import load_accounts
from ._exceptions import (
    AdapterLoadError,
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    CapabilityError,
    ConfigurationError,
    ConflictError,
    DeliveryUnknown,
    IdempotencyConflict,
    InternalServerError,
    InvalidIdError,
    MarketmsgError,
    NotFoundError,
    PermissionDeniedError,
    PlatformRuleError,
    PolicyViolation,
    RateLimitError,
    ResponseValidationError,
    UnknownAdapterError,
    UnknownMessageKindError,
    UnsupportedOperationError,
)
from ._outbox import InMemoryOutbox, Outbox, OutboxEntry, OutboxState
from ._pagination import AsyncPaginator, SyncPaginator
from ._redact import redact, register_secret
from ._registry import available_adapters, get_adapter, register_adapter, unregister_adapter
from ._version import ADAPTER_API_VERSION, __version__
from .adapter import (
    AcceptSolution,
    Adapter,
    Feature,
    ProposeSolution,
    RateLimit,
    UploadEvidence,
)
from .models import (
    Account,
    Attachment,
    Authenticity,
    Capability,
    Channel,
    Conversation,
    ConversationStatus,
    Deadline,
    Direction,
    Dispute,
    DisputeStatus,
    DisputeTimeline,
    Fulfilment,
    Message,
    MessageKind,
    Money,
    OrderContext,
    Party,
    PartyRole,
    ReachedType,
    RefusedKind,
    Solution,
    SolutionKind,
    SolutionStatus,
)
from .transport import CallRecord, EventHooks, RetryPolicy

__all__ = [
    "ADAPTER_API_VERSION",
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AcceptSolution",
    "Account",
    "Adapter",
    "AdapterLoadError",
    "AsyncClient",
    "AsyncPaginator",
    "Attachment",
    "AuthenticationError",
    "Authenticity",
    "BadRequestError",
    "CallRecord",
    "Capability",
    "CapabilityError",
    "Channel",
    "Client",
    "Clock",
    "ConfigurationError",
    "ConflictError",
    "Conversation",
    "ConversationStatus",
    "Deadline",
    "DeliveryUnknown",
    "Direction",
    "Dispute",
    "DisputeStatus",
    "DisputeTimeline",
    "EventHooks",
    "Feature",
    "Fulfilment",
    "IdempotencyConflict",
    "InMemoryOutbox",
    "InternalServerError",
    "InvalidIdError",
    "MarketmsgError",
    "Message",
    "MessageKind",
    "Money",
    "NotFoundError",
    "OrderContext",
    "Outbox",
    "OutboxEntry",
    "OutboxState",
    "Party",
    "PartyRole",
    "PermissionDeniedError",
    "PlatformRuleError",
    "PolicyViolation",
    "ProposeSolution",
    "RateLimit",
    "RateLimitError",
    "ReachedType",
    "RefusedKind",
    "ResponseValidationError",
    "RetryPolicy",
    "Solution",
    "SolutionKind",
    "SolutionStatus",
    "SyncPaginator",
    "SystemClock",
    "UnknownAdapterError",
    "UnknownMessageKindError",
    "UnsupportedOperationError",
    "UploadEvidence",
    "VirtualClock",
    "__version__",
    "available_adapters",
    "get_adapter",
    "load_accounts",
    "redact",
    "register_adapter",
    "register_secret",
    "unregister_adapter",
]


def _set_public_module() -> None:
    # Show classes as ``marketmsg.Client`` rather than ``marketmsg._client.Client`` in reprs and docs.
    for name in __all__:
        obj = globals()[name]
        if isinstance(obj, type) and obj.__module__.startswith("marketmsg._"):
            with _contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = "marketmsg"


_set_public_module()
