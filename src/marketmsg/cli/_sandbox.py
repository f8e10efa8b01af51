"""``marketmsg sandbox serve <platform> --port N``: an adapter's simulator on loopback."""

from __future__ import annotations

import typer
from rich.console import Console

from ._app_exit import fail

sandbox_app = typer.Typer(help="The built-in marketplace simulators.", no_args_is_help=True)


@sandbox_app.command("serve")
def serve(
    platform: str = typer.Argument(..., help="Adapter name (an installed adapter that ships a simulator)."),
    port: int = typer.Option(8080, "--port", "-p", help="Port on 127.0.0.1 (0 picks a free one)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Loopback address to bind (127.0.0.1 or ::1)."),
) -> None:
    """Serve PLATFORM's simulator at its real API paths on loopback until interrupted."""
    from .._exceptions import MarketmsgError
    from .._registry import get_adapter
    from ..sandbox import serve_handler

    console = Console(stderr=True)
    try:
        spec = get_adapter(platform).sandbox()
    except MarketmsgError as exc:
        fail(str(exc))
    if spec is None or spec.serve_handler is None:
        fail(f"adapter {platform!r} has no simulator that can be served")
    try:
        server = serve_handler(spec.serve_handler, host=host, port=port)
    except (OSError, ValueError) as exc:
        fail(f"cannot serve on {host}:{port}: {exc}")
    address = f"http://{host}:{server.server_port}"
    console.print(f"[bold]{platform}[/] simulator on {address}  (Ctrl-C to stop)")
    for account in spec.accounts:
        names = ", ".join(sorted(account.credentials)) or "none"
        console.print(f"  account {account.key}  credentials: {names}")
    if spec.description:
        # Descriptions name the served URL as "<address>": it is only known now.
        console.print(spec.description.replace("<address>", address), markup=False)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def register(app: typer.Typer) -> None:
    app.add_typer(sandbox_app, name="sandbox")
