"""AliExpress request signing: cost of ``marketmsg_aliexpress.sign`` and of a full signed request, as ratios
against a baseline measured in the same run (the official Python SDK's algorithm: sort, concatenate in a loop,
HMAC-SHA256). Run: ``python benchmarks/aliexpress_signing.py``. Nothing is asserted; numbers are printed."""

from __future__ import annotations

import hashlib
import hmac
import timeit
from datetime import UTC, datetime

from marketmsg import Account, VirtualClock
from marketmsg_aliexpress import AliExpressAdapter, sign

PARAMS = {
    "app_key": "12345678",
    "format": "json",
    "method": "aliexpress.issue.issuelist.get",
    "session": "test_access_token",
    "sign_method": "sha256",
    "simplify": "false",
    "timestamp": "1517820392000",
    "query_dto": '{"current_page":1,"page_size":20,"issue_status":"processing"}',
}


def sdk_style_sign(secret: str, api: str, parameters: dict[str, str]) -> str:
    """The official SDK's loop, as described in aliexpress.md §1.3 (baseline)."""
    sort_dict = sorted(parameters)
    parameters_str = api if "/" in api else ""
    for key in sort_dict:
        parameters_str = parameters_str + str(key) + str(parameters[key])
    digest = hmac.new(secret.encode("utf-8"), parameters_str.encode("utf-8"), digestmod=hashlib.sha256)
    return digest.hexdigest().upper()


def main() -> None:
    assert sdk_style_sign("helloworld", PARAMS["method"], PARAMS) == sign(
        "helloworld", PARAMS["method"], PARAMS
    )
    number = 20_000
    baseline = timeit.timeit(lambda: sdk_style_sign("helloworld", PARAMS["method"], PARAMS), number=number)
    ours = timeit.timeit(lambda: sign("helloworld", PARAMS["method"], PARAMS), number=number)
    adapter = AliExpressAdapter(
        Account(
            platform="aliexpress",
            seller_id="cn1000000001",
            credentials={
                "app_key": "12345678",
                "app_secret": "bench-secret-000",
                "access_token": "bench-token-000",
            },
        ),
        clock=VirtualClock(datetime(2018, 2, 5, tzinfo=UTC)),
    )
    auth = adapter.auth

    def full_request() -> None:
        request = adapter.request("aliexpress.issue.issuelist.get", {"query_dto": {"current_page": 1}})
        auth.sign(request, "bench-token-000")

    full = timeit.timeit(full_request, number=number // 10) * 10
    print(
        f"sign(): {ours / baseline:.2f}x the SDK-style baseline ({baseline / number * 1e6:.1f} µs per call)"
    )
    print(f"build + stamp + sign one request: {full / baseline:.2f}x the bare baseline signature")


if __name__ == "__main__":
    main()
