"""What an adapter's simulator offers, and the Sandbox that gathers them into ready clients."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from .._clock import Clock
from ..models import Account

if TYPE_CHECKING:
    from ..adapter import Adapter

__all__ = ["Handler", "Sandbox", "SandboxSpec", "build_spec"]

Handler = Callable[[httpx.Request], httpx.Response]
"""A simulator: one request in, one response out (sync; httpx.MockTransport runs it for both clients)."""


@dataclass
class SandboxSpec:
    """One platform's simulator.

    ``mounts`` maps URL prefixes (``"https://sandbox.sellingpartnerapi-na.amazon.com"``) to the handler serving
    them; ``accounts`` are seeded accounts whose credentials the simulator accepts; ``controller`` is the
    simulator object itself (seed data, fault injection, its clock) for tests and demos. ``fictional`` marks a
    made-up marketplace (fakemarket): :meth:`Sandbox.create` leaves it out when a real platform's simulator is
    installed, so it shows only on a core-only install or when named.
    """

    platform: str
    accounts: Sequence[Account]
    mounts: Mapping[str, Handler]
    controller: Any = None
    description: str = ""
    serve_handler: Handler | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    fictional: bool = False


def build_spec(adapter: type[Adapter], clock: Clock | None) -> SandboxSpec | None:
    """``adapter.sandbox(clock=clock)``, or ``adapter.sandbox()`` for adapters whose simulator keeps its own time."""
    accepts_clock = "clock" in inspect.signature(adapter.sandbox).parameters
    return adapter.sandbox(clock=clock) if accepts_clock and clock is not None else adapter.sandbox()


def _mount_key(prefix: str) -> str:
    # httpx mount patterns are "scheme://host[:port]"; a path part would never match.
    url = httpx.URL(prefix)
    port = f":{url.port}" if url.port else ""
    return f"{url.scheme}://{url.host}{port}"


class Sandbox:
    """All simulators of the installed adapters (or those named), ready to hand to a client.

    >>> sandbox = Sandbox.create()          # doctest: +SKIP
    >>> with sandbox.client() as client:    # doctest: +SKIP
    ...     print(list(client.conversations.list()))
    """

    def __init__(self, specs: Iterable[SandboxSpec], clock: Clock | None = None) -> None:
        self.specs = {spec.platform: spec for spec in specs}
        self.clock = clock

    @classmethod
    def create(cls, platforms: Sequence[str] | None = None, *, clock: Clock | None = None) -> Sandbox:
        """Build the simulators of ``platforms`` (default: every installed adapter that has one; fictional
        marketplaces only when no real one is installed)."""
        from .._registry import available_adapters, get_adapter, load_all

        names = list(platforms) if platforms is not None else available_adapters()
        classes = {n: get_adapter(n) for n in names} if platforms is not None else load_all()
        specs = []
        for name in names:
            adapter = classes.get(name)
            if adapter is None:
                continue
            spec = build_spec(adapter, clock)
            if spec is not None:
                specs.append(spec)
        if platforms is None and any(not spec.fictional for spec in specs):
            specs = [spec for spec in specs if not spec.fictional]
        return cls(specs, clock=clock)

    @property
    def accounts(self) -> list[Account]:
        return [account for spec in self.specs.values() for account in spec.accounts]

    def controller(self, platform: str) -> Any:
        return self.specs[platform].controller

    def mounts(self) -> dict[str, httpx.MockTransport]:
        return {
            _mount_key(prefix): httpx.MockTransport(handler)
            for spec in self.specs.values()
            for prefix, handler in spec.mounts.items()
        }

    def http_client(self) -> httpx.Client:
        return httpx.Client(mounts=self.mounts(), transport=_refuse_transport())

    def async_http_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(mounts=self.mounts(), transport=_refuse_transport())

    def client(self, **kwargs: Any) -> Any:
        """A :class:`marketmsg.Client` for every sandbox account, wired to the simulators."""
        from .._client import Client

        if self.clock is not None:
            kwargs.setdefault("clock", self.clock)
        client = Client(self.accounts, http_client=self.http_client(), **kwargs)
        # Simulators own resources (temp mailboxes, stores) that live as long as the Sandbox; a client made by
        # ``Sandbox.create().client()`` must keep its sandbox alive for as long as the client is used.
        setattr(client, "_sandbox", self)  # noqa: B010
        return client

    def async_client(self, **kwargs: Any) -> Any:
        from .._client import AsyncClient

        if self.clock is not None:
            kwargs.setdefault("clock", self.clock)
        client = AsyncClient(self.accounts, http_client=self.async_http_client(), **kwargs)
        setattr(client, "_sandbox", self)  # noqa: B010 - keeps the simulators alive with the client
        return client


def _refuse(request: httpx.Request) -> httpx.Response:
    # Anything not mounted is a host no simulator serves: fail loudly instead of reaching the internet.
    raise httpx.ConnectError(f"sandbox: no simulator serves {request.url.host}", request=request)


def _refuse_transport() -> httpx.MockTransport:
    return httpx.MockTransport(_refuse)
