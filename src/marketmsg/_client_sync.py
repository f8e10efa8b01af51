"""``Client`` and its resources.

GENERATED from ``_client_async.py`` by ``scripts/unasync.py`` — do not edit by hand; CI checks
the two never drift. Every operation's logic lives in the adapters' flows and ``_operations``; this file only
routes a call to the right adapter and runs its flow with the sync driver.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar

from ._exceptions import UnsupportedOperationError

# ``from marketmsg import Client`` costs the class definitions only: what the methods use (the HTTP stack,
# the models, the flows) is imported by ``_import_collaborators`` when the first client is built, and bound here
# as module globals so that no call pays for an import. Type checkers see the same names through these imports.
if TYPE_CHECKING:
    import logging

    import httpx
    from pydantic import JsonValue

    from ._client_common import (
        ClientState,
        build_options,
        conversation_query,
        disputes_unavailable,
        draft_proactive,
        draft_reply,
        nearest_deadline_first,
        queue_outbox,
        replace_options,
        with_cursor,
    )
    from ._clock import Clock, SystemClock
    from ._effects import Flow
    from ._facts import OrderFactStore
    from ._logging import setup_logging
    from ._operations import (
        act_on_dispute_flow,
        order_facts,
        queue_reply_flow,
        send_proactive_flow,
        send_reply_flow,
    )
    from ._outbox import Outbox, OutboxEntry
    from ._pagination import SyncPaginator, newest_first
    from .adapter import Adapter, DisputeAction, DisputeQuery, MessageQuery
    from .auth import TokenStore
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
        Message,
        MessageKind,
        OrderContext,
        Page,
    )
    from .transport import EventHooks, LimitStore, SyncDriver
    from .transport._driver import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT
    from .transport._pool import own_client

    log: logging.Logger


def _import_collaborators() -> None:
    """Bind what the methods use at run time (once: later calls find the names bound and return at once)."""
    global ALL_ORDER_FACTS, DEFAULT_TIMEOUT, SyncDriver, SyncPaginator, ClientState, Dispute  # noqa: PLW0603
    global DEFAULT_MAX_CONNECTIONS, own_client  # noqa: PLW0603
    global DisputeQuery, IdKind, MessageQuery, Page, SystemClock, act_on_dispute_flow, build_options  # noqa: PLW0603
    global conversation_query, disputes_unavailable, draft_proactive, draft_reply, httpx, log  # noqa: PLW0603
    global nearest_deadline_first, newest_first, order_facts, queue_outbox, queue_reply_flow  # noqa: PLW0603
    global replace_options, send_proactive_flow, send_reply_flow, setup_logging, with_cursor  # noqa: PLW0603
    if "log" in globals():
        return
    import httpx

    from ._client_common import (
        ClientState,
        build_options,
        conversation_query,
        disputes_unavailable,
        draft_proactive,
        draft_reply,
        nearest_deadline_first,
        queue_outbox,
        replace_options,
        with_cursor,
    )
    from ._clock import SystemClock
    from ._logging import get_logger, setup_logging
    from ._operations import (
        act_on_dispute_flow,
        order_facts,
        queue_reply_flow,
        send_proactive_flow,
        send_reply_flow,
    )
    from ._pagination import SyncPaginator, newest_first
    from .adapter import DisputeQuery, MessageQuery
    from .models import ALL_ORDER_FACTS, Dispute, IdKind, Page
    from .transport import SyncDriver
    from .transport._driver import DEFAULT_MAX_CONNECTIONS, DEFAULT_TIMEOUT
    from .transport._pool import own_client

    log = get_logger("marketmsg.client")


__all__ = ["Client", "Conversations", "Disputes", "Messages", "Orders"]

T = TypeVar("T")


class Client:
    """The synchronous client: accounts in, one model out.

    Resources: ``conversations``, ``messages``, ``orders``, ``disputes``. Listings merge every matching account
    newest first; sends run the platform rules and the outbox before any I/O.

    ``token_store`` keeps the accounts' OAuth tokens: one store for all, or ``{account key: store}``; workers that
    share a :class:`~marketmsg.auth.RedisTokenStore` or :class:`~marketmsg.store.SqlTokenStore` refresh once
    between them. Default: in memory, per client. ``order_facts`` caches order facts (default: the outbox when it
    is a :class:`~marketmsg.store.SqlStore`, else in memory).

    ``timeout`` bounds each attempt as a whole (default 30 s, 10 s to connect: a server trickling bytes cannot
    stretch it); ``deadline`` bounds a whole call, retries, back-off and rate-limit waits included (default:
    none); ``max_response_bytes`` caps every answer read into memory (default 16 MiB).
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
        order_facts: OrderFactStore | None = None,
        token_store: TokenStore | Mapping[str, TokenStore] | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        _import_collaborators()
        setup_logging()
        clock = clock or SystemClock()
        self._state = ClientState(
            accounts,
            clock=clock,
            limit_store=rate_limit_store,
            outbox=outbox,
            order_facts=order_facts,
            token_store=token_store,
        )
        self._owns_http = http_client is None
        self._http = http_client or own_client(DEFAULT_TIMEOUT, DEFAULT_MAX_CONNECTIONS)
        self._driver = SyncDriver(
            self._http,
            self._state.limiter,
            build_options(
                max_retries,
                timeout,
                clock,
                event_hooks,
                deadline=deadline,
                max_response_bytes=max_response_bytes,
            ),
            # Our own pool: callers beyond its size queue in front of it (see DEFAULT_MAX_CONNECTIONS); a pool
            # the user built is theirs to size.
            max_in_flight=DEFAULT_MAX_CONNECTIONS if self._owns_http else None,
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
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> Client:
        """A client sharing accounts, connections, rate limits and outbox, with other retry/timeout settings.

        ``timeout`` bounds each attempt as a whole; ``deadline`` (seconds) a whole call, retries and waits
        included; ``max_response_bytes`` caps every answer. An argument left None keeps the current setting.
        """
        options = replace_options(
            self._driver.options,
            max_retries,
            timeout,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )
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

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client(accounts={[a.account.key for a in self._state.adapters.values()]!r})"


class _AsyncResource:
    def __init__(self, client: Client) -> None:
        self._client = client
        self._state = client._state


def _page_source(client: Client, adapter: Adapter, make: Any) -> Any:
    def fetch(cursor: str | None) -> Page[Any]:
        return client._run(adapter, make(adapter, cursor))

    return fetch


def _skipped(notices: list[str], why: str) -> None:
    notices.append(why)
    log.info("disputes.list skips %s", why)


def _dispute_source(client: Client, adapter: Adapter, query: DisputeQuery, notices: list[str]) -> Any:
    def fetch(cursor: str | None) -> Page[Any]:
        try:
            return client._run(adapter, adapter.list_disputes(with_cursor(query, cursor)))
        except UnsupportedOperationError as exc:
            # This account has no source of disputes (e.g. Amazon without notification mail): a notice.
            _skipped(notices, f"{adapter.account.key}: {exc.message}")
            return Page(items=())

    return fetch


class Conversations(_AsyncResource):
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
        query = conversation_query(since, status, channel, order_id, unread_only, page_size)
        sources = [
            _page_source(self._client, a, lambda a, c: a.list_conversations(with_cursor(query, c)))
            for a in self._state.select(platform, account)
        ]
        return SyncPaginator(sources, key=newest_first("last_message_at"))

    def get(self, conversation_id: str) -> Conversation:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        return self._client._run(adapter, adapter.get_conversation(native))

    def mark_read(self, conversation_id: str) -> None:
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        self._client._run(adapter, adapter.mark_read(native))


class Messages(_AsyncResource):
    def list(
        self, conversation_id: str, *, since: datetime | None = None, page_size: int | None = None
    ) -> SyncPaginator[Message]:
        """Messages of one conversation, in the order the platform returns them (oldest first where it can)."""
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        query = MessageQuery(conversation_native_id=native, since=since, page_size=page_size)
        return SyncPaginator(
            [_page_source(self._client, adapter, lambda a, c: a.list_messages(with_cursor(query, c)))]
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
        """Reply in a conversation. Rules run first (PolicyViolation before any I/O); the outbox prevents duplicates.

        A ``body`` that is empty or only whitespace, with no attachments, raises :class:`EmptyMessageError` before
        any I/O.
        """
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        draft = draft_reply(body, attachments, subject, critical, idempotency_key)
        flow = send_reply_flow(
            adapter,
            self._state.outbox,
            self._state.facts,
            conversation_id=conversation_id,
            conversation_native_id=native,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return self._client._run(adapter, flow)

    def queue_reply(
        self,
        conversation_id: str,
        body: str,
        *,
        idempotency_key: str | None = None,
        allow_warnings: bool = False,
    ) -> OutboxEntry:
        """Queue a text reply for a :class:`marketmsg.worker.Worker` to send, instead of sending it now.

        The rules run now, as for :meth:`reply` (a refused text raises PolicyViolation and nothing is queued);
        the entry is recorded QUEUED under ``idempotency_key`` in the client's outbox, which must be a
        ``SqlStore`` the worker shares. Queuing the same request again returns the stored entry; another request
        under the key raises IdempotencyConflict. The worker holding the account's lease sends it (the rules run
        again then: a blocking finding leaves the entry FAILED).
        """
        adapter, native = self._state.by_id(conversation_id, IdKind.CONVERSATION)
        draft = draft_reply(body, (), None, False, idempotency_key)
        flow = queue_reply_flow(
            adapter,
            queue_outbox(self._state.outbox),
            self._state.facts,
            conversation_id=conversation_id,
            conversation_native_id=native,
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
        """Send a typed proactive message for an order (capabilities and rules checked first).

        A kind without text takes ``body=None``; a ``body`` given that is empty or only whitespace, with no
        attachments, raises :class:`EmptyMessageError` before any I/O.
        """
        adapter = self._state.one(platform, account)
        draft = draft_proactive(order_id, kind, body, attachments, fields, idempotency_key)
        flow = send_proactive_flow(
            adapter,
            self._state.outbox,
            self._state.facts,
            draft=draft,
            allow_warnings=allow_warnings,
            now=self._state.clock.now(),
        )
        return self._client._run(adapter, flow)


class Orders(_AsyncResource):
    def capabilities(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> Capability:
        """What may be sent for ``order_id`` now, and why not for what is refused."""
        adapter = self._state.one(platform, account)
        return self._client._run(adapter, adapter.get_capabilities(order_id))

    def context(
        self, order_id: str, *, platform: str | None = None, account: str | None = None
    ) -> OrderContext:
        """Non-PII facts about the order that the rules use, read now (and kept for the next sends' rules)."""
        adapter = self._state.one(platform, account)
        now = self._state.clock.now()
        flow = order_facts(adapter, self._state.facts, order_id, ALL_ORDER_FACTS, now, refresh=True)
        return self._client._run(adapter, flow)


class Disputes(_AsyncResource):
    def list(
        self,
        *,
        platform: str | None = None,
        account: str | None = None,
        status: DisputeStatus | None = None,
        order_id: str | None = None,
        buyer_id: str | None = None,
        since: datetime | None = None,
        page_size: int | None = None,
    ) -> SyncPaginator[Dispute]:
        """Disputes of every matching account: open ones first, the nearest deadline first (every page is read).

        An account whose platform has no disputes (or, like Amazon without notification mail, no source of them)
        is skipped: ``.notices`` says which and why, and the skip is logged — a merged listing never fails on it.
        """
        query = DisputeQuery(
            status=status, order_id=order_id, buyer_id=buyer_id, since=since, page_size=page_size
        )
        notices: list[str] = []
        sources = []
        for adapter in self._state.select(platform, account):
            why = disputes_unavailable(adapter)
            if why is None:
                sources.append(_dispute_source(self._client, adapter, query, notices))
            else:
                _skipped(notices, why)
        return SyncPaginator(sources, order=nearest_deadline_first, notices=notices)

    def get(self, dispute_id: str) -> Dispute:
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        return self._client._run(adapter, adapter.get_dispute(native))

    def act(
        self, dispute: str | Dispute, action: DisputeAction, *, idempotency_key: str | None = None
    ) -> Dispute:
        """Accept a solution, counter-propose, or upload evidence; returns the dispute as it is afterwards.

        ``dispute`` is an id, or a :class:`Dispute` the client listed or read. The platform's dispute rules run
        before any action request — the state allows the action, its deadline has not passed, a refund is within
        the order amount in the order's currency — and refuse with :class:`DisputeActionRefused` naming the rule.
        A ``Dispute`` passed in is checked before any I/O at all; the dispute is then read once as it is now
        and checked again before the action is sent.

        ``idempotency_key`` makes a repeated call (a retry after a timeout, a re-run job) act at most once, through
        the client's outbox as sends do: once the action under that key went through, the same call returns the
        dispute as it is now and acts no more; while its outcome is unknown it raises :class:`DeliveryUnknown`;
        another action under the same key raises :class:`IdempotencyConflict`.
        """
        known = dispute if isinstance(dispute, Dispute) else None
        dispute_id = known.id if known else str(dispute)
        adapter, native = self._state.by_id(dispute_id, IdKind.DISPUTE)
        flow = act_on_dispute_flow(
            adapter,
            native,
            action,
            self._state.clock.now(),
            known,
            outbox=self._state.outbox,
            dispute_id=dispute_id,
            idempotency_key=idempotency_key or None,
        )
        return self._client._run(adapter, flow)
