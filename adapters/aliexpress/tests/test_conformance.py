"""Clients we did not write drive ``marketmsg sandbox serve aliexpress`` over loopback, and every answer is
checked against the official SDKs' response classes.

* the official AliExpress IOP Python SDK (``iop``, ``iop-sdk-python-20220609``): runs when it is importable.
  It is not published on PyPI (it is downloaded from the AliExpress console); docs/sandbox.md says how to
  install it. Everything a seller integration calls: token create (``/sync``) and refresh (``/rest``), IM,
  station letters, disputes (list, detail, agree, save, image upload), a stale timestamp, a missing parameter,
  a tampered signature;
* ``python-aliexpress-api`` (PyPI) vendors the AliExpress-generated TOP-style Python SDK
  (``taobao-sdk-python-20200924``) that production ``/sync`` serves with MD5 signatures: the same APIs through it;
* ``lazop-sdk`` (PyPI), the IOP family's official client (Lazada's, same author and signing): the ``/rest``
  token APIs.

``RESPONSE_CLASSES`` transcribes, field by field, the official Java IOP SDK's response classes (emsaniey20/java
``com/aliexpress/open/response``/``domain``, ``iop-api-sdk`` 1.3.5-ae): ``int`` for ``Long``/``Integer``,
``str`` for ``String``, ``bool`` for ``Boolean``; a list is ``[item schema]`` (both list encodings accepted).
"""

from __future__ import annotations

import gc
import importlib
import io
import json
import sys
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

from marketmsg import RateLimit
from marketmsg.sandbox import SandboxSpec, serve_handler
from marketmsg_aliexpress.simulator import (
    APP_KEY,
    APP_SECRET,
    AUTH_CODE,
    IM_SELLER,
    LETTER_SELLER,
    build_sandbox,
)

Schema = dict[str, Any]

_SOLUTION: Schema = {
    "id": int,
    "issue_id": int,
    "order_id": int,
    "solution_type": str,
    "solution_owner": str,
    "status": str,
    "is_default": bool,
    "refund_money": str,
    "refund_money_currency": str,
    "refund_money_post": str,
    "logistics_fee_amount": int,
    "gmt_create": str,
}
_PROCESS: Schema = {
    "action_type": str,
    "gmt_create": str,
    "submit_member_type": str,
    "receive_goods": bool,
    "has_buyer_video": bool,
    "has_seller_video": bool,
    "issue_id": int,
    "attachments": [{"file_path": str, "owner": str, "gmt_create": str, "issue_id": int}],
}
_IM_RESULT = {"success": bool}
#: api → fields of the payload (``<api>_response`` or the root), transcribed from the Java response classes.
RESPONSE_CLASSES: dict[str, Schema] = {
    "/auth/token/create": {  # AuthTokenCreateResponse (GOP: fields at the root)
        "access_token": str,
        "refresh_token": str,
        "expires_in": int,
        "refresh_expires_in": int,
        "expire_time": int,
        "refresh_token_valid_time": int,
        "seller_id": str,
        "user_id": str,
        "user_nick": str,
        "account_platform": str,
        "sp": str,
        "locale": str,
    },
    "aliexpress.issue.issuelist.get": {  # AliexpressIssueIssuelistGetResponse
        "current_page": int,
        "page_size": int,
        "total_item": int,
        "data_list": [
            {
                "issue_id": int,
                "order_id": int,
                "parent_order_id": int,
                "issue_status": str,
                "buyer_login_id": str,
                "gmt_create": str,
                "gmt_modified": str,
                "reason_english": str,
            }
        ],
    },
    "aliexpress.issue.detail.get": {  # AliexpressIssueDetailGetResponse → IssueDetailOpenApiDTO
        "result_object": {
            "id": int,
            "order_id": int,
            "parent_order_id": int,
            "product_id": str,
            "product_name": str,
            "product_price": str,
            "issue_reason_id": int,
            "issue_status": str,
            "buyer_login_id": str,
            "after_sale_warranty": bool,
            "refund_money_max": str,
            "refund_money_max_local": str,
            "reverse_detail_status": str,
            "gmt_create": str,
            "buyer_solution_list": [_SOLUTION],
            "process_dto_list": [_PROCESS],
        }
    },
    "aliexpress.issue.solution.agree": {"result_object": bool},
    "aliexpress.issue.solution.save": {"result_object": bool},
    "aliexpress.issue.image.upload": {"result_object": bool},
    "aliexpress/message/list": {  # AliexpressMessageListResponse → Result → FetchAeImMessageResultDTO
        "result": {
            **_IM_RESULT,
            "data": {
                "message_list": [
                    {
                        "message_id": str,
                        "from_account_id": str,
                        "from_account_type": int,
                        "to_account_type": int,
                        "template_id": int,
                        "type": int,
                        "content": str,
                        "send_time": int,
                    }
                ],
                "has_more": bool,
                "next_start_time": int,
                "last_message_id": str,
            },
        }
    },
    "aliexpress/message/session/open": {  # AliexpressMessageSessionOpenResult → AeImSessionOpenResultDTO
        "result": {**_IM_RESULT, "data": {"open_result": str, "current_buyer_id": int}}
    },
    # send, history/buyer/list, session/get, session/tag/update: `result` is an untyped HashMap in the SDK.
    "aliexpress/message/send": {"result": _IM_RESULT},
    "aliexpress/message/history/buyer/list": {"result": _IM_RESULT},
    "aliexpress/message/session/get": {"result": _IM_RESULT},
    "aliexpress/message/session/tag/update": {"result": _IM_RESULT},
}
RESPONSE_CLASSES["/auth/token/refresh"] = RESPONSE_CLASSES["/auth/token/create"]  # AuthTokenRefreshResponse


def _items(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    assert isinstance(value, dict) and len(value) == 1, f"a list in neither encoding: {value!r}"
    (inner,) = value.values()
    return inner if isinstance(inner, list) else [inner]


def conforms(value: Any, schema: Any, where: str = "") -> None:
    """Assert ``value`` has every field of ``schema`` with the declared JSON type."""
    if isinstance(schema, list):
        items = _items(value) if value not in ({}, [], "") else []  # an empty list may come as {} (capture)
        for i, item in enumerate(items):
            conforms(item, schema[0], f"{where}[{i}]")
    elif isinstance(schema, dict):
        assert isinstance(value, dict), f"{where}: expected an object, got {type(value).__name__}"
        for key, sub in schema.items():
            assert key in value, f"{where}.{key}: missing"
            conforms(value[key], sub, f"{where}.{key}")
    elif schema is int:
        assert isinstance(value, int) and not isinstance(value, bool), (
            f"{where}: {value!r} is not a Long/Integer"
        )
    else:
        assert isinstance(value, schema), f"{where}: {value!r} is not {schema.__name__}"


def payload(api: str, body: dict[str, Any]) -> dict[str, Any]:
    key = api.strip("/").replace(".", "_").replace("/", "_") + "_response"
    assert "error_response" not in body, f"{api}: {body['error_response']}"
    return dict(body[key]) if key in body else body


def check(api: str, body: dict[str, Any]) -> dict[str, Any]:
    fields = payload(api, body)
    conforms(fields, RESPONSE_CLASSES[api], api)
    return fields


@pytest.fixture
def served() -> Iterator[tuple[SandboxSpec, str]]:
    spec = build_sandbox()  # the real clock, as `marketmsg sandbox serve aliexpress` uses
    assert spec.serve_handler is not None
    # These clients make many calls in a row with no pacing of their own; QPS bans are tested elsewhere.
    spec.controller.qps = RateLimit(rate=1000.0, burst=1000)  # type: ignore[union-attr]
    server = serve_handler(spec.serve_handler, port=0, background=True)
    try:
        yield spec, f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def _import_with_home(name: str, home: Any, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Import an SDK that creates a log directory under the user's home at import time, with home in tmp."""
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("USERPROFILE", str(home))
    return sys.modules.get(name) or importlib.import_module(name)


# ---------------------------------------------------------------------------------------------- official IOP SDK


def _official_iop(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    try:
        module = _import_with_home("iop.base", tmp_path, monkeypatch)
    except ImportError:
        pytest.skip(
            "the official AliExpress IOP Python SDK (module `iop`) is not installed: it is not on PyPI; "
            "install the console download to run this test (docs/sandbox.md)"
        )
    if getattr(module, "P_SDK_VERSION", None) != "iop-sdk-python-20220609":
        pytest.skip("an `iop` module is installed but it is not the official IOP SDK 20220609")
    return module


def test_official_iop_python_sdk(served: tuple[SandboxSpec, str], tmp_path: Any, monkeypatch: Any) -> None:
    iop = _official_iop(tmp_path, monkeypatch)
    spec, base = served

    def run(
        api: str, params: dict[str, str], token: str | None = None, url: str = "/sync", **files: Any
    ) -> Any:
        client = iop.IopClient(base + url, APP_KEY, APP_SECRET)
        request = iop.IopRequest(api)
        for key, value in params.items():
            request.add_api_param(key, value)
        for key, value in files.items():
            request.add_file_param(key, value)
        return client.execute(request, token)

    created = run("/auth/token/create", {"code": AUTH_CODE})  # through /sync, as the official demo does
    assert created.code == "0" and created.request_id, "IopResponse reads code/request_id from the root"
    token = check("/auth/token/create", created.body)
    refreshed = run(
        "/auth/token/refresh", {"refresh_token": token["refresh_token"]}, url="/rest/auth/token/refresh"
    )
    assert refreshed.code == "0"
    im_token = check("/auth/token/refresh", refreshed.body)["access_token"]
    _drive_everything(lambda api, params, tok, **f: run(api, params, tok, **f).body, spec, im_token)

    # Gateway rejections, as the SDK reports them: /sync errors stay inside error_response (IopResponse.code
    # is read from the root only, aliexpress.md §1.4).
    stale = iop.IopClient(base + "/sync", APP_KEY, APP_SECRET)
    real_time = time.time
    monkeypatch.setattr(iop.time, "time", lambda: real_time() - 3 * 3600)  # iop.time is the time module
    answer = stale.execute(iop.IopRequest("aliexpress.issue.issuelist.get"), im_token).body
    monkeypatch.undo()
    assert answer["error_response"]["code"] == "InvalidTimestamp"
    missing = run("aliexpress.issue.detail.get", {"issue_id": "1"}, im_token).body
    assert missing["error_response"]["code"] == "MissingParameter"
    tampered = iop.IopClient(base + "/sync", APP_KEY, "not-the-app-secret").execute(
        iop.IopRequest("aliexpress.issue.issuelist.get"), im_token
    )
    assert tampered.body["error_response"]["code"] == "IncompleteSignature"


def time_now() -> float:
    return time.time()


def _drive_everything(call: Any, spec: SandboxSpec, im_token: str) -> None:
    """Every simulated API through one client: ``call(api, params, token, **files) -> body``."""
    sim: Any = spec.controller
    letters_token = f"sandbox-access-{LETTER_SELLER}"
    # IM (the seller authorised through AUTH_CODE is the IM seller)
    buyers = check(
        "aliexpress/message/history/buyer/list",
        call(
            "aliexpress/message/history/buyer/list", {"ae_im_query_session_dto": '{"page_size":20}'}, im_token
        ),
    )
    buyer = str(buyers["result"]["data"]["buyer_list"]["buyer_dto"][0]["buyer_id"])
    dto = json.dumps({"buyer_id": int(buyer), "page_size": 20, "start_time": int(time_now() * 1000)})
    check("aliexpress/message/list", call("aliexpress/message/list", {"im_query_message_dto": dto}, im_token))
    send = {
        "buyer_id": int(buyer),
        "template_id": 1,
        "scene_id": 1,
        "message_content_dto": {"txt": "Thank you"},
    }
    check(
        "aliexpress/message/send",
        call("aliexpress/message/send", {"im_send_message_dto": json.dumps(send)}, im_token),
    )
    session = json.dumps({"buyer_id": int(buyer)})
    check(
        "aliexpress/message/session/get",
        call("aliexpress/message/session/get", {"im_query_session_dto": session}, im_token),
    )
    opened = json.dumps({"buyer_id": int(buyer)})
    check(
        "aliexpress/message/session/open",
        call("aliexpress/message/session/open", {"im_session_open_dto": opened}, im_token),
    )
    tag = json.dumps({"buyer_id": int(buyer), "tag_code": 1, "is_deleting": False})
    check(
        "aliexpress/message/session/tag/update",
        call("aliexpress/message/session/tag/update", {"im_session_view_update_dto": tag}, im_token),
    )
    # Station letters (the other seller's app uses them)
    relations = payload(
        "aliexpress.message.redefining.versiontwo.querymsgrelationlist",
        call(
            "aliexpress.message.redefining.versiontwo.querymsgrelationlist",
            {"query": '{"current_page":1,"page_size":20}'},
            letters_token,
        ),
    )
    assert relations["result"]["is_success"] is True
    channel = relations["result"]["relation_list"]["relation_result"][0]["channel_id"]
    details = payload(
        "aliexpress.message.redefining.versiontwo.querymsgdetaillist",
        call(
            "aliexpress.message.redefining.versiontwo.querymsgdetaillist",
            {"channel_id": channel, "current_page": "1", "page_size": "20"},
            letters_token,
        ),
    )
    assert details["result"]["message_detail_list"]
    read = payload(
        "aliexpress.message.redefining.versiontwo.updatemsgread",
        call(
            "aliexpress.message.redefining.versiontwo.updatemsgread", {"channel_id": channel}, letters_token
        ),
    )
    assert read["result"]["is_success"] is True
    # Disputes
    listed = check(
        "aliexpress.issue.issuelist.get",
        call(
            "aliexpress.issue.issuelist.get",
            {"query_dto": '{"current_page":1,"page_size":20,"issue_status":"processing"}'},
            im_token,
        ),
    )
    row = _items(listed["data_list"])[0]
    ids = {"issue_id": str(row["issue_id"]), "buyer_login_id": row["buyer_login_id"]}
    detail = check("aliexpress.issue.detail.get", call("aliexpress.issue.detail.get", ids, im_token))[
        "result_object"
    ]
    buyer_solution = _items(detail["buyer_solution_list"])[0]
    save = {
        **ids,
        "issue_id": int(ids["issue_id"]),
        "add_seller_solution": True,
        "add_solution_type": "refund",
        "refund_amount": "1.00",
        "refund_amount_currency": buyer_solution["refund_money_currency"],
        "solution_context": "Partial refund offered",
        "buyer_solution_id": buyer_solution["id"],
    }
    check(
        "aliexpress.issue.solution.save",
        call("aliexpress.issue.solution.save", {"param_dto": json.dumps(save)}, im_token),
    )
    check(
        "aliexpress.issue.image.upload",
        call(
            "aliexpress.issue.image.upload",
            {**ids, "extension": "jpg"},
            im_token,
            image_bytes=("proof.jpg", b"\xff\xd8proof"),
        ),
    )
    sim.buyer_refuse(
        ids["issue_id"]
    )  # the buyer refuses the counter-offer: a solution waits for the seller again
    detail = check("aliexpress.issue.detail.get", call("aliexpress.issue.detail.get", ids, im_token))[
        "result_object"
    ]
    waiting = [s for s in _items(detail["buyer_solution_list"]) if s["status"] == "wait_seller_accept"]
    agree = {**ids, "solution_id": str(waiting[0]["id"])}
    if waiting[0]["solution_type"] == "return_and_refund":
        agree["return_address_id"] = "900001"
    agreed = check(
        "aliexpress.issue.solution.agree", call("aliexpress.issue.solution.agree", agree, im_token)
    )
    assert agreed["result_object"] is True
    assert sim.issue(ids["issue_id"]).status in ("processing", "finish")


# ---------------------------------------------------------------------------------------------- PyPI clients


def _top_sdk(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    return _import_with_home("aliexpress_api.skd.api.base", tmp_path, monkeypatch)


# That SDK never closes its http.client connections: their ResourceWarnings are its, not ours.
@pytest.mark.filterwarnings("ignore::ResourceWarning", "ignore::pytest.PytestUnraisableExceptionWarning")
def test_aliexpress_top_style_python_sdk_md5_on_sync(
    served: tuple[SandboxSpec, str], tmp_path: Any, monkeypatch: Any
) -> None:
    """python-aliexpress-api's vendored SDK: system params in the URL, business params in the body, MD5."""
    base_module = _top_sdk(tmp_path, monkeypatch)
    skd = sys.modules["aliexpress_api.skd"]
    spec, base = served
    host = urlsplit(base)

    def call(
        api: str, params: dict[str, str], token: str | None, secret: str = APP_SECRET, **files: Any
    ) -> Any:
        class Request(base_module.RestApi):  # type: ignore[misc, name-defined]
            def getapiname(self) -> str:
                return api

            def getMultipartParas(self) -> list[str]:
                return list(files)

        request = Request(host.hostname, host.port)
        request.set_app_info(skd.appinfo(APP_KEY, secret))
        for key, value in params.items():
            setattr(request, key, value)
        for key, (name, content) in files.items():
            setattr(request, key, base_module.FileItem(name, io.BytesIO(content)))
        try:
            return request.getResponse(token)
        except base_module.TopException as exc:
            return {"error_response": {"code": exc.errorcode, "msg": exc.message, "sub_code": exc.subcode}}

    im_token = f"sandbox-access-{IM_SELLER}"
    _drive_everything(call, spec, im_token)
    wrong = call("aliexpress.issue.issuelist.get", {"query_dto": "{}"}, im_token, secret="not-the-app-secret")
    assert wrong["error_response"]["code"] == "IncompleteSignature"
    gc.collect()  # its unclosed connections are finalised here, under this test's warning filter


def test_iop_family_official_client_on_rest(
    served: tuple[SandboxSpec, str], tmp_path: Any, monkeypatch: Any
) -> None:
    """lazop-sdk (the IOP family's official Python client): ``/rest`` + path, path-prefixed signature."""
    lazop = _import_with_home("lazop_sdk", tmp_path, monkeypatch)
    _, base = served
    client = lazop.LazopClient(base + "/rest", APP_KEY, APP_SECRET)
    request = lazop.LazopRequest("/auth/token/create")
    request.add_api_param("code", AUTH_CODE)
    created = client.execute(request)
    assert created.code == "0" and created.request_id
    token = check("/auth/token/create", created.body)
    refresh = lazop.LazopRequest("/auth/token/refresh")
    refresh.add_api_param("refresh_token", token["refresh_token"])
    refreshed = client.execute(refresh)
    assert refreshed.code == "0"
    check("/auth/token/refresh", refreshed.body)
    reused = client.execute(refresh)  # a refresh token is single-use in the simulator
    assert reused.code not in (None, "0") and reused.request_id
    bad = lazop.LazopClient(base + "/rest", APP_KEY, "not-the-app-secret").execute(refresh)
    assert bad.code == "IncompleteSignature"
