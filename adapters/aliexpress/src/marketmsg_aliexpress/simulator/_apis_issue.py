"""Simulated issue APIs (aliexpress.md §4.1/§4.2), on the state machine of ``_state``."""

from __future__ import annotations

from typing import Any

from ._common import Reject, api, digest, fmt, json_param, listing, long_id, require
from ._state import SimIssue

ISSUE_PAGE_MAX = 50  # §4.1


def _own_issue(sim: Any, seller: str, params: dict[str, str]) -> SimIssue:
    require(params, "issue_id", "buyer_login_id")  # both required (§4.1)
    issue: SimIssue | None = sim.state.issues.get(params.get("issue_id", ""))
    if issue is None or issue.seller != seller:
        raise Reject("15", "Remote service error", "isv.ISSUE_NOT_FOUND")
    if params.get("buyer_login_id") != issue.buyer_login_id:
        raise Reject("15", "Remote service error", "isv.invalid-parameter")  # both ids are required (§4.1)
    return issue


_SOLUTION_LONGS = ("id", "issue_id", "order_id")


def _solution_out(solution: dict[str, Any]) -> dict[str, Any]:
    """``SolutionApiDTO`` as production sends it: Long ids as numbers, absent texts as ``""`` (capture 2024-10),
    ``logistics_fee_amount`` a Long (Java DTO; its unit is unconfirmed)."""
    out = {k: ("" if v is None else v) for k, v in fmt(solution).items()}
    for key in _SOLUTION_LONGS:
        out[key] = long_id(out.get(key))
    fee = str(out.get("logistics_fee_amount") or "0")
    out["logistics_fee_amount"] = int(float(fee)) if fee.replace(".", "", 1).isdigit() else 0
    return out


def _solutions(items: list[dict[str, Any]], simplify: bool) -> Any:
    return listing([_solution_out(s) for s in items], "solution_api_dto", simplify)


def _detail(issue: SimIssue, simplify: bool) -> dict[str, Any]:
    process = [
        {
            **fmt({k: v for k, v in p.items() if k != "attachments"}),
            "issue_id": long_id(issue.id),
            "has_buyer_video": False,
            "has_seller_video": False,
            "attachments": listing(
                [{**fmt(a), "issue_id": long_id(issue.id)} for a in p["attachments"]],
                "api_attachment_dto",
                simplify,
            ),
        }
        for p in issue.process
    ]
    return {
        "id": long_id(issue.id),
        "order_id": long_id(issue.order_id),
        "parent_order_id": long_id(issue.order_id),
        "gmt_create": fmt(issue.opened_at),
        "issue_status": issue.status,
        "issue_reason_id": 1,
        "issue_reason": issue.reason,
        "buyer_login_id": issue.buyer_login_id,
        "product_id": "1005001234567890",  # a String in the Java DTO and in the production capture
        "product_name": issue.product_name,
        "product_price": issue.amount,
        "product_price_currency": issue.currency,
        "refund_money_max": issue.amount,
        "refund_money_max_currency": issue.currency,
        "refund_money_max_local": issue.amount,
        "refund_money_max_local_currency": issue.currency,
        "after_sale_warranty": False,
        "reverse_detail_status": issue.reverse,
        "timeout_type": issue.timeout_type,
        "timeout_trigger_time": fmt(issue.timeout_at),
        "buyer_solution_list": _solutions(issue.buyer_solutions, simplify),
        "seller_solution_list": _solutions(issue.seller_solutions, simplify),
        "platform_solution_list": _solutions(issue.platform_solutions, simplify),
        "process_dto_list": listing(process, "api_issue_process_dto", simplify),
    }


@api("aliexpress.issue.issuelist.get")
def issue_list(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    require(params, "query_dto")
    query = json_param(params, "query_dto")
    page, size = int(query.get("current_page") or 1), int(query.get("page_size") or 20)
    if not 1 <= size <= ISSUE_PAGE_MAX:
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    rows = [
        i
        for i in sim.state.issues.values()
        if i.seller == seller
        and (not query.get("issue_status") or i.status == query["issue_status"])
        and (not query.get("order_no") or i.order_id == str(query["order_no"]))
        and (not query.get("buyer_login_id") or i.buyer_login_id == query["buyer_login_id"])
    ]
    rows.sort(key=lambda i: (i.opened_at, i.id), reverse=True)  # newest first (the natural list order)
    chunk = rows[(page - 1) * size : page * size]
    items = [
        {
            "issue_id": long_id(i.id),
            "issue_status": i.status,
            "order_id": long_id(i.order_id),
            "parent_order_id": long_id(i.order_id),
            "buyer_login_id": i.buyer_login_id,
            "gmt_create": fmt(i.opened_at),
            "gmt_modified": fmt(i.modified_at),
            "reason_chinese": "",
            "reason_english": i.reason,
        }
        for i in chunk
    ]
    return {
        "current_page": page,
        "page_size": size,
        "total_item": len(rows),
        "data_list": listing(items, "issue_api_issue_dto", simplify),
    }


@api("aliexpress.issue.detail.get")
def issue_detail(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    issue = _own_issue(sim, seller, params)
    # AliexpressIssueDetailGetResponse: result_object at the root of <api>_response (Java SDK; capture 2024-10).
    return {"result_object": _detail(issue, simplify)}


def _open(issue: SimIssue) -> None:
    if issue.status != "processing":
        raise Reject("15", "Remote service error", "isv.ISSUE_STATUS_ERROR")


@api("aliexpress.issue.solution.agree")
def solution_agree(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    issue = _own_issue(sim, seller, params)
    require(params, "solution_id")
    _open(issue)
    solution = next(
        (s for s in issue.buyer_solutions + issue.platform_solutions if s["id"] == params.get("solution_id")),
        None,
    )
    if solution is None or solution["status"] not in ("wait_seller_accept", "wait_buyer_and_seller_accept"):
        # GUESS: the refusal's shape is unconfirmed; the response class has only result_object (Boolean).
        return {"result_object": False}
    if solution["solution_type"] == "return_and_refund" and not params.get("return_address_id"):
        raise Reject("15", "Remote service error", "isv.return-address-required")
    sim.state.reach(issue, solution, "seller", sim.clock.now())
    return {"result_object": True}  # AliexpressIssueSolutionAgreeResponse: Boolean result_object at the root


@api("aliexpress.issue.solution.save")
def solution_save(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    require(params, "param_dto")
    dto = json_param(params, "param_dto")
    issue = _own_issue(
        sim, seller, {"issue_id": str(dto.get("issue_id")), "buyer_login_id": str(dto.get("buyer_login_id"))}
    )
    _open(issue)
    adding = str(dto.get("add_seller_solution")).lower() == "true"
    if adding and not any(s["id"] == str(dto.get("buyer_solution_id")) for s in issue.buyer_solutions):
        raise Reject(
            "15", "Remote service error", "isv.invalid-parameter"
        )  # buyer_solution_id required (§4.1)
    if not adding and not any(
        s["id"] == str(dto.get("modify_seller_solution_id")) for s in issue.seller_solutions
    ):
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    if (
        adding
        and dto.get("add_solution_type") == "return_and_refund"
        and not dto.get("return_good_address_id")
    ):
        raise Reject("15", "Remote service error", "isv.return-address-required")
    try:
        amount = float(str(dto.get("refund_amount")))
    except ValueError:
        raise Reject("15", "Remote service error", "isv.invalid-parameter") from None
    if amount < 0 or amount > float(issue.amount):
        raise Reject("15", "Remote service error", "isv.refund-amount-exceeds-max")
    sim.state.seller_propose(issue, dto, sim.clock.now())
    return {"result_object": True}  # AliexpressIssueSolutionSaveResponse


@api("aliexpress.issue.image.upload")
def image_upload(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    issue = _own_issue(sim, seller, params)
    data = files.get("image_bytes")
    if not data or not params.get("extension"):
        raise Reject("MissingParameter", "image_bytes and extension are required")
    path = f"https://ae01.alicdn.com/kf/sandbox/{digest(data)}.{params['extension']}"
    sim.state.uploads.append((issue.id, data))
    sim.state.add_evidence(issue, path, sim.clock.now())
    return {"result_object": True}  # AliexpressIssueImageUploadResponse
