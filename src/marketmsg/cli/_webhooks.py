"""``marketmsg webhooks add|list|queue|replay|retry-dead``: the webhook endpoints and queue in the store.

``add`` prints the new endpoint's signing secret once (hand it to the receiver); nothing else ever prints it.
Exit codes: 0 ok, 2 usage (a bad URL, an unknown endpoint), 3 the store failed.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

from .._exceptions import MarketmsgError
from ._app_exit import fail
from ._session import open_store, store_option, store_target

if TYPE_CHECKING:
    from ..events import Webhooks

__all__ = ["register"]

webhooks_app = typer.Typer(help="Webhook endpoints and their delivery queue.", no_args_is_help=True)


def _prefix() -> str:
    return typer.Option("marketmsg_", "--table-prefix", help="Prefix of the store's tables.")  # type: ignore[no-any-return]


@contextmanager
def _hooks(store: str | None, table_prefix: str) -> Iterator[Webhooks]:
    from ..events import Webhooks

    with open_store(store_target(store, sandbox=False), table_prefix=table_prefix) as opened:
        hooks = Webhooks(opened)
        try:
            yield hooks
        except MarketmsgError as exc:
            fail(exc.message)
        finally:
            hooks.close()


@webhooks_app.command("add")
def add(
    url: str = typer.Argument(..., help="Where to post events (https://…)."),
    types: list[str] = typer.Option([], "--type", help="Only these event types (repeat); default all."),
    include_text: bool = typer.Option(False, "--include-text", help="Add message text (buyer data)."),
    store: str | None = store_option(),
    table_prefix: str = _prefix(),
) -> None:
    """Register an endpoint; prints its id and signing secret (shown only now)."""
    with _hooks(store, table_prefix) as hooks:
        try:
            endpoint = hooks.add_endpoint(url, types=types or None, include_text=include_text)
        except MarketmsgError as exc:  # a bad URL (a ValueError too: caught first)
            fail(exc.message)
        except ValueError as exc:  # an unknown event type
            fail(f"--type: {exc}")
        typer.echo(f"{endpoint.id} {endpoint.secret}")


@webhooks_app.command("list")
def list_endpoints(store: str | None = store_option(), table_prefix: str = _prefix()) -> None:
    """The endpoints: id, URL, types, whether text is included, whether disabled."""
    with _hooks(store, table_prefix) as hooks:
        for e in hooks.endpoints():
            kinds = ",".join(sorted(e.types)) if e.types else "all"
            flags = ("text " if e.include_text else "") + ("disabled" if e.disabled else "")
            typer.echo(f"{e.id}  {e.url}  {kinds}  {flags}".rstrip())


@webhooks_app.command("queue")
def queue(store: str | None = store_option(), table_prefix: str = _prefix()) -> None:
    """Deliveries per state, and the dead letters."""
    with _hooks(store, table_prefix) as hooks:
        typer.echo("  ".join(f"{state} {n}" for state, n in hooks.queue_depth().items()))
        for endpoint_id, position, error in hooks.dead_letters():
            typer.echo(f"dead  {endpoint_id}  event {position}  {error or ''}".rstrip())


@webhooks_app.command("replay")
def replay(
    endpoint_id: str = typer.Argument(..., help="The endpoint's id (see `webhooks list`)."),
    after: int = typer.Option(..., "--after", min=0, help="Event-log position: events after it go again."),
    store: str | None = store_option(),
    table_prefix: str = _prefix(),
) -> None:
    """Queue every event after a position for the endpoint again (same webhook-ids)."""
    with _hooks(store, table_prefix) as hooks:
        typer.echo(f"{hooks.replay(endpoint_id, after=after)} event(s) queued")


@webhooks_app.command("retry-dead")
def retry_dead(
    endpoint_id: str | None = typer.Argument(None, help="Only this endpoint's dead letters."),
    store: str | None = store_option(),
    table_prefix: str = _prefix(),
) -> None:
    """Give dead deliveries a new round of attempts."""
    with _hooks(store, table_prefix) as hooks:
        typer.echo(f"{hooks.retry_dead(endpoint_id)} delivery(ies) queued again")


def register(app: typer.Typer) -> None:
    app.add_typer(webhooks_app, name="webhooks")
