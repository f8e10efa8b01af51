"""The AliExpress simulator: an IOP gateway with real signature, timestamp, token and QPS checks over seeded data.

In process: ``AliExpressAdapter.sandbox()`` (used by ``marketmsg.sandbox.Sandbox`` and the contract kit).
Over loopback: ``marketmsg sandbox serve aliexpress --port N`` serves ``/sync`` and ``/rest`` on 127.0.0.1:N.
Test app: app key :data:`APP_KEY`, secret :data:`APP_SECRET`; authorisation code :data:`AUTH_CODE`.
"""

from __future__ import annotations

from marketmsg import Account, Clock
from marketmsg.sandbox import SandboxSpec

from ._gateway import (
    APP_KEY,
    APP_SECRET,
    AUTH_CODE,
    BASE_URL,
    IM_SELLER,
    LETTER_SELLER,
    AliExpressSimulator,
    Fault,
)

__all__ = [
    "APP_KEY",
    "APP_SECRET",
    "AUTH_CODE",
    "BASE_URL",
    "IM_SELLER",
    "LETTER_SELLER",
    "AliExpressSimulator",
    "Fault",
    "build_sandbox",
    "sandbox_accounts",
]


def sandbox_accounts(sim: AliExpressSimulator) -> list[Account]:
    """The seeded accounts: one app on IM, one on station letters; both with disputes."""
    accounts = []
    for seller, messaging in sim.sellers.items():
        token = sim.tokens[f"sandbox-access-{seller}"]
        accounts.append(
            Account(
                platform="aliexpress",
                seller_id=seller,
                name=f"AliExpress sandbox ({messaging})",
                credentials={
                    "app_key": APP_KEY,
                    "app_secret": APP_SECRET,
                    "access_token": f"sandbox-access-{seller}",
                    "refresh_token": token.refresh,
                },
                settings={
                    "messaging_api": messaging,
                    "token_expires_at": token.expires_at,
                    "refresh_token_expires_at": token.refresh_expires_at,
                    "return_address_id": "900001",
                },
            )
        )
    return accounts


def build_sandbox(clock: Clock | None = None) -> SandboxSpec:
    """A fresh simulator and its accounts (the real clock unless ``clock`` is given)."""
    sim = AliExpressSimulator(clock)
    return SandboxSpec(
        platform="aliexpress",
        accounts=sandbox_accounts(sim),
        mounts={BASE_URL: sim.handle},
        controller=sim,
        serve_handler=sim.handle,
        description=(
            f"AliExpress IOP gateway: /sync and /rest. Test app key {APP_KEY}, app secret {APP_SECRET}, "
            f"authorization code {AUTH_CODE} (authorises seller {IM_SELLER})."
        ),
    )
