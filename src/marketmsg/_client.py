"""``Client`` and ``AsyncClient``: accounts in, one model out.

Both clients share :class:`_ClientState` (accounts, adapters, limiter, outbox, options) and every operation's
logic (the adapters' flows and ``_operations``). The resource classes below are one-line delegations whose sync
and async signatures are kept identical by ``tests/test_client_parity.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from types import TracebackType
from typing import Any, TypeVar

import httpx
from pydantic import JsonValue

from ._clock import Clock, SystemClock
from ._effects import Flow
from ._exceptions import ConfigurationError, InvalidIdError
from ._logging import setup_logging
from ._operations import send_proactive_flow, send_reply_flow
from ._outbox import InMemoryOutbox, Outbox
from ._pagination import AsyncPaginator, SyncPaginator, newest_first
from ._registry import get_adapter
from .adapter import (
    Adapter,
    ConversationQuery,
    DisputeAction,
    DisputeQuery,
    MessageQuery,
    ProactiveDraft,
    ReplyDraft,
)
from .models import (
    Account,
    Attachment,
    Capability,
    Channel,
    Conversation,
    ConversationStatus,
    Dispute,
    DisputeStatus,
    IdKind,
    Message,
    MessageKind,
    OrderContext,
    Page,
    parse_id,
)
from .transport import (
    AsyncDriver,
    DriverOptions,
    EventHooks,
    LimitStore,
    RateLimiter,
    RetryPolicy,
    SyncDriver,
)
from .transport._driver import DEFAULT_TIMEOUT

__all__ = ["AsyncClient", "Client"]

T = TypeVar("T")


class _ClientState:
    """Everything a client holds besides its HTTP client: shared by ``with_options`` copies."""

    def __init__(
        self,
        accounts: Iterable[Account],
        *,
        clock: Clock,
        limit_store: LimitStore | None,
        outbox: Outbox | None,
    ) -> None:
        self.clock = clock
        self.limiter = RateLimiter(limit_store, clock)
        self.outbox: Outbox = outbox if outbox is not None else InMemoryOutbox()
        self.adapters: dict[str, Adapter] = {}
        for account in accounts:
            if not isinstance(account, Account):
                raise ConfigurationError(
                    f"expected marketmsg.Account, got {type(account).__name__}; build one with "
                    "Account(platform='amazon', seller_id='...', credentials={...})",
                    field="accounts",
                )
            if account.key in self.adapters:
                raise ConfigurationError(f"account {account.key!r} is configured twice", field="accounts")
            adapter_cls = get_adapter(account.platform)
            self.adapters[account.key] = adapter_cls(account, clock=clock)
        if not self.adapters:
            raise ConfigurationError("a client needs at least one Account", field="accounts")

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


def _options(
    max_retries: int | None, timeout: float | httpx.Timeout | None, clock: Clock, hooks: EventHooks | None
) -> DriverOptions:
    return DriverOptions(
        retry=RetryPolicy(max_retries=2 if max_retries is None else max_retries),
        timeout=DEFAULT_TIMEOUT if timeout is None else httpx.Timeout(timeout),
        clock=clock,
        hooks=hooks or EventHooks(),
    )


def _replace_options(
    options: DriverOptions, max_retries: int | None, timeout: float | httpx.Timeout | None
) -> DriverOptions:
    from dataclasses import replace

    retry = options.retry if max_retries is None else replace(options.retry, max_retries=max_retries)
    return replace(
        options, retry=retry, timeout=options.timeout if timeout is None else httpx.Timeout(timeout)
    )


def _conversation_query(
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


def _draft_reply(
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
    return ReplyDraft(**values)


def _draft_proactive(
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
    return ProactiveDraft(**values)


# ==================================================================================================== sync


class Client:
    """The synchronous client.

    >>> from marketmsg import Client, Account
    >>> client = Client([Account(platform="amazon", seller_id="A1...", credentials={...})])  # doctest: +SKIP
    >>> for conv in client.conversations.list(status="awaiting_seller"):  # doctest: +SKIP
    ...     print(conv.id, conv.response_due)
    """

    def __init__(
        self,
        accounts: Iterable[Account],
        *,
        http_client: httpx.Client | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        clock: Clock | None = None,
        rate_limit_store: LimitStore | None = None,
        outbox: Outbox | None = None,
        event_hooks: EventHooks | None = None,
    ) -> None:
        setup_logging()
        clock = clock or SystemClock()
        self._state = _ClientState(accounts, clock=clock, limit_store=rate_limit_store, outbox=outbox)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=DEFAULT_TIMEOUT)
        self._driver = SyncDriver(
            self._http, self._state.limiter, _options(max_retries, timeout, clock, event_hooks)
        )
        self.conversations = Conversations(self)
        self.messages = Messages(self)
        self.orders = Orders(self)
        self.disputes = Disputes(self)

    @classmethod
    def _copy(cls, source: Client, driver: SyncDriver) -> Client:
        clone = cls.__new__(cls)
        clone._state, clone._owns_http, clone._http, clone._driver = (
            source._state,
            False,
            source._http,
            driver,
        )
        clone.conversations, clone.messages = Conversations(clone), Messages(clone)
        clone.orders, clone.disputes = Orders(clone), Disputes(clone)
        return clone

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> Client:
        """A client sharing accounts, connections, rate limits and outbox, with other retry/timeout settings."""
        options = _replace_options(self._driver.options, max_retries, timeout)
        return Client._copy(self, self._driver.with_options(options))

    @property
    def accounts(self) -> list[Account]:
        return [a.account for a in self._state.adapters.values()]

    @property
    def outbox(self) -> Outbox:
        return self._state.outbox

    def _run(self, adapter: Adapter, flow: Flow[T]) -> T:
        return self._driver.run(adapter, flow)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(
        self, *exc: tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(accounts={[a.account.key for a in self._state.adapters.values()]!r})"


class _SyncResource:
    def __init__(self, client: Client) -> None:
        self._client = client
        self._state = client._state


class Conversations(_SyncResource):
    def list(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        since: datetime | None = None,
        status: ConversationStatus | None = None,
        channel: Channel | None = None,
        order_id: str | None = None,
        unread_only: bool = False,
        page_size: int | None = None,
    ) -> SyncPaginator[Conversation]:
        """Conversations of every matching account, newest activity first, fetched page by page."""
        query = _conversation_query(since, status, channel, order_id, unread_only, page_size)
        sources = [
            _page_source(self._client, a, lambda a, c: a.list_conversations(_with_cursor(query, c)))
            for a in self._state.select(platform, account)
        ]
        return SyncPaginator(sources, key=newest_first("last_message_at"))

    def get(self, conversation_id: str) -> Conversation:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        return self._client._run(adapter, adapter.get_conversation(native))

    def mark_read(self, conversation_id: str) -> None:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        self._client._run(adapter, adapter.mark_read(native))


class Messages(_SyncResource):
    def list(
        self, conversation_id: str, *, since: datetime | None = None, page_size: int | None = None
    ) -> SyncPaginator[Message]:
        """Messages of one conversation, in the order the platform returns them (oldest first where it can)."""
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        query = MessageQuery(conversation_native_id=native, since=since, page_size=page_size)
        return SyncPaginator(
            [_page_source(self._client, adapter, lambda a, c: a.list_messages(_with_cursor(query, c)))]
        )

    def reply(
        self,
        conversation_id: str,
        body: str,
        *,
        attachments: Sequence[Attachment] = (),
        subject: str | None = None,
        critical: bool = False,
        idempotency_key: str | None = None,
        allow_warnings: bool = False,
    ) -> Message:
        """Reply in a conversation. Rules run first (PolicyViolation before any I/O); the outbox prevents duplicates."""
        conversation = self._client.conversations.get(conversation_id)
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        draft = _draft_reply(body, attachments, subject, critical, idempotency_key)
        flow = send_reply_flow(
            adapter,
            self._state.outbox,
            conversation_id=conversation_id,
            conversation_native_id=native,
            order_id=conversation.order_id,
            locale=None,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return self._client._run(adapter, flow)

    def send(
        self,
        order_id: str,
        kind: MessageKind | str,
        *,
        platform: str | None = None,
        account: str | None = None,
        body: str | None = None,
        attachments: Sequence[Attachment] = (),
        fields: dict[str, JsonValue] | None = None,
        idempotency_key: str | None = None,
        allow_warnings: bool = False,
    ) -> Message:
        """Send a typed proactive message for an order (capabilities and rules checked first)."""
        adapter = self._state.one(platform, account)
        draft = _draft_proactive(order_id, kind, body, attachments, fields, idempotency_key)
        flow = send_proactive_flow(
            adapter,
            self._state.outbox,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return self._client._run(adapter, flow)


class Orders(_SyncResource):
    def capabilities(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> Capability:
        """What may be sent for ``order_id`` now, and why not for what is refused."""
        adapter = self._state.one(platform, account)
        return self._client._run(adapter, adapter.get_capabilities(order_id))

    def context(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> OrderContext:
        """Non-PII facts about the order that the rules use."""
        adapter = self._state.one(platform, account)
        return self._client._run(adapter, adapter.get_order_context(order_id))


class Disputes(_SyncResource):
    def list(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        status: DisputeStatus | None = None,
        order_id: str | None = None,
        since: datetime | None = None,
        page_size: int | None = None,
    ) -> SyncPaginator[Dispute]:
        query = DisputeQuery(status=status, order_id=order_id, since=since, page_size=page_size)
        sources = [
            _page_source(self._client, a, lambda a, c: a.list_disputes(_with_cursor(query, c)))
            for a in self._state.select(platform, account)
        ]
        return SyncPaginator(sources, key=newest_first("opened_at"))

    def get(self, dispute_id: str) -> Dispute:
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        return self._client._run(adapter, adapter.get_dispute(native))

    def act(self, dispute_id: str, action: DisputeAction) -> Dispute:
        """Accept a solution, counter-propose, or upload evidence; returns the dispute as it is afterwards."""
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        return self._client._run(adapter, adapter.act_on_dispute(native, action))


def _with_cursor(query: Any, cursor: str | None) -> Any:
    from dataclasses import replace

    return replace(query, cursor=cursor)


def _page_source(client: Client, adapter: Adapter, make: Any) -> Any:
    return lambda cursor: client._run(adapter, make(adapter, cursor))


# =================================================================================================== async


class AsyncClient:
    """The asynchronous client: the same resources and method names as :class:`Client`, awaited."""

    def __init__(
        self,
        accounts: Iterable[Account],
        *,
        http_client: httpx.AsyncClient | None = None,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        clock: Clock | None = None,
        rate_limit_store: LimitStore | None = None,
        outbox: Outbox | None = None,
        event_hooks: EventHooks | None = None,
    ) -> None:
        setup_logging()
        clock = clock or SystemClock()
        self._state = _ClientState(accounts, clock=clock, limit_store=rate_limit_store, outbox=outbox)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=DEFAULT_TIMEOUT)
        self._driver = AsyncDriver(
            self._http, self._state.limiter, _options(max_retries, timeout, clock, event_hooks)
        )
        self.conversations = AsyncConversations(self)
        self.messages = AsyncMessages(self)
        self.orders = AsyncOrders(self)
        self.disputes = AsyncDisputes(self)

    @classmethod
    def _copy(cls, source: AsyncClient, driver: AsyncDriver) -> AsyncClient:
        clone = cls.__new__(cls)
        clone._state, clone._owns_http, clone._http, clone._driver = (
            source._state,
            False,
            source._http,
            driver,
        )
        clone.conversations, clone.messages = AsyncConversations(clone), AsyncMessages(clone)
        clone.orders, clone.disputes = AsyncOrders(clone), AsyncDisputes(clone)
        return clone

    def with_options(
        self, *, max_retries: int | None = None, timeout: float | httpx.Timeout | None = None
    ) -> AsyncClient:
        """A client sharing accounts, connections, rate limits and outbox, with other retry/timeout settings."""
        options = _replace_options(self._driver.options, max_retries, timeout)
        return AsyncClient._copy(self, self._driver.with_options(options))

    @property
    def accounts(self) -> list[Account]:
        return [a.account for a in self._state.adapters.values()]

    @property
    def outbox(self) -> Outbox:
        return self._state.outbox

    async def _run(self, adapter: Adapter, flow: Flow[T]) -> T:
        return await self._driver.run(adapter, flow)

    async def aclose(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"AsyncClient(accounts={[a.account.key for a in self._state.adapters.values()]!r})"


class _AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client
        self._state = client._state


def _apage_source(client: AsyncClient, adapter: Adapter, make: Any) -> Any:
    async def fetch(cursor: str | None) -> Page[Any]:
        return await client._run(adapter, make(adapter, cursor))

    return fetch


class AsyncConversations(_AsyncResource):
    def list(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        since: datetime | None = None,
        status: ConversationStatus | None = None,
        channel: Channel | None = None,
        order_id: str | None = None,
        unread_only: bool = False,
        page_size: int | None = None,
    ) -> AsyncPaginator[Conversation]:
        """Conversations of every matching account, newest activity first, fetched page by page."""
        query = _conversation_query(since, status, channel, order_id, unread_only, page_size)
        sources = [
            _apage_source(self._client, a, lambda a, c: a.list_conversations(_with_cursor(query, c)))
            for a in self._state.select(platform, account)
        ]
        return AsyncPaginator(sources, key=newest_first("last_message_at"))

    async def get(self, conversation_id: str) -> Conversation:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        return await self._client._run(adapter, adapter.get_conversation(native))

    async def mark_read(self, conversation_id: str) -> None:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        await self._client._run(adapter, adapter.mark_read(native))


class AsyncMessages(_AsyncResource):
    def list(
        self, conversation_id: str, *, since: datetime | None = None, page_size: int | None = None
    ) -> AsyncPaginator[Message]:
        """Messages of one conversation, in the order the platform returns them (oldest first where it can)."""
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        query = MessageQuery(conversation_native_id=native, since=since, page_size=page_size)
        return AsyncPaginator(
            [_apage_source(self._client, adapter, lambda a, c: a.list_messages(_with_cursor(query, c)))]
        )

    async def reply(
        self,
        conversation_id: str,
        body: str,
        *,
        attachments: Sequence[Attachment] = (),
        subject: str | None = None,
        critical: bool = False,
        idempotency_key: str | None = None,
        allow_warnings: bool = False,
    ) -> Message:
        """Reply in a conversation. Rules run first (PolicyViolation before any I/O); the outbox prevents duplicates."""
        conversation = await self._client.conversations.get(conversation_id)
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        draft = _draft_reply(body, attachments, subject, critical, idempotency_key)
        flow = send_reply_flow(
            adapter,
            self._state.outbox,
            conversation_id=conversation_id,
            conversation_native_id=native,
            order_id=conversation.order_id,
            locale=None,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return await self._client._run(adapter, flow)

    async def send(
        self,
        order_id: str,
        kind: MessageKind | str,
        *,
        platform: str | None = None,
        account: str | None = None,
        body: str | None = None,
        attachments: Sequence[Attachment] = (),
        fields: dict[str, JsonValue] | None = None,
        idempotency_key: str | None = None,
        allow_warnings: bool = False,
    ) -> Message:
        """Send a typed proactive message for an order (capabilities and rules checked first)."""
        adapter = self._state.one(platform, account)
        draft = _draft_proactive(order_id, kind, body, attachments, fields, idempotency_key)
        flow = send_proactive_flow(
            adapter,
            self._state.outbox,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return await self._client._run(adapter, flow)


class AsyncOrders(_AsyncResource):
    async def capabilities(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> Capability:
        """What may be sent for ``order_id`` now, and why not for what is refused."""
        adapter = self._state.one(platform, account)
        return await self._client._run(adapter, adapter.get_capabilities(order_id))

    async def context(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> OrderContext:
        """Non-PII facts about the order that the rules use."""
        adapter = self._state.one(platform, account)
        return await self._client._run(adapter, adapter.get_order_context(order_id))


class AsyncDisputes(_AsyncResource):
    def list(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        status: DisputeStatus | None = None,
        order_id: str | None = None,
        since: datetime | None = None,
        page_size: int | None = None,
    ) -> AsyncPaginator[Dispute]:
        query = DisputeQuery(status=status, order_id=order_id, since=since, page_size=page_size)
        sources = [
            _apage_source(self._client, a, lambda a, c: a.list_disputes(_with_cursor(query, c)))
            for a in self._state.select(platform, account)
        ]
        return AsyncPaginator(sources, key=newest_first("opened_at"))

    async def get(self, dispute_id: str) -> Dispute:
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        return await self._client._run(adapter, adapter.get_dispute(native))

    async def act(self, dispute_id: str, action: DisputeAction) -> Dispute:
        """Accept a solution, counter-propose, or upload evidence; returns the dispute as it is afterwards."""
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        return await self._client._run(adapter, adapter.act_on_dispute(native, action))
