"""Fakemarket's adapter: the smallest complete adapter, and the template a new marketplace starts from."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

import httpx
from pydantic import BaseModel, ConfigDict, Field

from ... import rules as _rules
from ..._clock import Clock
from ..._exceptions import MarketmsgError, ResponseValidationError, status_error_class
from ...adapter import (
    Adapter,
    ConversationQuery,
    Feature,
    Flow,
    HttpCall,
    HttpUrlText,
    MessageQuery,
    RateLimit,
    ReplyContext,
    ReplyDraft,
)
from ...models import (
    Account,
    Channel,
    Conversation,
    ConversationStatus,
    Direction,
    IdKind,
    Message,
    MessageKind,
    Page,
    Party,
    PartyRole,
)
from ...sandbox import SandboxSpec
from ._simulator import API_KEY, BASE_URL, FakemarketSimulator

__all__ = ["FakemarketAdapter"]


class _NoRules:
    """Fakemarket has no platform rules; real adapters ship a pack citing their sources."""

    platform = "fakemarket"

    def check_content(self, text: str, context: _rules.RuleContext) -> list[_rules.Finding]:
        return []

    def check_send(self, context: _rules.RuleContext) -> list[_rules.Finding]:
        return []

    def facts_needed(self, text: str | None, context: _rules.RuleContext) -> list[_rules.FactNeed]:
        return []  # no rule, so a send reads nothing before it goes


class FakemarketSettings(BaseModel):
    """Every ``Account.settings`` key Fakemarket reads; unknown keys are refused when the client is built."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    base_url: HttpUrlText | None = Field(
        None, description="the API's base URL (a loopback simulator in tests)"
    )


class FakemarketAdapter(Adapter):
    """Adapter for the fictional Fakemarket JSON API (``https://api.fakemarket.test``)."""

    name = "fakemarket"
    display_name = "Fakemarket"
    features = frozenset(
        {
            Feature.LIST_CONVERSATIONS,
            Feature.GET_CONVERSATION,
            Feature.LIST_MESSAGES,
            Feature.SEND_REPLY,
            Feature.MARK_READ,
        }
    )
    # Declared by the (fictional) platform: 5 requests/s, burst 10, per seller and operation.
    rate_limits: ClassVar[dict[str, RateLimit]] = {
        op: RateLimit(rate=5.0, burst=10)
        for op in ("listConversations", "getConversation", "listMessages", "sendMessage", "markRead")
    }
    required_credentials = ("api_key",)
    rule_pack = _NoRules()
    settings_model = FakemarketSettings

    def __init__(self, account: Account, **kwargs: Any) -> None:
        super().__init__(account, **kwargs)
        self.base_url = str(account.setting("base_url", BASE_URL))

    def http_auth(self) -> httpx.Auth:
        return _Bearer(self.account.secret("api_key") or "")

    @classmethod
    def sandbox(cls, clock: Clock | None = None) -> SandboxSpec:
        sim = FakemarketSimulator(clock)
        account = Account(platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": API_KEY})
        return SandboxSpec(
            platform="fakemarket",
            accounts=[account],
            mounts={BASE_URL: sim.handle},
            controller=sim,
            serve_handler=sim.handle,
            description="Fakemarket demo platform",
        )

    def classify(self, call: HttpCall, response: httpx.Response) -> MarketmsgError | None:
        if response.is_success:
            return None
        error = _error_body(response)
        cls = status_error_class(response.status_code)
        kwargs: dict[str, Any] = {
            "response": response,
            "platform": self.name,
            "platform_code": error.get("code"),
            "request_id": response.headers.get("x-request-id"),
        }
        if response.status_code == 429:
            from ...adapter import parse_retry_after

            kwargs["retry_after"] = parse_retry_after(response.headers.get("retry-after"))
        return cls(str(error.get("message") or f"HTTP {response.status_code}"), **kwargs)

    # ------------------------------------------------------------------ operations

    def list_conversations(self, query: ConversationQuery) -> Flow[Page[Conversation]]:
        params = {"page": query.cursor} if query.cursor else {}
        request = httpx.Request("GET", f"{self.base_url}/v1/conversations", params=params)
        response = yield from self.call(request, operation="listConversations")
        body = _json(response, self.name)
        items = [self._conversation(c) for c in body.get("conversations", [])]
        if query.since is not None:
            items = [c for c in items if c.last_message_at and c.last_message_at >= query.since]
        if query.status is not None:
            items = [c for c in items if c.status == query.status]
        nxt = body.get("next_page")
        return Page(items=tuple(items), next_cursor=str(nxt) if nxt is not None else None)

    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        request = httpx.Request("GET", f"{self.base_url}/v1/conversations/{native_id}")
        response = yield from self.call(request, operation="getConversation")
        return self._conversation(_json(response, self.name))

    def list_messages(self, query: MessageQuery) -> Flow[Page[Message]]:
        native = query.conversation_native_id
        request = httpx.Request("GET", f"{self.base_url}/v1/conversations/{native}/messages")
        response = yield from self.call(request, operation="listMessages")
        messages = [self._message(native, m) for m in _json(response, self.name).get("messages", [])]
        return Page(items=tuple(messages))

    def send_reply(
        self, conversation_native_id: str, draft: ReplyDraft, context: ReplyContext = ReplyContext()
    ) -> Flow[Message]:
        request = httpx.Request(
            "POST",
            f"{self.base_url}/v1/conversations/{conversation_native_id}/messages",
            json={"text": draft.body},
        )
        response = yield from self.call(request, operation="sendMessage", idempotent=False)
        return self._message(conversation_native_id, _json(response, self.name))

    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        request = httpx.Request("POST", f"{self.base_url}/v1/conversations/{conversation_native_id}/read")
        yield from self.call(request, operation="markRead")
        return None

    # ------------------------------------------------------------------ mapping

    def _conversation(self, data: dict[str, Any]) -> Conversation:
        last = datetime.fromisoformat(data["last_message_at"])
        awaiting_seller = data.get("last_from") == "buyer"
        return Conversation(
            id=self.make_id(IdKind.CONVERSATION, data["id"]),
            platform=self.name,
            account=self.account.key,
            channel=Channel.OTHER,
            buyer=Party(
                role=PartyRole.BUYER, platform_id=data["buyer"]["id"], display_name=data["buyer"]["name"]
            ),
            order_id=data.get("order_id"),
            status=ConversationStatus.AWAITING_SELLER
            if awaiting_seller
            else ConversationStatus.AWAITING_BUYER,
            unread_count=int(data.get("unread", 0)),
            last_message_at=last,
            last_inbound_at=last if awaiting_seller else None,
            raw=data,
        )

    def _message(self, conv_native: str, data: dict[str, Any]) -> Message:
        inbound = data["from"] == "buyer"
        return Message(
            id=self.make_id(IdKind.MESSAGE, f"{conv_native}/{data['id']}"),
            conversation_id=self.make_id(IdKind.CONVERSATION, conv_native),
            direction=Direction.INBOUND if inbound else Direction.OUTBOUND,
            sender=Party(role=PartyRole.BUYER if inbound else PartyRole.SELLER),
            kind=MessageKind.REPLY,
            channel=Channel.OTHER,
            body=data["text"],
            sent_at=datetime.fromisoformat(data["at"]),
            platform_message_id=data["id"],
            raw=data,
        )


class _Bearer(httpx.Auth):
    def __init__(self, token: str) -> None:
        self._token = token

    def auth_flow(self, request: httpx.Request) -> Any:
        request.headers["authorization"] = f"Bearer {self._token}"
        yield request


def _error_body(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    error = body.get("error") if isinstance(body, dict) else None
    return error if isinstance(error, dict) else {}


def _json(response: httpx.Response, platform: str) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError as exc:
        raise ResponseValidationError(f"{platform}: response is not JSON", platform=platform) from exc
    if not isinstance(body, dict):
        raise ResponseValidationError(f"{platform}: expected a JSON object", platform=platform, body=body)
    return body
