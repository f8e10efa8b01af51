"""``marketmsg inbox`` (sync into the store, then show the work queue) and ``marketmsg export``.

Exit codes: 0 ok, 2 usage or configuration error (bad --store, unknown account, existing output file),
3 platform or network error during the sync (the table is still printed from what the store holds).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .._exceptions import ConfigurationError, MarketmsgError
from ._app import EXIT_API, EXIT_OK, EXIT_USAGE
from ._app_exit import fail
from ._earlier import queue_with_earlier
from ._output import json_line, model_json, stderr_console, stdout_console
from ._refs import refs_for
from ._session import (
    config_found,
    config_option,
    json_option,
    open_session,
    open_store,
    shown_store,
    store_option,
    store_target,
)
from ._tables import conversation_table

if TYPE_CHECKING:
    from ..store import SqlStore

__all__ = ["progress_bar", "register", "run_export", "run_inbox"]


class ExportFormat(StrEnum):
    JSONL = "jsonl"
    MBOX = "mbox"


@contextmanager
def progress_bar(console: Console) -> Iterator[Progress]:
    """A rich progress display on a terminal; on a pipe (or in --json mode) the same object, silent."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    ) as bar:
        yield bar


def _sync(client: Any, store: SqlStore, out: Console, errors: Console) -> int:
    from ..inbox import InboxSync, SyncEvent

    with progress_bar(errors) as bar:
        tasks = {a.key: bar.add_task(f"sync {a.key}", total=None) for a in client.accounts}

        def on_progress(event: SyncEvent) -> None:
            bar.update(tasks[event.account], completed=event.done, total=event.total)

        report = InboxSync(client, store, progress=on_progress).run()
    out.print(f"synced {escape(str(report))}")
    for account in report.accounts:
        for error in account.errors:
            errors.print(f"[red]{escape(account.account)}[/]: {escape(error)}")
    return EXIT_OK if report.ok else EXIT_API


def run_inbox(
    console: Console,
    *,
    store: str | None,
    sandbox: bool,
    limit: int,
    config: str | None = None,
    sync: bool = True,
    as_json: bool = False,
) -> int:
    """Sync (the simulators with ``sandbox``, else the accounts file when there is one) and print the store's inbox."""
    from ..inbox import conversation_sla

    code = EXIT_OK
    errors = stderr_console()
    # In --json mode standard output carries only the JSON lines; the sync summary goes to standard error.
    summary = errors if as_json else console
    with ExitStack() as stack:
        if sandbox or (sync and config_found(config)):
            session = stack.enter_context(open_session(sandbox=sandbox, config=config, store=store))
            opened = session.store
            code = _sync(session.client, opened, summary, errors)
        else:
            target = store_target(store, sandbox=False)
            opened = stack.enter_context(open_store(target))
            if not opened.accounts():
                summary.print(
                    f"the store {shown_store(target)} is empty: sync your accounts with --config marketmsg.toml (or $MARKETMSG_CONFIG, or "
                    "./marketmsg.toml), or try the simulators with --sandbox"
                )
        conversations = list(opened.inbox(limit=limit))
        if sandbox:
            conversations = queue_with_earlier(opened, conversations)
        now = datetime.now(UTC)
        refs = refs_for(c.id for c in conversations)
        if as_json:
            for conv in conversations:
                json_line(
                    model_json(conv, "conversation", ref=refs[conv.id], sla=conversation_sla(conv, now).value)
                )
            return code
        console.print(
            conversation_table(conversations, refs, now, width=console.width, title="Inbox (from the store)")
        )
        waiting = sum(1 for c in conversations if c.status.value == "awaiting_seller")
        console.print(f"{len(conversations)} conversation(s), {waiting} awaiting a seller reply.")
        if conversations:
            flag = " --sandbox" if sandbox else ""
            first = refs[conversations[0].id]
            console.print(
                f'next: marketmsg show {first}{flag}   ·   marketmsg reply {first} "…"{flag}', markup=False
            )
    return code


def _resolve_account(store: SqlStore, account: str, *, sandbox: bool) -> str:
    stored = store.accounts()
    if account in stored:
        return account
    by_seller = [key for key in stored if key.split(":", 1)[1] == account]
    if len(by_seller) == 1:
        return by_seller[0]
    # `inbox --sandbox` syncs into the simulators' own store: the commonest way to get here after a sync.
    hint = (
        "sync with `marketmsg inbox` first"
        if sandbox
        else (
            "sync with `marketmsg inbox` first; what `marketmsg inbox --sandbox` synced is in the simulators' store: "
            "add --sandbox"
        )
    )
    fail(f"nothing stored for account {account!r}; stored accounts: {', '.join(stored) or 'none'} ({hint})")


def run_export(
    console: Console,
    *,
    store: str | None,
    account: str,
    order: str | None,
    fmt: ExportFormat,
    out: Path,
    force: bool,
    sandbox: bool = False,
) -> int:
    """Write the export; returns the exit code."""
    from ..store import export_jsonl, export_mbox

    if out.exists() and not force:
        fail(f"{str(out)!r} exists; choose another --out or pass --force")
    if not out.parent.exists():
        fail(f"directory {str(out.parent)!r} does not exist")
    with open_store(store_target(store, sandbox=sandbox)) as opened, progress_bar(stderr_console()) as bar:
        key = _resolve_account(opened, account, sandbox=sandbox)
        task = bar.add_task(f"export {key}", total=None)
        step: Callable[[int, int], None] = lambda done, total: bar.update(task, completed=done, total=total)  # noqa: E731
        if fmt is ExportFormat.JSONL:
            summary = export_jsonl(opened, out, account=key, order_id=order, progress=step)
        else:
            summary = export_mbox(opened, out, account=key, order_id=order, overwrite=force, progress=step)
    console.print(
        f"wrote {summary.conversations} conversation(s), {summary.messages} message(s)"
        + (f", {summary.disputes} dispute(s)" if fmt is ExportFormat.JSONL else "")
        + f" to {summary.path}"
    )
    return EXIT_OK


def register(app: typer.Typer) -> None:
    from . import _store_admin

    _store_admin.register(app)  # ``marketmsg store purge|changes|info``

    @app.command("inbox")
    def inbox(
        store: str | None = store_option(),
        sandbox: bool = typer.Option(False, "--sandbox", help="Sync from the built-in simulators first."),
        config: str | None = config_option(),
        sync: bool = typer.Option(
            True, "--sync/--no-sync", help="Sync the accounts file's accounts before showing the store."
        ),
        limit: int = typer.Option(50, "--limit", min=1, help="Show at most this many conversations."),
        as_json: bool = json_option(),
    ) -> None:
        """Sync conversations into the store and show the work queue with reply deadlines."""
        try:
            code = run_inbox(
                stdout_console(),
                store=store,
                sandbox=sandbox,
                limit=limit,
                config=config,
                sync=sync,
                as_json=as_json,
            )
        except ConfigurationError as exc:
            fail(exc.message, EXIT_USAGE)
        except MarketmsgError as exc:
            fail(exc.message, EXIT_API)
        raise typer.Exit(code)

    @app.command("export")
    def export(
        account: str = typer.Option(..., "--account", help="Account key (platform:seller_id) or seller id."),
        out: Path = typer.Option(..., "--out", help="File to write."),
        store: str | None = store_option(),
        sandbox: bool = typer.Option(
            False, "--sandbox", help="Export from the simulators' store (sandbox.db)."
        ),
        order: str | None = typer.Option(
            None, "--order", help="Only this order's conversations and disputes."
        ),
        fmt: ExportFormat = typer.Option(
            ExportFormat.JSONL, "--format", help="jsonl (everything) or mbox (mail)."
        ),
        force: bool = typer.Option(False, "--force", help="Overwrite --out if it exists."),
    ) -> None:
        """Export an account's (or an order's) full history — it contains buyer data: store it safely."""
        try:
            code = run_export(
                stdout_console(),
                store=store,
                account=account,
                order=order,
                fmt=fmt,
                out=out,
                force=force,
                sandbox=sandbox,
            )
        except ConfigurationError as exc:
            fail(exc.message, EXIT_USAGE)
        raise typer.Exit(code)
