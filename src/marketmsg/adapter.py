"""The adapter contract: what a marketplace adapter implements, and the types it speaks.

An adapter is a class with declarative metadata (``name``, ``features``, ``rate_limits``, required
credentials) and operations that return :data:`~marketmsg.Flow` generators — descriptions of I/O, never I/O.
Operations an adapter does not support keep the base implementation, which raises
:class:`~marketmsg.UnsupportedOperationError` before any request is built.

A new marketplace: copy ``adapters/fakemarket`` (docs/adapters/writing-an-adapter.md), rename,
register the class under the ``marketmsg.adapters`` entry-point group, subclass
:class:`marketmsg.testing.AdapterContract` in its tests. The core needs no change.
"""

from __future__ import annotations

import email.utils
import os
import re
import sys
from collections.abc import Generator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any, ClassVar, Literal

import httpx
from pydantic import BaseModel, Field, JsonValue, model_validator

from ._clock import Clock, SystemClock, epoch_seconds
from ._delivery import send_part
from ._effects import BlockingCall, Effect, Flow, HttpCall, IOEffect, RateBounds, RateLimit, http_call
from ._exceptions import (
    ConfigurationError,
    MarketmsgError,
    RateLimitError,
    UnsupportedOperationError,
    status_error_class,
)
from ._fastinit import dict_init
from ._logging import get_logger
from ._redact import register_secret, register_secret_shapes
from ._requests import bodiless_request, json_request
from ._settings import HttpUrlText, validate_settings
from ._version import ADAPTER_API_VERSION
from .models import (
    ALL_ORDER_FACTS,
    Account,
    Attachment,
    Capability,
    Channel,
    Conversation,
    ConversationStatus,
    Dispute,
    DisputeStatus,
    IdKind,
    MarketmsgModel,
    Message,
    MessageKind,
    Money,
    OrderContext,
    OrderFact,
    Page,
    SolutionKind,
    make_id,
    parse_id,
)
from .models._currencies import minor_units
from .transport._outcomes import (
    GENERIC_SEND_OUTCOMES,
    GENERIC_SEND_RULES,
    Outcome,
    OutcomeRule,
    SendOutcomes,
    platform_rules,
    rule,
)

if sys.version_info >= (3, 12):
    from typing import override
else:  # the same decorator, before it reached typing (PEP 698)
    from typing_extensions import override

if TYPE_CHECKING:
    from .auth import TokenStore
    from .retention import PurgeHook
    from .rules import RulePack
    from .sandbox import SandboxSpec

__all__ = [
    "ADAPTER_API_VERSION",
    "ALL_ORDER_FACTS",
    "GENERIC_SEND_RULES",
    "AcceptSolution",
    "Adapter",
    "BlockingCall",
    "ConversationQuery",
    "DisputeAction",
    "DisputeContext",
    "DisputeQuery",
    "Effect",
    "Feature",
    "Flow",
    "HttpCall",
    "HttpUrlText",
    "IOEffect",
    "MessageQuery",
    "OrderFact",
    "Outcome",
    "OutcomeRule",
    "ProactiveContext",
    "ProactiveDraft",
    "ProposeSolution",
    "RateBounds",
    "RateLimit",
    "ReplyContext",
    "ReplyDraft",
    "SendOutcomes",
    "UploadEvidence",
    "bodiless_request",
    "dict_init",
    "epoch_seconds",
    "get_logger",
    "http_call",
    "json_request",
    "override",
    "parse_retry_after",
    "platform_rules",
    "rule",
    "send_part",
    "status_error_class",
]


class Feature(StrEnum):
    """What an adapter can do; the docs' support matrix is generated from these flags.

    Each flag is a promise: the contract kit (:class:`marketmsg.testing.AdapterContract`) fails an adapter that
    declares one without overriding its operation, and exercises it against the adapter's simulator. Some flags
    also change what every send costs, because the client uses them when they are declared:

    * ``GET_CONVERSATION`` — :meth:`Adapter.get_conversation` runs once before every reply (its answer is handed
      to :meth:`Adapter.send_reply`): one read per reply.
    * ``ORDER_CONTEXT`` — before a send whose rules declare order facts (``RulePack.facts_needed``), the facts
      not cached yet are read with :meth:`Adapter.get_order_context`: at most one order read per fact class and
      time to live, none when no rule needs a fact.
    * ``CAPABILITIES`` — :meth:`Adapter.get_capabilities` runs before a send only when a rule asks for it.

    The others (listings, ``MARK_READ``, ``DISPUTES``, ``DISPUTE_ACTIONS``, ``SEND_PROACTIVE``, ``ATTACHMENTS``)
    cost calls only when their operation is called.
    """

    LIST_CONVERSATIONS = "list_conversations"
    GET_CONVERSATION = "get_conversation"
    LIST_MESSAGES = "list_messages"
    SEND_REPLY = "send_reply"
    SEND_PROACTIVE = "send_proactive"
    ATTACHMENTS = "attachments"
    CAPABILITIES = "capabilities"
    ORDER_CONTEXT = "order_context"
    MARK_READ = "mark_read"
    DISPUTES = "disputes"
    DISPUTE_ACTIONS = "dispute_actions"


# ---------------------------------------------------------------------------------------------- queries


@dataclass(frozen=True)
class ConversationQuery:
    """Filters for listing conversations. ``cursor`` is the adapter's own, from a previous page."""

    since: datetime | None = None
    status: ConversationStatus | None = None
    channel: Channel | None = None
    order_id: str | None = None
    unread_only: bool = False
    page_size: int | None = None
    cursor: str | None = None


@dataclass(frozen=True)
class MessageQuery:
    conversation_native_id: str
    since: datetime | None = None
    page_size: int | None = None
    cursor: str | None = None


@dataclass(frozen=True)
class DisputeQuery:
    status: DisputeStatus | None = None
    order_id: str | None = None
    buyer_id: str | None = None
    since: datetime | None = None
    page_size: int | None = None
    cursor: str | None = None


# ----------------------------------------------------------------------------------------------- drafts


#: The version-4 bits of a UUID (RFC 4122): the variant ``10`` and the version nibble ``4``, as ``uuid.uuid4`` sets.
_UUID4_CLEAR = ~((0xC000 << 48) | (0xF000 << 64))
_UUID4_SET = (0x8000 << 48) | (4 << 76)


def _new_key() -> str:
    """``uuid.uuid4().hex``: the same 16 random bytes from ``os.urandom`` and the same version bits, without
    building the ``UUID`` object (its checks cost ~1.5 µs, a default key on every send)."""
    return "%032x" % (int.from_bytes(os.urandom(16)) & _UUID4_CLEAR | _UUID4_SET)


class ReplyDraft(MarketmsgModel):
    """A free-form reply in a conversation. ``idempotency_key`` identifies the send across retries and restarts."""

    body: str
    attachments: tuple[Attachment, ...] = ()
    subject: str | None = None
    critical: bool = False
    idempotency_key: str = Field(default_factory=_new_key)


class ProactiveDraft(MarketmsgModel):
    """A typed, seller-initiated message for an order (Amazon's proactive kinds, review solicitation).

    ``fields`` carries kind-specific values (e.g. ``coverage_start_date`` for a warranty, an access key).
    """

    order_id: str
    kind: MessageKind
    body: str | None = None
    attachments: tuple[Attachment, ...] = ()
    fields: Mapping[str, JsonValue] = Field(default_factory=dict)
    marketplace: str | None = None
    idempotency_key: str = Field(default_factory=_new_key)


class AcceptSolution(MarketmsgModel):
    action: Literal["accept"] = "accept"
    solution_id: str


class ProposeSolution(MarketmsgModel):
    """A counter-proposal (on AliExpress, this is also how a seller refuses the buyer's solution).

    ``amount`` has at most the decimals its currency has (ISO 4217: 12.50 USD, 1250 JPY, 1.250 KWD): a refund of
    0.001 USD cannot be paid, and a platform would round or refuse it."""

    action: Literal["propose"] = "propose"
    kind: SolutionKind
    amount: Money
    reason: str
    return_address_id: str | None = None
    replaces_solution_id: str | None = None

    @model_validator(mode="after")
    def _payable(self) -> ProposeSolution:
        places = minor_units(self.amount.currency)
        if places is not None and self.amount.amount != self.amount.amount.quantize(
            Decimal(1).scaleb(-places)
        ):
            smallest = Decimal(1).scaleb(-places)
            raise ValueError(
                f"a refund of {self.amount} cannot be paid: {self.amount.currency} has {places} decimal places "
                f"(its smallest amount is {smallest} {self.amount.currency}); round it"
            )
        return self


class UploadEvidence(MarketmsgModel):
    action: Literal["upload_evidence"] = "upload_evidence"
    attachments: tuple[Attachment, ...]
    note: str | None = None


DisputeAction = AcceptSolution | ProposeSolution | UploadEvidence


# ---------------------------------------------------------------------------------------------- contexts


@dataclass(frozen=True)
class ReplyContext:
    """What the client already read before a reply, handed to :meth:`Adapter.send_reply` so it is not read again.

    ``conversation`` is the adapter's own :meth:`~Adapter.get_conversation` answer (None when the adapter does
    not declare ``GET_CONVERSATION``); ``order`` holds the order facts the rules of this reply needed (often
    none: then None, or a context carrying only some :class:`~marketmsg.models.OrderFact` classes);
    ``capability`` is set only when a rule asked for it. An adapter called with an empty context (tests, direct
    use) reads what it needs itself.
    """

    conversation: Conversation | None = None
    order: OrderContext | None = None
    capability: Capability | None = None


@dataclass(frozen=True)
class ProactiveContext:
    """What the client already read before a proactive send (see :class:`ReplyContext`)."""

    order: OrderContext | None = None
    capability: Capability | None = None


@dataclass(frozen=True)
class DisputeContext:
    """What the client read before a dispute action: the dispute as it was when its rules passed.

    An adapter uses it instead of reading the dispute again; called with an empty context (tests, direct use) it
    reads what it needs itself.
    """

    dispute: Dispute | None = None


# ---------------------------------------------------------------------------------------------- adapter


_SHAPES_REGISTERED: set[type[Adapter]] = set()


def _register_shapes(cls: type[Adapter]) -> None:
    """The platform's secret shapes into the redaction registry, once per adapter class."""
    if cls in _SHAPES_REGISTERED:
        return
    _SHAPES_REGISTERED.add(cls)
    register_secret_shapes(patterns=cls.secret_patterns, fields=cls.secret_fields)


def _unsupported(adapter: Adapter, operation: str) -> UnsupportedOperationError:
    return UnsupportedOperationError(
        f"{adapter.display_name} does not support {operation}", platform=adapter.name, operation=operation
    )


class Adapter:
    """Base class of every marketplace adapter. Subclass, set the class attributes, override operations.

    Instances are bound to one :class:`~marketmsg.Account` and are cheap; the client makes one per account.
    """

    #: Registry name (``Account.platform``), lower-case.
    name: ClassVar[str]
    #: Human name for messages and docs.
    display_name: ClassVar[str]
    #: Version of the contract this adapter implements; checked when loaded.
    adapter_api_version: ClassVar[int] = ADAPTER_API_VERSION
    #: What the adapter implements (see :class:`Feature`: each is checked by the contract kit, and
    #: ``GET_CONVERSATION``/``ORDER_CONTEXT``/``CAPABILITIES`` add reads to sends). Undeclared: refused.
    features: ClassVar[frozenset[Feature]] = frozenset()
    #: Operation name → bucket. Sources cited beside each entry in the adapter.
    rate_limits: ClassVar[Mapping[str, RateLimit]] = {}
    #: The range a rate learned from an answer (:meth:`observed_rate`) is clamped into. The default is wide (one
    #: call per ~17 minutes to 1,000 per second); adapters that learn rates declare their platform's, with a source.
    learned_rate_bounds: ClassVar[RateBounds] = RateBounds(low=0.001, high=1000.0)
    #: What each HTTP status answered to a send proves (retry / failed / unknown), per send kind, with sources.
    #: The default follows the RFCs only; declare the platform's own where it documents more (e.g. a 503 that
    #: means "not processed").
    send_outcomes: ClassVar[SendOutcomes] = GENERIC_SEND_OUTCOMES
    #: Credential keys an account must carry (checked in :meth:`validate_account`).
    required_credentials: ClassVar[tuple[str, ...]] = ()
    #: Hosts from which payload URLs (images, attachments) may be fetched.
    allowed_url_hosts: ClassVar[tuple[str, ...]] = ()
    #: The platform's rules (content + capability), or None.
    rule_pack: ClassVar[RulePack | None] = None
    #: Regexes whose whole match is a secret on this platform (token formats), and header, parameter and JSON key
    #: names whose value is one: redacted from every log line and error once an account of the platform is set up.
    secret_patterns: ClassVar[tuple[str, ...]] = ()
    secret_fields: ClassVar[tuple[str, ...]] = ()
    #: The schema of ``Account.settings``: a pydantic model with ``extra="forbid"``, checked (and the values
    #: normalised to its types) when the client is built. ``None`` leaves the settings unchecked.
    settings_model: ClassVar[type[BaseModel] | None] = None
    #: Without ``Feature.DISPUTES``: what to tell a user who lists disputes (where the platform's claims show up
    #: instead). Shown as a notice, not an error.
    disputes_notice: ClassVar[str | None] = None

    def __init__(
        self, account: Account, *, clock: Clock | None = None, token_store: TokenStore | None = None
    ) -> None:
        """Bind the adapter to ``account`` (checked by :meth:`validate_account`).

        The client builds one adapter per account when it is constructed, with its clock and its
        ``token_store``. An override calls ``super().__init__`` first, then builds what the operations share
        (endpoints, the auth object) from ``self.account``. It must do no I/O: a client is built offline and the
        first call made is the first operation's. Cost: none.
        """
        self.account = self.validate_account(account)
        _register_shapes(type(self))
        self.clock: Clock = clock or SystemClock()
        #: Where this account's tokens live (``Client(token_store=…)``); None: the adapter's own, in memory.
        self.token_store = token_store
        for value in self.account.credentials.values():
            register_secret(value.get_secret_value())

    # ------------------------------------------------------------------ configuration

    @classmethod
    def validate_account(cls, account: Account) -> Account:
        """Check the account carries what this adapter needs; return it (possibly completed from defaults).

        The base checks the platform name, ``required_credentials`` and ``Account.settings`` against
        ``settings_model``, raising :class:`~marketmsg.ConfigurationError` naming the field. Override to add
        checks the schema cannot express (credentials that go together), calling ``super()`` first. Called when
        the client is built, before any operation. Cost: none (no I/O).
        """
        if account.platform != cls.name:
            raise ConfigurationError(
                f"account {account.seller_id!r} is for {account.platform!r}, not {cls.name!r}",
                field="platform",
            )
        missing = [k for k in cls.required_credentials if not account.secret(k)]
        if missing:
            raise ConfigurationError(
                f"{cls.display_name} account {account.seller_id!r} lacks credential(s) {', '.join(missing)}; "
                f"pass them in Account(credentials={{...}})",
                field=f"credentials.{missing[0]}",
            )
        if cls.settings_model is not None:
            account = validate_settings(cls.settings_model, account, display_name=cls.display_name)
        return account

    @classmethod
    def sandbox(cls, clock: Clock | None = None) -> SandboxSpec | None:
        """The adapter's simulator (seeded accounts + in-process transport), or None if it has none.

        ``clock`` is the clock the simulator should keep time by (share it with the client under test so rate
        limits and deadlines move together); adapters may ignore it. Used by ``marketmsg.sandbox``, the CLI's
        ``--sandbox`` and the contract kit, which needs one. Cost: none (everything runs in process).
        """
        return None

    # ------------------------------------------------------------------ ids

    def make_id(self, kind: IdKind, native: str) -> str:
        """The unified id (``<platform>:<seller>:<kind>:<native>``) of a platform object of this account.

        Operations build every id they return with it, so the client can route the id back to this adapter
        (:meth:`native_id` is the inverse). ``native`` must carry no buyer data. Not meant to be overridden.
        Cost: none.
        """
        return make_id(self.name, self.account.seller_id, kind, native)

    def native_id(self, value: str, kind: IdKind) -> str:
        """The adapter's part of an id issued for this account (the inverse of :meth:`make_id`).

        The client calls it before every operation that takes an id, after checking the id belongs to this
        account; an operation receives the native part only. Raises :class:`~marketmsg.InvalidIdError`.
        Cost: none.
        """
        return parse_id(value, expect=kind).native

    # ------------------------------------------------------------------ transport hooks

    def http_auth(self) -> httpx.Auth | None:
        """Auth applied to every :class:`HttpCall` that does not bring its own (``auth=None``).

        Return the same object on every call (build it in ``__init__``): tokens are cached on it. A platform with
        expiring tokens configures :class:`marketmsg.auth.RefreshingAuth` (single-flight refresh, the client's
        token store, one refresh after a rejected token) instead of writing its own. Cost: the token endpoint's
        calls, once per token lifetime per account (not per operation); none for static keys and signatures.
        """
        return None

    def call(
        self,
        request: httpx.Request,
        *,
        operation: str,
        idempotent: bool = True,
        auth: httpx.Auth | bool | None = None,
        check_status: bool = True,
    ) -> Generator[Effect, Any, httpx.Response]:
        """``response = yield from self.call(request, operation=…)``, with the operation's declared bucket.

        A helper for operations, not a hook: yields one :class:`HttpCall` rate-limited by
        ``rate_limits[operation]``. Sends pass ``idempotent=False`` (never retried blindly). Cost: one call
        (plus the driver's retries of an idempotent one after a transient failure).
        """
        return http_call(
            request,
            operation=operation,
            rate_limit=self.rate_limits.get(operation),
            idempotent=idempotent,
            auth=auth,
            check_status=check_status,
        )

    def classify(self, call: HttpCall, response: httpx.Response) -> MarketmsgError | None:
        """Map a response to an error, or None for success. Override to read platform bodies and codes.

        Called by the driver for every response, 2xx included, so platforms that report errors inside a 200 can
        say so; the driver then retries, waits (``RateLimitError.retry_after``) or raises what is returned.
        Return the :mod:`marketmsg` error class that fits (``status_error_class`` maps HTTP statuses) with
        ``platform=self.name``; never put tokens or buyer data in the message. Parse the body at most once per
        response (the flow reads it again otherwise: cache the parsed body, as the adapters' ``_response``
        modules do). Cost: none (no I/O).
        """
        if response.is_success:
            return None
        cls = status_error_class(response.status_code)
        message = f"{call.operation} failed with HTTP {response.status_code}"
        if cls is RateLimitError:
            return RateLimitError(
                message,
                response=response,
                platform=self.name,
                retry_after=parse_retry_after(response.headers.get("retry-after")),
            )
        return cls(message, response=response, platform=self.name)

    def request_id(self, response: httpx.Response) -> str | None:
        """The platform's id of this answer (for ``CallRecord.request_id`` and support tickets), or None.

        Default: the ``x-request-id`` header. Override where the platform puts it elsewhere (another header,
        or the body — parse it once and cache it on the response, as the error mapping reads it too). Called
        by the driver for every response; an exception here is logged and the id left None. Cost: none.
        """
        value = response.headers.get("x-request-id")
        return value[:128] if value else None

    def observed_rate(self, call: HttpCall, response: httpx.Response) -> float | None:
        """The sustained rate the platform reports for this operation now, if it says (e.g. a header).

        Called after every response; a rate returned retunes the operation's bucket for this account (the
        declared ``rate_limits`` entry is only the starting point). Return the number as the platform wrote it
        (even ``inf``, ``nan`` or negative): the driver clamps it into :attr:`learned_rate_bounds` and logs what
        was out of range, so the anomaly is seen, not hidden. Cost: none.
        """
        return None

    def is_transient(self, error: MarketmsgError) -> bool:
        """Extra platform errors that are safe to retry (beyond connection errors, 408/409/429/5xx).

        Consulted by the driver's retry policy for an error :meth:`classify` returned, for reads and sends
        alike: for a send, answer True only for errors that prove the platform did not act on the request (a
        throttle or "system busy" code inside a 200), or the buyer may get the message twice. Cost: each True
        may add one retry of the call, within the client's retry budget.
        """
        return False

    # ------------------------------------------------------------------ buyer data

    def purge_hooks(self) -> Sequence[PurgeHook]:
        """The stores this adapter keeps buyer data in itself, each a :class:`~marketmsg.retention.PurgeHook`.

        Override when the adapter holds buyer PII outside the client's store (a mail store, a local cache);
        :func:`marketmsg.retention.purge_hooks` collects them so ``SqlStore.purge(hooks=…)`` and
        ``marketmsg store purge`` forget old buyer data everywhere with one cutoff. Default: none. Cost: none
        (no I/O until a hook purges).
        """
        return ()

    # ------------------------------------------------------------------ operations (override)
    #
    # Each operation returns a Flow: a generator that yields effects (HttpCall, BlockingCall, ...) and returns the
    # result; the client's driver performs the effects (rate limit, auth, retries, error mapping). An operation
    # the adapter does not declare in ``features`` keeps the base implementation, which raises
    # UnsupportedOperationError before any effect; the contract kit fails an adapter that declares a feature
    # without overriding its operation.

    def list_conversations(self, query: ConversationQuery) -> Flow[Page[Conversation]]:
        """One page of conversations matching ``query`` (``LIST_CONVERSATIONS``).

        Already done by the client: the query was built from the caller's filters, and ``cursor`` is one this
        adapter returned. Must: honour ``since``/``status``/``channel``/``order_id``/``unread_only`` (filter locally what the
        platform cannot), return at most about ``page_size`` items, and a ``next_cursor`` (opaque, the adapter's
        own) while more remain; never repeat an item across pages. The client merges accounts newest first.
        Cost: one listing call per page (plus whatever the platform needs to fill a page).
        """
        raise _unsupported(self, "list_conversations")

    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        """The conversation whose native id is ``native_id`` (``GET_CONVERSATION``).

        The client has already checked that the id belongs to this account and parsed it; raise
        NotFoundError when it does not exist. Also called once before every reply: whatever the adapter needs to
        send into the conversation (thread headers, the buyer's platform id) may be put in ``Conversation.raw``,
        which :meth:`send_reply` receives back in its :class:`ReplyContext`. Cost: one read.
        """
        raise _unsupported(self, "get_conversation")

    def list_messages(self, query: MessageQuery) -> Flow[Page[Message]]:
        """One page of a conversation's messages, oldest first where the platform allows (``LIST_MESSAGES``).

        Already done by the client: ``query.conversation_native_id`` was checked to belong to this account. Every
        message's ``conversation_id`` is that conversation's id (:meth:`make_id`). ``since`` filters by ``sent_at``; cursors as for :meth:`list_conversations`. Cost: one read per page.
        """
        raise _unsupported(self, "list_messages")

    def send_reply(
        self, conversation_native_id: str, draft: ReplyDraft, context: ReplyContext = ReplyContext()
    ) -> Flow[Message]:
        """Deliver ``draft`` into the conversation, exactly once (``SEND_REPLY``).

        Already done by the client: the id was checked; the conversation was read (``context.conversation``);
        the order facts and capability the rules asked for were read (``context.order``/``capability``); the
        content and capability rules passed; the outbox guards the idempotency key (a retry of a completed send
        with the same key never reaches this hook again). So: do not read the conversation or the order again — use the context.
        Yield the send as a non-idempotent effect (``idempotent=False``) so it is never retried blindly, and
        return the sent message. Check every input before the first effect: the outbox records the key only then,
        so what is refused earlier leaves no entry. Multi-part sends (text + images) wrap each platform send in
        :func:`send_part`, so a retry under the same key sends only the parts not yet delivered. Cost: the
        send(s).
        """
        raise _unsupported(self, "send_reply")

    def send_proactive(
        self, draft: ProactiveDraft, context: ProactiveContext = ProactiveContext()
    ) -> Flow[Message]:
        """Send a typed, seller-initiated message for ``draft.order_id`` (``SEND_PROACTIVE``).

        Already done by the client: the rules that apply to ``draft.kind`` declared the facts they need, which
        were read (``context``), the capability refused nothing (when read), every rule passed and the outbox
        recorded the key. Refuse kinds the platform does not have with UnsupportedOperationError before any
        effect; validate the draft against the platform's limits before the first effect too. Cost: the send
        (plus uploads for attachments, where the platform needs them).
        """
        raise _unsupported(self, "send_proactive")

    def find_sent(self, refs: Sequence[str]) -> Flow[Mapping[str, Message]]:
        """The messages sent under ``refs`` — ids this adapter chose before sending (``send_part(ref=…)``, e.g. a
        mail's Message-ID) — that the platform (or the seller's own copy) shows, by ref; absent ones are left out.

        Called once per ``reconcile`` with the refs of every send whose outcome is unknown. Default: none found
        (an adapter without such ids). Cost: one lookup (the Amazon relay polls its mail sources once).
        """
        found: dict[str, Message] = {}
        yield from ()  # a flow without any effect
        return found

    def get_capabilities(self, order_id: str, *, order: OrderContext | None = None) -> Flow[Capability]:
        """What may be sent for ``order_id`` now, and why not the rest (``CAPABILITIES``).

        ``order`` carries the order facts the client has already read (use them instead of reading the order
        again; it may be None or partial). Called by ``client.orders.capabilities`` and before a send only when
        one of its rules declares it needs the capability — replies to a buyer who wrote never do by default.
        Cost: what the platform needs to answer (Amazon: two actions calls; derived locally elsewhere).
        """
        raise _unsupported(self, "get_capabilities")

    def get_order_context(
        self, order_id: str, facts: frozenset[OrderFact] = ALL_ORDER_FACTS
    ) -> Flow[OrderContext]:
        """The non-PII facts about ``order_id`` that the rules use (``ORDER_CONTEXT``).

        Read only what the ``facts`` classes need (a reply may ask for the fulfilment channel alone) and set
        ``OrderContext.facts`` to the classes actually filled; the client caches each class per order with its
        own time to live, so the same class is not asked for again while fresh. Never fetch buyer PII.
        Cost: one read per group of facts the platform returns together.
        """
        raise _unsupported(self, "get_order_context")

    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        """Mark the conversation read on the platform (``MARK_READ``).

        Already done by the client: the id was checked to belong to this account. Must be idempotent (marking a
        read conversation again is no error); raise NotFoundError for an unknown one. Cost: one write.
        """
        raise _unsupported(self, "mark_read")

    def list_disputes(self, query: DisputeQuery) -> Flow[Page[Dispute]]:
        """One page of disputes matching ``query`` (``DISPUTES``), with their timelines computed.

        Already done by the client: the query was built from the caller's filters. Each dispute's timeline
        (response due, escalation) comes from the platform's published windows (the adapter's or its rule
        pack's data), never from a core constant. Cursors as for :meth:`list_conversations`. Cost: one listing
        call per page.
        """
        raise _unsupported(self, "list_disputes")

    def get_dispute(self, native_id: str) -> Flow[Dispute]:
        """One dispute with its solutions and deadlines (``DISPUTES``).

        Already done by the client: the id was checked to belong to this account; raise NotFoundError when the
        dispute does not exist. Cost: one detail read (or two when the platform needs a lookup key the id does
        not carry).
        """
        raise _unsupported(self, "get_dispute")

    def act_on_dispute(
        self, native_id: str, action: DisputeAction, context: DisputeContext = DisputeContext()
    ) -> Flow[Dispute]:
        """Accept a solution, counter-propose or upload evidence; return the dispute afterwards
        (``DISPUTE_ACTIONS``).

        Already done by the client: the dispute was read (``context.dispute``, this adapter's own
        :meth:`get_dispute` answer) and the rule pack's ``check_dispute_action`` passed (the state allows the
        action, the deadline has not passed, a refund is within the order amount). The action is a non-idempotent
        effect. Cost: the action, plus the reads the platform needs around it.
        """
        raise _unsupported(self, "act_on_dispute")


#: The longest wait a ``Retry-After`` may ask for (a day); the retry policy caps it further (60 s by default).
MAX_RETRY_AFTER = 86_400.0
# RFC 9110 §10.2.3: delay-seconds = 1*DIGIT. A fraction is tolerated (some gateways send "1.5"); nothing else —
# no sign, exponent, "inf"/"nan", "1_000" or non-ASCII digits, all of which float() would accept.
_DELAY_SECONDS = re.compile(r"[0-9]{1,12}(?:\.[0-9]{1,6})?", re.ASCII)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds from a ``Retry-After`` header (delay-seconds or HTTP-date), or None when absent or unreadable.

    Platform input, so robust to garbage and bounded: the result is None or within 0 … :data:`MAX_RETRY_AFTER`.
    """
    if not value:
        return None
    text = value.strip()
    if len(text) > 64:  # an HTTP-date is 29 characters; anything this long is not a Retry-After
        return None
    if _DELAY_SECONDS.fullmatch(text):
        return min(float(text), MAX_RETRY_AFTER)
    try:
        parsed = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or parsed.tzinfo is None:
        return None
    try:
        seconds = (parsed - (now or datetime.now(UTC))).total_seconds()
    except OverflowError:
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)
