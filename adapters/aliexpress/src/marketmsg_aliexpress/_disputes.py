"""Dispute flows: list, detail, and the seller's actions (accept, counter-propose / refuse, upload evidence).

Dispute native ids are ``<issue id>/<order id>``: ``issue.detail.get`` requires the buyer's login id too
(§4.1), which we learn from listings or look up by order (``issuelist.get`` with ``order_no``), so buyer PII
never has to live in an id.
"""

from __future__ import annotations

import mimetypes
from typing import TYPE_CHECKING, Any

from marketmsg import (
    AcceptSolution,
    ConfigurationError,
    Dispute,
    DisputeStatus,
    InvalidIdError,
    NotFoundError,
    ProposeSolution,
    SolutionKind,
    UploadEvidence,
)
from marketmsg.adapter import DisputeAction, DisputeContext, DisputeQuery, Flow
from marketmsg.models import IdKind, Page

from ._conversations import ISSUE_PAGE, dispute_conv_id, issue_rows, page_cursor
from ._dispute_mapping import dispute_from_detail, dispute_from_summary
from ._envelope import field, truthy
from ._limits import API
from ._response import Malformed
from ._wire import IssueDetail

if TYPE_CHECKING:
    from ._adapter import AliExpressAdapter

__all__ = ["act_on_dispute", "fetch_detail", "get_dispute", "list_disputes"]

# Unified status → the list API's issue_status filter (§4.1).
_LIST_STATUS = {
    DisputeStatus.CANCELLED: "canceled_issue",
    DisputeStatus.RESOLVED: "finish",
    DisputeStatus.REJECTED: "finish",
}


def _split(native: str) -> tuple[str, str | None]:
    issue, _, order = native.partition("/")
    if not issue:
        raise InvalidIdError(f"{native!r} is not an AliExpress dispute (expected <issue id>/<order id>)")
    return issue, (order if order and order != "-" else None)


def list_disputes(adapter: AliExpressAdapter, query: DisputeQuery) -> Flow[Page[Dispute]]:
    page = page_cursor(query.cursor)
    size = min(query.page_size or ISSUE_PAGE, ISSUE_PAGE)
    status = _LIST_STATUS.get(query.status, "processing") if query.status is not None else None
    rows, total = yield from issue_rows(
        adapter, page, size, status=status, order=query.order_id, buyer=query.buyer_id
    )
    disputes = []
    for row in rows:
        native = f"{row.issue_id}/{row.order_id or '-'}"
        dispute = dispute_from_summary(
            row,
            dispute_id=adapter.make_id(IdKind.DISPUTE, native),
            account=adapter.account.key,
            rules=adapter.dispute_rules,
        )
        dispute = dispute.model_copy(
            update={"conversation_id": dispute_conv_id(adapter, row.issue_id, row.order_id)}
        )
        if query.status is not None and query.status not in (dispute.status, DisputeStatus.AWAITING_SELLER):
            continue
        if query.since is not None and dispute.updated_at is not None and dispute.updated_at < query.since:
            continue
        disputes.append(dispute)
    more = page * size < total if total is not None else len(rows) == size
    return Page(items=tuple(disputes), next_cursor=str(page + 1) if more else None)


def _buyer_login(adapter: AliExpressAdapter, issue: str, order: str | None) -> Flow[str]:
    if order and order in adapter.buyer_logins:
        return adapter.buyer_logins[order]
    if order:
        rows, _ = yield from issue_rows(adapter, 1, ISSUE_PAGE, order=order)
        for row in rows:
            if row.issue_id == issue and row.buyer_login_id:
                return row.buyer_login_id
    raise NotFoundError(
        f"no AliExpress dispute {issue!r} for order {order!r} on this account", platform=adapter.name
    )


def _detail_of(payload: dict[str, Any]) -> IssueDetail | None:
    """``AliexpressIssueDetailGetResponse``: ``result_object`` at the root of the payload (production); a
    ``result`` wrapper around it is tolerated. An absent or empty object means no such dispute."""
    detail = field(payload, "result_object")
    if detail is None or detail in ({}, ""):
        return None
    return IssueDetail.model_validate(detail)


def _confirmed(payload: dict[str, Any]) -> bool:
    """agree / save / upload answer ``result_object: true`` (Boolean, root of the payload). ``false`` was raised
    by the classifier already; anything else does not confirm the action (→ UnconfirmedSendError)."""
    if truthy(field(payload, "result_object")) is not True:
        raise Malformed("the answer does not confirm the action (no result_object: true)")
    return True


def fetch_detail(adapter: AliExpressAdapter, native: str) -> Flow[IssueDetail]:
    """``issue.detail.get`` for a dispute native id (looking the buyer login up when needed)."""
    issue, order = _split(native)
    buyer = yield from _buyer_login(adapter, issue, order)
    parsed = yield from adapter.gateway_call(
        API.ISSUE_DETAIL, {"issue_id": issue, "buyer_login_id": buyer}, _detail_of
    )
    if parsed is None:
        raise adapter.not_found(f"AliExpress returned no detail for dispute {issue!r}")
    if parsed.order_id and parsed.buyer_login_id:
        adapter.buyer_logins[parsed.order_id] = parsed.buyer_login_id
    return parsed


def get_dispute(adapter: AliExpressAdapter, native: str) -> Flow[Dispute]:
    detail = yield from fetch_detail(adapter, native)
    issue, order = _split(native)
    return dispute_from_detail(
        detail,
        dispute_id=adapter.make_id(IdKind.DISPUTE, native),
        account=adapter.account.key,
        conversation_id=dispute_conv_id(adapter, issue, detail.order_id or order),
        rules=adapter.dispute_rules,
    )


def _return_address(adapter: AliExpressAdapter, given: str | None, what: str) -> str:
    address = given or adapter.account.setting("return_address_id")
    if not address:
        raise ConfigurationError(
            f"{what} is a return: AliExpress needs the seller's return address id — pass return_address_id= "
            "or set Account.settings['return_address_id']",
            field="return_address_id",
        )
    return str(address)


def _accept(
    adapter: AliExpressAdapter, issue: str, buyer: str, detail: IssueDetail, action: AcceptSolution
) -> Flow[Any]:
    solutions = {
        s.id: s
        for s in detail.buyer_solution_list + detail.platform_solution_list + detail.seller_solution_list
    }
    chosen = solutions.get(action.solution_id)
    if chosen is None:
        raise NotFoundError(
            f"dispute {issue!r} has no solution {action.solution_id!r}", platform=adapter.name
        )
    params: dict[str, object] = {
        "issue_id": issue,
        "solution_id": action.solution_id,
        "buyer_login_id": buyer,
    }
    if chosen.solution_type == "return_and_refund":
        params["return_address_id"] = _return_address(adapter, None, f"solution {action.solution_id}")
    return (yield from adapter.gateway_call(API.SOLUTION_AGREE, params, _confirmed, send=True))


def _propose(
    adapter: AliExpressAdapter, issue: str, buyer: str, detail: IssueDetail, action: ProposeSolution
) -> Flow[Any]:
    own = {s.id for s in detail.seller_solution_list}
    modify = action.replaces_solution_id in own
    dto: dict[str, object] = {
        "issue_id": issue,
        "buyer_login_id": buyer,
        "add_seller_solution": not modify,
        "add_solution_type": "refund" if action.kind is SolutionKind.REFUND else "return_and_refund",
        "refund_amount": format(action.amount.amount, "f"),
        "refund_amount_currency": action.amount.currency,
        "solution_context": action.reason,
    }
    if modify:
        dto["modify_seller_solution_id"] = action.replaces_solution_id
    else:
        refused = action.replaces_solution_id or next(
            (
                s.id
                for s in reversed(detail.buyer_solution_list)
                if s.status not in ("reached", "reach_cancle")
            ),
            None,
        )
        if refused is None:
            raise ConfigurationError(
                "there is no buyer solution to answer; pass replaces_solution_id=",
                field="replaces_solution_id",
            )
        dto["buyer_solution_id"] = refused
        if action.kind is SolutionKind.RETURN_AND_REFUND:
            dto["return_good_address_id"] = _return_address(adapter, action.return_address_id, "the proposal")
    return (yield from adapter.gateway_call(API.SOLUTION_SAVE, {"param_dto": dto}, _confirmed, send=True))


def _upload(adapter: AliExpressAdapter, issue: str, buyer: str, action: UploadEvidence) -> Flow[None]:
    if action.note:
        # Dropping the text silently would lose what the seller meant to say.
        raise ConfigurationError(
            "issue.image.upload carries images only, no text: put the explanation in a ProposeSolution reason",
            field="note",
        )
    for attachment in action.attachments:
        if attachment.content is None or not attachment.content_type.startswith("image/"):
            raise ConfigurationError(
                f"evidence {attachment.filename!r}: issue.image.upload takes image bytes "
                "(Attachment.from_bytes(name, data, 'image/jpeg'))",
                field="attachments",
            )
        extension = (mimetypes.guess_extension(attachment.content_type) or ".jpg").lstrip(".")
        files = {"image_bytes": (attachment.filename, attachment.content, attachment.content_type)}
        params = {"issue_id": issue, "buyer_login_id": buyer, "extension": extension}
        yield from adapter.gateway_call(API.IMAGE_UPLOAD, params, _confirmed, send=True, files=files)
    return None


def _known_detail(context: DisputeContext) -> IssueDetail | None:
    """The detail the client read just before (``Dispute.raw`` is the ``issue.detail.get`` answer), or None."""
    dispute = context.dispute
    if dispute is None or not isinstance(dispute.raw, dict) or not dispute.raw.get("buyer_login_id"):
        return None
    return IssueDetail.model_validate(dispute.raw)


def act_on_dispute(
    adapter: AliExpressAdapter, native: str, action: DisputeAction, context: DisputeContext = DisputeContext()
) -> Flow[Dispute]:
    """The action, on the detail the client read before its rules ran (read here only without one)."""
    issue, _ = _split(native)
    detail = _known_detail(context)
    if detail is None:
        detail = yield from fetch_detail(adapter, native)
    buyer = detail.buyer_login_id or ""
    if isinstance(action, AcceptSolution):
        yield from _accept(adapter, issue, buyer, detail, action)
    elif isinstance(action, ProposeSolution):
        yield from _propose(adapter, issue, buyer, detail, action)
    else:
        yield from _upload(adapter, issue, buyer, action)
    return (yield from get_dispute(adapter, native))
