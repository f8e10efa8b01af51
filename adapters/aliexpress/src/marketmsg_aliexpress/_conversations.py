"""Messaging flows over the three channels (IM, station letters, dispute records), one source for both clients.

Listing merges the account's messaging channel (if any) with its disputes; the opaque cursor says which phase
and where in it: ``<phase>|<inner cursor>``.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from marketmsg import (
    Attachment,
    Channel,
    Conversation,
    ConversationStatus,
    Direction,
    InvalidIdError,
    Message,
    MessageKind,
    Party,
    PartyRole,
    UnsupportedOperationError,
)
from marketmsg.adapter import ConversationQuery, Flow, MessageQuery, ProactiveDraft, ReplyDraft, send_part
from marketmsg.models import IdKind, Page

from ._conversation_mapping import (
    im_message,
    im_time,
    letter_conversation,
    letter_message,
    process_message,
    status_from_last,
)
from ._envelope import as_list, field
from ._limits import API
from ._pacific import parse_pacific
from ._response import Malformed
from ._wire import (
    ImBuyerPage,
    ImBuyerRow,
    ImPage,
    IssueDetail,
    IssuePage,
    IssueSummary,
    LetterDetail,
    LetterRelation,
    as_long,
    wire_text,
)

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = [
    "dispute_conv_id",
    "get_conversation",
    "im_data",
    "issue_rows",
    "list_conversations",
    "list_messages",
    "mark_read",
    "page_cursor",
    "result_of",
    "send_card",
    "send_reply",
]

IM_PAGE = 20  # aliexpress/message/list: page_size max 20 (§3.5)
LETTER_PAGE = 100  # v2 relation/detail lists: page_size 0–100, first 5000 rows (§3.3)
ISSUE_PAGE = 50  # issuelist: page_size ≤ 50 (§4.1)


def _split(native: str) -> tuple[str, str]:
    channel, _, rest = native.partition("/")
    if channel not in ("im", "station_letter", "dispute") or not rest:
        raise InvalidIdError(
            f"{native!r} is not an AliExpress conversation (expected im/<buyer id>, station_letter/<channel id> "
            "or dispute/<issue id>/<order id>)"
        )
    return channel, rest


def result_of(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``result`` object of an unwrapped payload (IM and station-letter answers: ``result`` is their
    documented field at the root of ``<api>_response``), or the payload itself when it has none."""
    result = payload.get("result")
    return result if isinstance(result, dict) else payload


def im_data(payload: dict[str, Any]) -> dict[str, Any]:
    """``result.data`` of an IM answer (Java ``AliexpressMessage*Result.data``); a JSON-string ``data`` (seen on
    other IOP results) is decoded; absent → ``{}``. Anything but an object is unreadable."""
    data = field(payload, "data")
    if isinstance(data, str) and data.strip():
        data = json.loads(data)
    if data is None or data == "":
        return {}
    if not isinstance(data, dict):
        raise Malformed("result.data is not an object")
    return data


def _cursor(cursor: str | None) -> tuple[int | None, str]:
    """An IM cursor ``<next_start_time>:<last id>`` (ours, from a previous page)."""
    start, _, last = (cursor or "").partition(":")
    if start and not start.isdigit():
        raise InvalidIdError(f"cursor {cursor!r} does not belong to this listing")
    return (int(start) if start else None), last


def page_cursor(cursor: object) -> int:
    """A page-number cursor (ours, from a previous page); 1 when absent."""
    text = str(cursor) if cursor not in (None, "") else "1"
    if not text.isdigit() or not 1 <= int(text) <= 100_000:
        raise InvalidIdError(f"cursor {cursor!r} does not belong to this listing")
    return int(text)


def _keep(conv: Conversation, query: ConversationQuery) -> bool:
    if query.since is not None and conv.last_message_at is not None and conv.last_message_at < query.since:
        return False
    if query.status is not None and conv.status is not query.status:
        return False
    if query.order_id is not None and conv.order_id != query.order_id:
        return False
    return not (query.unread_only and conv.unread_count == 0)


# ---------------------------------------------------------------------------------------------- listing


def _phases(adapter: AliExpressAdapter, query: ConversationQuery) -> list[str]:
    phases = [adapter.messaging_api] if adapter.messaging_api != "none" else []
    phases.append("dispute")
    if query.channel is not None:
        phases = [p for p in phases if p == query.channel.value]
    return phases


def _fetch_phase(
    adapter: AliExpressAdapter, phase: str, query: ConversationQuery, inner: str | None
) -> Flow[tuple[list[Conversation], str | None]]:
    if phase == "im":
        return (yield from _im_conversations(adapter, query, inner))
    if phase == "station_letter":
        return (yield from _letter_conversations(adapter, query, page_cursor(inner)))
    return (yield from _dispute_conversations(adapter, query, page_cursor(inner)))


def _recency(conv: Conversation) -> datetime:
    return conv.last_message_at or datetime.min.replace(tzinfo=UTC)


def list_conversations(adapter: AliExpressAdapter, query: ConversationQuery) -> Flow[Page[Conversation]]:
    """The account's messaging channel and its disputes, merged newest-first.

    Each phase (IM or station letters; disputes) is a newest-first platform list with its own paging, so a page
    here is a k-way merge: an item is emitted only while every other unfinished phase still has its current
    page in hand to compare with. The cursor remembers, per phase, the platform cursor of its current page and
    how many of that page's items were already emitted (the page is fetched again on the next call).
    """
    phases = _phases(adapter, query)
    try:
        state: dict[str, list[Any]] = (
            json.loads(query.cursor) if query.cursor else {p: [None, 0] for p in phases}
        )
        if not isinstance(state, dict) or not set(state) <= set(phases):
            raise ValueError
    except ValueError:
        raise InvalidIdError(f"cursor {query.cursor!r} does not belong to this listing") from None
    heads: dict[str, list[Conversation]] = {}
    nexts: dict[str, str | None] = {}
    for phase in phases:
        if phase in state:
            items, nexts[phase] = yield from _fetch_phase(adapter, phase, query, state[phase][0])
            heads[phase] = items[int(state[phase][1]) :]
    budget = query.page_size or IM_PAGE
    out: list[Conversation] = []
    while len(out) < budget:
        if any(not heads[p] and nexts[p] for p in heads):
            break  # a phase needs its next page before anything else can be compared with it
        ready = [p for p in heads if heads[p]]
        if not ready:
            break
        best = max(ready, key=lambda p: _recency(heads[p][0]))
        out.append(heads[best].pop(0))
        state[best][1] += 1
    for phase in list(heads):
        if not heads[phase]:
            if nexts[phase]:
                state[phase] = [nexts[phase], 0]
            else:
                del state[phase]
    cursor = json.dumps(state, separators=(",", ":")) if state else None
    return Page(items=tuple(c for c in out if _keep(c, query)), next_cursor=cursor)


def _im_conversations(
    adapter: AliExpressAdapter, query: ConversationQuery, cursor: str | None
) -> Flow[tuple[list[Conversation], str | None]]:
    # aliexpress/message/history/buyer/list: cursor over buyers (start_time, last_buyer_id, page_size). Its
    # result is an untyped map in the official SDK; the row fields read here are UNCONFIRMED (see docs).
    start, last_buyer = _cursor(cursor)
    dto = {
        "page_size": IM_PAGE,  # phases always fetch full pages: the merge compares more, refetches less
        "start_time": start if start is not None else int(adapter.clock.now().timestamp() * 1000),
        "last_buyer_id": as_long(last_buyer) if last_buyer else None,
    }

    def parse(payload: dict[str, Any]) -> tuple[list[Conversation], str | None]:
        page = ImBuyerPage.model_validate(im_data(payload))
        convs = [_im_conv(adapter, row) for row in page.buyer_list]
        more = bool(page.has_more and page.next_start_time is not None and page.last_buyer_id)
        if (
            query.since is not None
            and convs
            and all(c.last_message_at and c.last_message_at < query.since for c in convs)
        ):
            more = False  # newest-first: everything further back is older still
        return convs, (f"{page.next_start_time}:{page.last_buyer_id}" if more else None)

    return (yield from adapter.gateway_call(API.IM_BUYERS, {"ae_im_query_session_dto": dto}, parse))


def _im_conv(adapter: AliExpressAdapter, row: ImBuyerRow) -> Conversation:
    last = parse_pacific(row.last_message_time)
    inbound = row.last_message_from_buyer
    return Conversation(
        id=adapter.make_id(IdKind.CONVERSATION, f"im/{row.buyer_id}"),
        platform=adapter.name,
        account=adapter.account.key,
        channel=Channel.IM,
        buyer=Party(role=PartyRole.BUYER, platform_id=row.buyer_id, display_name=row.buyer_login_id),
        status=status_from_last(inbound),
        unread_count=row.unread_count or 0,
        last_message_at=last,
        last_inbound_at=last if inbound else None,
        response_due=adapter.reply_due(last) if inbound else None,
        last_outbound_at=last if inbound is False else None,
        tags=(f"tag{row.tag_code}",) if row.tag_code is not None else (),
        raw=row.model_dump(),
    )


def _relations(
    adapter: AliExpressAdapter, page: int, size: int, query: ConversationQuery | None = None
) -> Flow[list[LetterRelation]]:
    dto: dict[str, object] = {"current_page": page, "page_size": size}
    if query is not None:
        if query.since is not None:
            dto["start_time"] = int(query.since.timestamp() * 1000)
        if query.unread_only:
            dto["only_un_readed"] = True
        if query.status is ConversationStatus.AWAITING_SELLER:
            dto["only_un_dealed"] = True

    def parse(payload: dict[str, Any]) -> list[LetterRelation]:
        # The v2 answer's `result` = {is_success, error_code, error_msg, relation_list} (§3.4); root tolerated.
        return [LetterRelation.model_validate(r) for r in as_list(field(payload, "relation_list"))]

    return (yield from adapter.gateway_call(API.LETTER_RELATIONS, {"query": dto}, parse))


def _letter_conversations(
    adapter: AliExpressAdapter, query: ConversationQuery, page: int
) -> Flow[tuple[list[Conversation], str | None]]:
    size = LETTER_PAGE
    relations = yield from _relations(adapter, page, size, query)
    convs = [_letter_conv(adapter, r) for r in relations]
    # No total count in the answer (§3.4): a full page means there may be more; 5000 rows is the hard cap.
    more = len(relations) == size and page * size < 5000
    return convs, (str(page + 1) if more else None)


def _letter_conv(adapter: AliExpressAdapter, relation: LetterRelation) -> Conversation:
    if relation.order_id and relation.other_login_id:
        adapter.buyer_logins.setdefault(relation.order_id, relation.other_login_id)
    return letter_conversation(
        relation,
        conversation_id=adapter.make_id(IdKind.CONVERSATION, f"station_letter/{relation.channel_id}"),
        account=adapter.account.key,
        response_due=adapter.reply_due(parse_pacific(relation.message_time)),
    )


def issue_rows(
    adapter: AliExpressAdapter,
    page: int,
    size: int,
    *,
    status: str | None = None,
    order: str | None = None,
    buyer: str | None = None,
) -> Flow[tuple[list[IssueSummary], int | None]]:
    """One page of ``aliexpress.issue.issuelist.get`` and its ``total_item``; learns buyer login ids."""
    dto = {
        "current_page": page,
        "page_size": min(size, ISSUE_PAGE),
        "issue_status": status,
        "order_no": order,
        "buyer_login_id": buyer,
    }

    def parse(payload: dict[str, Any]) -> IssuePage:
        # AliexpressIssueIssuelistGetResponse: the page fields at the root of the payload; `result` tolerated.
        scope = payload if "data_list" in payload or "result" not in payload else result_of(payload)
        return IssuePage.model_validate(scope)

    page_ = yield from adapter.gateway_call(API.ISSUE_LIST, {"query_dto": dto}, parse)
    for row in page_.data_list:
        if row.order_id and row.buyer_login_id:
            adapter.buyer_logins[row.order_id] = row.buyer_login_id
    return list(page_.data_list), page_.total_item


def dispute_conv_id(adapter: AliExpressAdapter, issue_id: str, order_id: str | None) -> str:
    """The conversation id of a dispute's negotiation record."""
    return adapter.make_id(IdKind.CONVERSATION, f"dispute/{issue_id}/{order_id or '-'}")


def _rule_due(adapter: AliExpressAdapter, row: IssueSummary) -> datetime | None:
    # The list carries no countdown: the rule table's seller deadline from opening (get() has the platform's).
    opened = parse_pacific(row.gmt_create)
    if opened is None or row.issue_status != "processing":
        return None
    return adapter.dispute_rules.add_days(opened, adapter.dispute_rules.seller_response_days)


def _dispute_conversations(
    adapter: AliExpressAdapter, query: ConversationQuery, page: int
) -> Flow[tuple[list[Conversation], str | None]]:
    size = ISSUE_PAGE
    rows, total = yield from issue_rows(adapter, page, size, order=query.order_id)
    convs = [
        Conversation(
            id=dispute_conv_id(adapter, row.issue_id, row.order_id),
            platform=adapter.name,
            account=adapter.account.key,
            channel=Channel.DISPUTE,
            buyer=Party(role=PartyRole.BUYER, platform_id=row.buyer_login_id),
            order_id=row.order_id,
            subject=row.reason_english or row.reason_chinese,
            status=ConversationStatus.AWAITING_SELLER
            if row.issue_status == "processing"
            else ConversationStatus.CLOSED,
            last_message_at=parse_pacific(row.gmt_modified or row.gmt_create),
            response_due=_rule_due(adapter, row),
            raw=row.model_dump(),
        )
        for row in rows
    ]
    more = page * size < total if total is not None else len(rows) == size
    # The list is ordered by opening; the inbox wants last activity. Sorting within the page is the best a
    # paged merge can do (documented: dispute conversations are in recency order within each page of 50).
    convs.sort(key=_recency, reverse=True)
    return convs, (str(page + 1) if more else None)


# ---------------------------------------------------------------------------------------------- one conversation


def _find_relation(adapter: AliExpressAdapter, channel_id: str) -> Flow[LetterRelation]:
    # There is no "get relation" API: page the relation list (≤ 5000 rows reachable, §3.3).
    for page in range(1, 5000 // LETTER_PAGE + 1):
        relations = yield from _relations(adapter, page, LETTER_PAGE)
        for relation in relations:
            if relation.channel_id == channel_id:
                return relation
        if len(relations) < LETTER_PAGE:
            break
    raise adapter.not_found(f"no station-letter conversation {channel_id!r} for this seller")


def get_conversation(adapter: AliExpressAdapter, native: str) -> Flow[Conversation]:
    channel, rest = _split(native)
    if channel == "station_letter":
        adapter.require_messaging("station_letter", "get_conversation")
        relation = yield from _find_relation(adapter, rest)
        return _letter_conv(adapter, relation)
    if channel == "im":
        adapter.require_messaging("im", "get_conversation")
        times = yield from _im_times(adapter, rest)
        if not times:
            raise adapter.not_found(f"no IM conversation with buyer {rest!r}")
        newest_at, newest_inbound = max(times, key=lambda t: t[0])
        inbound = [at for at, is_in in times if is_in]
        outbound = [at for at, is_in in times if not is_in]
        return Conversation(
            id=adapter.make_id(IdKind.CONVERSATION, native),
            platform=adapter.name,
            account=adapter.account.key,
            channel=Channel.IM,
            buyer=Party(role=PartyRole.BUYER, platform_id=rest),
            status=status_from_last(newest_inbound),
            last_message_at=newest_at,
            last_inbound_at=max(inbound) if inbound else None,
            response_due=adapter.reply_due(newest_at) if newest_inbound else None,
            last_outbound_at=max(outbound) if outbound else None,
        )
    detail = yield from _dispute_detail(adapter, rest)
    from ._dispute_mapping import dispute_from_detail

    dispute = dispute_from_detail(
        detail,
        dispute_id=adapter.make_id(IdKind.DISPUTE, rest),
        account=adapter.account.key,
        conversation_id=None,
        rules=adapter.dispute_rules,
    )
    records = [parse_pacific(p.gmt_create) for p in detail.process_dto_list]
    due = dispute.timeline.seller_response_due
    return Conversation(
        id=adapter.make_id(IdKind.CONVERSATION, native),
        platform=adapter.name,
        account=adapter.account.key,
        channel=Channel.DISPUTE,
        buyer=Party(role=PartyRole.BUYER, platform_id=detail.buyer_login_id),
        order_id=detail.order_id,
        subject=detail.issue_reason,
        status=ConversationStatus.CLOSED
        if dispute.status.value in ("resolved", "rejected", "cancelled")
        else ConversationStatus.AWAITING_SELLER
        if dispute.status.value == "awaiting_seller"
        else ConversationStatus.AWAITING_BUYER,
        last_message_at=max((r for r in records if r), default=dispute.opened_at),
        response_due=due.at if due else None,
        raw=detail.model_dump(),
    )


def _dispute_detail(adapter: AliExpressAdapter, native_dispute: str) -> Flow[IssueDetail]:
    from ._disputes import fetch_detail

    return (yield from fetch_detail(adapter, native_dispute))


# ---------------------------------------------------------------------------------------------- messages


def _im_page(
    adapter: AliExpressAdapter, buyer: str, cursor: str | None, size: int
) -> Flow[tuple[list[Message], str | None]]:
    start, last_id = _cursor(cursor)
    dto = {
        "buyer_id": as_long(buyer),
        "page_size": min(size, IM_PAGE),
        "start_time": start if start is not None else int(adapter.clock.now().timestamp() * 1000),
        "last_message_id": last_id or None,
    }
    conv_id = adapter.make_id(IdKind.CONVERSATION, f"im/{buyer}")

    def parse(payload: dict[str, Any]) -> tuple[list[Message], str | None]:
        page = ImPage.model_validate(im_data(payload))
        messages = [
            im_message(
                m,
                conversation_id=conv_id,
                message_id=lambda mid: adapter.make_id(IdKind.MESSAGE, f"im/{buyer}/{mid}"),
            )
            for m in page.message_list
        ]
        more = bool(page.has_more and page.next_start_time is not None)
        return messages, (f"{page.next_start_time}:{page.last_message_id or ''}" if more else None)

    return (yield from adapter.gateway_call(API.IM_LIST, {"im_query_message_dto": dto}, parse))


def _im_times(adapter: AliExpressAdapter, buyer: str) -> Flow[list[tuple[datetime, bool]]]:
    """(sent at, inbound) of each message on the newest IM page: all a conversation is built from — reading the
    conversation before a reply builds no Message (a model, its raw dump and ids per message) it drops at once."""
    dto = {
        "buyer_id": as_long(buyer),
        "page_size": IM_PAGE,
        "start_time": int(adapter.clock.now().timestamp() * 1000),
    }

    def parse(payload: dict[str, Any]) -> list[tuple[datetime, bool]]:
        return [im_time(m) for m in ImPage.model_validate(im_data(payload)).message_list]

    return (yield from adapter.gateway_call(API.IM_LIST, {"im_query_message_dto": dto}, parse))


def list_messages(adapter: AliExpressAdapter, query: MessageQuery) -> Flow[Page[Message]]:
    channel, rest = _split(query.conversation_native_id)
    conv_id = adapter.make_id(IdKind.CONVERSATION, query.conversation_native_id)
    if channel == "im":
        adapter.require_messaging("im", "list_messages")
        messages, nxt = yield from _im_page(adapter, rest, query.cursor, query.page_size or IM_PAGE)
        messages.reverse()  # the API pages newest-first (start_time = now, §3.5); each page is returned oldest-first
    elif channel == "station_letter":
        adapter.require_messaging("station_letter", "list_messages")
        page = page_cursor(query.cursor)
        size = min(query.page_size or LETTER_PAGE, LETTER_PAGE)
        own = {adapter.account.seller_id, str(adapter.account.setting("seller_ali_id", "") or "")} - {""}

        def parse(payload: dict[str, Any]) -> tuple[list[Message], int]:
            rows = as_list(field(payload, "message_detail_list"))
            return [
                letter_message(
                    LetterDetail.model_validate(r),
                    conversation_id=conv_id,
                    message_id=lambda mid: adapter.make_id(IdKind.MESSAGE, f"station_letter/{rest}/{mid}"),
                    seller_ids=own,
                )
                for r in rows
            ], len(rows)

        messages, count = yield from adapter.gateway_call(
            API.LETTER_DETAILS, {"channel_id": rest, "current_page": page, "page_size": size}, parse
        )
        nxt = str(page + 1) if count == size and page * size < 5000 else None
    else:
        detail = yield from _dispute_detail(adapter, rest)
        messages = [
            process_message(
                p,
                i,
                conversation_id=conv_id,
                message_id=lambda idx: adapter.make_id(IdKind.MESSAGE, f"dispute/{rest}/{idx}"),
            )
            for i, p in enumerate(detail.process_dto_list)
        ]
        nxt = None
    if query.since is not None:
        messages = [m for m in messages if m.sent_at >= query.since]
    return Page(items=tuple(messages), next_cursor=nxt)


# ---------------------------------------------------------------------------------------------- sending


#: The outbox keeps a part's ref in a 512-character column; a longer URL is sent without one (not reconcilable).
_MAX_REF = 512


def _image_urls(adapter: AliExpressAdapter, attachments: tuple[Attachment, ...]) -> list[str]:
    urls = []
    for attachment in attachments:
        url = attachment.url
        host = url.split("/")[2] if url and url.startswith("https://") else None
        if (
            host is None
            or host not in adapter.allowed_url_hosts
            or not attachment.content_type.startswith("image/")
        ):
            raise UnsupportedOperationError(
                f"AliExpress messages carry images by URL only (img_url / img_path): attachment "
                f"{attachment.filename!r} needs an https URL on an AliExpress image host "
                f"({', '.join(adapter.allowed_url_hosts)}) and an image/* type",
                platform=adapter.name,
                operation="send_reply",
            )
        urls.append(str(url))
    return urls


def _sent(
    adapter: AliExpressAdapter,
    conv_native: str,
    channel: Channel,
    platform_id: str | None,
    body: str,
    key: str,
    kind: MessageKind = MessageKind.REPLY,
    attachments: tuple[Attachment, ...] = (),
) -> Message:
    return Message(
        id=adapter.make_id(IdKind.MESSAGE, f"{conv_native}/{platform_id or key}"),
        conversation_id=adapter.make_id(IdKind.CONVERSATION, conv_native),
        direction=Direction.OUTBOUND,
        sender=adapter.seller,
        kind=kind,
        channel=channel,
        body=body,
        attachments=attachments,
        sent_at=adapter.clock.now(),
        platform_message_id=platform_id,
    )


def _im_send(
    adapter: AliExpressAdapter, buyer: str, template: int, content: dict[str, object]
) -> Flow[str | None]:
    dto = {"buyer_id": as_long(buyer), "template_id": template, "scene_id": 1, "message_content_dto": content}
    return (yield from adapter.gateway_call(API.IM_SEND, {"im_send_message_dto": dto}, _sent_id, send=True))


def _sent_id(payload: dict[str, Any]) -> str | None:
    """The platform id of a sent message, when the answer names one. ``aliexpress/message/send``'s ``result`` is
    an untyped map in the official SDK and the station-letter ``addmsg`` result has no id field (§3.4), so this
    is best effort: a success answer without a readable id is still a confirmed send."""
    for scope in (field(payload, "data"), result_of(payload)):
        if isinstance(scope, dict):
            for key in ("message_id", "id"):
                value = scope.get(key)
                if isinstance(value, int | str) and not isinstance(value, bool):
                    return wire_text(value)
    return None


def _relation_of(
    adapter: AliExpressAdapter, native: str, conversation: Conversation | None
) -> LetterRelation | None:
    """The station-letter relation the client already read (``Conversation.raw``), if it is this one."""
    if conversation is None or conversation.id != adapter.make_id(IdKind.CONVERSATION, native):
        return None
    if not isinstance(conversation.raw, dict) or not conversation.raw.get("channel_id"):
        return None
    return LetterRelation.model_validate(conversation.raw)


def send_reply(
    adapter: AliExpressAdapter, native: str, draft: ReplyDraft, conversation: Conversation | None = None
) -> Flow[Message]:
    channel, rest = _split(native)
    if channel == "dispute":
        raise UnsupportedOperationError(
            "dispute negotiation records are read-only on AliExpress (dispute messages are not free-text chat); "
            "answer with client.disputes.act(...) — a counter-proposal carries your reason",
            platform=adapter.name,
            operation="send_reply",
        )
    adapter.require_messaging(channel, "send_reply")
    urls = _image_urls(adapter, draft.attachments)
    if channel == "im":
        # One platform send per part: the outbox records each, so a retry sends only what was not delivered.
        message_id = yield from send_part("text", _im_send(adapter, rest, 1, {"txt": draft.body}))
        for index, url in enumerate(urls):
            # The URL is the picture's ref: reconcile finds an ambiguous picture in the conversation by it.
            ref = url if len(url) <= _MAX_REF else None
            yield from send_part(f"image:{index}", _im_send(adapter, rest, 3, {"img_url": url}), ref=ref)
        return _sent(
            adapter,
            native,
            Channel.IM,
            message_id,
            draft.body,
            draft.idempotency_key,
            attachments=draft.attachments,
        )
    if len(urls) > 1:  # checked before any effect: the outbox records nothing for a refused reply
        raise UnsupportedOperationError(
            "a station letter carries one image (img_path)", platform=adapter.name
        )
    relation = _relation_of(adapter, native, conversation)
    if relation is None:
        relation = yield from _find_relation(adapter, rest)
    create = {
        "buyer_id": relation.other_login_id,
        "seller_id": adapter.account.seller_id,
        "content": draft.body,
        "message_type": "order" if relation.order_id else "member",
        "extern_id": relation.order_id or "0",  # §3.3: orderId for order messages, 0 for member
        "img_path": urls[0] if urls else None,
    }
    found = yield from adapter.gateway_call(API.LETTER_ADD, {"create_param": create}, _sent_id, send=True)
    return _sent(
        adapter,
        native,
        Channel.STATION_LETTER,
        found,
        draft.body,
        draft.idempotency_key,
        attachments=draft.attachments,
    )


_CARDS = {MessageKind.ORDER_CARD: (10007, "order_id"), MessageKind.PRODUCT_CARD: (10006, "item_id")}


def send_card(adapter: AliExpressAdapter, draft: ProactiveDraft) -> Flow[Message]:
    """IM cards: ``order_card`` (template 10007) and ``product_card`` (10006, ``fields["item_id"]``)."""
    if draft.kind not in _CARDS:
        raise UnsupportedOperationError(
            f"AliExpress has no {draft.kind.value!r} message; proactive kinds here are IM cards: "
            "order_card, product_card (fields: buyer_id, item_id)",
            platform=adapter.name,
            operation="send_proactive",
        )
    adapter.require_messaging("im", "send_proactive")
    buyer = draft.fields.get("buyer_id")
    if not buyer:
        raise UnsupportedOperationError("an IM card needs fields={'buyer_id': ...}", platform=adapter.name)
    template, key = _CARDS[draft.kind]
    value = draft.order_id if key == "order_id" else draft.fields.get("item_id")
    if not value:
        raise UnsupportedOperationError("a product card needs fields={'item_id': ...}", platform=adapter.name)
    message_id = yield from _im_send(adapter, str(buyer), template, {key: value})
    return _sent(
        adapter,
        f"im/{buyer}",
        Channel.IM,
        message_id,
        f"[{draft.kind.value}] {value}",
        draft.idempotency_key,
        kind=draft.kind,
    )


def _ignore(payload: dict[str, Any]) -> None:
    """Flag updates answer only success or failure (the classifier raised a failure already)."""
    return None


def mark_read(adapter: AliExpressAdapter, native: str) -> Flow[None]:
    channel, rest = _split(native)
    if channel != "station_letter":
        raise UnsupportedOperationError(
            f"AliExpress has no read flag for {channel} conversations (only station letters: updatemsgread)",
            platform=adapter.name,
            operation="mark_read",
        )
    adapter.require_messaging("station_letter", "mark_read")
    yield from adapter.gateway_call(API.LETTER_READ, {"channel_id": rest}, _ignore)
    return None


def mark_processed(adapter: AliExpressAdapter, native: str, processed: bool) -> Flow[None]:
    channel, rest = _split(native)
    if channel != "station_letter":
        raise UnsupportedOperationError("only station letters have a processed flag", platform=adapter.name)
    adapter.require_messaging("station_letter", "mark_processed")
    yield from adapter.gateway_call(
        API.LETTER_PROCESSED, {"channel_id": rest, "deal_stat": 1 if processed else 0}, _ignore
    )
    return None


def set_rank(adapter: AliExpressAdapter, native: str, rank: int) -> Flow[None]:
    channel, rest = _split(native)
    if channel != "station_letter" or not 0 <= rank <= 5:
        raise UnsupportedOperationError("rank 0–5 applies to station letters only", platform=adapter.name)
    adapter.require_messaging("station_letter", "set_rank")
    yield from adapter.gateway_call(API.LETTER_RANK, {"channel_id": rest, "rank": rank}, _ignore)
    return None


def tag_session(adapter: AliExpressAdapter, native: str, tag_code: int, remove: bool) -> Flow[None]:
    channel, rest = _split(native)
    if channel != "im" or tag_code not in (0, 1):
        raise UnsupportedOperationError(
            "session tags (0 key focus, 1 needs attention) apply to IM conversations only",
            platform=adapter.name,
        )
    adapter.require_messaging("im", "tag_session")
    dto = {"buyer_id": as_long(rest), "tag_code": tag_code, "is_deleting": remove}
    yield from adapter.gateway_call(API.IM_TAG, {"im_session_view_update_dto": dto}, _ignore)
    return None
