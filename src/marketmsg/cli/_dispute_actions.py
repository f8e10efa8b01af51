"""``marketmsg dispute show|accept|propose|evidence``: one dispute, and the seller's actions on it.

Every action goes through ``client.disputes.act``: the platform's dispute rules run before any request (a closed
dispute, a passed deadline, a refund above the order amount are refused, exit 1, naming the rule), and the action
runs under an idempotency key in the store's outbox, as ``reply`` does: the same command run again with the same
``--idempotency-key`` acts once.
"""

from __future__ import annotations

import mimetypes
import uuid
from decimal import Decimal, InvalidOperation
from pathlib import Path

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.markup import escape

from .._exceptions import InvalidIdError, MarketmsgError
from ..adapter import AcceptSolution, DisputeAction, ProposeSolution, UploadEvidence
from ..models import Attachment, Dispute, Money, Solution, SolutionKind
from ._app import EXIT_OK
from ._app_exit import fail
from ._conversations import print_error, print_keyed_error
from ._output import fmt_time, json_line, model_json, stderr_console, stdout_console
from ._refs import is_full_id, match_ref, ref_of
from ._session import (
    Session,
    config_option,
    idempotency_key_option,
    json_option,
    open_session,
    sandbox_option,
    store_option,
)

__all__ = ["register", "resolve_dispute"]

#: How many disputes the CLI lists through the accounts to find a ref.
_RESOLVE_LIMIT = 500

dispute_app = typer.Typer(
    name="dispute",
    help="One dispute: show it, accept a solution, propose one, upload evidence (the platform's rules run first).",
    no_args_is_help=True,
)


def resolve_dispute(session: Session, value: str) -> str:
    """A full dispute id from a full id or a ref as `marketmsg disputes` prints it."""
    if is_full_id(value):
        return value
    listed = [d.id for d in session.client.disputes.list().to_list(_RESOLVE_LIMIT)]
    found = match_ref(value, listed, what="dispute", listing="marketmsg disputes")
    if found is None:
        flag = " --sandbox" if session.sandbox else ""
        raise InvalidIdError(f"no dispute with ref {value!r}; list them with `marketmsg disputes{flag}`")
    return found


def _solution_lines(title: str, solutions: tuple[Solution, ...]) -> list[str]:
    lines = []
    for s in solutions:
        amount = f" {s.amount.amount} {s.amount.currency}" if s.amount is not None else ""
        lines.append(
            f"  {title:8} {escape(s.id)}  {s.kind.value}{amount}  {escape(f'[{s.status.value}]')}"
            + (f"  {escape(s.reason)}" if s.reason else "")
        )
    return lines


def show_dispute(console: Console, dispute: Dispute) -> None:
    console.print(f"[bold]dispute[/] {ref_of(dispute.id)}  {escape(dispute.id)}", soft_wrap=True)
    console.print(
        f"  platform {dispute.platform}, order {escape(dispute.order_id or '—')}, status {dispute.status.value}"
    )
    if dispute.reason:
        console.print(f"  reason   {escape(dispute.reason)}")
    if dispute.amount is not None:
        console.print(f"  amount   {dispute.amount.amount} {dispute.amount.currency}")
    for name, deadline in dispute.timeline:
        if deadline is not None:
            console.print(f"  {name.replace('_', ' ')}: {fmt_time(deadline.at)} UTC ({deadline.source})")
    for line in (
        _solution_lines("buyer", dispute.buyer_solutions)
        + _solution_lines("seller", dispute.seller_solutions)
        + _solution_lines("platform", dispute.platform_solutions)
    ):
        console.print(line, soft_wrap=True)


def run_dispute_show(
    console: Console, value: str, *, sandbox: bool, config: str | None, store: str | None, as_json: bool
) -> int:
    with open_session(sandbox=sandbox, config=config, store=store) as session:
        try:
            dispute = session.client.disputes.get(resolve_dispute(session, value))
        except MarketmsgError as exc:
            return print_error(stderr_console(), exc)
        if as_json:
            json_line(model_json(dispute, "dispute", ref=ref_of(dispute.id)))
        else:
            show_dispute(console, dispute)
    return EXIT_OK


def run_dispute_action(
    console: Console,
    value: str,
    action: DisputeAction,
    *,
    sandbox: bool,
    config: str | None,
    store: str | None,
    idempotency_key: str | None,
) -> int:
    """Act through the store's outbox under the key; a key that already acted is reported, not acted on again."""
    key = idempotency_key or uuid.uuid4().hex
    with open_session(sandbox=sandbox, config=config, store=store) as session:
        errors = stderr_console()
        try:
            dispute_id = resolve_dispute(session, value)
            before = session.store.get(key)
            after = session.client.disputes.act(dispute_id, action, idempotency_key=key)
        except MarketmsgError as exc:
            return print_keyed_error(errors, exc, key, "act")
        what = action.action.replace("_", " ")
        if before is None:
            console.print(f"[green]done[/]: {what} (idempotency key {key})")
        else:
            console.print(f"[yellow]already done[/]: {what} under idempotency key {key}; not sent again")
            if sandbox:
                # The simulators start afresh with every command and the store keeps only the action's fingerprint,
                # so the sandbox shows the dispute as seeded: saying "is now" would report the action undone.
                console.print(
                    f"dispute {ref_of(after.id)} in this fresh sandbox: {after.status.value} (every --sandbox command "
                    "starts from the seeded data; a platform shows the dispute after the action)"
                )
                return EXIT_OK
        console.print(f"dispute {ref_of(after.id)} is now {after.status.value}")
    return EXIT_OK


def _reason(exc: ValidationError) -> str:
    """The first problem pydantic found, in its own words and without its link."""
    first = exc.errors()[0]
    return str(first["msg"]).removeprefix("Value error, ")


def _money(amount: str, currency: str) -> Money:
    try:
        value = Decimal(amount)
    except InvalidOperation:
        fail(f"--amount {amount!r} is no number: write it like 12.50")
    try:
        return Money(amount=value, currency=currency)
    except ValidationError as exc:
        fail(f"--amount {amount} --currency {currency}: {_reason(exc)}")


def _attachment(path: Path) -> Attachment:
    try:
        content = path.read_bytes()
    except OSError as exc:
        fail(f"cannot read {path}: {exc.strerror or exc}")
    kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return Attachment.from_bytes(path.name, content, kind)


def _act(
    value: str,
    action: DisputeAction,
    sandbox: bool,
    config: str | None,
    store: str | None,
    idempotency_key: str | None,
) -> None:
    raise typer.Exit(
        run_dispute_action(
            stdout_console(),
            value,
            action,
            sandbox=sandbox,
            config=config,
            store=store,
            idempotency_key=idempotency_key,
        )
    )


_DISPUTE_HELP = "A dispute ref or id, as `marketmsg disputes` prints them."


@dispute_app.command("show")
def _show(
    dispute: str = typer.Argument(..., help=_DISPUTE_HELP),
    sandbox: bool = sandbox_option(),
    config: str | None = config_option(),
    store: str | None = store_option(),
    as_json: bool = json_option(),
) -> None:
    """Show one dispute: status, deadlines, and every solution with the id `accept` takes."""
    raise typer.Exit(
        run_dispute_show(
            stdout_console(), dispute, sandbox=sandbox, config=config, store=store, as_json=as_json
        )
    )


@dispute_app.command("accept")
def _accept(
    dispute: str = typer.Argument(..., help=_DISPUTE_HELP),
    solution: str = typer.Argument(
        ..., help="The buyer's solution id, as `marketmsg dispute show` prints it."
    ),
    sandbox: bool = sandbox_option(),
    config: str | None = config_option(),
    store: str | None = store_option(),
    idempotency_key: str | None = idempotency_key_option("the platform still gets the action once"),
) -> None:
    """Accept the buyer's solution (exit 1 when the platform's rules refuse it)."""
    _act(dispute, AcceptSolution(solution_id=solution), sandbox, config, store, idempotency_key)


@dispute_app.command("propose")
def _propose(
    dispute: str = typer.Argument(..., help=_DISPUTE_HELP),
    amount: str = typer.Option(..., "--amount", help="The refund, e.g. 12.50 (at most the order amount)."),
    currency: str = typer.Option(..., "--currency", help="ISO 4217 code, the order's currency (e.g. USD)."),
    reason: str = typer.Option(..., "--reason", help="Why, for the buyer and the platform."),
    kind: SolutionKind = typer.Option(SolutionKind.REFUND, "--kind", help="What the solution is."),
    return_address: str | None = typer.Option(
        None, "--return-address", help="The return address id (return_and_refund)."
    ),
    replaces: str | None = typer.Option(None, "--replaces", help="The seller solution this one replaces."),
    sandbox: bool = sandbox_option(),
    config: str | None = config_option(),
    store: str | None = store_option(),
    idempotency_key: str | None = idempotency_key_option("the platform still gets the action once"),
) -> None:
    """Propose a solution (on AliExpress also how a seller refuses the buyer's); exit 1 when the rules refuse it."""
    if not reason.strip():
        fail("--reason is empty: say why, for the buyer and the platform")
    try:
        proposal = ProposeSolution(
            kind=kind,
            amount=_money(amount, currency),
            reason=reason,
            return_address_id=return_address,
            replaces_solution_id=replaces,
        )
    except ValidationError as exc:
        fail(_reason(exc))
    _act(dispute, proposal, sandbox, config, store, idempotency_key)


@dispute_app.command("evidence")
def _evidence(
    dispute: str = typer.Argument(..., help=_DISPUTE_HELP),
    files: list[Path] = typer.Argument(..., help="Photos or documents to upload."),
    note: str | None = typer.Option(None, "--note", help="A note with the evidence."),
    sandbox: bool = sandbox_option(),
    config: str | None = config_option(),
    store: str | None = store_option(),
    idempotency_key: str | None = idempotency_key_option("the platform still gets the action once"),
) -> None:
    """Upload evidence to a dispute; exit 1 when the rules refuse it."""
    evidence = UploadEvidence(attachments=tuple(_attachment(p) for p in files), note=note)
    _act(dispute, evidence, sandbox, config, store, idempotency_key)


def register(app: typer.Typer) -> None:
    app.add_typer(dispute_app)
