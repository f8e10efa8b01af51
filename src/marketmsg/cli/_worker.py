"""``marketmsg worker``: sync every configured account on a schedule, emit events, deliver webhooks.

Run one per host (or several): with ``--store postgresql://…`` and ``--redis redis://…`` they share accounts
(leases) and quota. Stops cleanly on SIGTERM/SIGINT. Exit codes: 0 stopped, 2 usage, 3 store/platform failure.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import typer

from .._exceptions import MarketmsgError
from ._app import EXIT_OK
from ._app_exit import fail
from ._session import build_sandbox, config_option, open_store, sandbox_option, store_option, store_target

__all__ = ["register"]


def _since(value: str | None) -> datetime | None:
    from ._store_admin import parse_older_than

    if value is None:
        return None
    parsed = parse_older_than(value, "--since")
    return datetime.now(UTC) - parsed if isinstance(parsed, timedelta) else parsed


def _limit_store(redis_url: str | None, namespace: str) -> Any:
    if redis_url is None:
        return None
    from ..transport import RedisLimitStore

    try:
        return RedisLimitStore(redis_url, namespace=namespace)
    except MarketmsgError as exc:
        fail(exc.message)


def worker(
    config: str | None = config_option(),
    sandbox: bool = sandbox_option(),
    store: str | None = store_option(),
    table_prefix: str = typer.Option("marketmsg_", "--table-prefix", help="Prefix of the store's tables."),
    redis: str | None = typer.Option(
        None,
        "--redis",
        envvar="MARKETMSG_REDIS",
        help="Share the platforms' quota between workers: redis://host:6379/0 (or $MARKETMSG_REDIS).",
    ),
    redis_namespace: str = typer.Option(
        "marketmsg:rl", "--redis-namespace", help="Prefix of the Redis keys."
    ),
    interval: float = typer.Option(300.0, "--interval", help="Seconds between two syncs of one account."),
    lease_ttl: float = typer.Option(
        60.0, "--lease-ttl", help="Seconds a dead worker's accounts stay claimed before others take them."
    ),
    since: str | None = typer.Option(
        None, "--since", help="Where a new account's first sync starts: a period (7d, 12h) or a date."
    ),
    concurrency: int = typer.Option(4, "--concurrency", help="Accounts synced at once by this worker."),
    health_port: int | None = typer.Option(
        None, "--health-port", help="Serve /healthz and /metrics (Prometheus) on this port."
    ),
    poll: float = typer.Option(1.0, "--poll", help="Seconds between turns when there is nothing to do."),
    duration: float | None = typer.Option(None, "--duration", help="Stop after this many seconds."),
    owner: str | None = typer.Option(None, "--name", help="This worker's name in leases (default host:pid)."),
    webhooks: bool = typer.Option(
        True, "--webhooks/--no-webhooks", help="Deliver webhooks from this worker."
    ),
    send_batch: int = typer.Option(
        20,
        "--send-batch",
        min=0,
        help="Queued replies sent per account and turn (0: this worker sends none).",
    ),
) -> None:
    """Sync accounts on a schedule, send queued replies, derive events and deliver webhooks until SIGTERM."""
    from .._client import Client
    from .._config import load_accounts
    from ..transport import EventHooks
    from ..worker import Metrics, Worker

    opened = open_store(store_target(store, sandbox=sandbox), table_prefix=table_prefix)
    metrics = Metrics()
    options: dict[str, Any] = {
        "outbox": opened,
        "rate_limit_store": _limit_store(redis, redis_namespace),
        "event_hooks": EventHooks(on_call=[metrics.on_call]),
    }
    try:
        client = build_sandbox().client(**options) if sandbox else Client(load_accounts(config), **options)
        with opened, client:
            runner = Worker(
                client,
                opened,
                interval=timedelta(seconds=interval),
                lease_ttl=timedelta(seconds=lease_ttl),
                since=_since(since),
                concurrency=concurrency,
                owner=owner,
                webhooks=webhooks,
                send_batch=send_batch,
                poll=poll,
                health_port=health_port,
                metrics=metrics,
            )
            stats = runner.run(duration=duration)
    except MarketmsgError as exc:
        fail(exc.message)
    typer.echo(
        f"worker stopped: {stats.syncs} sync(s) of {len(stats.accounts)} account(s), {stats.events} event(s), "
        f"{stats.sent} queued repl(y/ies) sent"
    )
    raise typer.Exit(EXIT_OK)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
