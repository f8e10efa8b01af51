"""Stored claim notifications → unified :class:`~marketmsg.Dispute` objects with Amazon's response windows.

One dispute per (programme, order): ``amazon:<seller>:dispute:a-to-z/<order id>`` or ``…:chargeback/<order id>``
(no buyer data). Its notifications, oldest first, tell the story; the newest decides the status:

| newest event | status | deadline |
|---|---|---|
| opened, information requested | ``awaiting_seller`` | ``seller_response_due`` = mail date + window |
| granted (for the buyer) | ``resolved`` | A-to-z: ``escalation_closes`` = mail date + appeal window |
| denied (for the seller) | ``rejected`` | — |
| withdrawn | ``cancelled`` | — |

The window is the one the mail states ("within 48 hours", deadline source ``platform``) or else the account's
configured :class:`~._settings.ClaimWindows` (source ``rule:<id>``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Final

from marketmsg.models import Deadline, Dispute, DisputeStatus, DisputeTimeline, IdKind

from ._claims import ClaimEvent, ClaimKind
from ._settings import ClaimWindows
from ._store import StoredMessage
from ._threads import ThreadView, sent_at

__all__ = ["DISPUTE_PREFIXES", "RULES", "build_disputes"]

MakeId = Callable[[IdKind, str], str]

#: The native id prefix of each programme.
DISPUTE_PREFIXES: Final[dict[ClaimKind, str]] = {"a_to_z": "a-to-z", "chargeback": "chargeback"}
#: Rule ids of the computed deadlines (docs: docs/adapters/amazon-relay-mail.md, "Claims and chargebacks").
RULES: Final = {
    "a_to_z_response": "rule:amazon.a_to_z.response_window",
    "a_to_z_appeal": "rule:amazon.a_to_z.appeal_window",
    "chargeback_response": "rule:amazon.chargeback.response_window",
}
_STATUS: Final[dict[ClaimEvent, DisputeStatus]] = {
    "opened": DisputeStatus.AWAITING_SELLER,
    "information_requested": DisputeStatus.AWAITING_SELLER,
    "granted": DisputeStatus.RESOLVED,
    "denied": DisputeStatus.REJECTED,
    "withdrawn": DisputeStatus.CANCELLED,
}


def _response_due(kind: ClaimKind, at: datetime, stated: timedelta | None, windows: ClaimWindows) -> Deadline:
    if stated is not None:
        return Deadline(at=at + stated, source="platform")
    if kind == "a_to_z":
        return Deadline(
            at=at + timedelta(hours=windows.a_to_z_response_hours), source=RULES["a_to_z_response"]
        )
    return Deadline(
        at=at + timedelta(days=windows.chargeback_response_days), source=RULES["chargeback_response"]
    )


def _dispute(
    kind: ClaimKind,
    order_id: str,
    notices: Sequence[StoredMessage],
    *,
    platform: str,
    account: str,
    make_id: MakeId,
    windows: ClaimWindows,
    conversation_id: str | None,
) -> Dispute:
    latest = notices[-1]
    claim = latest.meta.claim
    assert claim is not None  # only claim notices reach here
    at = sent_at(latest)
    timeline = DisputeTimeline()
    if claim.event in ("opened", "information_requested"):
        timeline = DisputeTimeline(seller_response_due=_response_due(kind, at, claim.stated_window, windows))
    elif claim.event == "granted" and kind == "a_to_z":
        appeal = (
            Deadline(at=at + claim.stated_window, source="platform")
            if claim.stated_window is not None
            else Deadline(at=at + timedelta(days=windows.a_to_z_appeal_days), source=RULES["a_to_z_appeal"])
        )
        timeline = DisputeTimeline(escalation_closes=appeal)
    amount = next(
        (n.meta.claim.amount for n in reversed(notices) if n.meta.claim and n.meta.claim.amount), None
    )
    reason = next(
        (n.meta.claim.reason for n in reversed(notices) if n.meta.claim and n.meta.claim.reason), None
    )
    return Dispute(
        id=make_id(IdKind.DISPUTE, f"{DISPUTE_PREFIXES[kind]}/{order_id}"),
        platform=platform,
        account=account,
        order_id=order_id,
        status=_STATUS[claim.event],
        raw_status=f"{kind}:{claim.event}",
        reason=reason,
        opened_at=sent_at(notices[0]),
        updated_at=at,
        amount=amount,
        timeline=timeline,
        conversation_id=conversation_id,
        raw={
            "programme": kind,
            "notifications": [
                {
                    "event": n.meta.claim.event if n.meta.claim else None,
                    "message_id": n.meta.message_id,
                    "sent_at": sent_at(n).isoformat(),
                    "marketplace": n.meta.marketplace,
                }
                for n in notices
            ],
        },
    )


def build_disputes(
    stored: Sequence[StoredMessage],
    threads: Sequence[ThreadView],
    *,
    platform: str,
    account: str,
    make_id: MakeId,
    windows: ClaimWindows,
) -> list[Dispute]:
    """Every claim/chargeback of the account from its stored notifications (only authenticated ones are
    ``claim_notice``: a spoofed notification is a ``phishing_suspect`` and never becomes a dispute)."""
    groups: dict[tuple[ClaimKind, str], list[StoredMessage]] = {}
    for item in stored:
        claim, order = item.meta.claim, item.meta.order_id
        if item.meta.kind == "claim_notice" and claim is not None and order:
            groups.setdefault((claim.kind, order), []).append(item)
    by_order: dict[str, list[str]] = {}
    for view in threads:
        if view.order_id:
            by_order.setdefault(view.order_id, []).append(make_id(IdKind.CONVERSATION, view.key))
    disputes = []
    for (kind, order_id), notices in groups.items():
        notices.sort(key=lambda n: (sent_at(n), n.seq))
        conversations = by_order.get(order_id, [])
        disputes.append(
            _dispute(
                kind,
                order_id,
                notices,
                platform=platform,
                account=account,
                make_id=make_id,
                windows=windows,
                conversation_id=conversations[0] if len(conversations) == 1 else None,
            )
        )
    return disputes
