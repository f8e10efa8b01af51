"""``Feature.CAPABILITIES``: what this account's app may send for an order right now, and why not the rest.

AliExpress has no API that answers this (unlike Amazon's ``getMessagingActionsForOrder``), so the answer is
derived — without any request — from three things, each cited:

1. ``Account.settings["messaging_api"]``: which messaging API the app may call at all. Whether ordinary seller
   apps may call the IM APIs is unconfirmed and station letters were reported switched off for most apps
   (platforms/aliexpress.md §3.1); the operator says what the app was granted.
2. The kinds each channel can carry (:data:`CHANNEL_KINDS`): IM ``aliexpress/message/send`` ``template_id``
   1 text, 3 image, 10007 order card, 10006 product card (§3.5); station letters ``…versiontwo.addmsg`` take
   ``content`` plus one ``img_path`` URL riding on the text (§3.3) and have no cards.
3. The rule pack's channel rules (``ALIEXPRESS_RULES.check_send``), e.g. the ``message_channel_closes_at``
   setting: once the channel has closed nothing may be sent on it.

The result is the same for every order of the account (nothing in the order or IM data changes it), so no
order lookup is made; ``Capability.order_id`` echoes the order asked about.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from marketmsg.adapter import Flow
from marketmsg.models import Capability, MessageKind, RefusedKind
from marketmsg.rules import RuleContext

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = [
    "CHANNEL_KINDS",
    "RULE_CHANNEL_KIND",
    "RULE_NO_MESSAGING_API",
    "RULE_NO_SUCH_KIND",
    "capability_for",
    "get_capabilities",
]

REPLY, IMAGE, ORDER_CARD, PRODUCT_CARD = (
    MessageKind.REPLY.value,
    MessageKind.IMAGE.value,
    MessageKind.ORDER_CARD.value,
    MessageKind.PRODUCT_CARD.value,
)

#: ``messaging_api`` value → the message kinds that channel can carry (sources in the module docstring).
CHANNEL_KINDS: Mapping[str, tuple[str, ...]] = {
    "im": (REPLY, IMAGE, ORDER_CARD, PRODUCT_CARD),  # §3.5 template_id 1, 3, 10007, 10006
    "station_letter": (REPLY,),  # §3.3 addmsg: content (+ img_path on the same message)
    "none": (),
}

# Reasons are one sentence without the final full stop: the client's errors append their own punctuation.

#: The app may call no messaging API (``messaging_api="none"``).
RULE_NO_MESSAGING_API = "aliexpress.no_messaging_api"
#: The account's channel exists but cannot carry this kind.
RULE_CHANNEL_KIND = "aliexpress.channel_kind"
#: AliExpress has no such message at all (Amazon's typed proactive kinds, review requests, system notices).
RULE_NO_SUCH_KIND = "aliexpress.no_such_kind"

_NO_API_REASON = (
    "This account's app may call no AliExpress messaging API (messaging_api='none'), so buyers are answered "
    "through dispute counter-proposals only"
)
# (channel, kind) → why that channel cannot carry the kind.
_CHANNEL_REASONS: Mapping[tuple[str, str], str] = {
    ("station_letter", IMAGE): (
        "Station letters carry an image only as the one img_path URL of a text reply, not as a message of "
        "its own"
    ),
    ("station_letter", ORDER_CARD): "Order cards are an IM template (10007); station letters have no cards",
    (
        "station_letter",
        PRODUCT_CARD,
    ): "Product cards are an IM template (10006); station letters have no cards",
}
_SYSTEM_REASON = "System notices are sent by AliExpress itself, never by a seller"
_NO_SUCH_REASON = "AliExpress has no {kind} message; sellers send text, images and IM order or product cards"


def _refusal(channel: str, kind: str) -> RefusedKind:
    if kind == MessageKind.SYSTEM.value:
        return RefusedKind(kind=kind, rule=RULE_NO_SUCH_KIND, reason=_SYSTEM_REASON)
    if kind not in CHANNEL_KINDS["im"]:
        return RefusedKind(kind=kind, rule=RULE_NO_SUCH_KIND, reason=_NO_SUCH_REASON.format(kind=kind))
    if channel == "none":
        return RefusedKind(kind=kind, rule=RULE_NO_MESSAGING_API, reason=_NO_API_REASON)
    return RefusedKind(kind=kind, rule=RULE_CHANNEL_KIND, reason=_CHANNEL_REASONS[(channel, kind)])


def capability_for(adapter: AliExpressAdapter, order_id: str, now: datetime) -> Capability:
    """The capability of ``adapter``'s account for ``order_id`` at ``now`` (pure; see the module docstring)."""
    channel = adapter.messaging_api
    channel_kinds = CHANNEL_KINDS[channel]
    refused = {
        kind.value: _refusal(channel, kind.value) for kind in MessageKind if kind.value not in channel_kinds
    }
    allowed = list(channel_kinds)
    pack = adapter.rule_pack
    if allowed and pack is not None:
        context = RuleContext(platform=adapter.name, kind=REPLY, now=now, account=adapter.account)
        blocking = [f for f in pack.check_send(context) if f.severity == "block"]
        if blocking:
            # A closed channel refuses everything it could carry, with the rule's own id and sentence.
            reason = blocking[0].message.rstrip(".")
            for kind in allowed:
                refused[kind] = RefusedKind(kind=kind, rule=blocking[0].rule, reason=reason)
            allowed = []
    order = [kind.value for kind in MessageKind]
    return Capability(
        platform=adapter.name,
        account=adapter.account.key,
        order_id=order_id,
        can_reply=REPLY in allowed,
        allowed_kinds=tuple(allowed),
        refused=tuple(sorted(refused.values(), key=lambda r: order.index(r.kind))),
        raw={"messaging_api": channel},
    )


def get_capabilities(adapter: AliExpressAdapter, order_id: str) -> Flow[Capability]:
    """Flow wrapper of :func:`capability_for` at the adapter clock's now; it performs no I/O."""
    yield from ()  # a generator (a Flow) like every operation, completing without effects
    return capability_for(adapter, order_id, adapter.clock.now())
