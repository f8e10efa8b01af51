"""The adapter contract test kit: every adapter, ours or a stranger's, passes the same suite.

Usage, in an adapter's tests::

    from marketmsg.testing import AdapterContract
    from marketmsg_mymarket import MyMarketAdapter

    class TestMyMarketContract(AdapterContract):
        adapter_class = MyMarketAdapter
        reply_text = "Thank you for your message about your order. ..."  # passes the platform's rules

The suite runs against the adapter's own simulator (``Adapter.sandbox()``), every behavioural test once with
``Client`` and once with ``AsyncClient``. It checks the declared features against behaviour: an operation the
adapter does not declare must raise ``UnsupportedOperationError`` before any I/O; a declared one must work,
return well-formed unified models with ids that round-trip, page without duplicates, be rate-limited by the
declared buckets, and never leak credentials into reprs or logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest

from .._clock import VirtualClock
from .._exceptions import InvalidIdError, MarketmsgError, UnsupportedOperationError
from .._registry import available_adapters, get_adapter, register_adapter, unregister_adapter
from .._version import ADAPTER_API_VERSION
from ..adapter import (
    Adapter,
    ConversationQuery,
    DisputeQuery,
    Feature,
    MessageQuery,
    ProactiveDraft,
    ReplyDraft,
)
from ..models import Conversation, Direction, IdKind, Message, MessageKind, make_id, parse_id
from ..sandbox import Sandbox, SandboxSpec, build_spec
from ..transport import CallRecord, EventHooks
from ._harness import Harness, Mode

__all__ = ["AdapterContract"]

_DEFAULT_REPLY = (
    "Thank you for your message. We have checked your order and it is on its way. "
    "We will keep you updated here in this conversation."
)

# Feature → (operation name, a call that exercises it on a bare adapter instance).
_OPERATIONS: dict[Feature, tuple[str, Any]] = {
    Feature.LIST_CONVERSATIONS: ("list_conversations", lambda a: a.list_conversations(ConversationQuery())),
    Feature.GET_CONVERSATION: ("get_conversation", lambda a: a.get_conversation("contract-test")),
    Feature.LIST_MESSAGES: ("list_messages", lambda a: a.list_messages(MessageQuery("contract-test"))),
    Feature.SEND_REPLY: (
        "send_reply",
        lambda a: a.send_reply("contract-test", ReplyDraft(body="contract test")),
    ),
    Feature.SEND_PROACTIVE: (
        "send_proactive",
        lambda a: a.send_proactive(ProactiveDraft(order_id="contract-test", kind=MessageKind.WARRANTY)),
    ),
    Feature.CAPABILITIES: ("get_capabilities", lambda a: a.get_capabilities("contract-test")),
    Feature.ORDER_CONTEXT: ("get_order_context", lambda a: a.get_order_context("contract-test")),
    Feature.MARK_READ: ("mark_read", lambda a: a.mark_read("contract-test")),
    Feature.DISPUTES: ("list_disputes", lambda a: a.list_disputes(DisputeQuery())),
}


class AdapterContract:
    """Subclass and set ``adapter_class``. Optional: ``reply_text``, ``order_id`` (for capability tests)."""

    adapter_class: ClassVar[type[Adapter]]
    reply_text: ClassVar[str] = _DEFAULT_REPLY
    order_id: ClassVar[str | None] = None
    #: Seller id owning ``order_id`` when the sandbox seeds several accounts (default: the first account).
    order_account: ClassVar[str | None] = None
    page_size: ClassVar[int] = 2

    # ------------------------------------------------------------------ fixtures

    @pytest.fixture
    def clock(self) -> VirtualClock:
        return VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))

    @pytest.fixture
    def spec(self, clock: VirtualClock) -> SandboxSpec:
        spec = build_spec(self.adapter_class, clock)
        if spec is None:
            pytest.fail(
                f"{self.adapter_class.__name__}.sandbox() returned None: the contract kit needs a simulator"
            )
        return spec

    @pytest.fixture
    def registered(self) -> Iterator[None]:
        name = self.adapter_class.name
        installed = name in available_adapters()
        if not installed:
            register_adapter(name, self.adapter_class)
        yield
        if not installed:
            unregister_adapter(name)

    @pytest.fixture
    def records(self) -> list[CallRecord]:
        return []

    @pytest.fixture(params=["sync", "async"])
    def harness(
        self,
        request: pytest.FixtureRequest,
        spec: SandboxSpec,
        clock: VirtualClock,
        registered: None,
        records: list[CallRecord],
    ) -> Iterator[Harness]:
        mode: Mode = request.param
        sandbox = Sandbox([spec], clock=clock)
        harness = Harness(sandbox, mode, event_hooks=EventHooks(on_call=[records.append]))
        yield harness
        harness.close()

    def _require(self, feature: Feature) -> None:
        if feature not in self.adapter_class.features:
            pytest.skip(f"{self.adapter_class.name} does not declare {feature.value}")

    def _conversations(self, harness: Harness, **kwargs: Any) -> list[Conversation]:
        return harness.collect(
            lambda c: c.conversations.list(platform=self.adapter_class.name, **kwargs),
            lambda c: c.conversations.list(platform=self.adapter_class.name, **kwargs),
        )

    # ------------------------------------------------------------------ metadata

    def test_declares_metadata(self) -> None:
        cls = self.adapter_class
        assert cls.name == cls.name.lower() and cls.name.isidentifier(), (
            "name must be a lower-case identifier"
        )
        assert cls.display_name, "display_name is shown to users"
        assert cls.adapter_api_version == ADAPTER_API_VERSION
        assert all(isinstance(f, Feature) for f in cls.features)
        assert cls.features, "an adapter that declares no feature can do nothing"

    def test_registry_resolves_the_adapter(self, registered: None) -> None:
        assert get_adapter(self.adapter_class.name) is self.adapter_class

    def test_sandbox_accounts_are_valid(self, spec: SandboxSpec) -> None:
        accounts = [a for a in spec.accounts if a.platform == self.adapter_class.name]
        assert accounts, "the simulator must seed at least one account"
        for account in accounts:
            self.adapter_class.validate_account(account)
            for secret in account.credentials.values():
                assert secret.get_secret_value() not in repr(account), "credentials must not appear in repr"

    def test_undeclared_operations_refuse_before_io(self, spec: SandboxSpec) -> None:
        adapter = self.adapter_class(spec.accounts[0])
        for feature, (operation, invoke) in _OPERATIONS.items():
            if feature in self.adapter_class.features:
                continue
            with pytest.raises(UnsupportedOperationError):  # noqa: PT012 - either step may raise; neither may yield
                effect = next(invoke(adapter))
                pytest.fail(f"{operation} is not declared but yielded {effect!r}")

    # ------------------------------------------------------------------ conversations

    def test_lists_conversations_with_round_tripping_ids(self, harness: Harness) -> None:
        self._require(Feature.LIST_CONVERSATIONS)
        conversations = self._conversations(harness)
        assert conversations, "the sandbox should seed conversations"
        ids = [c.id for c in conversations]
        assert len(ids) == len(set(ids)), "a listing must not repeat a conversation"
        for conv in conversations:
            parsed = parse_id(conv.id, expect=IdKind.CONVERSATION)
            assert parsed.platform == self.adapter_class.name == conv.platform
            assert conv.account == f"{parsed.platform}:{parsed.seller_id}"
            for ts in (conv.last_message_at, conv.last_inbound_at, conv.last_outbound_at, conv.response_due):
                assert ts is None or ts.utcoffset() is not None

    def test_small_pages_yield_the_same_conversations(self, harness: Harness) -> None:
        self._require(Feature.LIST_CONVERSATIONS)
        everything = {c.id for c in self._conversations(harness)}
        paged = self._conversations(harness, page_size=self.page_size)
        assert len(paged) == len({c.id for c in paged}), "paging must not repeat items"
        assert {c.id for c in paged} == everything

    def test_sync_and_async_agree(self, spec: SandboxSpec, clock: VirtualClock, registered: None) -> None:
        self._require(Feature.LIST_CONVERSATIONS)
        sandbox = Sandbox([spec], clock=clock)
        sync = Harness(sandbox, "sync")
        try:
            a = [c.model_dump() for c in self._conversations(sync)]
        finally:
            sync.close()
        b = [c.model_dump() for c in self._conversations(Harness(sandbox, "async"))]
        assert a == b

    def test_get_conversation_round_trips(self, harness: Harness) -> None:
        self._require(Feature.GET_CONVERSATION)
        conv = self._conversations(harness)[0]
        again = harness.call(lambda c: c.conversations.get(conv.id), lambda c: c.conversations.get(conv.id))
        assert again.id == conv.id
        assert again.order_id == conv.order_id
        assert again.buyer.platform_id == conv.buyer.platform_id

    def test_unknown_conversation_is_a_typed_error(self, harness: Harness, spec: SandboxSpec) -> None:
        self._require(Feature.GET_CONVERSATION)
        account = spec.accounts[0]
        missing = make_id(
            account.platform, account.seller_id, IdKind.CONVERSATION, "no-such-conversation-0000"
        )
        with pytest.raises(MarketmsgError):
            harness.call(lambda c: c.conversations.get(missing), lambda c: c.conversations.get(missing))

    def test_foreign_ids_are_refused(self, harness: Harness) -> None:
        foreign = make_id(self.adapter_class.name, "SOMEONE-ELSE", IdKind.CONVERSATION, "x")
        with pytest.raises(InvalidIdError):
            harness.call(lambda c: c.conversations.get(foreign), lambda c: c.conversations.get(foreign))

    # ------------------------------------------------------------------ messages

    def test_lists_messages_of_a_conversation(self, harness: Harness) -> None:
        self._require(Feature.LIST_MESSAGES)
        conv = self._conversations(harness)[0]
        messages: list[Message] = harness.collect(
            lambda c: c.messages.list(conv.id), lambda c: c.messages.list(conv.id)
        )
        assert messages, "a listed conversation has at least one message"
        for message in messages:
            assert message.conversation_id == conv.id
            assert message.sent_at.utcoffset() is not None
            parse_id(message.id, expect=IdKind.MESSAGE)

    def test_reply_is_sent_once_per_idempotency_key(
        self, harness: Harness, records: list[CallRecord]
    ) -> None:
        self._require(Feature.SEND_REPLY)
        conv = self._conversations(harness)[0]
        key = f"contract-{harness.mode}"
        # Platforms' rules want the order id in a reply (Amazon warns without it).
        text = f"{self.reply_text} (Order {conv.order_id})" if conv.order_id else self.reply_text

        def reply_sync(c: Any) -> Message:
            first = c.messages.reply(conv.id, text, idempotency_key=key)
            second = c.messages.reply(conv.id, text, idempotency_key=key)
            assert second == first
            return first  # type: ignore[no-any-return]

        async def reply_async(c: Any) -> Message:
            first = await c.messages.reply(conv.id, text, idempotency_key=key)
            second = await c.messages.reply(conv.id, text, idempotency_key=key)
            assert second == first
            return first  # type: ignore[no-any-return]

        records.clear()
        message = harness.call(reply_sync, reply_async)
        assert message.direction is Direction.OUTBOUND
        assert message.conversation_id == conv.id
        # Every non-idempotent effect is a send (an HTTP POST, an SMTP delivery, ...): each must happen once.
        sends = [r for r in records if r.error is None and not r.idempotent]
        assert sends, "a reply must reach the platform"
        operations = {r.operation for r in sends}
        assert all(sum(1 for r in sends if r.operation == op) == 1 for op in operations), (
            f"the same idempotency key was sent more than once: {[r.operation for r in sends]}"
        )

    # ------------------------------------------------------------------ transport

    def test_calls_use_declared_rate_limits(self, harness: Harness, records: list[CallRecord]) -> None:
        self._require(Feature.LIST_CONVERSATIONS)
        records.clear()
        self._conversations(harness)
        http = [r for r in records if r.method is not None]
        for record in http:
            assert record.operation in self.adapter_class.rate_limits, (
                f"operation {record.operation!r} has no declared RateLimit"
            )

    def test_declared_rate_limit_is_honoured(self, harness: Harness, records: list[CallRecord]) -> None:
        self._require(Feature.GET_CONVERSATION)
        conv = self._conversations(harness)[0]
        records.clear()
        calls = 40

        def many_sync(c: Any) -> None:
            for _ in range(calls):
                c.conversations.get(conv.id)

        async def many_async(c: Any) -> None:
            for _ in range(calls):
                await c.conversations.get(conv.id)

        harness.call(many_sync, many_async)
        by_operation: dict[str, list[CallRecord]] = {}
        for record in records:
            if record.method is not None:
                by_operation.setdefault(record.operation, []).append(record)
        for operation, made in by_operation.items():
            limit = self.adapter_class.rate_limits.get(operation)
            assert limit is not None, f"operation {operation!r} has no declared RateLimit"
            if len(made) <= limit.burst:
                continue
            waited = sum(r.waited_for_rate_limit for r in made)
            # On the virtual clock a bucket that starts full lets `burst` through, then paces at `rate`.
            expected = (len(made) - limit.burst) / limit.rate
            assert waited >= expected * 0.99 - 1e-6, (
                f"{operation}: waited {waited:.2f}s, expected ≥ {expected:.2f}s"
            )
            assert all(r.status_code != 429 for r in made), f"{operation}: the platform throttled us"

    def test_credentials_never_logged(
        self, harness: Harness, spec: SandboxSpec, caplog: pytest.LogCaptureFixture
    ) -> None:
        self._require(Feature.LIST_CONVERSATIONS)
        with caplog.at_level(logging.DEBUG, logger="marketmsg"):
            self._conversations(harness)
        text = caplog.text
        for account in spec.accounts:
            for secret in account.credentials.values():
                assert secret.get_secret_value() not in text

    # ------------------------------------------------------------------ orders and disputes

    def test_capabilities_for_an_order(self, harness: Harness, spec: SandboxSpec) -> None:
        self._require(Feature.CAPABILITIES)
        if self.order_id is None:
            pytest.skip("set order_id on the contract subclass to test capabilities")
        order_id = self.order_id
        seller = self.order_account or spec.accounts[0].seller_id
        account = f"{self.adapter_class.name}:{seller}"
        capability = harness.call(
            lambda c: c.orders.capabilities(order_id, account=account),
            lambda c: c.orders.capabilities(order_id, account=account),
        )
        assert capability.order_id == order_id
        assert not set(capability.allowed_kinds) & {r.kind for r in capability.refused}

    def test_lists_and_gets_disputes(self, harness: Harness) -> None:
        self._require(Feature.DISPUTES)
        name = self.adapter_class.name
        disputes = harness.collect(
            lambda c: c.disputes.list(platform=name), lambda c: c.disputes.list(platform=name)
        )
        assert disputes, "the sandbox should seed disputes"
        first = disputes[0]
        parse_id(first.id, expect=IdKind.DISPUTE)
        again = harness.call(lambda c: c.disputes.get(first.id), lambda c: c.disputes.get(first.id))
        assert again.id == first.id and again.order_id == first.order_id
        timeline = again.timeline
        for deadline in (
            timeline.seller_response_due,
            timeline.escalation_opens,
            timeline.auto_escalation_at,
        ):
            assert deadline is None or deadline.at.utcoffset() is not None
