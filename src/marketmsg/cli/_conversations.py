"""``marketmsg show``, ``marketmsg reply`` and ``marketmsg disputes``: one conversation, one reply, the disputes.

Exit codes: 0 ok; 1 the rules refused the reply (findings printed); 2 usage/configuration error or an id this
configuration cannot route; 3 platform or network error (a reply whose delivery is unknown included).
"""

from __future__ import annotations

import sys
import uuid
from datetime import UTC, datetime

import typer
from rich.console import Console
from rich.markup import escape

from .._exceptions import (
    APIError,
    ConfigurationError,
    DeliveryUnknown,
    IdempotencyConflict,
    InvalidIdError,
    InvalidRequestError,
    MarketmsgError,
    PlatformRuleError,
    PolicyViolation,
)
from ..models import Dispute, DisputeStatus, Message
from ._app import EXIT_API, EXIT_FINDINGS, EXIT_OK, EXIT_USAGE
from ._app_exit import fail
from ._check import show_findings, verdict_of
from ._earlier import thread_with_earlier
from ._output import fmt_time, json_line, model_json, stderr_console, stdout_console
from ._refs import is_full_id, match_ref, ref_of, refs_for
from ._session import (
    Session,
    config_option,
    idempotency_key_option,
    json_option,
    open_session,
    sandbox_option,
    store_option,
)
from ._tables import dispute_table

__all__ = [
    "error_exit_code",
    "print_keyed_error",
    "register",
    "resolve_conversation",
    "run_reply",
    "run_show",
]

#: How many conversations the CLI lists through the accounts to find a ref the store does not know.
_RESOLVE_LIMIT = 500
_EPOCH = datetime.min.replace(tzinfo=UTC)


def error_exit_code(exc: MarketmsgError) -> int:
    if isinstance(exc, PlatformRuleError):
        return EXIT_FINDINGS
    if isinstance(exc, (ConfigurationError, InvalidIdError, InvalidRequestError, IdempotencyConflict)):
        return EXIT_USAGE
    if isinstance(exc, (APIError, DeliveryUnknown)):
        return EXIT_API
    return EXIT_API


def print_error(console: Console, exc: MarketmsgError, *, text: str | None = None) -> int:
    """The error (and a refusal's findings with their spans), on ``console``; returns the exit code."""
    console.print(f"[red]{type(exc).__name__}:[/] {escape(exc.message)}")
    if isinstance(exc, PolicyViolation):
        if text is not None:
            console.print(show_findings(exc.findings, text, indent="  "))
        verdict = verdict_of(exc.findings, allow_warnings=False)
        if verdict.value == "needs_allow_warnings":
            console.print(
                "  only warnings: pass --allow-warnings to send it anyway (the warnings are logged)"
            )
    return error_exit_code(exc)


def print_keyed_error(
    console: Console, exc: MarketmsgError, key: str, doing: str, *, text: str | None = None
) -> int:
    """:func:`print_error` for a command that sends under an idempotency key, and what a retry with the key does:
    nothing until reconciled when the outcome is unknown, at most once after a platform failure (a refusal sent
    nothing, so there is nothing to retry)."""
    code = print_error(console, exc, text=text)
    if isinstance(exc, DeliveryUnknown):
        console.print(
            f"idempotency key {key}: the outbox keeps this attempt; running the same command with "
            f"--idempotency-key {key} will not {doing} again until it is reconciled"
        )
    elif isinstance(exc, APIError):  # the platform failed: a retry with the same key is safe
        console.print(f"idempotency key {key} (retry with --idempotency-key {key} to never {doing} twice)")
    return code


def _stored_conversation_ids(session: Session) -> list[str]:
    from sqlalchemy import select

    table = session.store.tables.conversations
    with session.store.engine.begin() as conn:
        return list(conn.execute(select(table.c.id)).scalars())


def resolve_conversation(session: Session, value: str) -> str:
    """A full conversation id from a full id or a ref (the store first, then the accounts' own listings)."""
    if is_full_id(value):
        return value
    found = match_ref(value, _stored_conversation_ids(session))
    if found is None:
        listed = [c.id for c in session.client.conversations.list().to_list(_RESOLVE_LIMIT)]
        found = match_ref(value, listed)
    if found is None:
        where = "the simulators" if session.sandbox else "the store or your accounts"
        raise InvalidIdError(
            f"no conversation with ref {value!r} in {where}; list them with `marketmsg inbox"
            f"{' --sandbox' if session.sandbox else ''}`"
        )
    return found


def run_show(
    console: Console, value: str, *, sandbox: bool, config: str | None, store: str | None, as_json: bool
) -> int:
    with open_session(sandbox=sandbox, config=config, store=store) as session:
        try:
            conversation_id = resolve_conversation(session, value)
            conv = session.client.conversations.get(conversation_id)
            messages = list(session.client.messages.list(conversation_id))
        except MarketmsgError as exc:
            return print_error(stderr_console(), exc)
        earlier: list[Message] = []
        if sandbox:
            conv, messages, earlier = thread_with_earlier(session.store, conv, messages)
        if as_json:
            json_line(model_json(conv, "conversation", ref=ref_of(conv.id)))
            for message in messages:
                json_line(model_json(message, "message", ref=ref_of(message.id)))
            return EXIT_OK
        console.print(f"[bold]{ref_of(conv.id)}[/]  {escape(conv.id)}", soft_wrap=True)
        console.print(
            f"{conv.platform} · {conv.channel.value} · order {escape(conv.order_id or '—')} · {conv.status.value}"
            + (f" · reply due {fmt_time(conv.response_due)} UTC" if conv.response_due else " · no reply due")
        )
        for message in messages:
            who = message.sender.role.value
            console.print(
                f"\n[dim]{fmt_time(message.sent_at)} UTC[/] [bold]{who}[/] ({message.direction.value}, "
                f"{message.kind.value})"
            )
            console.print(message.body or "[dim](no text)[/]", markup=False)
            for attachment in message.attachments:
                console.print(
                    f"  📎 {attachment.filename} ({attachment.content_type}, {attachment.size} bytes)",
                    markup=False,
                )
        if earlier:
            console.print(
                f"\n[dim]{len(earlier)} message(s) sent by earlier commands come from the store's outbox: the "
                "simulators start afresh in every command.[/]"
            )
        flag = " --sandbox" if sandbox else ""
        console.print(f'\nreply: marketmsg reply {ref_of(conv.id)} "…"{flag}', markup=False)
    return EXIT_OK


def run_reply(
    console: Console,
    value: str,
    text: str,
    *,
    sandbox: bool,
    config: str | None,
    store: str | None,
    allow_warnings: bool,
    critical: bool,
    idempotency_key: str | None,
    queue: bool = False,
) -> int:
    """Send through the store's outbox, so the same idempotency key never reaches the buyer twice; ``queue``
    records it for a ``marketmsg worker`` on the same store to send instead."""
    key = idempotency_key or uuid.uuid4().hex
    with open_session(sandbox=sandbox, config=config, store=store) as session:
        errors = stderr_console()
        try:
            conversation_id = resolve_conversation(session, value)
            before = session.store.get(key)
            if queue:
                entry = session.client.messages.queue_reply(
                    conversation_id, text, allow_warnings=allow_warnings, idempotency_key=key
                )
                console.print(f"[green]{entry.state.value}[/] for a worker (idempotency key {key})")
                return EXIT_OK
            message = session.client.messages.reply(
                conversation_id,
                text,
                allow_warnings=allow_warnings,
                critical=critical,
                idempotency_key=key,
            )
        except MarketmsgError as exc:
            return print_keyed_error(errors, exc, key, "send it", text=text)
        if before is not None and before.message is not None:
            console.print(
                f"[yellow]already sent[/] with idempotency key {key} at {fmt_time(before.message.sent_at)} UTC: "
                "not sent again",
            )
        else:
            console.print(
                f"[green]sent[/] {escape(message.id)} at {fmt_time(message.sent_at)} UTC via "
                f"{message.channel.value} (idempotency key {key})",
                soft_wrap=True,
            )
    return EXIT_OK


def _disputes_of(
    session: Session, platform: str | None, status: DisputeStatus | None, limit: int
) -> tuple[list[Dispute], list[str]]:
    """Disputes of every selected account, open first and nearest deadline first (``client.disputes.list``), and
    the client's notice for each account it skipped (a platform without disputes, Amazon without claim mail)."""
    listing = session.client.disputes.list(platform=platform, status=status)
    found = listing.to_list(limit)
    return found, list(listing.notices)


def run_disputes(
    console: Console,
    *,
    sandbox: bool,
    config: str | None,
    store: str | None,
    platform: str | None,
    status: DisputeStatus | None,
    limit: int,
    as_json: bool,
) -> int:
    with open_session(sandbox=sandbox, config=config, store=store) as session:
        errors = stderr_console()
        try:
            disputes, notices = _disputes_of(session, platform, status, limit)
        except MarketmsgError as exc:
            return print_error(errors, exc)
        for notice in notices:
            errors.print(f"[yellow]notice:[/] {escape(notice)}")
        refs = refs_for(d.id for d in disputes)
        if as_json:
            for d in disputes:
                json_line(model_json(d, "dispute", ref=refs[d.id]))
            return EXIT_OK
        now = session.client._state.clock.now()
        console.print(dispute_table(disputes, refs, now, width=console.width))
        console.print(f"{len(disputes)} dispute(s).")
    return EXIT_OK


def register(app: typer.Typer) -> None:
    @app.command("show")
    def show(
        conversation: str = typer.Argument(
            ..., help="A conversation ref or id, as `inbox` and `demo` print them."
        ),
        sandbox: bool = sandbox_option(),
        config: str | None = config_option(),
        store: str | None = store_option(),
        as_json: bool = json_option(),
    ) -> None:
        """Show one conversation and its messages."""
        raise typer.Exit(
            run_show(
                stdout_console(), conversation, sandbox=sandbox, config=config, store=store, as_json=as_json
            )
        )

    @app.command("reply")
    def reply(
        conversation: str = typer.Argument(
            ..., help="A conversation ref or id, as `inbox` and `demo` print them."
        ),
        text: str = typer.Argument(
            ..., help="The reply (plain text). Use '-' to read it from standard input."
        ),
        sandbox: bool = sandbox_option(),
        config: str | None = config_option(),
        store: str | None = store_option(),
        allow_warnings: bool = typer.Option(
            False, "--allow-warnings", help="Send despite warn-level findings (logged)."
        ),
        critical: bool = typer.Option(
            False, "--critical", help="A critical message (reaches opted-out buyers)."
        ),
        idempotency_key: str | None = idempotency_key_option("the buyer still gets the reply once"),
        queue: bool = typer.Option(
            False,
            "--queue",
            help="Check the rules now, queue the reply in the store; `marketmsg worker` sends it.",
        ),
    ) -> None:
        """Reply in a conversation: the platform's rules run first (exit 1 when they refuse; see `check`)."""
        body = sys.stdin.read() if text == "-" else text
        if not body.strip():
            fail("nothing to send: pass the reply text (or '-' to read standard input)")
        if queue and critical:
            fail("--queue takes plain replies: a --critical reply is sent now, without --queue")
        raise typer.Exit(
            run_reply(
                stdout_console(),
                conversation,
                body,
                sandbox=sandbox,
                config=config,
                store=store,
                allow_warnings=allow_warnings,
                critical=critical,
                idempotency_key=idempotency_key,
                queue=queue,
            )
        )

    @app.command("disputes")
    def disputes(
        sandbox: bool = sandbox_option(),
        config: str | None = config_option(),
        store: str | None = store_option(),
        platform: str | None = typer.Option(None, "--platform", "-p", help="Only this platform."),
        status: DisputeStatus | None = typer.Option(None, "--status", help="Only disputes in this status."),
        limit: int = typer.Option(50, "--limit", min=1),
        as_json: bool = json_option(),
    ) -> None:
        """List disputes with their deadlines (accounts whose platform has no disputes API get a notice)."""
        raise typer.Exit(
            run_disputes(
                stdout_console(),
                sandbox=sandbox,
                config=config,
                store=store,
                platform=platform,
                status=status,
                limit=limit,
                as_json=as_json,
            )
        )
