"""What a command works with: a client (``--sandbox`` or ``--config``) and the store (``--store``).

The store is the CLI's memory and its outbox: every command that sends records the send there under its
idempotency key *before* the network call, so a retried ``marketmsg reply --idempotency-key K`` never reaches the
buyer twice, whichever process runs it. Where it is, first match wins:

1. ``--store URL|PATH`` (alias ``--db``);
2. ``$MARKETMSG_STORE`` — for your accounts only: ``--sandbox`` never writes simulator data into it;
3. a SQLite file in the user data directory (``platformdirs``): ``marketmsg.db``, or ``sandbox.db`` for
   ``--sandbox``.

The accounts come from ``--config PATH``, else ``$MARKETMSG_CONFIG``, else ``./marketmsg.toml``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from .._exceptions import MarketmsgError
from ._app import EXIT_API
from ._app_exit import fail

if TYPE_CHECKING:
    from .._client import Client
    from ..sandbox import Sandbox
    from ..store import SqlStore

__all__ = [
    "CONFIG_ENV",
    "STORE_ENV",
    "Session",
    "build_sandbox",
    "config_found",
    "config_option",
    "default_store",
    "json_option",
    "open_session",
    "open_store",
    "sandbox_option",
    "shown_store",
    "store_option",
    "store_target",
]

STORE_ENV = "MARKETMSG_STORE"
CONFIG_ENV = "MARKETMSG_CONFIG"


# ------------------------------------------------------------------------------------------------ options


def config_option() -> Any:
    return typer.Option(
        None,
        "--config",
        help=f"Accounts file (TOML). Default: ${CONFIG_ENV}, else ./marketmsg.toml.",
        show_default=False,
    )


def sandbox_option() -> Any:
    return typer.Option(False, "--sandbox", help="Use the built-in simulators instead of your accounts.")


def store_option() -> Any:
    return typer.Option(
        None,
        "--store",
        "--db",
        help=(
            f"Store and outbox: a SQLite path or a database URL (postgresql://…). Default: ${STORE_ENV}, "
            "else marketmsg.db (sandbox.db with --sandbox) in your user data directory."
        ),
        show_default=False,
    )


def json_option() -> Any:
    return typer.Option(False, "--json", help="One JSON object per line (for scripts), nothing else.")


def idempotency_key_option(once: str) -> Any:
    """``--idempotency-key``; ``once`` says what happens only once however often the command runs with the key."""
    return typer.Option(
        None,
        "--idempotency-key",
        help=f"Run the command again with the same key and {once}.",
    )


# ------------------------------------------------------------------------------------------------ the store


def default_store(*, sandbox: bool) -> str:
    """The SQLite file used when neither ``--store`` nor ``$MARKETMSG_STORE`` says otherwise (created if needed)."""
    from platformdirs import user_data_path

    directory = user_data_path("marketmsg", appauthor=False)
    directory.mkdir(parents=True, exist_ok=True)
    return str(directory / ("sandbox.db" if sandbox else "marketmsg.db"))


def store_target(explicit: str | None, *, sandbox: bool) -> str:
    if explicit:
        return explicit
    from_env = os.environ.get(STORE_ENV)
    if from_env and not sandbox:
        return from_env
    return default_store(sandbox=sandbox)


def shown_store(target: str) -> str:
    """The store as it may be printed: a URL's password is never shown."""
    from .._redact import redact

    return redact(target)


def open_store(target: str, *, table_prefix: str = "marketmsg_") -> SqlStore:
    """Open (and create) the store. A bad URL exits 2, an unreachable database 3; neither prints its password."""
    from .._exceptions import ConfigurationError
    from .._redact import redact
    from ..store import SqlStore

    fix = f"check --store or ${STORE_ENV}"
    try:
        return SqlStore(target, table_prefix=table_prefix)
    except ConfigurationError as exc:
        fail(f"{exc.message} (store {shown_store(target)}; {fix})")
    except MarketmsgError as exc:  # the store's own errors: the server cannot be reached, a newer schema …
        fail(f"{exc.message} (store {shown_store(target)}; {fix})", EXIT_API)
    except Exception as exc:  # a driver error while connecting: its text may carry the URL, so it is redacted
        fail(
            f"cannot open the store {shown_store(target)}: {type(exc).__name__}: {redact(str(exc)).strip()}; {fix}",
            EXIT_API,
        )


# ------------------------------------------------------------------------------------------------ the client


def _fixed_day_clock() -> Any:
    from .._clock import VirtualClock

    # Each CLI call is a new process: a clock fixed for the day makes the seeded data (and so the ids and refs
    # that `marketmsg show/reply` take) the same in every call of a day.
    return VirtualClock(datetime.now(UTC).replace(hour=12, minute=0, second=0, microsecond=0))


def build_sandbox(platforms: list[str] | None = None) -> Sandbox:
    """Every installed simulator (or those named); a fictional one (fakemarket) only when no real one exists."""
    from ..sandbox import Sandbox

    clock = _fixed_day_clock()
    try:
        sandbox = Sandbox.create(platforms, clock=clock)
    except MarketmsgError as exc:
        fail(exc.message)
    except Exception as exc:  # a broken simulator is a platform-side failure, not a traceback
        fail(f"could not start the sandbox simulators: {type(exc).__name__}: {exc}", EXIT_API)
    if not sandbox.specs:
        fail(
            "no simulator is installed: the sandbox needs an adapter that ships one "
            "(pip install marketmsg-fakemarket, or your marketplace's adapter distribution)"
        )
    return sandbox


@dataclass
class Session:
    """A command's client and store; ``sandbox`` tells which world they belong to."""

    client: Client
    store: SqlStore
    sandbox: bool


@contextmanager
def open_session(*, sandbox: bool, config: str | None, store: str | None) -> Iterator[Session]:
    """The client (its outbox is the store) and the store; configuration problems exit 2 with a clear message."""
    from .._client import Client
    from .._config import load_accounts

    with ExitStack() as stack:
        opened = stack.enter_context(open_store(store_target(store, sandbox=sandbox)))
        if sandbox:
            client = stack.enter_context(build_sandbox().client(outbox=opened))
        else:
            try:
                client = stack.enter_context(Client(load_accounts(config), outbox=opened))
            except MarketmsgError as exc:
                fail(exc.message)
        yield Session(client=client, store=opened, sandbox=sandbox)


def config_found(config: str | None) -> bool:
    """Whether an accounts file is named (flag or environment) or present as ./marketmsg.toml."""
    from .._config import config_path

    return config is not None or bool(os.environ.get(CONFIG_ENV)) or Path(config_path(None)).exists()
