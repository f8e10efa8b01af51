"""What both clients share: accounts and adapters (``ClientState``), options, and argument builders."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, TypeVar

import httpx
from pydantic import JsonValue, ValidationError

from ._clock import Clock
from ._exceptions import ConfigurationError, InvalidIdError, InvalidRequestError
from ._facts import OrderFactCache, OrderFactStore
from ._outbox import InMemoryOutbox, Outbox
from ._registry import get_adapter
from .adapter import (
    Adapter,
    ConversationQuery,
    Feature,
    ProactiveDraft,
    ReplyDraft,
)
from .auth import TokenStore
from .models import (
    Account,
    Attachment,
    Channel,
    ConversationStatus,
    Dispute,
    DisputeStatus,
    IdKind,
    MessageKind,
    parse_id,
)
from .retention import PurgeHook, adapter_purge_hooks
from .transport import (
    DriverOptions,
    EventHooks,
    LimitStore,
    RateLimiter,
    RetryPolicy,
)
from .transport._driver import DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT

__all__ = [
    "ClientState",
    "build_options",
    "check_outgoing",
    "conversation_query",
    "disputes_unavailable",
    "draft_proactive",
    "draft_reply",
    "nearest_deadline_first",
    "queue_outbox",
    "replace_options",
    "with_cursor",
]

T = TypeVar("T")


class ClientState:
    """Everything a client holds besides its HTTP client: shared by ``with_options`` copies."""

    def __init__(
        self,
        accounts: Iterable[Account],
        *,
        clock: Clock,
        limit_store: LimitStore | None,
        outbox: Outbox | None,
        order_facts: OrderFactStore | None = None,
        token_store: TokenStore | Mapping[str, TokenStore] | None = None,
    ) -> None:
        self.clock = clock
        self.limiter = RateLimiter(limit_store, clock)
        self.outbox: Outbox = outbox if outbox is not None else InMemoryOutbox(clock=clock)
        if order_facts is None and isinstance(self.outbox, OrderFactStore):
            order_facts = self.outbox  # a store (SQL) keeps order facts for every worker, like the outbox
        self.facts = OrderFactCache(order_facts)
        self.adapters: dict[str, Adapter] = {}
        for account in accounts:
            if not isinstance(account, Account):
                raise ConfigurationError(
                    f"expected marketmsg.Account, got {type(account).__name__}; build one with "
                    "Account(platform='<adapter name>', seller_id='...', credentials={...})",
                    field="accounts",
                )
            if account.key in self.adapters:
                raise ConfigurationError(f"account {account.key!r} is configured twice", field="accounts")
            adapter_cls = get_adapter(account.platform)
            store = token_store.get(account.key) if isinstance(token_store, Mapping) else token_store
            self.adapters[account.key] = adapter_cls(account, clock=clock, token_store=store)
        if not self.adapters:
            raise ConfigurationError("a client needs at least one Account", field="accounts")
        register = getattr(self.outbox, "register_purge_hooks", None)
        if callable(register):
            # The store purges what these accounts' adapters keep of buyer data too (the Amazon relay-mail
            # store): ``store.purge()`` then covers every table the client writes. Asked for lazily, at purge
            # time (building a client opens no adapter store), and held weakly by the store.
            register(self.purge_hooks)

    def purge_hooks(self) -> list[PurgeHook]:
        """The retention hooks of this client's adapters (``marketmsg.retention.purge_hooks``)."""
        return adapter_purge_hooks(self.adapters.values())

    def select(self, platform: str | None, account: str | None) -> list[Adapter]:
        """Adapters matching the filters. ``account`` is ``platform:seller_id`` or a bare seller id."""
        chosen = [
            a
            for a in self.adapters.values()
            if (platform is None or a.name == platform)
            and (account is None or account in (a.account.key, a.account.seller_id))
        ]
        if not chosen:
            known = ", ".join(sorted(self.adapters))
            raise ConfigurationError(
                f"no configured account matches platform={platform!r} account={account!r}; configured: {known}",
                field="account",
            )
        return chosen

    def by_id(self, value: str, kind: IdKind) -> tuple[Adapter, str]:
        parsed = parse_id(value, expect=kind)
        adapter = self.adapters.get(f"{parsed.platform}:{parsed.seller_id}")
        if adapter is None:
            raise InvalidIdError(
                f"{value!r} belongs to account {parsed.platform}:{parsed.seller_id}, which this client is not "
                "configured with; add that Account to the client"
            )
        return adapter, parsed.native

    def one(self, platform: str | None, account: str | None) -> Adapter:
        adapters = self.select(platform, account)
        if len(adapters) > 1:
            keys = ", ".join(a.account.key for a in adapters)
            raise ConfigurationError(
                f"several accounts match ({keys}); pass account='platform:seller_id'", field="account"
            )
        return adapters[0]


def build_options(
    max_retries: int | None,
    timeout: float | httpx.Timeout | None,
    clock: Clock,
    hooks: EventHooks | None,
    *,
    deadline: float | None = None,
    max_response_bytes: int | None = None,
) -> DriverOptions:
    return DriverOptions(
        retry=RetryPolicy(max_retries=2 if max_retries is None else max_retries),
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        clock=clock,
        hooks=hooks or EventHooks(),
        deadline=deadline,
        max_response_bytes=DEFAULT_MAX_RESPONSE_BYTES if max_response_bytes is None else max_response_bytes,
    )


def replace_options(
    options: DriverOptions,
    max_retries: int | None,
    timeout: float | httpx.Timeout | None,
    *,
    deadline: float | None = None,
    max_response_bytes: int | None = None,
) -> DriverOptions:
    """``options`` with the given settings replaced (None keeps the current one)."""
    from dataclasses import replace

    retry = options.retry if max_retries is None else replace(options.retry, max_retries=max_retries)
    return replace(
        options,
        retry=retry,
        timeout=options.timeout if timeout is None else httpx.Timeout(timeout),
        deadline=options.deadline if deadline is None else deadline,
        max_response_bytes=options.max_response_bytes if max_response_bytes is None else max_response_bytes,
    )


def conversation_query(
    since: datetime | None,
    status: ConversationStatus | None,
    channel: Channel | None,
    order_id: str | None,
    unread_only: bool,
    page_size: int | None,
) -> ConversationQuery:
    return ConversationQuery(
        since=since,
        status=status,
        channel=channel,
        order_id=order_id,
        unread_only=unread_only,
        page_size=page_size,
    )


# RFC 2045 §5.1: type "/" subtype, each a token (no spaces, controls or tspecials) — it becomes a MIME header.
_CONTENT_TYPE = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,127}/[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,127}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def queue_outbox(outbox: Outbox) -> Outbox:
    """The client's outbox, when a worker can read it: a queued send in the in-memory default would never go."""
    if isinstance(outbox, InMemoryOutbox):
        raise ConfigurationError(
            "queueing a send needs a durable outbox the workers share: Client(..., outbox=SqlStore(...))",
            field="outbox",
        )
    return outbox


def check_outgoing(subject: str | None, attachments: Sequence[Attachment]) -> None:
    """Refuse, before the outbox records anything, what no platform can send as it is (issue 11, item 9)."""
    if subject is not None and _CONTROL.search(subject):
        raise InvalidRequestError(
            "the subject contains a line break or another control character; a subject is one line",
            field="subject",
        )
    for index, attachment in enumerate(attachments):
        where = f"attachments[{index}]"
        if not isinstance(attachment, Attachment):
            raise InvalidRequestError(
                f"{where} is a {type(attachment).__name__}, not a marketmsg.Attachment; build one with "
                "Attachment.from_bytes(name, data, content_type)",
                field=where,
            )
        if attachment.content is None and attachment.url is None:
            raise InvalidRequestError(
                f"{where} carries neither bytes nor a URL: use Attachment.from_bytes(name, data, type)",
                field=where,
            )
        if not _CONTENT_TYPE.fullmatch(attachment.content_type):
            raise InvalidRequestError(
                f"{where} has content type {attachment.content_type[:60]!r}, not 'type/subtype'",
                field=f"{where}.content_type",
            )
        content, digest = attachment.content, attachment.sha256
        if (
            content is not None
            and digest is not None
            and hashlib.sha256(content).hexdigest() != digest.lower()
        ):
            raise InvalidRequestError(f"{where}: sha256 does not match its bytes", field=f"{where}.sha256")


def _draft(model: type[T], values: dict[str, Any]) -> T:
    try:
        return model(**values)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or None
        raise InvalidRequestError(f"{where or 'the message'}: {first['msg']}", field=where) from None


def draft_reply(
    body: str,
    attachments: Sequence[Attachment],
    subject: str | None,
    critical: bool,
    idempotency_key: str | None,
) -> ReplyDraft:
    values: dict[str, Any] = {
        "body": body,
        "attachments": tuple(attachments),
        "subject": subject,
        "critical": critical,
    }
    if idempotency_key:
        values["idempotency_key"] = idempotency_key
    check_outgoing(subject, values["attachments"])
    return _draft(ReplyDraft, values)


def draft_proactive(
    order_id: str,
    kind: MessageKind | str,
    body: str | None,
    attachments: Sequence[Attachment],
    fields: dict[str, JsonValue] | None,
    idempotency_key: str | None,
) -> ProactiveDraft:
    values: dict[str, Any] = {
        "order_id": order_id,
        "kind": MessageKind(kind),
        "body": body,
        "attachments": tuple(attachments),
        "fields": fields or {},
    }
    if idempotency_key:
        values["idempotency_key"] = idempotency_key
    check_outgoing(None, values["attachments"])
    return _draft(ProactiveDraft, values)


def with_cursor(query: Any, cursor: str | None) -> Any:
    from dataclasses import replace

    return replace(query, cursor=cursor)


_CLOSED_DISPUTES = frozenset({DisputeStatus.RESOLVED, DisputeStatus.REJECTED, DisputeStatus.CANCELLED})
_NO_DEADLINE = datetime.max.replace(tzinfo=UTC)


def nearest_deadline_first(dispute: Dispute) -> tuple[bool, datetime, str]:
    """Sort key of ``disputes.list()``: open disputes before closed ones, then the nearest seller deadline first
    (response, evidence, return shipping, automatic escalation, the last day to escalate or appeal); none last."""
    timeline = dispute.timeline
    dues = [
        d.at
        for d in (
            timeline.seller_response_due,
            timeline.evidence_due,
            timeline.return_ship_due,
            timeline.auto_escalation_at,
            timeline.escalation_closes,
        )
        if d is not None
    ]
    return dispute.status in _CLOSED_DISPUTES, min(dues, default=_NO_DEADLINE), dispute.id


def disputes_unavailable(adapter: Adapter) -> str | None:
    """Why ``adapter`` cannot list disputes at all (its platform has no disputes feature), or None."""
    if Feature.DISPUTES in adapter.features:
        return None
    hint = adapter.disputes_notice
    return f"{adapter.account.key}: {hint or f'{adapter.display_name} has no disputes API, so there is nothing to list'}"
