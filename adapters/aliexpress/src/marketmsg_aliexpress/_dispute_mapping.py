"""Issue payloads → unified :class:`~marketmsg.Dispute` (status table per MODEL.md, solutions, evidence, timeline)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from marketmsg import (
    Attachment,
    Dispute,
    DisputeStatus,
    Money,
    ReachedType,
    Solution,
    SolutionKind,
    SolutionStatus,
)

from ._pacific import parse_pacific
from ._wire import IssueDetail, IssueSummary, SolutionDto
from .timeline import DEFAULT_RULES, DisputeRules, compute_timeline

__all__ = ["dispute_from_detail", "dispute_from_summary", "dispute_status", "money"]

# MODEL.md "Dispute": reverse_detail_status (while processing) → unified status.
_REVERSE_STATUS: dict[str, DisputeStatus] = {
    **dict.fromkeys(
        (
            "wait_for_seller_response",
            "wait_for_your_response",
            "wait_for_your_evidence",
            "wait_for_seller_set_return_address",
            "wait_for_seller_confirmation",
        ),
        DisputeStatus.AWAITING_SELLER,
    ),
    **dict.fromkeys(("wait_for_buyer_response", "wait_for_buyer_return"), DisputeStatus.AWAITING_BUYER),
    **dict.fromkeys(
        (
            "wait_for_service_provider_response",
            "wait_for_warehouse_confirmation",
            "wait_for_warehouse_quality_check",
        ),
        DisputeStatus.IN_RETURN,
    ),
    **dict.fromkeys(
        ("wait_for_AE_feedback", "wait_ae_final_feedback", "wait_for_final_solution"), DisputeStatus.ESCALATED
    ),
    **dict.fromkeys(("refund_success", "return_success", "ae_feedback_finish"), DisputeStatus.RESOLVED),
    "refund_reject": DisputeStatus.REJECTED,
}
_SOLUTION_STATUS: dict[str, SolutionStatus] = {
    **dict.fromkeys(
        ("wait_buyer_and_seller_accept", "wait_buyer_accept", "wait_seller_accept"), SolutionStatus.PROPOSED
    ),
    "reached": SolutionStatus.REACHED,
    "buyer_refused": SolutionStatus.REFUSED,
    "seller_accept_and_buyer_refused": SolutionStatus.REFUSED,
    "reach_cancle": SolutionStatus.CANCELLED,  # sic, the platform's spelling
    "perform": SolutionStatus.EXECUTING,
}
_REACHED: dict[str, ReachedType] = {
    "negotiation_consensus": ReachedType.NEGOTIATION,
    "platform_arbitrate": ReachedType.ARBITRATION,
    "seller_reponse_timeout": ReachedType.SELLER_TIMEOUT,  # sic
}


def dispute_status(issue_status: str | None, reverse_status: str | None) -> DisputeStatus:
    """The unified status; an unknown combination is ``UNKNOWN`` (kept in ``raw_status``), never an error."""
    if issue_status == "canceled_issue":
        return DisputeStatus.CANCELLED
    if reverse_status in _REVERSE_STATUS:
        return _REVERSE_STATUS[reverse_status]
    if issue_status == "finish":
        return DisputeStatus.RESOLVED
    if issue_status == "processing" and reverse_status is None:
        return (
            DisputeStatus.AWAITING_SELLER
        )  # the list API gives no sub-status; an open dispute needs the seller
    return DisputeStatus.UNKNOWN


def money(amount: object, currency: object) -> Money | None:
    """A Money from the platform's string amount (major units) and currency; None when either is missing."""
    if amount in (None, "") or not currency:
        return None
    try:
        value = Decimal(str(amount))
    except InvalidOperation:
        return None
    try:
        return Money(amount=abs(value), currency=str(currency))
    except ValueError:
        return None


def _solution(dto: SolutionDto, proposer: str) -> Solution:
    kind = {"refund": SolutionKind.REFUND, "return_and_refund": SolutionKind.RETURN_AND_REFUND}.get(
        dto.solution_type or "", SolutionKind.OTHER
    )
    return Solution(
        id=dto.id,
        proposer=dto.solution_owner or proposer,
        kind=kind,
        amount=money(dto.refund_money, dto.refund_money_currency),
        amount_usd=money(dto.refund_money_post, dto.refund_money_post_currency),
        logistics_fee=money(dto.logistics_fee_amount, dto.logistics_fee_amount_currency),
        logistics_fee_bearer=dto.logistics_fee_bear_role,
        status=_SOLUTION_STATUS.get(dto.status or "", SolutionStatus.UNKNOWN),
        reached_type=_REACHED.get(dto.reached_type, ReachedType.UNKNOWN) if dto.reached_type else None,
        reason=dto.content,
        created_at=parse_pacific(dto.gmt_create),
        raw=dto.model_dump(),
    )


def dispute_from_summary(
    summary: IssueSummary, *, dispute_id: str, account: str, rules: DisputeRules = DEFAULT_RULES
) -> Dispute:
    """A dispute from a list row. The list API carries no solutions, amounts or countdown, so an open dispute
    gets the rule-table timeline counted from its opening (``rule:*`` sources); ``get`` gives the platform's."""
    opened = parse_pacific(summary.gmt_create)
    status = dispute_status(summary.issue_status, None)
    values: dict[str, Any] = {}
    if opened is not None and summary.issue_status == "processing":
        values["timeline"] = compute_timeline(opened_at=opened, rules=rules)
    return Dispute(
        **values,
        id=dispute_id,
        platform="aliexpress",
        account=account,
        order_id=summary.order_id,
        status=status,
        raw_status=summary.issue_status,
        reason=summary.reason_english or summary.reason_chinese,
        opened_at=opened,
        updated_at=parse_pacific(summary.gmt_modified),
        raw=summary.model_dump(),
    )


def _buyer_changed_at(detail: IssueDetail) -> Any:
    times = [parse_pacific(s.gmt_modified or s.gmt_create) for s in detail.buyer_solution_list]
    known = [t for t in times if t is not None]
    return max(known) if known else None


def dispute_from_detail(
    detail: IssueDetail,
    *,
    dispute_id: str,
    account: str,
    conversation_id: str | None,
    rules: DisputeRules = DEFAULT_RULES,
) -> Dispute:
    """A full dispute from ``issue.detail.get``, with its timeline (platform countdown, else rules)."""
    status = dispute_status(detail.issue_status, detail.reverse_detail_status)
    opened = parse_pacific(detail.gmt_create)
    evidence = tuple(
        Attachment(
            filename=(att.file_path or "evidence").rsplit("/", 1)[-1],
            content_type="image/jpeg",
            size=0,
            url=att.file_path,
            raw=att.model_dump(),
        )
        for process in detail.process_dto_list
        for att in process.attachments
        if att.file_path
    )
    timeline = None
    if opened is not None and status not in (
        DisputeStatus.RESOLVED,
        DisputeStatus.REJECTED,
        DisputeStatus.CANCELLED,
    ):
        reached = [
            s for s in detail.seller_solution_list + detail.buyer_solution_list if s.status == "reached"
        ]
        return_agreed = (
            parse_pacific(reached[0].reached_time)
            if reached and reached[0].solution_type == "return_and_refund"
            else None
        )
        timeline = compute_timeline(
            opened_at=opened,
            buyer_changed_at=_buyer_changed_at(detail),
            timeout_type=detail.timeout_type,
            timeout_at=parse_pacific(detail.timeout_trigger_time),
            awaiting_seller=status is DisputeStatus.AWAITING_SELLER,
            return_agreed_at=return_agreed,
            rules=rules,
        )
    values: dict[str, Any] = {}
    if timeline is not None:
        values["timeline"] = timeline
    return Dispute(
        id=dispute_id,
        platform="aliexpress",
        account=account,
        order_id=detail.order_id,
        status=status,
        raw_status=detail.reverse_detail_status or detail.issue_status,
        reason=detail.issue_reason,
        opened_at=opened,
        amount=money(detail.refund_money_max, detail.refund_money_max_currency),
        buyer_solutions=tuple(_solution(s, "buyer") for s in detail.buyer_solution_list),
        seller_solutions=tuple(_solution(s, "seller") for s in detail.seller_solution_list),
        platform_solutions=tuple(_solution(s, "platform") for s in detail.platform_solution_list),
        evidence=evidence,
        conversation_id=conversation_id,
        raw=detail.model_dump(),
        **values,
    )
