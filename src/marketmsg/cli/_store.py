"""``marketmsg inbox`` (sync into the store, then show the work queue), ``marketmsg export`` and the
``marketmsg store …`` housekeeping commands (``purge``, ``changes``, ``info``).

Exit codes: 0 ok, 2 usage or configuration error (bad --db, unknown account, existing output file, a bad
--older-than), 3 platform, network or database error (for ``inbox`` the table is still printed from what the
store holds).
"""

from __future__ import annotations

import json
import re
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from .._exceptions import ConfigurationError, MarketmsgError
from ._app import EXIT_API, EXIT_OK, EXIT_USAGE
from ._app_exit import fail

if TYPE_CHECKING:
    from ..models import Conversation
    from ..sandbox import Sandbox
    from ..store import SqlStore

__all__ = ["register"]

_SLA_STYLE = {"overdue": "bold red", "due_soon": "yellow", "on_track": "green", "none": "dim"}


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    MBOX = "mbox"


def _fmt(ts: datetime | None) -> str:
    return ts.strftime("%Y-%m-%d %H:%M UTC") if ts else "—"


def _open_store(db: str) -> SqlStore:
    from ..store import SqlStore, StoreError

    try:
        return SqlStore(db)
    except ConfigurationError as exc:
        fail(exc.message)
    except StoreError as exc:  # unreachable, newer schema: the message names the fix, never the password
        fail(f"{exc.message}; check --db", EXIT_API)


def _sandbox() -> Sandbox:
    """Every installed simulator; the fictional fakemarket only when no real platform's simulator exists."""
    from .._registry import register_adapter
    from ..sandbox import Sandbox

    register_adapter("fakemarket", "marketmsg.testing.fakemarket:FakemarketAdapter")
    try:
        everything = Sandbox.create()
    except MarketmsgError:
        raise
    except Exception as exc:  # a broken simulator is a platform-side failure for the CLI, not a traceback
        fail(f"could not start the sandbox simulators: {type(exc).__name__}: {exc}", EXIT_API)
    real = [spec for name, spec in everything.specs.items() if name != "fakemarket"]
    return Sandbox(real) if real else Sandbox.create(["fakemarket"])


def _inbox_table(conversations: list[Conversation], now: datetime) -> Table:
    from ..inbox import conversation_sla

    table = Table(title="Inbox (from the store)")
    for column in ("platform", "account", "order", "status", "unread", "last message", "reply due", "SLA"):
        table.add_column(column)
    for conv in conversations:
        sla = conversation_sla(conv, now).value
        table.add_row(
            conv.platform,
            conv.account.split(":", 1)[1],
            conv.order_id or "—",
            conv.status.value,
            str(conv.unread_count),
            _fmt(conv.last_message_at),
            _fmt(conv.response_due),
            f"[{_SLA_STYLE[sla]}]{sla}[/]",
        )
    return table


def _sync(console: Console, client: Any, store: SqlStore) -> int:
    from ..inbox import InboxSync, SyncEvent

    with Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=console, transient=False
    ) as bar:
        tasks = {a.key: bar.add_task(f"sync {a.key}", total=None) for a in client.accounts}

        def on_progress(event: SyncEvent) -> None:
            bar.update(tasks[event.account], completed=event.done, total=event.total)

        report = InboxSync(client, store, progress=on_progress).run()
    console.print(f"synced: {report}")
    for account in report.accounts:
        for error in account.errors:
            console.print(f"[red]{account.account}[/]: {error}")
    return EXIT_OK if report.ok else EXIT_API


def run_inbox(console: Console, *, db: str, sandbox: bool, limit: int, config: str | None = None) -> int:
    """Sync (from --sandbox or the --config accounts) and print the stored inbox; returns the exit code."""
    code = EXIT_OK
    with ExitStack() as stack:
        store = stack.enter_context(_open_store(db))
        if sandbox:
            client = stack.enter_context(_sandbox().client(outbox=store))
            code = _sync(console, client, store)
        elif config is not None:
            from ._accounts import open_client

            client = stack.enter_context(open_client(sandbox=False, config=config, outbox=store))
            code = _sync(console, client, store)
        elif not store.accounts():
            console.print(
                "the store is empty: sync with --config accounts.toml (your accounts) or --sandbox (the simulators)"
            )
        conversations = list(store.inbox(limit=limit))
        console.print(_inbox_table(conversations, datetime.now(UTC)))
        waiting = sum(1 for c in conversations if c.status.value == "awaiting_seller")
        console.print(f"{len(conversations)} conversation(s), {waiting} awaiting a seller reply.")
    return code


def _resolve_account(store: SqlStore, account: str) -> str:
    stored = store.accounts()
    if account in stored:
        return account
    by_seller = [key for key in stored if key.split(":", 1)[1] == account]
    if len(by_seller) == 1:
        return by_seller[0]
    fail(f"nothing stored for account {account!r}; stored accounts: {', '.join(stored) or 'none'}")


def run_export(
    console: Console, *, db: str, account: str, order: str | None, fmt: ExportFormat, out: Path, force: bool
) -> int:
    """Write the export; returns the exit code."""
    from ..store import export_jsonl, export_mbox

    if out.exists() and not force:
        fail(f"{str(out)!r} exists; choose another --out or pass --force")
    if not out.parent.exists():
        fail(f"directory {str(out.parent)!r} does not exist")
    with _open_store(db) as store:
        key = _resolve_account(store, account)
        if fmt is ExportFormat.JSONL:
            summary = export_jsonl(store, out, account=key, order_id=order)
        else:
            summary = export_mbox(store, out, account=key, order_id=order, overwrite=force)
    console.print(
        f"wrote {summary.conversations} conversation(s), {summary.messages} message(s)"
        + (f", {summary.disputes} dispute(s)" if fmt is ExportFormat.JSONL else "")
        + f" to {summary.path}"
    )
    return EXIT_OK


_PERIOD = re.compile(r"^\s*(\d+)\s*([dhwm]?)\s*$")
_UNITS = {"": "days", "d": "days", "h": "hours", "w": "weeks", "m": "minutes"}


def parse_older_than(value: str) -> timedelta | datetime:
    """``30d``, ``12h``, ``2w``, ``45`` (days) → a period; ``2026-01-31`` (UTC) → a cutoff."""
    match = _PERIOD.match(value)
    if match:
        return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        fail(f"--older-than {value!r}: give a period like 30d, 12h, 2w, or a date like 2026-01-31")
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def run_purge(
    console: Console,
    *,
    db: str,
    older_than: str,
    platform: str | None,
    account: str | None,
    config: str | None,
) -> int:
    """Purge buyer data older than the period; with --config, the accounts' adapter stores too."""
    from ..retention import PurgeHook, purge_hooks

    cutoff = parse_older_than(older_than)
    with ExitStack() as stack:
        store = stack.enter_context(_open_store(db))
        hooks: list[PurgeHook] = []
        if config is not None:
            from ._accounts import open_client

            client = stack.enter_context(open_client(sandbox=False, config=config))
            hooks = purge_hooks(client)
        report = store.purge(cutoff, platform=platform, account=account, hooks=hooks)
    console.print(str(report), soft_wrap=True)
    return EXIT_OK


def run_changes(console: Console, *, db: str, after: int, limit: int | None) -> int:
    """Print the change feed after a position, one JSON object per line."""
    with _open_store(db) as store:
        for change in store.changes(after=after, limit=limit):
            record = {
                "position": change.position,
                "entity": change.entity.value,
                "id": change.object_id,
                "account": change.account,
                "op": change.op.value,
                "at": change.at.isoformat(),
                "conversation_id": change.conversation_id,
            }
            console.print_json(json.dumps(record), indent=None)
    return EXIT_OK


def run_info(console: Console, *, db: str) -> int:
    with _open_store(db) as store:
        console.print(f"store      {store.database}")
        console.print(f"schema     version {store.schema_version()}")
        console.print(f"change feed position {store.last_position()}")
        for name, count in store.counts().items():
            console.print(f"  {name:<16} {count}")
    return EXIT_OK


def _store_errors(run: Any) -> None:
    from ..store import StoreError

    try:
        code = run()
    except ConfigurationError as exc:
        fail(exc.message, EXIT_USAGE)
    except StoreError as exc:
        fail(exc.message, EXIT_USAGE if isinstance(exc, ValueError) else EXIT_API)
    except MarketmsgError as exc:
        fail(exc.message, EXIT_API)
    raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    store_app = typer.Typer(
        name="store",
        help="Housekeeping of the store: retention purge, change feed, schema and row counts.",
        no_args_is_help=True,
    )
    app.add_typer(store_app)
    db_option = typer.Option(
        "marketmsg.db", "--db", help="SQLite file path or database URL (postgresql://…)."
    )

    @store_app.command("purge")
    def purge(
        db: str = db_option,
        older_than: str = typer.Option(
            "30d",
            "--older-than",
            help="Purge buyer data whose last activity is older than this: 30d (the default, Amazon's Data "
            "Protection Policy), 12h, 2w, or a date (2026-01-31, UTC).",
        ),
        platform: str | None = typer.Option(None, "--platform", help="Only this platform's data."),
        account: str | None = typer.Option(None, "--account", help="Only this account (platform:seller_id)."),
        config: str | None = typer.Option(
            None, "--config", help="Accounts file: also purge the adapters' own stores (Amazon relay mail)."
        ),
    ) -> None:
        """Remove buyer names, aliases, addresses and message text older than the retention period."""
        _store_errors(
            lambda: run_purge(
                Console(), db=db, older_than=older_than, platform=platform, account=account, config=config
            )
        )

    @store_app.command("changes")
    def changes(
        db: str = db_option,
        after: int = typer.Option(0, "--after", min=0, help="Print changes after this position."),
        limit: int | None = typer.Option(None, "--limit", min=1, help="At most this many."),
    ) -> None:
        """Print the change feed (one JSON object per line): position, entity, id, account, op, at."""
        _store_errors(lambda: run_changes(Console(), db=db, after=after, limit=limit))

    @store_app.command("info")
    def info(db: str = db_option) -> None:
        """Show the store's schema version, change-feed position and row counts (migrates an older store)."""
        _store_errors(lambda: run_info(Console(), db=db))

    @app.command("inbox")
    def inbox(
        db: str = typer.Option(
            "marketmsg.db", "--db", help="SQLite file path or database URL (postgresql://…)."
        ),
        sandbox: bool = typer.Option(False, "--sandbox", help="Sync from the built-in simulators first."),
        config: str | None = typer.Option(
            None, "--config", help="Sync the accounts of this TOML file first (see marketmsg._config)."
        ),
        limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many conversations."),
    ) -> None:
        """Sync conversations into the store and show the inbox with reply deadlines."""
        try:
            code = run_inbox(Console(), db=db, sandbox=sandbox, limit=limit, config=config)
        except ConfigurationError as exc:
            fail(exc.message, EXIT_USAGE)
        except MarketmsgError as exc:
            fail(exc.message, EXIT_API)
        raise typer.Exit(code)

    @app.command("export")
    def export(
        db: str = typer.Option("marketmsg.db", "--db", help="SQLite file path or database URL."),
        account: str = typer.Option(..., "--account", help="Account key (platform:seller_id) or seller id."),
        order: str | None = typer.Option(
            None, "--order", help="Only this order's conversations and disputes."
        ),
        fmt: ExportFormat = typer.Option(
            ExportFormat.JSONL, "--format", help="jsonl (everything) or mbox (mail)."
        ),
        out: Path = typer.Option(..., "--out", help="File to write."),
        force: bool = typer.Option(False, "--force", help="Overwrite --out if it exists."),
    ) -> None:
        """Export an account's (or an order's) full history — it contains buyer data: store it safely."""
        try:
            code = run_export(Console(), db=db, account=account, order=order, fmt=fmt, out=out, force=force)
        except ConfigurationError as exc:
            fail(exc.message, EXIT_USAGE)
        raise typer.Exit(code)
