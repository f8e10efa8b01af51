"""The adapter contract test kit: every adapter, ours or a stranger's, passes the same suite.

Usage, in an adapter's tests::

    from marketmsg.testing import AdapterContract
    from marketmsg_mymarket import MyMarketAdapter

    class TestMyMarketContract(AdapterContract):
        adapter_class = MyMarketAdapter
        reply_text = "Thank you for your message about your order. ..."  # passes the platform's rules

The suite runs against the adapter's own simulator (``Adapter.sandbox()``), every behavioural test once with
``Client`` and once with ``AsyncClient``. It checks the declared features against the class and behaviour:

* every declared feature's operation is overridden, and no public name of the adapter is a near-miss of a
  contract name (``send_replyy`` would otherwise silently inherit "unsupported");
* an operation the adapter does not declare raises ``UnsupportedOperationError`` before any I/O;
* every declared feature is exercised through the public client: listings, reads, replies (once per
  idempotency key), proactive sends, attachments, read state, order context, capabilities, disputes and
  dispute actions — returning well-formed unified models with ids that round-trip, paging without duplicates,
  rate-limited by the declared buckets, never leaking credentials into reprs or logs.

A declared feature the kit cannot exercise because the subclass lacks a setting (``order_id`` for order
features, ``proactive_kind`` for ``SEND_PROACTIVE``) fails, naming the setting: a declared feature is a promise.
"""

from __future__ import annotations

import difflib
import logging
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest

from .._clock import VirtualClock
from .._exceptions import InvalidIdError, MarketmsgError, UnsupportedOperationError
from .._registry import available_adapters, get_adapter, registered_for_a_while
from .._version import ADAPTER_API_VERSION
from ..adapter import (
    AcceptSolution,
    Adapter,
    ConversationQuery,
    DisputeAction,
    DisputeQuery,
    Feature,
    MessageQuery,
    ProactiveDraft,
    ReplyDraft,
)
from ..models import (
    ALL_ORDER_FACTS,
    Attachment,
    Conversation,
    Direction,
    Dispute,
    DisputeStatus,
    IdKind,
    Message,
    MessageKind,
    make_id,
    parse_id,
)
from ..sandbox import Sandbox, SandboxSpec, build_spec
from ..transport import CallRecord, EventHooks
from ._harness import Harness, Mode

__all__ = ["AdapterContract"]

_DEFAULT_REPLY = (
    "Thank you for your message. We have checked your order and it is on its way. "
    "We will keep you updated here in this conversation."
)

# Feature → the operations an adapter declaring it must override. ATTACHMENTS rides on a send: it needs
# SEND_REPLY or SEND_PROACTIVE (checked separately).
_IMPLEMENTED_BY: dict[Feature, tuple[str, ...]] = {
    Feature.LIST_CONVERSATIONS: ("list_conversations",),
    Feature.GET_CONVERSATION: ("get_conversation",),
    Feature.LIST_MESSAGES: ("list_messages",),
    Feature.SEND_REPLY: ("send_reply",),
    Feature.SEND_PROACTIVE: ("send_proactive",),
    Feature.ATTACHMENTS: (),
    Feature.CAPABILITIES: ("get_capabilities",),
    Feature.ORDER_CONTEXT: ("get_order_context",),
    Feature.MARK_READ: ("mark_read",),
    Feature.DISPUTES: ("list_disputes", "get_dispute"),
    Feature.DISPUTE_ACTIONS: ("act_on_dispute",),
}
_SENDS = frozenset({Feature.SEND_REPLY, Feature.SEND_PROACTIVE})
# Names on the adapter that are near-misses of contract names at this similarity or above are reported.
_NEAR_MISS = 0.85

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
    Feature.DISPUTE_ACTIONS: (
        "act_on_dispute",
        lambda a: a.act_on_dispute("contract-test", AcceptSolution(solution_id="contract-test")),
    ),
}


def _overrides(cls: type[Adapter], operation: str) -> bool:
    return getattr(cls, operation, None) is not getattr(Adapter, operation)


def _near_misses(cls: type[Adapter]) -> dict[str, str]:
    """Public names the adapter defines that are not the contract's but nearly spell one (name → intended)."""
    contract = [n for n in dir(Adapter) if not n.startswith("_")]
    own = {
        name
        for klass in cls.__mro__
        if klass not in Adapter.__mro__
        for name in vars(klass)
        if not name.startswith("_") and name not in contract
    }
    found: dict[str, str] = {}
    for name in sorted(own):
        close = difflib.get_close_matches(name, contract, n=1, cutoff=_NEAR_MISS)
        if close:
            found[name] = close[0]
    return found


class AdapterContract:
    """Subclass and set ``adapter_class``; then the settings the declared features need.

    ``order_id`` is needed by ``ORDER_CONTEXT``, ``CAPABILITIES`` and ``SEND_PROACTIVE``; ``proactive_kind`` by
    ``SEND_PROACTIVE``. Override :meth:`dispute_action` when the default (accept the buyer's first solution of an
    open dispute) is not an action the simulator's seeded disputes allow.
    """

    adapter_class: ClassVar[type[Adapter]]
    reply_text: ClassVar[str] = _DEFAULT_REPLY
    #: A seeded order of the simulator, for the order features (capabilities, order context, proactive sends).
    order_id: ClassVar[str | None] = None
    #: Seller id owning ``order_id`` when the sandbox seeds several accounts (default: the first account).
    order_account: ClassVar[str | None] = None
    page_size: ClassVar[int] = 2
    #: ``SEND_PROACTIVE``: a kind the platform allows for ``order_id`` now, with its body and fields.
    proactive_kind: ClassVar[MessageKind | str | None] = None
    proactive_body: ClassVar[str | None] = None
    proactive_fields: ClassVar[Mapping[str, Any]] = {}
    #: ``ATTACHMENTS``: a file the platform accepts on a reply (or, without replies, on ``proactive_kind``).
    attachment: ClassVar[Attachment] = Attachment.from_bytes(
        "contract-test.pdf", b"%PDF-1.4\n% marketmsg contract kit\n", "application/pdf"
    )
    #: ``ATTACHMENTS``: the channel of the conversation the kit replies into with it (None: the first listed).
    attachment_channel: ClassVar[str | None] = None
    #: ``ATTACHMENTS`` with ``SEND_PROACTIVE``: the kind that carries ``attachment``, sent with no body or
    #: fields (default: ``proactive_kind``, with its body and fields, when the adapter has no replies to carry
    #: it; set it to test both).
    proactive_attachment_kind: ClassVar[MessageKind | str | None] = None

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
        """The clients resolve ``adapter_class`` by its name: the class under test, not the one installed under
        that name (a subclass of an installed adapter, a broken variant in the kit's own tests)."""
        name = self.adapter_class.name
        if name in available_adapters() and get_adapter(name) is self.adapter_class:
            yield
            return
        with registered_for_a_while(name, self.adapter_class):
            yield

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

    def _setting(self, value: Any, name: str, feature: Feature) -> Any:
        """``value``, the subclass's setting ``name`` that exercising ``feature`` needs (failing when unset)."""
        if value is None:
            pytest.fail(
                f"{self.adapter_class.name} declares {feature.value}: set {name} on {type(self).__name__} "
                "so the contract kit can exercise it"
            )
        return value

    def _order_account(self, spec: SandboxSpec) -> str:
        return f"{self.adapter_class.name}:{self.order_account or spec.accounts[0].seller_id}"

    def _dispute(self, harness: Harness, dispute_id: str) -> Dispute:
        return harness.call(lambda c: c.disputes.get(dispute_id), lambda c: c.disputes.get(dispute_id))

    def dispute_action(self, disputes: Sequence[Dispute], now: datetime) -> tuple[Dispute, DisputeAction]:
        """``DISPUTE_ACTIONS``: the dispute the kit acts on and the action, given the disputes awaiting the seller
        (read one by one) and the simulator's time. Default: accept the buyer's first solution of the first that
        has one and whose response window is still open."""
        for dispute in disputes:
            due = dispute.timeline.seller_response_due
            window_open = due is None or due.at > now
            if dispute.status is DisputeStatus.AWAITING_SELLER and dispute.buyer_solutions and window_open:
                return dispute, AcceptSolution(solution_id=dispute.buyer_solutions[0].id)
        pytest.fail(
            "the sandbox seeds no open dispute awaiting the seller with a buyer solution: seed one, or override "
            "dispute_action() to choose the dispute and the action"
        )

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

    def test_declared_features_are_implemented(self) -> None:
        cls = self.adapter_class
        missing = [
            f"{feature.value} → {operation}"
            for feature in sorted(cls.features)
            for operation in _IMPLEMENTED_BY[feature]
            if not _overrides(cls, operation)
        ]
        assert missing == [], (
            f"{cls.__name__} declares features whose operations it does not override (they would raise "
            f"UnsupportedOperationError): {missing}"
        )
        if Feature.ATTACHMENTS in cls.features:
            assert cls.features & _SENDS, "ATTACHMENTS rides on a send: declare SEND_REPLY or SEND_PROACTIVE"
        if Feature.DISPUTE_ACTIONS in cls.features:
            assert Feature.DISPUTES in cls.features, "DISPUTE_ACTIONS acts on disputes: declare DISPUTES"

    def test_no_misspelt_contract_names(self) -> None:
        """A near-miss (``send_replyy``, ``rate_limit``) is not an override: the contract's default would run."""
        misses = _near_misses(self.adapter_class)
        assert misses == {}, (
            f"{self.adapter_class.__name__} defines near-misses of contract names: "
            + ", ".join(f"{name} (did you mean {intended}?)" for name, intended in misses.items())
        )

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
        order_id: str = self._setting(self.order_id, "order_id", Feature.CAPABILITIES)
        account = self._order_account(spec)
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

    def test_dispute_action_changes_the_dispute(
        self, harness: Harness, records: list[CallRecord], clock: VirtualClock
    ) -> None:
        self._require(Feature.DISPUTE_ACTIONS)
        name = self.adapter_class.name
        listed = harness.collect(
            lambda c: c.disputes.list(platform=name), lambda c: c.disputes.list(platform=name)
        )
        # Listings may carry summaries: the detail (solutions, evidence) of the open ones, read as a user would.
        open_ids = [d.id for d in listed if d.status is DisputeStatus.AWAITING_SELLER][:8]
        disputes = [self._dispute(harness, i) for i in open_ids]
        before, action = self.dispute_action(disputes, clock.now())
        records.clear()
        after = harness.call(
            lambda c: c.disputes.act(before.id, action), lambda c: c.disputes.act(before.id, action)
        )
        assert after.id == before.id and after.order_id == before.order_id
        assert (after.status, after.buyer_solutions, after.seller_solutions, after.evidence) != (
            before.status,
            before.buyer_solutions,
            before.seller_solutions,
            before.evidence,
        ), f"{action.action} left the dispute as it was"
        sends = [r for r in records if r.error is None and not r.idempotent]
        assert sends, "a dispute action must reach the platform"
        again = harness.call(lambda c: c.disputes.get(before.id), lambda c: c.disputes.get(before.id))
        assert again.status is after.status

    # ------------------------------------------------------------------ order features and sends

    def test_order_context_has_the_facts_it_names(self, harness: Harness, spec: SandboxSpec) -> None:
        self._require(Feature.ORDER_CONTEXT)
        order_id: str = self._setting(self.order_id, "order_id", Feature.ORDER_CONTEXT)
        account = self._order_account(spec)
        context = harness.call(
            lambda c: c.orders.context(order_id, account=account),
            lambda c: c.orders.context(order_id, account=account),
        )
        assert context.order_id == order_id
        assert (context.platform, context.account) == (self.adapter_class.name, account)
        assert context.facts and context.facts <= ALL_ORDER_FACTS, "name the fact classes the context carries"
        for ts in (context.purchased_at, context.shipped_at, context.delivered_at, context.latest_delivery):
            assert ts is None or ts.utcoffset() is not None

    def test_unknown_order_is_a_typed_error(self, harness: Harness, spec: SandboxSpec) -> None:
        self._require(Feature.ORDER_CONTEXT)
        account = self._order_account(spec)
        missing = "0000000000000"
        with pytest.raises(MarketmsgError):
            harness.call(
                lambda c: c.orders.context(missing, account=account),
                lambda c: c.orders.context(missing, account=account),
            )

    def _proactive(
        self,
        harness: Harness,
        spec: SandboxSpec,
        key: str,
        kind: MessageKind | str | None = None,
        **extra: Any,
    ) -> tuple[Message, Message]:
        """Send the proactive message twice with idempotency key ``key``: (first, second)."""
        order_id: str = self._setting(self.order_id, "order_id", Feature.SEND_PROACTIVE)
        kind = kind or self._setting(self.proactive_kind, "proactive_kind", Feature.SEND_PROACTIVE)
        kwargs: dict[str, Any] = {
            "account": self._order_account(spec),
            "body": self.proactive_body,
            "fields": dict(self.proactive_fields),
            "idempotency_key": key,
            **extra,
        }

        def send_sync(c: Any) -> tuple[Message, Message]:
            first = c.messages.send(order_id, kind, **kwargs)
            return first, c.messages.send(order_id, kind, **kwargs)

        async def send_async(c: Any) -> tuple[Message, Message]:
            first = await c.messages.send(order_id, kind, **kwargs)
            return first, await c.messages.send(order_id, kind, **kwargs)

        return harness.call(send_sync, send_async)

    def test_proactive_send_is_sent_once_per_idempotency_key(
        self, harness: Harness, spec: SandboxSpec, records: list[CallRecord]
    ) -> None:
        self._require(Feature.SEND_PROACTIVE)
        records.clear()
        first, second = self._proactive(harness, spec, f"contract-proactive-{harness.mode}")
        assert second == first
        assert first.direction is Direction.OUTBOUND
        assert first.kind is MessageKind(
            self._setting(self.proactive_kind, "proactive_kind", Feature.SEND_PROACTIVE)
        )
        parse_id(first.id, expect=IdKind.MESSAGE)
        sends = [r for r in records if r.error is None and not r.idempotent]
        assert sends, "a proactive message must reach the platform"
        assert len(sends) == len({r.operation for r in sends}), (
            f"the same idempotency key was sent more than once: {[r.operation for r in sends]}"
        )

    def test_attachment_reaches_the_platform(
        self, harness: Harness, spec: SandboxSpec, records: list[CallRecord]
    ) -> None:
        self._require(Feature.ATTACHMENTS)
        features = self.adapter_class.features
        records.clear()
        if Feature.SEND_REPLY in features:
            conversations = self._conversations(harness)
            if self.attachment_channel is not None:
                conversations = [c for c in conversations if c.channel == self.attachment_channel]
            assert conversations, (
                f"the sandbox seeds no {self.attachment_channel or ''} conversation to reply to"
            )
            conv = conversations[0]
            text = f"{self.reply_text} (Order {conv.order_id})" if conv.order_id else self.reply_text
            files = [self.attachment]
            message = harness.call(
                lambda c: c.messages.reply(conv.id, text, attachments=files),
                lambda c: c.messages.reply(conv.id, text, attachments=files),
            )
            assert message.direction is Direction.OUTBOUND and message.conversation_id == conv.id
            sends = [r for r in records if r.error is None and not r.idempotent]
            assert sends, "a reply with an attachment must reach the platform"
        if Feature.SEND_PROACTIVE in features and (
            self.proactive_attachment_kind or Feature.SEND_REPLY not in features
        ):
            records.clear()
            first, second = self._proactive(
                harness,
                spec,
                f"contract-attachment-{harness.mode}",
                kind=self.proactive_attachment_kind,
                attachments=[self.attachment],
                **({"body": None, "fields": {}} if self.proactive_attachment_kind else {}),
            )
            assert second == first and first.direction is Direction.OUTBOUND
            sends = [r for r in records if r.error is None and not r.idempotent]
            assert sends, "a proactive message with an attachment must reach the platform"

    def test_mark_read_is_idempotent_and_clears_unread(self, harness: Harness) -> None:
        self._require(Feature.MARK_READ)
        unread = self._conversations(harness, unread_only=True)
        conv = (unread or self._conversations(harness))[0]

        def mark_sync(c: Any) -> None:
            c.conversations.mark_read(conv.id)
            c.conversations.mark_read(conv.id)  # again: no error

        async def mark_async(c: Any) -> None:
            await c.conversations.mark_read(conv.id)
            await c.conversations.mark_read(conv.id)

        harness.call(mark_sync, mark_async)
        if Feature.GET_CONVERSATION in self.adapter_class.features:
            again = harness.call(
                lambda c: c.conversations.get(conv.id), lambda c: c.conversations.get(conv.id)
            )
            assert again.unread_count == 0, "a conversation marked read has no unread message"
        if unread and Feature.LIST_CONVERSATIONS in self.adapter_class.features:
            assert conv.id not in {c.id for c in self._conversations(harness, unread_only=True)}
