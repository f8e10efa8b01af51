"""How a CLI command gets its client: ``--sandbox`` (the built-in simulators) or ``--config`` (your accounts)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from .._clock import VirtualClock
from .._exceptions import MarketmsgError
from ._app import EXIT_API
from ._app_exit import fail

__all__ = ["CONFIG_HELP", "SANDBOX_HELP", "open_client"]

CONFIG_HELP = "Accounts file (TOML; default $MARKETMSG_CONFIG or ./marketmsg.toml)."
SANDBOX_HELP = "Use the built-in simulators instead of real accounts."


def open_client(*, sandbox: bool, config: str | None, **kwargs: Any) -> Any:
    """A ``marketmsg.Client`` for the chosen source; configuration problems exit with code 2 and a clear message."""
    from .._client import Client
    from .._config import load_accounts
    from ..sandbox import Sandbox

    if sandbox:
        # Each CLI call is a new process: a clock fixed for the day makes the seeded data (and so the ids that
        # `marketmsg show/reply` take) the same in every call.
        today = datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0)
        try:
            return Sandbox.create(clock=VirtualClock(today)).client(**kwargs)
        except MarketmsgError:
            raise
        except Exception as exc:  # a broken simulator is a platform-side failure, not a traceback
            fail(f"could not start the sandbox simulators: {type(exc).__name__}: {exc}", EXIT_API)
    try:
        return Client(load_accounts(config), **kwargs)
    except MarketmsgError as exc:
        fail(exc.message)
