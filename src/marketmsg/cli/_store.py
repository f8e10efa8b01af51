"""``marketmsg inbox`` (sync into the store, then show the work queue) and ``marketmsg export``.

Exit codes: 0 ok, 2 usage or configuration error (bad --db, unknown account, existing output file),
3 platform or network error during the sync (the table is still printed from what the store holds).
"""

from __future__ import annotations

from contextlib import ExitStack
from datetime import UTC, datetime
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
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import SqlStore

    try:
        return SqlStore(db)
    except ConfigurationError as exc:
        fail(exc.message)
    except SQLAlchemyError as exc:
        fail(f"cannot open the store at {db!r}: {type(exc).__name__}; check --db")


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


def register(app: typer.Typer) -> None:
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
