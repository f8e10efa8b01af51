"""Setting up many accounts is linear: a client with 500 accounts vs one with 50, in the same run.

Every account registers its credentials for redaction; before contract v2 each registration recompiled one regex
over every secret seen so far (quadratic). Printed: seconds for 1, 50 and 500 Amazon + AliExpress accounts, the
ratio of the per-account parts (≈10 when linear, ≈100 when quadratic), and the cost of one ``redact()`` with all
of them registered.
"""

from __future__ import annotations

import re
import time
import uuid

from marketmsg import Account, Client, _redact


def _accounts(n: int) -> list[Account]:
    accounts = []
    for i in range(n):
        tag = uuid.uuid4().hex
        if i % 2:
            accounts.append(
                Account(
                    platform="amazon",
                    seller_id=f"A{tag[:12].upper()}",
                    marketplaces=("ATVPDKIKX0DER",),
                    credentials={
                        "refresh_token": f"Atzr|{tag}{tag}",
                        "lwa_app_id": f"amzn1.application-oa2-client.{tag}",
                        "lwa_client_secret": f"secret-{tag}",
                    },
                )
            )
        else:
            accounts.append(
                Account(
                    platform="aliexpress",
                    seller_id=f"cn{tag[:10]}",
                    credentials={"app_key": tag[:8], "app_secret": f"s{tag}", "refresh_token": f"r{tag}"},
                )
            )
    return accounts


def _setup(n: int) -> float:
    accounts = _accounts(n)
    started = time.perf_counter()
    with Client(accounts):
        pass
    return time.perf_counter() - started


def main() -> None:
    _setup(10)  # imports, first compilation of the adapters' tables
    # One account measures what every client costs once (its HTTP client's TLS context, ~0.2 s).
    base, small, large = _setup(1), _setup(50), _setup(500)
    print(f"client with   1 account:  {base:.3f} s")
    print(f"client with  50 accounts: {small:.3f} s")
    print(f"client with 500 accounts: {large:.3f} s")
    ratio = (large - base) / max(small - base, 1e-9)
    print(f"per-account cost, 500 vs 50: ratio {ratio:.1f} (linear ≈ 10, quadratic ≈ 100)")
    text = "order 123-4567890-1234567: the parcel left today, tracking 1Z999AA10123456784 " * 3
    started = time.perf_counter()
    for _ in range(1000):
        _redact._mask_registered(text)
    ours = (time.perf_counter() - started) / 1000
    # Baseline: contract v1's one alternation over every registered value (recompiled per registration).
    secrets = sorted(_redact._values, key=len, reverse=True)
    started = time.perf_counter()
    pattern = re.compile("|".join(re.escape(v) for v in secrets))
    compile_once = time.perf_counter() - started
    started = time.perf_counter()
    for _ in range(1000):
        pattern.sub("[REDACTED]", text)
    v1 = (time.perf_counter() - started) / 1000
    print(f"masking {len(secrets)} registered values in a {len(text)}-character line: {ours * 1e6:.0f} µs")
    print(
        f"  v1 alternation: {v1 * 1e6:.0f} µs per line (ratio ours/v1 {ours / v1:.2f}), plus {compile_once * 1e3:.0f} ms"
    )
    print("  to recompile it after every registered token")
