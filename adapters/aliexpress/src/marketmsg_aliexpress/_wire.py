"""Wire DTOs for the payloads we read: lenient (unknown fields kept, numbers accepted as strings), one per
object of aliexpress.md §3.4, §3.5, §4.1 and §4.2. Lists go through :func:`as_list`, so both list encodings
(simplified and ``{"item_name": [...]}``) parse the same."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator

from ._envelope import as_list

__all__ = [
    "ImMessage",
    "IssueAttachment",
    "IssueDetail",
    "IssueProcess",
    "IssueSummary",
    "LetterDetail",
    "LetterRelation",
    "SolutionDto",
]


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True, populate_by_name=True)


class IssueSummary(_Wire):
    """An ``aliexpress.issue.issuelist.get`` row (``issue_api_issue_dto``)."""

    issue_id: str
    issue_status: str | None = None
    order_id: str | None = None
    parent_order_id: str | None = None
    buyer_login_id: str | None = None
    gmt_create: str | None = None
    gmt_modified: str | None = None
    reason_chinese: str | None = None
    reason_english: str | None = None


class IssueAttachment(_Wire):
    file_path: str | None = None
    owner: str | None = None
    gmt_create: str | None = None
    issue_process_id: str | None = None


class IssueProcess(_Wire):
    """A negotiation record (``process_dto_list``)."""

    action_type: str | None = None
    content: str | None = None
    gmt_create: str | None = None
    submit_member_type: str | None = None
    receive_goods: bool | None = None
    attachments: list[IssueAttachment] = []

    @field_validator("attachments", mode="before")
    @classmethod
    def _list(cls, value: Any) -> list[Any]:
        return as_list(value)


class SolutionDto(_Wire):
    """``SolutionApiDTO``."""

    id: str
    issue_id: str | None = None
    order_id: str | None = None
    solution_type: str | None = None
    solution_owner: str | None = None
    status: str | None = None
    is_default: bool | None = None
    content: str | None = None
    refund_money: str | None = None
    refund_money_currency: str | None = None
    refund_money_post: str | None = None
    refund_money_post_currency: str | None = None
    logistics_fee_amount: str | None = None
    logistics_fee_amount_currency: str | None = None
    logistics_fee_bear_role: str | None = None
    reached_type: str | None = None
    reached_time: str | None = None
    buyer_accept_time: str | None = None
    seller_accept_time: str | None = None
    gmt_create: str | None = None
    gmt_modified: str | None = None


class IssueDetail(_Wire):
    """``IssueDetailOpenApiDTO`` (``result_object`` of ``aliexpress.issue.detail.get``)."""

    id: str
    order_id: str | None = None
    parent_order_id: str | None = None
    gmt_create: str | None = None
    issue_status: str | None = None
    issue_reason: str | None = None
    buyer_login_id: str | None = None
    product_name: str | None = None
    refund_money_max: str | None = None
    refund_money_max_currency: str | None = None
    refund_money_max_local: str | None = None
    refund_money_max_local_currency: str | None = None
    after_sale_warranty: bool | None = None
    reverse_detail_status: str | None = None
    timeout_type: str | None = None
    timeout_trigger_time: str | None = None
    buyer_solution_list: list[SolutionDto] = []
    seller_solution_list: list[SolutionDto] = []
    platform_solution_list: list[SolutionDto] = []
    process_dto_list: list[IssueProcess] = []

    @field_validator(
        "buyer_solution_list",
        "seller_solution_list",
        "platform_solution_list",
        "process_dto_list",
        mode="before",
    )
    @classmethod
    def _list(cls, value: Any) -> list[Any]:
        return as_list(value)


class ImMessage(_Wire):
    """A message of ``aliexpress/message/list`` (§3.5); ``content`` is a JSON string."""

    message_id: str
    from_account_id: str | None = None
    from_account_type: str | None = None
    to_account_id: str | None = None
    to_account_type: str | None = None
    template_id: str | None = None
    type: str | None = None
    content: str | None = None
    send_time: str | None = None


class LetterRelation(_Wire):
    """A ``relation_result`` of ``…versiontwo.querymsgrelationlist`` (§3.4)."""

    channel_id: str
    child_id: str | None = None
    child_name: str | None = None
    deal_stat: str | None = None
    read_stat: str | None = None
    rank: str | None = None
    unread_count: str | None = None
    last_message_id: str | None = None
    last_message_content: str | None = None
    last_message_is_own: bool | None = None
    message_time: str | None = None
    order_id: str | None = None
    other_ali_id: str | None = None
    other_login_id: str | None = None
    other_name: str | None = None


class LetterDetail(_Wire):
    """A ``MessageDetail`` of ``…versiontwo.querymsgdetaillist`` (§3.4)."""

    id: str
    content: str | None = None
    gmt_create: str | None = None
    message_type: str | None = None
    extern_id: str | None = None
    sender_ali_id: str | None = None
    sender_name: str | None = None
    file_path_list: list[dict[str, Any]] = []
    summary: dict[str, Any] | None = None

    @field_validator("file_path_list", mode="before")
    @classmethod
    def _list(cls, value: Any) -> list[Any]:
        return as_list(value)
