"""Message payloads of the three channels → unified :class:`~marketmsg.Message` / :class:`~marketmsg.Conversation`.

Conversation native ids (MODEL.md): ``im/<buyer id>``, ``station_letter/<channel id>``,
``dispute/<issue id>/<order id>`` (the order id lets us find the buyer login id the detail API requires
without putting buyer PII into ids).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from marketmsg import (
    Attachment,
    Channel,
    Conversation,
    ConversationStatus,
    Direction,
    Message,
    MessageKind,
    Party,
    PartyRole,
)

from ._pacific import parse_pacific
from ._wire import ImMessage, IssueProcess, LetterDetail, LetterRelation

__all__ = [
    "IM_TEMPLATES",
    "im_message",
    "im_time",
    "letter_conversation",
    "letter_message",
    "process_message",
    "status_from_last",
]

#: ``template_id`` → kind (aliexpress.md §3.5: 1 text, 3 image, 10006 product card, 10007 order card).
IM_TEMPLATES: dict[str, MessageKind] = {
    "1": MessageKind.REPLY,
    "3": MessageKind.IMAGE,
    "10006": MessageKind.PRODUCT_CARD,
    "10007": MessageKind.ORDER_CARD,
}
_BUYER_ACCOUNT_TYPE = "11"  # from_account_type: 11 buyer, 12 seller (§3.5)

MakeId = Callable[[str], str]


def status_from_last(inbound_last: bool | None) -> ConversationStatus:
    """MODEL.md: last message from the buyer → awaiting seller, else awaiting buyer."""
    return ConversationStatus.AWAITING_SELLER if inbound_last else ConversationStatus.AWAITING_BUYER


def _image(url: str, name: str = "image.jpg") -> Attachment:
    return Attachment(filename=url.rsplit("/", 1)[-1] or name, content_type="image/jpeg", size=0, url=url)


def im_time(dto: ImMessage) -> tuple[datetime, bool]:
    """When an IM message was sent and whether it counts as inbound — what :func:`im_message` decides, alone."""
    sent = parse_pacific(dto.send_time)  # epoch milliseconds
    if sent is None:
        raise ValueError(f"IM message {dto.message_id} has no send_time")
    return sent, dto.from_account_type == _BUYER_ACCOUNT_TYPE or dto.type == "2"


def im_message(dto: ImMessage, *, conversation_id: str, message_id: MakeId) -> Message:
    """An IM message; ``content`` is a JSON string whose keys follow ``message_content_dto`` (txt, img_url…)."""
    try:
        content: Any = json.loads(dto.content or "{}")
    except ValueError:
        content = {"txt": dto.content}
    if not isinstance(content, dict):
        content = {"txt": str(content)}
    inbound = dto.from_account_type == _BUYER_ACCOUNT_TYPE
    system = dto.type == "2"
    kind = MessageKind.SYSTEM if system else IM_TEMPLATES.get(dto.template_id or "1", MessageKind.REPLY)
    attachments = (_image(str(content["img_url"])),) if content.get("img_url") else ()
    body = str(content.get("txt") or "")
    if not body and kind in (MessageKind.ORDER_CARD, MessageKind.PRODUCT_CARD):
        body = f"[{kind.value}] {content.get('order_id') or content.get('item_id') or ''}".strip()
    sent, counts_inbound = im_time(dto)
    return Message(
        id=message_id(dto.message_id),
        conversation_id=conversation_id,
        direction=Direction.INBOUND if counts_inbound else Direction.OUTBOUND,
        sender=Party(
            role=PartyRole.SYSTEM if system else (PartyRole.BUYER if inbound else PartyRole.SELLER),
            platform_id=dto.from_account_id,
        ),
        kind=kind,
        channel=Channel.IM,
        body=body,
        attachments=attachments,
        sent_at=sent,
        platform_message_id=dto.message_id,
        raw=dto.model_dump(),
    )


def letter_conversation(
    dto: LetterRelation, *, conversation_id: str, account: str, response_due: datetime | None = None
) -> Conversation:
    """A station-letter relation (``deal_stat`` 0 = unprocessed, ``rank`` 0–5 colour tag, §3.4)."""
    last = parse_pacific(dto.message_time)
    own = dto.last_message_is_own
    status = ConversationStatus.CLOSED if dto.deal_stat == "1" and own else status_from_last(own is False)
    return Conversation(
        id=conversation_id,
        platform="aliexpress",
        account=account,
        channel=Channel.STATION_LETTER,
        buyer=Party(role=PartyRole.BUYER, platform_id=dto.other_login_id, display_name=dto.other_name),
        order_id=dto.order_id or None,
        status=status,
        unread_count=int(dto.unread_count or 0),
        last_message_at=last,
        last_inbound_at=last if own is False else None,
        last_outbound_at=last if own else None,
        response_due=response_due if status is ConversationStatus.AWAITING_SELLER else None,
        tags=(f"rank{dto.rank}",) if dto.rank not in (None, "", "0") else (),
        raw=dto.model_dump(),
    )


def letter_message(
    dto: LetterDetail, *, conversation_id: str, message_id: MakeId, seller_ids: set[str]
) -> Message:
    """A station letter; outbound when its sender is one of the seller's own ids."""
    summary = dto.summary or {}
    sender_ids = {
        str(v) for v in (dto.sender_ali_id, summary.get("sender_login_id"), summary.get("sender_ali_id")) if v
    }
    outbound = bool(sender_ids & seller_ids)
    sent = parse_pacific(dto.gmt_create)
    if sent is None:
        raise ValueError(f"station letter {dto.id} has no gmt_create")
    attachments = tuple(
        _image(str(path.get("l_path") or path.get("m_path") or path.get("s_path")))
        for path in dto.file_path_list
        if path.get("l_path") or path.get("m_path") or path.get("s_path")
    )
    return Message(
        id=message_id(dto.id),
        conversation_id=conversation_id,
        direction=Direction.OUTBOUND if outbound else Direction.INBOUND,
        sender=Party(
            role=PartyRole.SELLER if outbound else PartyRole.BUYER,
            platform_id=str(summary.get("sender_login_id") or dto.sender_ali_id or "") or None,
            display_name=dto.sender_name,
        ),
        kind=MessageKind.IMAGE if attachments and not dto.content else MessageKind.REPLY,
        channel=Channel.ORDER_MESSAGE if dto.message_type == "order" else Channel.STATION_LETTER,
        body=dto.content or "",
        attachments=attachments,
        sent_at=sent,
        platform_message_id=dto.id,
        raw=dto.model_dump(),
    )


_MEMBER_ROLE = {
    "buyer": PartyRole.BUYER,
    "seller": PartyRole.SELLER,
    "waiter": PartyRole.PLATFORM,  # an AliExpress agent
    "platform": PartyRole.PLATFORM,  # production: platform_force_reach / perform_solution records (capture 2024-10)
    "system": PartyRole.SYSTEM,
}


def process_message(dto: IssueProcess, index: int, *, conversation_id: str, message_id: MakeId) -> Message:
    """A dispute negotiation record as a read-only message (``submit_member_type`` → sender role)."""
    role = _MEMBER_ROLE.get(dto.submit_member_type or "", PartyRole.SYSTEM)
    sent = parse_pacific(dto.gmt_create)
    if sent is None:
        raise ValueError("dispute process record without gmt_create")
    return Message(
        id=message_id(str(index)),
        conversation_id=conversation_id,
        direction=Direction.OUTBOUND if role is PartyRole.SELLER else Direction.INBOUND,
        sender=Party(role=role),
        kind=MessageKind.SYSTEM if role is PartyRole.SYSTEM else MessageKind.REPLY,
        channel=Channel.DISPUTE,
        body=dto.content or (dto.action_type or ""),
        attachments=tuple(_image(a.file_path) for a in dto.attachments if a.file_path),
        sent_at=sent,
        platform_message_id=None,
        raw=dto.model_dump(),
    )
