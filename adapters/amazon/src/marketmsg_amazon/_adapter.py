"""The Amazon adapter: SP-API (typed proactive messages) + relay mail (every buyer message and reply).

The SP-API half lives here and in the ``_``-modules beside it: LWA auth, the nine Messaging kinds, attachments
through the Uploads API, the Solicitations review request, order context from Orders v0, and error mapping. The
relay half is the :class:`~marketmsg_amazon.relay.RelayMailChannel` mixin.

Account shape::

    Account(
        platform="amazon",
        seller_id="A2…",                                   # the selling partner id
        marketplaces=("ATVPDKIKX0DER",),                   # exactly one per account; region follows from it
        credentials={"refresh_token": "Atzr|…", "lwa_app_id": "amzn1.application-oa2-client.…",
                     "lwa_client_secret": "…"},            # python-amazon-sp-api's names
        settings={"sandbox": False},                       # + endpoint, lwa_token_url, upload_hosts, rate_limits
    )
"""

from __future__ import annotations

from typing import ClassVar

import httpx

from marketmsg import (
    Account,
    Clock,
    MarketmsgError,
    MessageKind,
    PolicyViolation,
    RateLimitError,
    UnsupportedOperationError,
)
from marketmsg.adapter import (
    ALL_ORDER_FACTS,
    Adapter,
    Feature,
    Flow,
    HttpCall,
    OrderFact,
    ProactiveContext,
    ProactiveDraft,
    RateLimit,
    override,
)
from marketmsg.lazy import lazy_attribute
from marketmsg.models import Capability, Fulfilment, Message, OrderContext
from marketmsg.rules import Finding, RulePack
from marketmsg.sandbox import SandboxSpec

from ._capabilities import capability_flow
from ._endpoints import endpoints_for
from ._errors import SEND_OUTCOMES, to_error
from ._kinds import send_kind
from ._limits import LEARNED_RATE_BOUNDS, RATE_LIMITS, merged_limits
from ._orders import order_context_flow
from ._proactive import send_message_flow, send_solicitation_flow, sent_message
from ._returns import ReturnsReports, returned_orders_flow
from ._secrets import LWA_TOKEN, SECRET_FIELDS
from ._settings import AmazonSettings
from ._spapi import SpApi
from .auth import CREDENTIAL_KEYS, LwaAuth, LwaCredentials, TokenStore
from .relay import RelayMailChannel
from .relay._channel import DISPUTES_NEED_MAIL

__all__ = ["AmazonAdapter"]

_SPAPI_FEATURES = frozenset(
    {Feature.SEND_PROACTIVE, Feature.ATTACHMENTS, Feature.CAPABILITIES, Feature.ORDER_CONTEXT}
)


class AmazonAdapter(RelayMailChannel, Adapter):
    """Amazon Seller Central: SP-API Messaging/Solicitations/Orders plus the Buyer-Seller Messaging relay mail."""

    name = "amazon"
    display_name = "Amazon"
    features = _SPAPI_FEATURES | getattr(RelayMailChannel, "relay_features", frozenset())
    rate_limits: ClassVar[dict[str, RateLimit]] = RATE_LIMITS
    learned_rate_bounds = LEARNED_RATE_BOUNDS
    send_outcomes = SEND_OUTCOMES
    required_credentials = CREDENTIAL_KEYS
    # Loaded on the first check, not with the adapter: the content tables are the heaviest part of a platform.
    rule_pack = lazy_attribute[RulePack]("marketmsg_amazon.rules:AMAZON_RULES")
    secret_patterns = (LWA_TOKEN,)
    secret_fields = SECRET_FIELDS
    settings_model = AmazonSettings
    # Claims and chargebacks come from Amazon's notification mails (relay/_disputes.py); without mail: this notice.
    disputes_notice = DISPUTES_NEED_MAIL

    def __init__(
        self, account: Account, *, clock: Clock | None = None, token_store: TokenStore | None = None
    ) -> None:
        super().__init__(account, clock=clock, token_store=token_store)
        endpoints = endpoints_for(self.account)
        self.spapi = SpApi(
            self.account, endpoints, merged_limits(self.account.setting("rate_limits")), self.clock
        )
        self.upload_hosts = tuple(str(h) for h in self.account.setting("upload_hosts", ()) or ())
        self.lwa = LwaAuth(
            LwaCredentials(
                client_id=self.account.secret("lwa_app_id") or "",
                client_secret=self.account.secret("lwa_client_secret") or "",
                refresh_token=self.account.secret("refresh_token") or "",
            ),
            token_url=endpoints.token_url,
            store=token_store,  # None: in memory, per adapter instance (per client and account)
            clock=self.clock,
        )
        #: The FBA customer returns report of this account, read at most once per its max_age (_returns.py).
        self.returns = ReturnsReports(
            days=int(self.account.setting("returns_report_days", 60)),
            wait=float(self.account.setting("returns_report_wait", 20.0)),
        )

    # ------------------------------------------------------------------ transport hooks

    @override
    def http_auth(self) -> httpx.Auth:
        return self.lwa

    @override
    def classify(self, call: HttpCall, response: httpx.Response) -> MarketmsgError | None:
        error = to_error(call.operation, response)
        if isinstance(error, RateLimitError) and error.retry_after is None and call.rate_limit is not None:
            # SP-API's 429 says neither when nor how long (no Retry-After, no rate header): wait for one token of
            # the operation's bucket — shorter retries would only be throttled again.
            error.retry_after = 1.0 / call.rate_limit.rate
        return error

    @override
    def request_id(self, response: httpx.Response) -> str | None:
        """``x-amzn-RequestId`` (SP-API; also ``x-amzn-request-id`` on some gateways), for support cases."""
        value = response.headers.get("x-amzn-requestid") or response.headers.get("x-amzn-request-id")
        return value[:128] if value else None

    @override
    def observed_rate(self, call: HttpCall, response: httpx.Response) -> float | None:
        """``x-amzn-RateLimit-Limit``: the operation's rate for this seller × app (best effort, often absent).

        The number as Amazon wrote it; the driver clamps it into :data:`LEARNED_RATE_BOUNDS` and logs anomalies.
        """
        value = response.headers.get("x-amzn-ratelimit-limit", "").strip()
        if not value or len(value) > 32:  # a rate is a short decimal ("0.0167"); anything longer is not one
            return None
        try:
            return float(value)
        except ValueError:
            return None

    # ------------------------------------------------------------------ SP-API operations

    @override
    def get_order_context(
        self, order_id: str, facts: frozenset[OrderFact] = ALL_ORDER_FACTS
    ) -> Flow[OrderContext]:
        """getOrder (fulfilment, status, dates) / getOrderItems (gift) / GetAttributes (buyer locale), each only
        when ``facts`` asks for what it has; plus the buyer's opt-out, which only relay mail (an opt-out bounce
        notice) can tell — a relay store read, no SP-API call — and returns (relay mail, then the FBA customer
        returns report for FBA gift orders; see ``_with_return``)."""
        context = yield from order_context_flow(self.spapi, order_id, facts)
        if OrderFact.OPT_OUT in facts:
            opted_out = yield from self.relay_buyer_opted_out(order_id)
            context = context.model_copy(
                update={"buyer_opted_out": opted_out, "facts": context.facts | {OrderFact.OPT_OUT}}
            )
        if OrderFact.RETURN in facts:
            context = yield from self._with_return(context)
        return context

    def _with_return(self, context: OrderContext) -> Flow[OrderContext]:
        """``is_return``: relay mail about a return (its topic, every language the parser knows), else — for an
        FBA gift order, the one case a rule reads it for (``amazon.fba_gift_return_reply_only``) — the FBA
        customer returns report, which lists only Amazon-fulfilled orders. When neither can tell now (the report
        is still processing), the fact is left unread so it is asked again on the next send."""
        returned = yield from self.relay_return_requested(context.order_id)
        known = True
        if not returned and self._report_may_tell(context):
            order_ids = yield from returned_orders_flow(
                self.spapi, self.returns, self.clock.now(), self.upload_hosts
            )
            known = order_ids is not None
            returned = order_ids is not None and context.order_id in order_ids
        facts = context.facts | {OrderFact.RETURN} if known else context.facts - {OrderFact.RETURN}
        return context.model_copy(update={"is_return": returned, "facts": facts})

    def _report_may_tell(self, context: OrderContext) -> bool:
        """Whether to read the returns report for this order: the account allows it and the order may be an FBA
        gift (facts read in this same call rule the others out; facts not read leave it possible)."""
        if not self.account.setting("returns_report", True):
            return False
        if context.knows(OrderFact.FULFILMENT) and context.fulfilment is Fulfilment.MERCHANT:
            return False
        return not (context.knows(OrderFact.GIFT) and not context.is_gift)

    @override
    def get_capabilities(self, order_id: str, *, order: OrderContext | None = None) -> Flow[Capability]:
        """getMessagingActionsForOrder + getSolicitationActionsForOrder (+ getOrder for the review window when
        ``order`` carries no delivery dates)."""
        return capability_flow(self.spapi, order_id, self.clock.now(), order)

    @override
    def send_proactive(
        self, draft: ProactiveDraft, context: ProactiveContext = ProactiveContext()
    ) -> Flow[Message]:
        """Send one typed proactive message (or the review request); attachments are uploaded first."""
        if draft.marketplace and draft.marketplace != self.spapi.marketplace_id:
            raise UnsupportedOperationError(
                f"this account sends for marketplace {self.spapi.marketplace_id}, not {draft.marketplace}; "
                "configure one Account per marketplace",
                platform=self.name,
                operation="send_proactive",
            )
        if draft.kind is MessageKind.REVIEW_SOLICITATION:
            return self._solicit(draft, context)
        return self._send(draft, context)

    def _send(self, draft: ProactiveDraft, context: ProactiveContext) -> Flow[Message]:
        kind = send_kind(draft.kind)
        if kind is None:
            raise UnsupportedOperationError(
                f"Amazon SP-API has no proactive message kind {draft.kind.value!r}; "
                "free-form messages are replies in a conversation (relay mail)",
                platform=self.name,
                operation="send_proactive",
            )
        sent = yield from send_message_flow(
            self.spapi,
            draft.order_id,
            kind,
            text=draft.body,
            attachments=draft.attachments,
            fields=draft.fields,
            upload_hosts=self.upload_hosts,
            capability=context.capability,
        )
        return sent_message(self.spapi, draft, sent.response, sent.uploaded, self.clock.now())

    def _solicit(self, draft: ProactiveDraft, context: ProactiveContext) -> Flow[Message]:
        if draft.body or draft.attachments or draft.fields:
            raise PolicyViolation(
                [
                    Finding(
                        rule="amazon.solicitations.template",
                        severity="block",
                        message="a review request is Amazon's fixed template: it takes no text, attachments or "
                        "fields",
                        source="solicitations.json @ 34dc93f",
                    )
                ],
                platform=self.name,
            )
        response = yield from send_solicitation_flow(
            self.spapi, draft.order_id, self.clock.now(), context.order
        )
        return sent_message(self.spapi, draft, response, (), self.clock.now())

    # ------------------------------------------------------------------ sandbox

    @override
    @classmethod
    def sandbox(cls, clock: Clock | None = None) -> SandboxSpec:
        """The SP-API simulator + the relay mailbox, one seeded seller; see ``marketmsg_amazon.simulator``."""
        # The simulators and the relay mail generator (cryptography, for its DKIM keys) load for a sandbox only.
        from .relay import sandbox_relay
        from .simulator import gift_return_mail, spapi_sandbox

        spec = spapi_sandbox(clock)
        relay_settings, relay_controller = sandbox_relay(spec.controller.clock)
        relay_controller.deliver(*gift_return_mail(relay_controller.generator, spec.controller.clock.now()))
        account = spec.accounts[0]
        spec.accounts = [account.model_copy(update={"settings": {**account.settings, **relay_settings}})]
        spec.description += " Relay mail: a seeded Maildir (see the relay mail page)."
        spec.extras["relay"] = relay_controller
        return spec

    @override
    def __repr__(self) -> str:
        return f"AmazonAdapter(account={self.account.key!r}, endpoint={self.spapi.endpoints.api!r})"
