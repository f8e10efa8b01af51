"""marketmsg: one typed model for talking to buyers on every marketplace."""

import contextlib as _contextlib
import typing as _typing

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
    DisputeActionRefused,
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
from ._version import ADAPTER_API_VERSION, __version__
from .lazy import lazy_exports as _lazy_exports

# Everything else is imported on first access (PEP 562): ``import marketmsg`` loads no HTTP stack, no model, no
# rule table, no adapter. Type checkers and IDEs see the names through these imports.
if _typing.TYPE_CHECKING:
    from ._client import AsyncClient, Client
    from ._clock import Clock, SystemClock, VirtualClock
    from ._config import load_accounts
    from ._outbox import InMemoryOutbox, Outbox, OutboxEntry, OutboxState
    from ._pagination import AsyncPaginator, SyncPaginator
    from ._redact import redact, register_secret
    from ._registry import available_adapters, get_adapter, register_adapter, unregister_adapter
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
    "DisputeActionRefused",
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

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._client": ("AsyncClient", "Client"),
        "._clock": ("Clock", "SystemClock", "VirtualClock"),
        "._config": ("load_accounts",),
        "._outbox": ("InMemoryOutbox", "Outbox", "OutboxEntry", "OutboxState"),
        "._pagination": ("AsyncPaginator", "SyncPaginator"),
        "._redact": ("redact", "register_secret"),
        "._registry": ("available_adapters", "get_adapter", "register_adapter", "unregister_adapter"),
        ".adapter": (
            "AcceptSolution",
            "Adapter",
            "Feature",
            "ProposeSolution",
            "RateLimit",
            "UploadEvidence",
        ),
        ".models": (
            "Account",
            "Attachment",
            "Authenticity",
            "Capability",
            "Channel",
            "Conversation",
            "ConversationStatus",
            "Deadline",
            "Direction",
            "Dispute",
            "DisputeStatus",
            "DisputeTimeline",
            "Fulfilment",
            "Message",
            "MessageKind",
            "Money",
            "OrderContext",
            "Party",
            "PartyRole",
            "ReachedType",
            "RefusedKind",
            "Solution",
            "SolutionKind",
            "SolutionStatus",
        ),
        ".transport": ("CallRecord", "EventHooks", "RetryPolicy"),
    },
    submodules=(
        "adapter",
        "auth",
        "cli",
        "inbox",
        "lazy",
        "models",
        "offplatform",
        "retention",
        "rules",
        "sandbox",
        "store",
        "templates",
        "testing",
        "transport",
    ),
    public_module=__name__,
)


def _set_public_module() -> None:
    # Show the exceptions as ``marketmsg.PolicyViolation`` rather than ``marketmsg._exceptions.PolicyViolation``
    # in tracebacks and reprs; lazily loaded classes are renamed the same way on first access.
    for obj in list(globals().values()):
        if isinstance(obj, type) and obj.__module__.startswith("marketmsg._"):
            with _contextlib.suppress(AttributeError, TypeError):
                obj.__module__ = "marketmsg"


_set_public_module()
