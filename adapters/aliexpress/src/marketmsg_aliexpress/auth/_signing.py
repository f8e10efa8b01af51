"""Request signing for the AliExpress gateways, and the ``httpx.Auth`` that applies it.

IOP (``https://api-sg.aliexpress.com``, aliexpress.md §1.3): HMAC-SHA256 keyed with the app secret over the
sorted ``key+value`` concatenation of every parameter except ``sign`` (file parts excluded), prefixed with the
API path only when the API name contains ``/`` (the official Python SDK's rule, ``iop/base.py`` ``sign()``),
hex, upper-case. Legacy TOP (``…/router/rest``): ``md5`` = MD5(secret + k1v1… + secret) or ``hmac`` = HMAC-MD5.

The signer never sends an empty parameter: the Python SDK signs empty values while the Java SDK drops them
(``IopUtils.areNotEmpty``), so an empty value is a signature mismatch waiting to happen (§1.3).
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import Any, Literal
from urllib.parse import parse_qsl

import httpx

from marketmsg import Clock, SystemClock

__all__ = [
    "SIGNED_PARAMS",
    "iop_request",
    "request_params",
    "sign",
    "sign_top",
    "signed_api_name",
    "stamp_and_sign",
]

#: Parameters the signer owns: recomputed on every attempt, so a retried request carries a fresh timestamp.
SIGNED_PARAMS = ("app_key", "timestamp", "sign_method", "sign")

TopSignMethod = Literal["md5", "hmac", "hmac-sha256"]


def sign(secret: str, api: str, params: Mapping[str, str]) -> str:
    """The IOP HMAC-SHA256 signature (upper-case hex) of ``params`` for API ``api``.

    The exact algorithm of the official Python SDK (aliexpress.md §1.3/§1.5): keys sorted, ``key+value``
    concatenated, the API name prefixed when it contains ``/`` (``/auth/token/create``), HMAC-SHA256 keyed
    with ``secret``. ``sign`` itself is never part of the base string.

    >>> sign("helloworld", "/order/get", {"access_token": "test", "app_key": "123456", "order_id": "1234",
    ...      "sign_method": "sha256", "timestamp": "1517820392000"})[:8]
    '4190D323'
    """
    base = "".join([key + params[key] for key in sorted(params) if key != "sign"])
    if "/" in api:
        base = api + base
    return hmac.new(secret.encode("utf-8"), base.encode("utf-8"), hashlib.sha256).hexdigest().upper()


def sign_top(secret: str, params: Mapping[str, str], method: TopSignMethod = "md5") -> str:
    """The legacy TOP gateway signature (upper-case hex): ``md5`` wraps the base string in the secret,
    ``hmac`` is HMAC-MD5 and ``hmac-sha256`` HMAC-SHA256 over the bare base string (aliexpress.md §1.3)."""
    base = "".join(f"{key}{params[key]}" for key in sorted(params) if key != "sign")
    if method == "md5":
        return hashlib.md5(f"{secret}{base}{secret}".encode(), usedforsecurity=False).hexdigest().upper()
    digest = hashlib.md5 if method == "hmac" else hashlib.sha256
    return hmac.new(secret.encode("utf-8"), base.encode("utf-8"), digest).hexdigest().upper()


#: Where :func:`iop_request` keeps a request's unsigned parameters and file parts for the signer.
_UNSIGNED = "marketmsg_aliexpress.unsigned"


def iop_request(
    url: str,
    params: Mapping[str, str],
    *,
    method: str | None = None,
    files: Mapping[str, Any] | None = None,
) -> httpx.Request:
    """An unsigned gateway POST: ``method`` (the API name, not secret) in the query for logs and routing, every
    other parameter in the body — never a token or signature in a URL (httpx logs URLs at INFO).

    The official SDKs send this way: the Python IOP SDK POSTs every parameter as form data (multipart when there
    are files); the Java SDK's TOP executor puts ``method`` in the URL. The gateway reads both places.
    """
    clean = {k: v for k, v in params.items()}
    request = httpx.Request(
        "POST", url, params={"method": method} if method else None, data=clean, files=files
    )
    request.extensions[_UNSIGNED] = (clean, dict(files) if files else None)
    return request


def signed_api_name(request: httpx.Request) -> str:
    """The API name a request is signed for: the path after ``/rest`` on ``/rest``, else ``method``."""
    path = request.url.path
    if "/rest/" in path and not path.endswith("/router/rest"):
        return path.split("/rest", 1)[1]
    return str(request_params(request).get("method", ""))


def request_params(request: httpx.Request) -> dict[str, str]:
    """Every signable parameter of a request: its query plus its body fields (file parts excluded)."""
    params = dict(request.url.params.multi_items())
    unsigned = request.extensions.get(_UNSIGNED)
    if unsigned is not None:
        params.update(unsigned[0])
        return params
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/x-www-form-urlencoded"):
        params.update(parse_qsl(request.content.decode("utf-8"), keep_blank_values=True))
    return params


def stamp_and_sign(
    request: httpx.Request,
    *,
    app_key: str,
    app_secret: str,
    clock: Clock | None = None,
    top_method: TopSignMethod | None = None,
    prefix_slash_apis: bool = True,
    token: tuple[str, str] | None = None,
) -> httpx.Request:
    """The request, re-encoded to carry ``app_key``, ``timestamp`` (epoch ms), ``sign_method``, the seller token
    (``token=(name, value)``) and ``sign``, all in the POST body; only ``method`` stays in the URL.

    ``top_method`` selects legacy TOP signing (timestamp ``yyyy-MM-dd HH:mm:ss`` in GMT+8, §1.2).
    ``prefix_slash_apis=False`` signs slash-named ``/sync`` APIs without the path prefix (the Java TOP executor's
    behaviour; which one the gateway expects for ``aliexpress/message/*`` is unconfirmed, §9.2). Signer-owned
    parameters already present (a retry) are replaced, so every attempt carries a fresh timestamp.
    """
    now = (clock or SystemClock()).now()
    owned = (*SIGNED_PARAMS, "session", "access_token")
    params = {k: v for k, v in request_params(request).items() if k not in owned}
    params["app_key"] = app_key
    if token is not None:
        params[token[0]] = token[1]
    if top_method is not None:
        from datetime import timedelta, timezone

        params["timestamp"] = now.astimezone(timezone(timedelta(hours=8))).strftime("%Y-%m-%d %H:%M:%S")
        params["sign_method"] = top_method
    else:
        params["timestamp"] = str(int(now.timestamp() * 1000))
        params["sign_method"] = "sha256"
    empty = sorted(k for k, v in params.items() if v == "")
    if empty:
        # Never reached through the adapter (its builders drop empty values); guards hand-built requests.
        raise ValueError(f"empty AliExpress parameter(s) {', '.join(empty)}: omit them instead of sending ''")
    if top_method is not None:
        signature = sign_top(app_secret, params, top_method)
    else:
        api = signed_api_name(request)
        if not prefix_slash_apis and request.url.path.endswith("/sync"):
            api = ""  # no "/" in the name given to sign(): no prefix
        signature = sign(app_secret, api, params)
    params["sign"] = signature
    unsigned = request.extensions.get(_UNSIGNED)
    files = unsigned[1] if unsigned is not None else None
    method = params.pop("method", None)
    url = request.url.copy_with(params={"method": method} if method else None)
    signed = httpx.Request(
        "POST",
        url,
        headers={
            k: v for k, v in request.headers.items() if k.lower() not in ("content-length", "content-type")
        },
        data=params,
        files=files,
    )
    # The same request object, re-encoded: the driver recognises "its" request in transport errors by identity
    # (a send whose answer is lost must be reported unknown, never retried as "not sent").
    request.method = signed.method
    request.url = signed.url
    request.headers = signed.headers
    request.stream = signed.stream
    request.__dict__.pop("_content", None)
    request.read()
    request.extensions[_UNSIGNED] = ({**params, **({"method": method} if method else {})}, files)
    return request
