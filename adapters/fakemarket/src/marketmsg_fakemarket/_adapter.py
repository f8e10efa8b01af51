"""The Fakemarket adapter: what the platform can do (metadata), and each hook handing over to its flow.

The class holds no I/O and little logic: the flows (``_conversations``, ``_messages``) build requests and map
answers, ``_response`` reads every answer once (into the DTOs of ``_wire``), ``auth`` signs requests. The
core's client has already checked ids, run the rules and recorded the send in the outbox before a hook is
called (see each hook's docstring in :class:`marketmsg.adapter.Adapter`).
"""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from marketmsg import Account, Clock, MarketmsgError
from marketmsg.adapter import (
    Adapter,
    ConversationQuery,
    Feature,
    Flow,
    HttpCall,
    MessageQuery,
    RateLimit,
    ReplyContext,
    ReplyDraft,
    override,
)
from marketmsg.models import Conversation, Message, Page
from marketmsg.sandbox import SandboxSpec

from . import _conversations, _messages
from ._limits import RATE_LIMITS
from ._response import SEND_OUTCOMES, classify
from ._settings import BASE_URL, FakemarketSettings
from .auth import BearerAuth
from .rules import FakemarketRules

__all__ = ["FakemarketAdapter"]


class FakemarketAdapter(Adapter):
    """Adapter for the fictional Fakemarket JSON API (``https://api.fakemarket.test``)."""

    name = "fakemarket"
    display_name = "Fakemarket"
    # Each feature declared here is a promise the contract kit checks; each also has a cost on every send that
    # uses it (GET_CONVERSATION: one read before each reply). Declare only what the platform really offers.
    features = frozenset(
        {
            Feature.LIST_CONVERSATIONS,
            Feature.GET_CONVERSATION,
            Feature.LIST_MESSAGES,
            Feature.SEND_REPLY,
            Feature.MARK_READ,
        }
    )
    rate_limits: ClassVar[dict[str, RateLimit]] = RATE_LIMITS
    # What each status answered to a send proves: retried, refused, or unknown (never resent blindly).
    send_outcomes = SEND_OUTCOMES
    required_credentials = ("api_key",)
    rule_pack = FakemarketRules()
    settings_model = FakemarketSettings

    def __init__(self, account: Account, **kwargs: Any) -> None:
        super().__init__(account, **kwargs)
        self.base_url = str(self.account.setting("base_url") or BASE_URL)

    # ------------------------------------------------------------------ platform hooks

    @override
    @classmethod
    def sandbox(cls, clock: Clock | None = None) -> SandboxSpec:
        from .simulator import build_sandbox  # the fake platform loads for a sandbox, not for a client

        return build_sandbox(clock)

    @override
    def http_auth(self) -> httpx.Auth:
        return BearerAuth(self.account.secret("api_key") or "")

    @override
    def classify(self, call: HttpCall, response: httpx.Response) -> MarketmsgError | None:
        return classify(response)

    # ------------------------------------------------------------------ operations (one flow each)

    @override
    def list_conversations(self, query: ConversationQuery) -> Flow[Page[Conversation]]:
        return _conversations.list_conversations(self, query)

    @override
    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        return _conversations.get_conversation(self, native_id)

    @override
    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        return _conversations.mark_read(self, conversation_native_id)

    @override
    def list_messages(self, query: MessageQuery) -> Flow[Page[Message]]:
        return _messages.list_messages(self, query)

    @override
    def send_reply(
        self, conversation_native_id: str, draft: ReplyDraft, context: ReplyContext = ReplyContext()
    ) -> Flow[Message]:
        return _messages.send_reply(self, conversation_native_id, draft, context)
