"""Wire DTOs for the payloads we read, one per object of aliexpress.md §3.4, §3.5, §4.1 and §4.2.

Types are **coerced at the wire boundary, never trusted** (the official Java SDK's ``Converters`` does the same:
a ``Long`` field accepts a numeric string, a ``Boolean`` the string ``"true"``, a ``String`` field a number or
an object): ids and amounts arrive as numbers or strings (production sends issue/order ids as numbers and
``product_id`` as a string — a captured ``issue.detail.get`` answer, Oct 2024), booleans as ``true`` or
``"true"``, lists in both encodings (simplified and ``{"item_name": [...]}``, :func:`as_list`), empty values as
``""``. A value that cannot be read (an object where an id belongs, a non-finite number) raises a pydantic
error, which the response boundary (``_response.guarded``) turns into a typed error naming the field only.
"""

from __future__ import annotations

import json
import math
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, field_validator

from ._envelope import as_list

__all__ = [
    "ImBuyerPage",
    "ImBuyerRow",
    "ImMessage",
    "ImPage",
    "IssueAttachment",
    "IssueDetail",
    "IssuePage",
    "IssueProcess",
    "IssueSummary",
    "LetterDetail",
    "LetterRelation",
    "SolutionDto",
    "as_long",
    "wire_bool",
    "wire_int",
    "wire_text",
]

_MAX_TEXT = 1_000_000  # one field larger than this is not a platform value
_TRUE = frozenset({"true", "1", "y", "yes"})
_FALSE = frozenset({"false", "0", "n", "no", ""})


def wire_text(value: Any) -> str | None:
    """A platform scalar as text: numbers exactly (``6346213853171470``, ``25.5``), booleans as
    ``true``/``false``, objects as compact JSON (as the Java SDK does for String fields), ``""``/null → None."""
    if type(value) is str:  # most fields, before four type checks (the same answer as the str branch below)
        if len(value) > _MAX_TEXT:
            raise ValueError("text too long")
        return value if value.strip() else None
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("not a finite number")
        return str(int(value)) if value.is_integer() and abs(value) < 2**63 else repr(value)
    if isinstance(value, str):
        if len(value) > _MAX_TEXT:
            raise ValueError("text too long")
        return value if value.strip() else None
    if isinstance(value, dict | list):
        return json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    raise ValueError("not a scalar")


def _required_text(value: Any) -> str:
    text = wire_text(value)
    if text is None or isinstance(value, dict | list):
        raise ValueError("missing or not a scalar id")
    return text.strip()


def wire_bool(value: Any) -> bool | None:
    """A platform boolean (``true``, ``"true"``, ``1``, ``"1"``, ``"false"``…) as bool; unknown or absent → None."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return bool(value) if value in (0, 1) else None
    if isinstance(value, str):
        text = value.strip().lower()
        return True if text in _TRUE else False if text in _FALSE and text else None
    return None


def wire_int(value: Any, *, lo: int = 0, hi: int = 2**63 - 1) -> int | None:
    """A count or epoch value as int (number or numeric string); None when absent; ValueError when absurd."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError("a boolean where a number belongs")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise ValueError("not a whole number")
        value = int(value)
    if isinstance(value, str):
        text = value.strip()
        if not text.lstrip("-").isdigit() or len(text) > 20:
            raise ValueError("not a whole number")
        value = int(text)
    if not isinstance(value, int) or not lo <= value <= hi:
        raise ValueError("a number out of range")
    return value


def as_long(value: Any) -> Any:
    """A DTO value the official SDK types ``Long`` as a JSON number (``"8100000001"`` → ``8100000001``); other
    values unchanged (the request builder drops None)."""
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value.strip()) <= 19:
        return int(value.strip())
    return value


Text = Annotated[str | None, BeforeValidator(wire_text)]
Id = Annotated[str, BeforeValidator(_required_text)]
Flag = Annotated[bool | None, BeforeValidator(wire_bool)]
Count = Annotated[int | None, BeforeValidator(wire_int)]


def _mapping_or_none(value: Any) -> Any:
    if value is None or value in ("", []):
        return None
    return value  # anything but an object fails validation (→ a typed error naming the field)


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class IssueSummary(_Wire):
    """An ``aliexpress.issue.issuelist.get`` row (``issue_api_issue_dto``)."""

    issue_id: Id
    issue_status: Text = None
    order_id: Text = None
    parent_order_id: Text = None
    buyer_login_id: Text = None
    gmt_create: Text = None
    gmt_modified: Text = None
    reason_chinese: Text = None
    reason_english: Text = None


class IssueAttachment(_Wire):
    file_path: Text = None
    owner: Text = None
    gmt_create: Text = None
    issue_process_id: Text = None


class IssueProcess(_Wire):
    """A negotiation record (``process_dto_list``)."""

    action_type: Text = None
    content: Text = None
    gmt_create: Text = None
    submit_member_type: Text = None
    receive_goods: Flag = None
    has_buyer_video: Flag = None
    has_seller_video: Flag = None
    issue_id: Text = None
    attachments: list[IssueAttachment] = []

    @field_validator("attachments", mode="before")
    @classmethod
    def _list(cls, value: Any) -> list[Any]:
        return as_list(value)


class SolutionDto(_Wire):
    """``SolutionApiDTO``."""

    id: Id
    issue_id: Text = None
    order_id: Text = None
    solution_type: Text = None
    solution_owner: Text = None
    status: Text = None
    is_default: Flag = None
    content: Text = None
    refund_money: Text = None
    refund_money_currency: Text = None
    refund_money_post: Text = None
    refund_money_post_currency: Text = None
    logistics_fee_amount: Text = None
    logistics_fee_amount_currency: Text = None
    logistics_fee_bear_role: Text = None
    reached_type: Text = None
    reached_time: Text = None
    buyer_accept_time: Text = None
    seller_accept_time: Text = None
    gmt_create: Text = None
    gmt_modified: Text = None
    version: Text = None


class IssueDetail(_Wire):
    """``IssueDetailOpenApiDTO`` (``result_object`` of ``aliexpress.issue.detail.get``)."""

    id: Id
    order_id: Text = None
    parent_order_id: Text = None
    gmt_create: Text = None
    issue_status: Text = None
    issue_reason_id: Text = None
    issue_reason: Text = None
    buyer_login_id: Text = None
    product_id: Text = None
    product_name: Text = None
    product_price: Text = None
    product_price_currency: Text = None
    refund_money_max: Text = None
    refund_money_max_currency: Text = None
    refund_money_max_local: Text = None
    refund_money_max_local_currency: Text = None
    after_sale_warranty: Flag = None
    buyer_return_logistics_company: Text = None
    buyer_return_logistics_lp_no: Text = None
    buyer_return_no: Text = None
    reverse_detail_status: Text = None
    timeout_type: Text = None
    timeout_trigger_time: Text = None
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
    """A message of ``aliexpress/message/list`` (§3.5, ``AliexpressMessageListAeImMessageDTO``): ``content`` is
    a JSON string (an object is accepted and kept as its JSON text, as the Java SDK does), ``send_time`` epoch
    ms, account/template types numbers."""

    message_id: Id
    from_account_id: Text = None
    from_account_type: Text = None
    to_account_id: Text = None
    to_account_type: Text = None
    template_id: Text = None
    type: Text = None
    content: Text = None
    send_time: Text = None


class LetterRelation(_Wire):
    """A ``relation_result`` of ``…versiontwo.querymsgrelationlist`` (§3.4)."""

    channel_id: Id
    child_id: Text = None
    child_name: Text = None
    deal_stat: Text = None
    read_stat: Text = None
    rank: Text = None
    unread_count: Count = None
    last_message_id: Text = None
    last_message_content: Text = None
    last_message_is_own: Flag = None
    message_time: Text = None
    order_id: Text = None
    other_ali_id: Text = None
    other_login_id: Text = None
    other_name: Text = None


class LetterDetail(_Wire):
    """A ``MessageDetail`` of ``…versiontwo.querymsgdetaillist`` (§3.4)."""

    id: Id
    content: Text = None
    gmt_create: Text = None
    message_type: Text = None
    extern_id: Text = None
    sender_ali_id: Text = None
    sender_name: Text = None
    file_path_list: list[dict[str, Any]] = []
    summary: Annotated[dict[str, Any] | None, BeforeValidator(_mapping_or_none)] = None

    @field_validator("file_path_list", mode="before")
    @classmethod
    def _list(cls, value: Any) -> list[Any]:
        return as_list(value)


def _listed(value: Any) -> list[Any]:
    return as_list(value)


class IssuePage(_Wire):
    """``AliexpressIssueIssuelistGetResponse``: ``current_page``, ``page_size``, ``total_item`` (Integer) and
    ``data_list`` (``issue_api_issue_dto`` items), at the root of ``<api>_response``."""

    current_page: Count = None
    page_size: Count = None
    total_item: Count = None
    data_list: Annotated[list[IssueSummary], BeforeValidator(_listed)] = []


class ImPage(_Wire):
    """``AliexpressMessageListFetchAeImMessageResultDTO`` (``result.data`` of ``aliexpress/message/list``)."""

    message_list: Annotated[list[ImMessage], BeforeValidator(_listed)] = []
    has_more: Flag = None
    next_start_time: Count = None
    last_message_id: Text = None


class ImBuyerRow(_Wire):
    """A row of ``aliexpress/message/history/buyer/list``. The official SDK types that answer as an untyped map,
    so every field here is UNCONFIRMED (the simulator's assumption, documented in docs/sandbox.md)."""

    buyer_id: Id
    buyer_login_id: Text = None
    last_message_time: Text = None
    last_message_from_buyer: Flag = None
    unread_count: Count = None
    tag_code: Text = None


class ImBuyerPage(_Wire):
    """``result.data`` of ``aliexpress/message/history/buyer/list`` (UNCONFIRMED, see :class:`ImBuyerRow`)."""

    buyer_list: Annotated[list[ImBuyerRow], BeforeValidator(_listed)] = []
    has_more: Flag = None
    next_start_time: Count = None
    last_buyer_id: Text = None
