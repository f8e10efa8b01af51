"""Shared by ``aliexpress_responses.py`` and ``amazon_responses.py``: one platform answer, chosen and rewritten by
libFuzzer, inside a real ``Client`` operation against the adapter's simulator (``tests/fuzz/_world.py``).

An input is three control bytes and a body: which operation runs, which of its answers is replaced, which status
that answer gets (0 keeps the simulator's own), then the answer's body. The seed corpus is every answer the
simulator gives to every operation, so libFuzzer starts from well-formed bodies and mutates them. Findings are
anything but a documented :class:`~marketmsg.MarketmsgError` escaping, and an outbox entry left PENDING.
"""

from __future__ import annotations

import contextlib
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import atheris

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))  # tests.fuzz._world: the operations and the simulators, shared with the CI fuzz

with atheris.instrument_imports(include=["marketmsg", "marketmsg_amazon", "marketmsg_aliexpress"]):
    import httpx
    from tests.fuzz._world import OPERATIONS, REFRESH_FIRST, World

    from marketmsg import MarketmsgError, OutboxState

STATUSES = [
    200,
    201,
    204,
    301,
    307,
    400,
    401,
    403,
    404,
    408,
    409,
    413,
    422,
    429,
    500,
    501,
    502,
    503,
    504,
    520,
    599,
]
#: Rebuild the simulator every this many inputs: its state (sends, accepted solutions) drifts otherwise.
RESET_EVERY = 50


def _headers(response: httpx.Response) -> dict[str, str]:
    return {
        k: v for k, v in response.headers.items() if k.lower() not in ("content-length", "content-encoding")
    }


def target(platform: str) -> Callable[[bytes], None]:
    world = World.build(platform)
    names = sorted(OPERATIONS[platform])
    runs = {"n": 0}

    def one_input(data: bytes) -> None:
        if len(data) < 3:
            return
        runs["n"] += 1
        if runs["n"] % RESET_EVERY == 0:
            world.reset()
        name = names[data[0] % len(names)]
        at, status_pick, body = data[1], data[2], data[3:]

        def tamper(index: int, request: httpx.Request, response: httpx.Response) -> httpx.Response:
            if index != at % 8:
                return response
            status = response.status_code if status_pick == 0 else STATUSES[status_pick % len(STATUSES)]
            return httpx.Response(status, stream=httpx.ByteStream(body), headers=_headers(response))

        with world.client(tamper, refresh_first=name in REFRESH_FIRST, max_retries=1) as client:
            with contextlib.suppress(MarketmsgError):  # documented: anything else escapes and is a finding
                OPERATIONS[platform][name](client)
            pending = client.outbox.entries(OutboxState.PENDING)
        if pending:
            raise AssertionError(f"{name}: an outbox entry was left PENDING")

    return one_input


def seed_corpus(platform: str) -> str:
    """A working corpus in ``$TMPDIR``, seeded with every answer the simulator gives to every operation."""
    directory = Path(tempfile.gettempdir()) / f"marketmsg-fuzz-{platform}-responses"
    if directory.exists():
        return str(directory)
    directory.mkdir(parents=True)
    world = World.build(platform)
    for op, name in enumerate(sorted(OPERATIONS[platform])):
        world.reset()
        seen: list[bytes] = []

        def record(
            index: int, request: httpx.Request, response: httpx.Response, seen: list[bytes] = seen
        ) -> Any:
            seen.append(response.content)
            return response

        with world.client(record, refresh_first=name in REFRESH_FIRST) as client:
            OPERATIONS[platform][name](client)
        for index, body in enumerate(seen[:8]):
            (directory / f"seed-{op}-{index}").write_bytes(bytes([op, index, 0]) + body)
    return str(directory)


def main(platform: str) -> None:
    argv = list(sys.argv)
    if not any(a.startswith("-timeout=") for a in argv):
        argv.append("-timeout=20")
    if not any(not a.startswith("-") for a in argv[1:]):
        argv.append(seed_corpus(platform))
    atheris.Setup(argv, target(platform))
    atheris.Fuzz()
