"""What may be sent for an order now: ``getMessagingActionsForOrder`` + ``getSolicitationActionsForOrder``.

Amazon's answer is authoritative (availability depends on order state, seller type and messages already sent —
Messaging use-case guide); we map its HAL action names to unified kinds, keep names we do not know (the static
sandbox example still lists the removed ``negativeFeedbackRemoval`` and ``amazonMotors``) in
``Capability.unknown_actions`` instead of failing, and explain every refused kind in one sentence.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from marketmsg import (
    Capability,
    MessageKind,
    OrderContext,
    PermissionDeniedError,
    RefusedKind,
)
from marketmsg.adapter import Flow, OrderFact

from ._kinds import ACTION_KINDS, KINDS, NON_SEND_ACTIONS, SOLICITATION_ACTION, SendKind
from ._orders import OrderDTO, SolicitationWindow, order_flow, solicitation_window
from ._spapi import SpApi, json_body, order_path

__all__ = ["action_names", "capability_flow", "messaging_actions_flow", "to_capability"]

# Why a kind may be missing, where the model or the docs say more than "not available now".
_HINTS: dict[MessageKind, str] = {
    MessageKind.CONFIRM_ORDER_DETAILS: "it is only offered before the order ships (messaging.json)",
    MessageKind.CONFIRM_SERVICE_DETAILS: "it is only for Home Services orders (messaging.json)",
    MessageKind.DIGITAL_ACCESS_KEY: "it is only for orders with digital content (messaging.json)",
}
_GENERIC = (
    "Amazon does not offer it for this order now (getMessagingActionsForOrder); availability depends on the "
    "order's state, the fulfilment channel and messages already sent"
)


def action_names(body: dict[str, Any]) -> list[str]:
    """Action names from a HAL actions body: ``_links.actions[].name``, plus ``_embedded`` payload names.

    ``_embedded`` is required by the model but absent from Amazon's own static sandbox example, so it is optional.
    """
    names: list[str] = []
    for link in _members(body, "_links", "actions"):
        if isinstance(link, dict) and isinstance(link.get("name"), str):
            names.append(link["name"])
    for action in _members(body, "_embedded", "actions"):
        payload = action.get("payload") if isinstance(action, dict) else None
        if isinstance(payload, dict) and isinstance(payload.get("name"), str):
            names.append(payload["name"])
    return list(dict.fromkeys(names))


def _members(body: dict[str, Any], outer: str, inner: str) -> list[Any]:
    """``body[outer][inner]`` when it is a list; anything else (absent, null, a number, a string) lists nothing."""
    container = body.get(outer)
    found = container.get(inner) if isinstance(container, dict) else None
    return found if isinstance(found, list) else []


def messaging_actions_flow(api: SpApi, order_id: str) -> Flow[dict[str, Any]]:
    request = api.request("GET", order_path("/messaging/v1/orders", order_id))
    response = yield from api.call(request, operation="getMessagingActionsForOrder")
    return json_body(response, "getMessagingActionsForOrder")


def _solicitation_actions_flow(api: SpApi, order_id: str) -> Flow[tuple[dict[str, Any] | None, str | None]]:
    request = api.request("GET", order_path("/solicitations/v1/orders", order_id))
    try:
        response = yield from api.call(request, operation="getSolicitationActionsForOrder")
    except PermissionDeniedError as exc:
        # The app may lack the Buyer Solicitation role; that refuses review requests, not the whole answer.
        return None, f"this app may not call the Solicitations API ({exc.message})"
    return json_body(response, "getSolicitationActionsForOrder"), None


def _order_or_none(api: SpApi, order_id: str) -> Flow[OrderDTO | None]:
    try:
        return (yield from order_flow(api, order_id))
    except PermissionDeniedError:
        return None  # without the Orders role we cannot explain the window; Amazon's answer still stands


def capability_flow(
    api: SpApi, order_id: str, now: datetime, order: OrderContext | None = None
) -> Flow[Capability]:
    """The two actions calls; the review window comes from ``order`` when the client has read its dates,
    else from one ``getOrder`` (only to explain a refused review request)."""
    messaging = yield from messaging_actions_flow(api, order_id)
    solicitations, solicitation_problem = yield from _solicitation_actions_flow(api, order_id)
    if order is not None and order.knows(OrderFact.STATUS):
        window = solicitation_window(order)
    else:
        dto = yield from _order_or_none(api, order_id)
        window = solicitation_window(dto) if dto is not None else None
    return to_capability(
        api.account.key,
        order_id,
        messaging,
        solicitations,
        now=now,
        window=window,
        solicitation_problem=solicitation_problem,
    )


def to_capability(
    account: str,
    order_id: str,
    messaging: dict[str, Any],
    solicitations: dict[str, Any] | None,
    *,
    now: datetime | None = None,
    window: SolicitationWindow | None = None,
    solicitation_problem: str | None = None,
) -> Capability:
    """Build the unified capability from the two action bodies (sans-I/O; the fidelity tests call it)."""
    names = action_names(messaging)
    allowed = [ACTION_KINDS[n] for n in names if n in ACTION_KINDS]
    unknown = [n for n in names if n not in ACTION_KINDS and n not in NON_SEND_ACTIONS]
    refused = [_refused_action(k) for k in KINDS if k.kind not in allowed]
    solicitation_names = action_names(solicitations) if solicitations is not None else []
    if SOLICITATION_ACTION in solicitation_names:
        allowed.append(MessageKind.REVIEW_SOLICITATION)
    else:
        refused.append(_refused_review(solicitation_problem, window, now))
    unknown.extend(n for n in solicitation_names if n != SOLICITATION_ACTION)
    return Capability(
        platform="amazon",
        account=account,
        order_id=order_id,
        # Replies travel by relay mail, and a buyer who wrote may always be answered: opt-outs and the FBA/gift
        # limits restrict what the seller *initiates*, not replies (amazon.md §4.2, §5.4).
        can_reply=True,
        allowed_kinds=tuple(k.value for k in _unique(allowed)),
        refused=tuple(refused),
        unknown_actions=tuple(dict.fromkeys(unknown)),
        raw={"messaging": messaging, "solicitations": solicitations},
    )


@functools.cache
def _refused_action(kind: SendKind) -> RefusedKind:
    # The same sentence for a kind every time (models are frozen): built once, not once per kind and capability.
    return RefusedKind(
        kind=kind.kind.value,
        rule="amazon.spapi.actions",
        reason=f"{kind.action}: " + _HINTS.get(kind.kind, _GENERIC),
    )


def _refused_review(
    problem: str | None, window: SolicitationWindow | None, now: datetime | None
) -> RefusedKind:
    kind = MessageKind.REVIEW_SOLICITATION.value
    if problem:
        return RefusedKind(kind=kind, rule="amazon.solicitations.role", reason=problem)
    if window is not None and now is not None and not window.contains(now):
        when = "opens" if now < window.opens else "closed"
        at = window.opens if now < window.opens else window.closes
        return RefusedKind(
            kind=kind,
            rule="amazon.solicitations.window",
            reason=f"a review request may be sent from 5 days after the earliest to 30 days after the latest "
            f"delivery date; for this order the window {when} {at:%Y-%m-%d %H:%M} UTC",
        )
    return RefusedKind(
        kind=kind,
        rule="amazon.solicitations.once",
        reason="Amazon does not offer a review request for this order now: only one review request or "
        "proactive message may be sent per order, and only within its window",
    )


def _unique(kinds: Iterable[MessageKind]) -> list[MessageKind]:
    return list(dict.fromkeys(kinds))
