"""Simulated messaging APIs: IM ``aliexpress/message/*`` (§3.5) and station letters ``…versiontwo.*`` (§3.3).

The IM buyer-list answer (``history/buyer/list``) is an untyped map in the official SDK; the row fields served
here (``buyer_id``, ``buyer_login_id``, ``last_message_time``, ``last_message_from_buyer``, ``unread_count``) are
the simulator's assumption, documented as unconfirmed. So is the ``data`` of ``session/get`` (untyped map in the
SDK): ``buyer_id``, ``buyer_login_id``, ``unread_count``, ``tag_code``. ``session/open``'s answer is typed in the
SDK (``open_result`` SUCCESS | FAIL, ``current_buyer_id``); a buyer the seller has no session with gets a new,
empty one when the login id is given, else FAIL.
"""

from __future__ import annotations

from typing import Any

from ._common import Reject, api, fmt, json_param, listing
from ._state import SimLetter

IM_PAGE_MAX = 20  # §3.5
LETTER_PAGE_MAX = 100  # §3.3


def _im_result(data: dict[str, Any]) -> dict[str, Any]:
    return {"result": {"success": True, "error_code": None, "error_message": None, "data": data}}


def _im_failure(code: str, message: str) -> dict[str, Any]:
    return {"result": {"success": False, "error_code": code, "error_message": message, "data": None}}


def _page_size(value: object, maximum: int) -> int:
    size = int(str(value or maximum))
    if not 1 <= size <= maximum:
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    return size


def _after_cursor(
    items: list[dict[str, Any]], start: object, last: object, time_key: str, id_key: str
) -> list[dict[str, Any]]:
    """Newest-first items strictly after the cursor (``start_time`` + last id seen)."""
    start_ms = int(str(start)) if start not in (None, "") else None
    out = []
    for item in items:
        t = item[time_key]
        if start_ms is not None and (
            t > start_ms or (t == start_ms and last and str(item[id_key]) >= str(last))
        ):
            continue
        out.append(item)
    return out


@api("aliexpress/message/history/buyer/list")
def im_buyers(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "ae_im_query_session_dto")
    size = _page_size(dto.get("page_size"), IM_PAGE_MAX)
    rows = []
    for buyer_id, session in sim.state.im.get(seller, {}).items():
        if not session["messages"]:  # opened but never written in: not part of the message history
            continue
        last = session["messages"][-1]
        rows.append(
            {
                "buyer_id": int(buyer_id),
                "buyer_login_id": session["login"],
                "last_message_time": last["send_time"],
                "last_message_from_buyer": last["from_account_type"] == 11,
                "unread_count": session["unread"],
                "tag_code": session.get("tag"),
            }
        )
    rows.sort(key=lambda r: (r["last_message_time"], r["buyer_id"]), reverse=True)
    rows = _after_cursor(
        rows, dto.get("start_time"), dto.get("last_buyer_id"), "last_message_time", "buyer_id"
    )
    page = rows[:size]
    more = len(rows) > size
    data = {
        "buyer_list": listing(page, "buyer_dto", simplify),
        "has_more": more,
        "next_start_time": page[-1]["last_message_time"] if page else None,
        "last_buyer_id": page[-1]["buyer_id"] if page else None,
    }
    return _im_result(data)


@api("aliexpress/message/list")
def im_list(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "im_query_message_dto")
    size = _page_size(dto.get("page_size"), IM_PAGE_MAX)
    session = sim.state.im.get(seller, {}).get(str(dto.get("buyer_id")))
    if session is None:
        return _im_result({"message_list": listing([], "message_dto", simplify), "has_more": False})
    items = sorted(session["messages"], key=lambda m: (m["send_time"], m["message_id"]), reverse=True)
    items = _after_cursor(items, dto.get("start_time"), dto.get("last_message_id"), "send_time", "message_id")
    page = items[:size]
    data = {
        "message_list": listing(page, "message_dto", simplify),
        "has_more": len(items) > size,
        "next_start_time": page[-1]["send_time"] if page else None,
        "last_message_id": page[-1]["message_id"] if page else None,
    }
    return _im_result(data)


@api("aliexpress/message/send")
def im_send(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "im_send_message_dto")
    buyer = str(dto.get("buyer_id"))
    session = sim.state.im.get(seller, {}).get(buyer)
    if session is None:
        return _im_failure("BUYER_NOT_FOUND", "no IM session with this buyer")  # the simulator's own code
    content = dto.get("message_content_dto") or {}
    template = int(str(dto.get("template_id") or 1))
    needed = {1: "txt", 3: "img_url", 10006: "item_id", 10007: "order_id"}.get(template)
    if needed is None or not content.get(needed):
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    message = sim.state.add_im(
        seller,
        buyer,
        session["login"],
        False,
        str(content.get("txt") or ""),
        sim.clock.now(),
        template=template,
        content=content,
    )
    return _im_result({"message_id": message["message_id"]})


@api("aliexpress/message/session/tag/update")
def im_tag(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "im_session_view_update_dto")
    session = sim.state.im.get(seller, {}).get(str(dto.get("buyer_id")))
    if session is None:
        return _im_failure("BUYER_NOT_FOUND", "no IM session with this buyer")
    session["tag"] = None if str(dto.get("is_deleting")).lower() == "true" else dto.get("tag_code")
    return _im_result({})


@api("aliexpress/message/session/get")
def im_session_get(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "im_query_session_dto")
    buyer = str(dto.get("buyer_id") or "")
    session = sim.state.im.get(seller, {}).get(buyer)
    if session is None:
        return _im_failure("BUYER_NOT_FOUND", "no IM session with this buyer")
    return _im_result(
        {
            "buyer_id": int(buyer),
            "buyer_login_id": session["login"],
            "unread_count": session["unread"],
            "tag_code": session.get("tag"),
        }
    )


@api("aliexpress/message/session/open")
def im_session_open(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    dto = json_param(params, "im_session_open_dto")
    buyer = str(dto.get("buyer_id") or "")
    if not buyer.isdigit():
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    sessions = sim.state.im.setdefault(seller, {})
    if buyer not in sessions:
        login = dto.get("buyer_login_id")
        if not login:
            return _im_result({"open_result": "FAIL", "current_buyer_id": None})
        sessions[buyer] = {"login": str(login), "messages": [], "unread": 0}
    return _im_result({"open_result": "SUCCESS", "current_buyer_id": int(buyer)})


# ---------------------------------------------------------------------------------------------- letters


def _letters(sim: Any, seller: str) -> list[SimLetter]:
    return [letter for letter in sim.state.letters.values() if letter.seller == seller]


def _relation(letter: SimLetter) -> dict[str, Any]:
    last = letter.messages[-1]
    return {
        "channel_id": letter.channel_id,
        "child_id": None,
        "child_name": None,
        "deal_stat": letter.deal_stat,
        "read_stat": "0" if letter.unread else "1",
        "rank": letter.rank,
        "unread_count": letter.unread,
        "last_message_id": last["id"],
        "last_message_content": last["content"],
        "last_message_is_own": not last["from_buyer"],
        "message_time": int(last["gmt_create"].timestamp() * 1000),
        "order_id": letter.order_id,
        "other_ali_id": f"ali-{letter.buyer_login_id}",
        "other_login_id": letter.buyer_login_id,
        "other_name": letter.buyer_name,
    }


def _ok(result: dict[str, Any]) -> dict[str, Any]:
    return {"result": {"is_success": True, "error_code": None, "error_msg": None, **result}}


def _letter(sim: Any, seller: str, channel_id: str | None) -> SimLetter:
    letter: SimLetter | None = sim.state.letters.get(channel_id or "")
    if letter is None or letter.seller != seller:
        raise Reject("15", "Remote service error", "isv.CHANNEL_NOT_FOUND")
    return letter


@api("aliexpress.message.redefining.versiontwo.querymsgrelationlist")
def relations(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    query = json_param(params, "query")
    page, size = int(query.get("current_page") or 1), _page_size(query.get("page_size"), LETTER_PAGE_MAX)
    rows = [_relation(letter) for letter in _letters(sim, seller)]
    if str(query.get("only_un_readed")).lower() == "true":
        rows = [r for r in rows if r["unread_count"]]
    if str(query.get("only_un_dealed")).lower() == "true":
        rows = [r for r in rows if r["deal_stat"] == "0"]
    if query.get("rank") not in (None, ""):
        rows = [r for r in rows if r["rank"] == str(query["rank"])]
    end = int(query.get("end_time") or sim.clock.now().timestamp() * 1000)
    start = int(query.get("start_time") or 0)
    rows = [r for r in rows if start <= r["message_time"] <= end]
    rows.sort(key=lambda r: (r["message_time"], r["channel_id"]), reverse=True)
    return _ok({"relation_list": listing(rows[(page - 1) * size : page * size], "relation_result", simplify)})


@api("aliexpress.message.redefining.versiontwo.querymsgdetaillist")
def details(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    letter = _letter(sim, seller, params.get("channel_id"))
    page, size = int(params.get("current_page") or 1), _page_size(params.get("page_size"), LETTER_PAGE_MAX)
    rows = [fmt({k: v for k, v in m.items() if k != "from_buyer"}) for m in letter.messages]
    for row in rows:
        row["file_path_list"] = listing(row.get("file_path_list") or [], "file_path", simplify)
    return _ok(
        {"message_detail_list": listing(rows[(page - 1) * size : page * size], "message_detail", simplify)}
    )


@api("aliexpress.message.redefining.versiontwo.addmsg")
def add(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    create = json_param(params, "create_param")
    if not create.get("content") and not create.get("img_path"):
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    letter = next(
        (
            x
            for x in _letters(sim, seller)
            if x.buyer_login_id == create.get("buyer_id")
            and (x.order_id or "0") == str(create.get("extern_id") or "0")
        ),
        None,
    )
    if letter is None:
        return {
            "result": {"is_success": False, "error_code": "RELATION_NOT_FOUND", "error_msg": "no such buyer"}
        }
    message = sim.state.add_letter(letter, False, str(create.get("content") or ""), sim.clock.now())
    if create.get("img_path"):
        message["file_path_list"] = [
            {"s_path": create["img_path"], "m_path": create["img_path"], "l_path": create["img_path"]}
        ]
    return _ok({})


@api("aliexpress.message.redefining.versiontwo.updatemsgread")
def read(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    _letter(sim, seller, params.get("channel_id")).unread = 0
    return _ok({})


@api("aliexpress.message.redefining.versiontwo.updatemsgprocessed")
def processed(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    if params.get("deal_stat") not in ("0", "1"):
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    _letter(sim, seller, params.get("channel_id")).deal_stat = params["deal_stat"]
    return _ok({})


@api("aliexpress.message.redefining.versiontwo.updatemsgrank")
def rank(
    sim: Any, seller: str, params: dict[str, str], files: dict[str, bytes], simplify: bool
) -> dict[str, Any]:
    if params.get("rank") not in {str(i) for i in range(6)}:
        raise Reject("15", "Remote service error", "isv.invalid-parameter")
    _letter(sim, seller, params.get("channel_id")).rank = params["rank"]
    return _ok({})
