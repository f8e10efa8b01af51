"""``marketmsg store …``: housekeeping of the store — retention purge, change feed, schema and row counts.

Exit codes: 0 ok, 2 usage error (a bad --older-than, a bad --store), 3 the database failed (unreachable, a
store written by a newer marketmsg) or an adapter's purge hook failed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import typer
from rich.console import Console
from rich.markup import escape

from .._exceptions import ConfigurationError, MarketmsgError
from ._app import EXIT_API, EXIT_OK, EXIT_USAGE
from ._app_exit import fail
from ._output import stdout_console
from ._session import config_found, config_option, open_session, open_store, store_option, store_target

if TYPE_CHECKING:
    from ..retention import PurgeHook

__all__ = ["parse_older_than", "register", "run_changes", "run_info", "run_purge"]

_PERIOD = re.compile(r"^\s*(\d{1,6})\s*([dhwm]?)\s*$")
_UNITS = {"": "days", "d": "days", "h": "hours", "w": "weeks", "m": "minutes"}


def parse_older_than(value: str, option: str = "--older-than") -> timedelta | datetime:
    """``30d``, ``12h``, ``2w``, ``90m``, ``45`` (days) → a period; ``2026-01-31`` (UTC unless given) → a cutoff."""
    match = _PERIOD.match(value)
    if match:
        return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        fail(f"{option} {value!r}: give a period like 30d, 12h, 2w, or a date like 2026-01-31")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_purge(
    console: Console,
    *,
    store: str | None,
    older_than: str,
    platform: str | None,
    account: str | None,
    config: str | None,
    sandbox: bool = False,
) -> int:
    """Purge buyer data older than the period; with --config, the accounts' adapter-owned stores too."""
    from ..retention import purge_hooks

    cutoff = parse_older_than(older_than)
    with ExitStack() as stack:
        hooks: list[PurgeHook] = []
        if not sandbox and config_found(config):
            # The accounts' adapters hold buyer data of their own (the Amazon relay-mail store): purge it too.
            session = stack.enter_context(open_session(sandbox=False, config=config, store=store))
            opened = session.store
            hooks = purge_hooks(session.client)
        else:
            opened = stack.enter_context(open_store(store_target(store, sandbox=sandbox)))
        report = opened.purge(cutoff, platform=platform, account=account, hooks=hooks)
    console.print(escape(str(report)), soft_wrap=True)
    return EXIT_OK


def run_changes(
    console: Console, *, store: str | None, after: int, limit: int | None, sandbox: bool = False
) -> int:
    """Print the change feed after a position, one JSON object per line."""
    with open_store(store_target(store, sandbox=sandbox)) as opened:
        for change in opened.changes(after=after, limit=limit):
            record = {
                "position": change.position,
                "entity": change.entity.value,
                "id": change.object_id,
                "account": change.account,
                "op": change.op.value,
                "at": change.at.isoformat(),
                "conversation_id": change.conversation_id,
            }
            console.print(
                json.dumps(record, ensure_ascii=False), markup=False, highlight=False, soft_wrap=True
            )
    return EXIT_OK


def run_info(console: Console, *, store: str | None, sandbox: bool = False) -> int:
    """Schema version, change-feed position and row counts (opening the store migrates an older one)."""
    with open_store(store_target(store, sandbox=sandbox)) as opened:
        lines = [
            f"store        {opened.database}",
            f"schema       version {opened.schema_version()}",
            f"change feed  position {opened.last_position()}",
            *(f"  {name:<16} {count}" for name, count in opened.counts().items()),
        ]
    console.print("\n".join(lines), markup=False, highlight=False)
    return EXIT_OK


def _run(action: Callable[[], int]) -> None:
    from ..store import StoreError

    try:
        code = action()
    except ConfigurationError as exc:
        fail(exc.message, EXIT_USAGE)
    except StoreError as exc:
        fail(exc.message, EXIT_USAGE if isinstance(exc, ValueError) else EXIT_API)
    except MarketmsgError as exc:
        fail(exc.message, EXIT_API)
    raise typer.Exit(code)


#: The store `inbox --sandbox` fills (the --store help names it): housekeeping works on it like on yours.
_SANDBOX_STORE = typer.Option(
    False, "--sandbox", help="The simulators' store (sandbox.db), which `inbox --sandbox` fills."
)


def register(app: typer.Typer) -> None:
    store_app = typer.Typer(
        name="store",
        help="Housekeeping of the store: retention purge, change feed, schema and row counts.",
        no_args_is_help=True,
    )
    app.add_typer(store_app)

    @store_app.command("purge")
    def purge(
        store: str | None = store_option(),
        older_than: str = typer.Option(
            "30d",
            "--older-than",
            help="Purge buyer data whose last activity is older than this: 30d (the default, the retention "
            "ceiling cited in marketmsg.retention), 12h, 2w, or a date (2026-01-31, UTC).",
        ),
        platform: str | None = typer.Option(None, "--platform", help="Only this platform's data."),
        account: str | None = typer.Option(None, "--account", help="Only this account (platform:seller_id)."),
        config: str | None = config_option(),
        sandbox: bool = _SANDBOX_STORE,
    ) -> None:
        """Remove buyer names, aliases, addresses and message text older than the retention period.

        Ids, timestamps, statuses, order ids, amounts and digests stay; ids issued before keep resolving.
        With --config, the accounts' own stores (the Amazon relay-mail store) are purged with the same cutoff.
        Safe to re-run: a second run changes nothing.
        """
        _run(
            lambda: run_purge(
                stdout_console(),
                store=store,
                older_than=older_than,
                platform=platform,
                account=account,
                config=config,
                sandbox=sandbox,
            )
        )

    @store_app.command("changes")
    def changes(
        store: str | None = store_option(),
        after: int = typer.Option(0, "--after", min=0, help="Print changes after this position."),
        limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many."),
        sandbox: bool = _SANDBOX_STORE,
    ) -> None:
        """Print the change feed, one JSON object per line: position, entity, id, account, op, at."""
        _run(lambda: run_changes(stdout_console(), store=store, after=after, limit=limit, sandbox=sandbox))

    @store_app.command("info")
    def info(store: str | None = store_option(), sandbox: bool = _SANDBOX_STORE) -> None:
        """Show the store's schema version, change-feed position and row counts (migrates an older store)."""
        _run(lambda: run_info(stdout_console(), store=store, sandbox=sandbox))
