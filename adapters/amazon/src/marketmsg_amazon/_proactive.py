"""Sending proactive messages: Messaging's nine kinds and the Solicitations review request, as flows.

Everything checkable is checked before the first request — text length per kind, a body on a kind that has none,
attachment count/size/type, warranty coverage dates — so a refused message never leaves half its uploads behind.
Amazon's 403 "Invalid amazonOrderId and template combination" (the kind is not valid for the order now) becomes
the same :class:`~marketmsg.CapabilityError` the client raises before I/O, naming the kinds allowed now.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import httpx
from pydantic import JsonValue

from marketmsg import (
    Attachment,
    Capability,
    CapabilityError,
    Channel,
    Direction,
    MarketmsgError,
    Message,
    MessageKind,
    OrderContext,
    Party,
    PartyRole,
    PermissionDeniedError,
)
from marketmsg.adapter import Flow, OrderFact, ProactiveDraft
from marketmsg.models import IdKind, make_id
from marketmsg.rules import Finding

from ._capabilities import action_names, messaging_actions_flow
from ._kinds import ACTION_KINDS, SOLICITATION_ACTION, SendKind
from ._orders import SolicitationWindow, order_flow, solicitation_window
from ._response import confirm_send
from ._spapi import SpApi, order_path
from ._uploads import UploadedFile, check_attachments, refuse, upload_flow

__all__ = ["build_body", "check_message", "send_message_flow", "send_solicitation_flow"]

_SOURCE = "messaging.json @ 34dc93f"
_COVERAGE_FIELDS = ("coverage_start_date", "coverage_end_date")


@dataclass(frozen=True)
class Sent:
    """What a send flow learnt: the operation's answer and the uploads it referenced."""

    response: httpx.Response
    uploaded: tuple[UploadedFile, ...]


def _finding(rule: str, message: str) -> Finding:
    return Finding(rule=f"amazon.spapi.{rule}", severity="block", message=message, source=_SOURCE)


def check_message(
    kind: SendKind, text: str | None, attachments: Sequence[Attachment], fields: Mapping[str, JsonValue]
) -> list[Finding]:
    """Every reason this message cannot be sent as ``kind`` (empty = it can), without any I/O."""
    findings: list[Finding] = []
    if kind.text is None and text:
        findings.append(
            _finding(
                "text.none",
                f"{kind.action} carries no text (Amazon sends its own template); "
                "send the content as attachments instead",
            )
        )
    elif kind.text is not None:
        low, high = kind.text
        length = len(text or "")
        if length < low:
            findings.append(
                _finding("text.required", f"{kind.action} needs a text of at least {low} character(s)")
            )
        elif length > high:
            findings.append(
                _finding(
                    "text.length",
                    f"{kind.action} text is {length} characters; Amazon accepts at "
                    f"most {high} — shorten it by {length - high}",
                )
            )
    findings.extend(check_attachments(kind, attachments))
    allowed_fields = set(_COVERAGE_FIELDS) if kind.coverage_dates else set()
    unknown = sorted(set(fields) - allowed_fields)
    if unknown:
        accepted = ", ".join(sorted(allowed_fields)) or "none"
        findings.append(
            _finding(
                "fields", f"{kind.action} does not take field(s) {', '.join(unknown)} (accepted: {accepted})"
            )
        )
    if kind.coverage_dates:
        findings.extend(_coverage_findings(fields))
    return findings


def _coverage_findings(fields: Mapping[str, JsonValue]) -> list[Finding]:
    parsed: dict[str, datetime] = {}
    for name in _COVERAGE_FIELDS:
        value = fields.get(name)
        if value is None:
            continue
        when = _parse_datetime(value)
        if when is None:
            return [
                _finding(
                    "warranty.dates",
                    f"{name} must be an ISO 8601 date-time with a UTC offset, "
                    f"e.g. 2026-01-31T00:00:00+00:00; got {value!r}",
                )
            ]
        parsed[name] = when
    start, end = parsed.get("coverage_start_date"), parsed.get("coverage_end_date")
    if start and end and end < start:
        return [_finding("warranty.dates", "coverage_end_date is before coverage_start_date")]
    return []


def _parse_datetime(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.utcoffset() is not None else None


def build_body(
    kind: SendKind, text: str | None, uploaded: Sequence[UploadedFile], fields: Mapping[str, JsonValue]
) -> dict[str, Any]:
    """The JSON body of ``kind``'s request (messaging.json ``Create…Request``; camelCase, absent = omitted)."""
    body: dict[str, Any] = {}
    if kind.text is not None and text is not None:
        body["text"] = text
    if kind.attachments is not None and uploaded:
        body["attachments"] = [u.wire() for u in uploaded]
    if kind.coverage_dates:
        for name, wire in (
            ("coverage_start_date", "coverageStartDate"),
            ("coverage_end_date", "coverageEndDate"),
        ):
            if fields.get(name) is not None:
                body[wire] = fields[name]  # sent as given: it was validated above, and Amazon echoes it back
    return body


def send_message_flow(
    api: SpApi,
    order_id: str,
    kind: SendKind,
    *,
    text: str | None,
    attachments: Sequence[Attachment] = (),
    fields: Mapping[str, JsonValue] | None = None,
    upload_hosts: Sequence[str] = (),
    capability: Capability | None = None,
) -> Flow[Sent]:
    """Check, upload the attachments, send. Raises before any I/O when the message cannot be sent.

    ``capability``, when the client read it before the send, names the allowed kinds if Amazon refuses this one.
    """
    fields = dict(fields or {})
    refuse(check_message(kind, text, attachments, fields))
    path = order_path("/messaging/v1/orders", order_id, f"/messages/{kind.action}")
    uploaded = []
    for attachment in attachments:
        uploaded.append((yield from upload_flow(api, path.lstrip("/"), attachment, upload_hosts)))
    request = api.request("POST", path, body=build_body(kind, text, uploaded, fields))
    try:
        response = yield from api.call(request, operation=kind.operation, idempotent=False)
    except CapabilityError as exc:
        raise (yield from _refusal_with_allowed(api, order_id, kind.kind, exc, capability)) from exc
    return Sent(response, tuple(uploaded))


def _refusal_with_allowed(
    api: SpApi, order_id: str, kind: MessageKind, exc: CapabilityError, capability: Capability | None
) -> Flow[CapabilityError]:
    """Amazon refused the kind for this order: say which kinds it allows now (one more read, unless the client
    read the capability before the send)."""
    if capability is not None:
        allowed = tuple(k for k in capability.allowed_kinds if k != kind.value)
    else:
        try:
            body = yield from messaging_actions_flow(api, order_id)
        except MarketmsgError:
            return exc  # the refusal matters more than the list; never replace it by a follow-up failure
        allowed = tuple(ACTION_KINDS[n].value for n in action_names(body) if n in ACTION_KINDS)
    return CapabilityError(
        f"{kind.value} may not be sent for order {order_id} now: {exc.message}. "
        f"Allowed now: {', '.join(allowed) or 'none'}",
        platform="amazon",
        rule=exc.rule,
        allowed=allowed,
    )


def send_solicitation_flow(
    api: SpApi, order_id: str, now: datetime, order: OrderContext | None = None
) -> Flow[httpx.Response]:
    """``createProductReviewAndSellerFeedbackSolicitation``, refused before sending outside its window.

    The window comes from ``order`` when the client read its dates before the send, else from one ``getOrder``.
    """
    window: SolicitationWindow | None
    if order is not None and order.knows(OrderFact.STATUS):
        window = solicitation_window(order)
    else:
        try:
            dto = yield from order_flow(api, order_id)
        except PermissionDeniedError:
            dto = None  # without the Orders role, Amazon's own window check is the only one
        window = solicitation_window(dto) if dto is not None else None
    if window is not None and not window.contains(now):
        raise CapabilityError(
            f"review_solicitation may not be sent for order {order_id} now: a review request may be sent from "
            f"{window.opens:%Y-%m-%d %H:%M} to {window.closes:%Y-%m-%d %H:%M} UTC (5 days after the earliest "
            "to 30 days after the latest delivery date)",
            platform="amazon",
            rule="amazon.solicitations.window",
        )
    path = order_path("/solicitations/v1/orders", order_id, f"/solicitations/{SOLICITATION_ACTION}")
    request = api.request("POST", path)
    try:
        return (
            yield from api.call(
                request, operation="createProductReviewAndSellerFeedbackSolicitation", idempotent=False
            )
        )
    except CapabilityError as exc:
        raise CapabilityError(
            f"review_solicitation may not be sent for order {order_id}: {exc.message} (one review request or "
            "proactive message per order, 5–30 days after delivery)",
            platform="amazon",
            rule=exc.rule,
        ) from exc


def sent_message(
    api: SpApi,
    draft: ProactiveDraft,
    response: httpx.Response,
    uploaded: Sequence[UploadedFile],
    now: datetime,
) -> Message:
    """The unified record of a proactive send (SP-API returns no message id; the request id is kept)."""
    confirm_send(response, draft.kind.value)
    native = f"spapi/{draft.order_id}"
    request_id = response.headers.get("x-amzn-requestid")
    return Message(
        id=make_id(
            "amazon",
            api.account.seller_id,
            IdKind.MESSAGE,
            f"{native}/{draft.kind.value}/{draft.idempotency_key}",
        ),
        conversation_id=make_id("amazon", api.account.seller_id, IdKind.CONVERSATION, native),
        direction=Direction.OUTBOUND,
        sender=Party(role=PartyRole.SELLER, platform_id=api.account.seller_id),
        kind=draft.kind,
        channel=Channel.SPAPI,
        body=draft.body or "",
        attachments=tuple(
            Attachment(
                filename=u.file_name,
                size=a.size,
                content_type=a.content_type,
                sha256=a.sha256,
                raw={"uploadDestinationId": u.upload_destination_id},
            )
            for u, a in zip(uploaded, draft.attachments, strict=False)
        ),
        sent_at=now,
        platform_message_id=request_id,
        raw={"status": response.status_code, "request_id": request_id, "order_id": draft.order_id},
    )
