"""The AliExpress adapter: IOP gateway client, three messaging channels, disputes.

Account configuration (all documented in adapters/aliexpress/docs/aliexpress.md):

* credentials: ``app_key``, ``app_secret`` (the app), ``access_token`` and/or ``refresh_token`` (the seller);
* settings: ``messaging_api`` — which messaging API this app may call: ``"im"`` (``aliexpress/message/*``),
  ``"station_letter"`` (``aliexpress.message.redefining.versiontwo.*``) or ``"none"`` (default: only the dispute
  negotiation records, the one buyer-text exchange with a confirmed current API); ``base_url``; ``gateway``
  (``"iop"`` default, ``"top"`` for the legacy Taobao router with MD5 signing); ``simplify``;
  ``token_expires_at`` / ``refresh_token_expires_at`` (epoch seconds); ``return_address_id``;
  ``seller_ali_id``; ``sign_slash_api_prefix`` (default true, §9.2); ``reply_sla_hours`` (default 24).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from datetime import datetime, timedelta
from typing import Any, ClassVar, TypeVar

import httpx

from marketmsg import (
    Account,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    Clock,
    ConfigurationError,
    InternalServerError,
    MarketmsgError,
    NotFoundError,
    Party,
    PartyRole,
    PermissionDeniedError,
    RateLimitError,
    UnsupportedOperationError,
)
from marketmsg.adapter import (
    ALL_ORDER_FACTS,
    Adapter,
    ConversationQuery,
    DisputeAction,
    DisputeContext,
    DisputeQuery,
    Feature,
    Flow,
    HttpCall,
    MessageQuery,
    OrderFact,
    ProactiveContext,
    ProactiveDraft,
    ReplyContext,
    ReplyDraft,
    override,
)
from marketmsg.lazy import lazy_attribute
from marketmsg.models import Capability, Conversation, Dispute, Message, OrderContext, Page
from marketmsg.rules import RulePack
from marketmsg.sandbox import SandboxSpec

from . import _capabilities, _conversations, _disputes, _im_sessions, _orders
from ._envelope import GatewayError, ban_seconds
from ._errors import SEND_OUTCOMES, SignatureError
from ._im_sessions import ImSession, ImSessionOpened
from ._limits import RATE_LIMITS
from ._response import guarded, read_answer, request_id_of
from ._secrets import IOP_SIGNATURE, SECRET_FIELDS
from ._settings import AliExpressSettings
from .auth._iop import IopAuth
from .auth._signing import iop_request
from .auth._tokens import DEFAULT_BASE_URL, IopToken, TokenStore
from .timeline import DEFAULT_REPLY_SLA_HOURS, DEFAULT_RULES, DisputeRules

__all__ = ["MESSAGING_APIS", "AliExpressAdapter"]

T = TypeVar("T")

#: ``json.dumps(value, separators=(",", ":"), ensure_ascii=False)``, the encoder made once (dumps builds one per call
#: for non-default arguments; an encoder keeps no state between calls).
_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)

# The gateway's request id of the last answer this flow read: an answer that lacks what was asked for (no such
# conversation, dispute or order) is a NotFoundError about *that* answer, and support asks for its request id.
# A context variable, because one adapter serves many threads and tasks at once.
_LAST_REQUEST_ID: ContextVar[str | None] = ContextVar("marketmsg_aliexpress_last_request_id", default=None)

#: Values of ``Account.settings["messaging_api"]``.
MESSAGING_APIS = ("im", "station_letter", "none")
TOP_URL = "https://api.taobao.com/router/rest"
_MESSAGING_PREFIXES = ("aliexpress/message/", "aliexpress.message.")
# Permission answers: TOP code 11 "Insufficient isv permissions" and its isv.permission-* sub codes; the IOP
# name is unconfirmed for AliExpress (aliexpress.md §9), so both families are read.
_PERMISSION_CODES = frozenset(
    {"11", "InsufficientPermission", "AppPermissionDenied", "InsufficientIsvPermissions"}
)


def _sandbox(clock: Clock | None) -> SandboxSpec:
    from .simulator import build_sandbox

    return build_sandbox(clock)


class AliExpressAdapter(Adapter):
    """AliExpress (seller side) on the IOP gateway ``https://api-sg.aliexpress.com``."""

    name = "aliexpress"
    display_name = "AliExpress"
    # Loaded on the first check, not with the adapter: the content tables are the heaviest part of a platform.
    rule_pack = lazy_attribute[RulePack]("marketmsg_aliexpress.rules:ALIEXPRESS_RULES")
    secret_patterns = (IOP_SIGNATURE,)
    secret_fields = SECRET_FIELDS
    features = frozenset(
        {
            Feature.LIST_CONVERSATIONS,
            Feature.GET_CONVERSATION,
            Feature.LIST_MESSAGES,
            Feature.SEND_REPLY,
            Feature.SEND_PROACTIVE,
            Feature.MARK_READ,
            Feature.ATTACHMENTS,
            Feature.DISPUTES,
            Feature.DISPUTE_ACTIONS,
            Feature.ORDER_CONTEXT,
            Feature.CAPABILITIES,
        }
    )
    rate_limits = RATE_LIMITS
    send_outcomes = SEND_OUTCOMES
    required_credentials = ("app_key", "app_secret")
    settings_model = AliExpressSettings
    #: AliExpress image CDNs (evidence, IM images, station-letter images).
    allowed_url_hosts = (
        "ae01.alicdn.com",
        "ae02.alicdn.com",
        "ae03.alicdn.com",
        "ae04.alicdn.com",
        "img.alicdn.com",
    )
    #: The dispute rule table used when a dispute carries no platform countdown.
    dispute_rules: ClassVar[DisputeRules] = DEFAULT_RULES

    def __init__(
        self, account: Account, *, clock: Clock | None = None, token_store: TokenStore | None = None
    ) -> None:
        super().__init__(account, clock=clock, token_store=token_store)
        self.messaging_api: str = str(account.setting("messaging_api", "none"))
        self.gateway: str = str(account.setting("gateway", "iop"))
        self.base_url = str(
            account.setting("base_url", TOP_URL if self.gateway == "top" else DEFAULT_BASE_URL)
        ).rstrip("/")
        self.simplify = bool(account.setting("simplify", False))
        self._auth = IopAuth(
            account.secret("app_key") or "",
            account.secret("app_secret") or "",
            key=f"aliexpress:{account.secret('app_key')}:{account.seller_id}",
            initial=_initial_token(account),
            store=token_store,  # None: in memory, per adapter instance (per client and account)
            clock=self.clock,
            top_method="md5" if self.gateway == "top" else None,
            prefix_slash_apis=bool(account.setting("sign_slash_api_prefix", True)),
        )
        #: order id → buyer login id, learnt from listings (the detail API requires it; ids never carry it).
        self.buyer_logins: dict[str, str] = {}
        #: The seller as the sender of what this account sends: one immutable model for every sent message,
        #: validated once here instead of on every send.
        self.seller = Party(role=PartyRole.SELLER, platform_id=account.seller_id)

    # ------------------------------------------------------------------ configuration

    @override
    @classmethod
    def validate_account(cls, account: Account) -> Account:
        account = super().validate_account(account)
        if not (account.secret("access_token") or account.secret("refresh_token")):
            raise ConfigurationError(
                f"AliExpress account {account.seller_id!r} needs the seller's access_token or refresh_token; "
                "authorise the seller (marketmsg_aliexpress.authorization_url + exchange_code) and pass them in "
                "Account(credentials={...})",
                field="credentials.access_token",
            )
        api = account.setting("messaging_api", "none")
        if api not in MESSAGING_APIS:
            raise ConfigurationError(
                f"messaging_api must be one of {', '.join(MESSAGING_APIS)}, not {api!r}",
                field="settings.messaging_api",
            )
        if account.setting("gateway", "iop") not in ("iop", "top"):
            raise ConfigurationError("gateway must be 'iop' or 'top'", field="settings.gateway")
        return account

    @override
    @classmethod
    def sandbox(cls, clock: Clock | None = None) -> SandboxSpec:
        return _sandbox(clock)

    @property
    def auth(self) -> IopAuth:
        """The signing + token auth of this account (its ``refresh_count``, its token store)."""
        return self._auth

    @override
    def http_auth(self) -> httpx.Auth:
        return self._auth

    def reply_due(self, last_inbound: datetime | None) -> datetime | None:
        """When a reply to a buyer message that arrived at ``last_inbound`` is due (``reply_sla_hours``, default 24;
        ``None`` in settings turns it off)."""
        hours = self.account.setting("reply_sla_hours", DEFAULT_REPLY_SLA_HOURS)
        if last_inbound is None or hours is None:
            return None
        return last_inbound + timedelta(hours=float(hours))

    def require_messaging(self, api: str, operation: str) -> None:
        """Refuse, before any I/O, a messaging API this account's app may not call."""
        if self.messaging_api != api:
            raise UnsupportedOperationError(
                f"{operation}: this AliExpress account is configured with messaging_api={self.messaging_api!r}, "
                f"so the app may not call the {api!r} messaging API; set Account.settings['messaging_api'] = {api!r} "
                "if the app has been granted it",
                platform=self.name,
                operation=operation,
            )

    # ------------------------------------------------------------------ gateway

    def request(
        self,
        api: str,
        params: Mapping[str, object],
        *,
        files: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        """A gateway POST for ``api``: empty params dropped, structured ones as compact JSON (§1.2), every
        parameter in the body (only the API name in the URL; the auth adds token, system params and sign)."""
        clean: dict[str, str] = {}
        for key, value in params.items():
            if value is None or value == "":
                continue
            if type(value) is str:  # the usual cases first, without the (slow) ABC checks below
                clean[key] = str(value)
            elif isinstance(value, dict):
                clean[key] = _COMPACT.encode({k: v for k, v in value.items() if v not in (None, "")})
            elif isinstance(value, bool):
                clean[key] = "true" if value else "false"
            elif isinstance(value, Mapping | list):
                clean[key] = _COMPACT.encode(
                    {k: v for k, v in value.items() if v not in (None, "")}
                    if isinstance(value, Mapping)
                    else value
                )
            else:
                clean[key] = str(value)
        url = self.base_url if self.gateway == "top" else f"{self.base_url}/sync"
        clean["format"] = "json"
        clean["simplify"] = "true" if self.simplify else "false"
        if self.gateway == "top":
            clean["v"] = "2.0"
        return iop_request(url, clean, method=api, files=files, encode=False)  # IopAuth writes the body

    def gateway_call(
        self,
        api: str,
        params: Mapping[str, object],
        parse: Callable[[dict[str, Any]], T],
        *,
        send: bool = False,
        files: Mapping[str, Any] | None = None,
    ) -> Flow[T]:
        """Call ``api`` and return ``parse(payload)``, ``payload`` being the fields of ``<api>_response``.

        Gateway errors are already raised by :meth:`classify`; anything ``parse`` cannot read becomes
        :class:`UnreadableResponseError` (or, for a ``send`` — never blindly retried —
        :class:`UnconfirmedSendError`).
        """
        request = self.request(api, params, files=files)
        response = yield from self.call(request, operation=api, idempotent=not send)
        answer = read_answer(response, api)
        _LAST_REQUEST_ID.set(answer.request_id)
        return guarded(answer, parse, send=send)

    def not_found(self, message: str) -> NotFoundError:
        """A :class:`NotFoundError` for an answer that lacks what was asked for, naming that answer's request id."""
        return NotFoundError(message, platform=self.name, request_id=_LAST_REQUEST_ID.get())

    @override
    def request_id(self, response: httpx.Response) -> str | None:
        """The gateway's request id of a response: AliExpress carries it in the body (``request_id``)."""
        return request_id_of(response)

    @override
    def classify(self, call: HttpCall, response: httpx.Response) -> MarketmsgError | None:
        answer = read_answer(response, call.operation)
        send = not call.idempotent
        if answer.error is not None:
            return self.gateway_error(answer.error, response, answer.api)
        if answer.problem is not None:
            if response.is_success:
                return answer.unreadable(answer.problem, send=send)
            error = super().classify(call, response)
            if isinstance(error, APIStatusError):
                error.request_id = answer.request_id
            return error
        return super().classify(call, response)

    def gateway_error(self, error: GatewayError, response: httpx.Response, api: str) -> MarketmsgError:
        """The typed exception for one gateway error (table in adapters/aliexpress/docs/aliexpress.md)."""
        code, sub = error.code, error.sub_code or ""
        text = f"{api}: {error.message}" + (f" ({sub}: {error.sub_msg})" if sub else "")
        common: dict[str, Any] = {
            "response": response,
            "platform": self.name,
            "platform_code": code if not sub else f"{code}/{sub}",
            "request_id": error.request_id,
            "body": None,
        }
        if code in ("IncompleteSignature", "InvalidSignature"):
            return SignatureError(
                f"{error.message}; check that app_secret belongs to app_key and that no parameter is changed "
                "after signing",
                platform_code=code,
                request_id=error.request_id,
            )
        if code == "InvalidTimestamp":
            return SignatureError(
                f"{error.message}; the timestamp must be within 7200 s of UTC: check this machine's clock",
                platform_code=code,
                request_id=error.request_id,
            )
        if code in ("ApiCallLimit", "AppCallLimit", "7") or sub.startswith("accesscontrol."):
            # status_code is the HTTP equivalent (429): the gateway itself answers 200.
            return RateLimitError(text, retry_after=ban_seconds(error), status_code=429, **common)
        if code in ("IllegalAccessToken", "27"):
            return AuthenticationError(
                f"{text}; the token was refreshed once and still refused: authorise the seller again",
                status_code=401,
                **common,
            )
        if code in _PERMISSION_CODES or sub.startswith("isv.permission"):
            if api.startswith(_MESSAGING_PREFIXES):
                return UnsupportedOperationError(
                    f"{api}: the platform says this app may not call it ({error.message}); AliExpress has switched "
                    "off messaging APIs for most apps — set Account.settings['messaging_api'] accordingly",
                    platform=self.name,
                    operation=api,
                )
            return PermissionDeniedError(text, status_code=403, **common)
        if error.type == "ISP" or sub.startswith("isp.") or code == "ServiceUnavailable":
            return InternalServerError(
                text, status_code=503 if code == "ServiceUnavailable" else 500, **common
            )
        if any(mark in f"{code} {sub}".upper() for mark in ("NOT_FOUND", "NOTFOUND", "NOT_EXIST")):
            return NotFoundError(text, status_code=404, **common)
        if (
            error.inner
            or sub.startswith("isv.")
            or code in ("15", "40", "41", "50", "MissingParameter", "InvalidParameter")
        ):
            return BadRequestError(text, status_code=400, **common)
        return APIStatusError(text, **common)

    @override
    def is_transient(self, error: MarketmsgError) -> bool:
        return isinstance(error, RateLimitError)

    # ------------------------------------------------------------------ operations

    @override
    def list_conversations(self, query: ConversationQuery) -> Flow[Page[Conversation]]:
        return _conversations.list_conversations(self, query)

    @override
    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        return _conversations.get_conversation(self, native_id)

    @override
    def list_messages(self, query: MessageQuery) -> Flow[Page[Message]]:
        return _conversations.list_messages(self, query)

    @override
    def send_reply(
        self, conversation_native_id: str, draft: ReplyDraft, context: ReplyContext = ReplyContext()
    ) -> Flow[Message]:
        """IM: the text, then one send per image; station letters: ``addmsg`` to the relation in
        ``context.conversation`` (no relation-list read again). Cost: one send per part."""
        return _conversations.send_reply(self, conversation_native_id, draft, context.conversation)

    @override
    def send_proactive(
        self, draft: ProactiveDraft, context: ProactiveContext = ProactiveContext()
    ) -> Flow[Message]:
        """IM order and product cards (templates 10007 / 10006). Cost: one send."""
        return _conversations.send_card(self, draft)

    @override
    def get_order_context(
        self, order_id: str, facts: frozenset[OrderFact] = ALL_ORDER_FACTS
    ) -> Flow[OrderContext]:
        """``findorderbyid``: one read answers every fact class AliExpress has."""
        return _orders.get_order_context(self, order_id)

    @override
    def get_capabilities(self, order_id: str, *, order: OrderContext | None = None) -> Flow[Capability]:
        """What may be sent for the order now: from ``messaging_api``, the channel's kinds and the channel rules
        (no request is made; see ``marketmsg_aliexpress._capabilities``)."""
        return _capabilities.get_capabilities(self, order_id)

    @override
    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        return _conversations.mark_read(self, conversation_native_id)

    def mark_processed(self, conversation_native_id: str, processed: bool = True) -> Flow[None]:
        """Station letters: set the relation's processed flag (``updatemsgprocessed``, ``deal_stat`` 0/1)."""
        return _conversations.mark_processed(self, conversation_native_id, processed)

    def set_rank(self, conversation_native_id: str, rank: int) -> Flow[None]:
        """Station letters: colour tag 0–5 (white, red, orange, green, blue, purple; ``updatemsgrank``)."""
        return _conversations.set_rank(self, conversation_native_id, rank)

    def tag_session(self, conversation_native_id: str, tag_code: int, *, remove: bool = False) -> Flow[None]:
        """IM: add (or remove) a session tag — 0 key focus, 1 needs attention (``session/tag/update``, §3.5)."""
        return _conversations.tag_session(self, conversation_native_id, tag_code, remove)

    def get_session(self, buyer_id: str) -> Flow[ImSession]:
        """IM: the seller's session with one buyer (``aliexpress/message/session/get``, §3.5). The SDK types the
        answer as an untyped map, so it is returned as received in ``ImSession.raw``."""
        return _im_sessions.get_session(self, buyer_id)

    def open_session(self, buyer_id: str, buyer_login_id: str | None = None) -> Flow[ImSessionOpened]:
        """IM: open a session with a buyer (``aliexpress/message/session/open``, §3.5); ``opened`` is False when
        the platform answers ``open_result`` FAIL."""
        return _im_sessions.open_session(self, buyer_id, buyer_login_id)

    @override
    def list_disputes(self, query: DisputeQuery) -> Flow[Page[Dispute]]:
        return _disputes.list_disputes(self, query)

    @override
    def get_dispute(self, native_id: str) -> Flow[Dispute]:
        return _disputes.get_dispute(self, native_id)

    @override
    def act_on_dispute(
        self, native_id: str, action: DisputeAction, context: DisputeContext = DisputeContext()
    ) -> Flow[Dispute]:
        return _disputes.act_on_dispute(self, native_id, action, context)


def _initial_token(account: Account) -> IopToken | None:
    access = account.secret("access_token")
    refresh = account.secret("refresh_token")
    if not access and not refresh:
        return None

    def seconds(name: str) -> float | None:
        value = account.setting(name)
        return float(value) if isinstance(value, int | float | str) and str(value) else None

    return IopToken(
        access_token=access or "",
        refresh_token=refresh,
        # No access token: mark it expired so the first call refreshes.
        expires_at=seconds("token_expires_at") if access else 0.0,
        refresh_expires_at=seconds("refresh_token_expires_at"),
        seller_id=account.seller_id,
    )
