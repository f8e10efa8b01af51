"""A busy marketplace on loopback for the multi-worker tests and the benchmark: N Fakemarket sellers behind one
port (``/s/<i>/v1/…``), buyers writing new messages at a steady rate, each new message id logged to a file.

    python tests/service/_market.py --accounts 50 --rate 20 --generate-for 10 --latency 0.02 --log new.txt

Prints ``PORT <n>`` once serving; writes one unified message id per line to ``--log`` and ``DONE`` when the
buyers stop writing. Runs until killed.
"""

from __future__ import annotations

import argparse
import random
import sys
import threading
import time
from pathlib import Path

import httpx

from marketmsg import SystemClock
from marketmsg.sandbox import serve_handler
from marketmsg_fakemarket import FakemarketSimulator


def seller(i: int) -> str:
    return f"FM-S-{i:03d}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--accounts", type=int, default=50)
    parser.add_argument(
        "--rate", type=float, default=20.0, help="new buyer messages per second, all accounts"
    )
    parser.add_argument("--generate-for", type=float, default=10.0)
    parser.add_argument("--latency", type=float, default=0.0)
    parser.add_argument("--log", type=Path, required=True)
    args = parser.parse_args()
    sims = [FakemarketSimulator(SystemClock(), conversations=3) for _ in range(args.accounts)]

    def handle(request: httpx.Request) -> httpx.Response:
        parts = request.url.path.split("/", 3)  # "", "s", "<i>", "v1/…"
        if len(parts) < 4 or parts[1] != "s" or not parts[2].isdigit() or int(parts[2]) >= len(sims):
            return httpx.Response(404)
        if args.latency:
            time.sleep(args.latency)
        inner = request.url.copy_with(path="/" + parts[3])
        forwarded = httpx.Request(request.method, inner, headers=request.headers, content=request.content)
        return sims[int(parts[2])].handle(forwarded)

    args.log.write_text("", encoding="utf-8")  # exists before anyone is told the port
    server = serve_handler(handle, port=0, background=True)
    print(f"PORT {server.server_port}", flush=True)
    rng = random.Random(42)
    deadline = time.monotonic() + args.generate_for
    with args.log.open("w", encoding="utf-8") as log:
        while time.monotonic() < deadline:
            i = rng.randrange(len(sims))
            sim = sims[i]
            conv_id = f"c{rng.randrange(3) + 1}"
            with sim.lock:
                conv = sim.convs[conv_id]
                wire_id = f"{conv_id}-b{len(conv.messages) + 1}"
                now = SystemClock().now()
                conv.messages.append(
                    {"id": wire_id, "from": "buyer", "text": f"msg {wire_id}", "at": now.isoformat()}
                )
                conv.unread += 1
            log.write(f"fakemarket:{seller(i)}:msg:{conv_id}/{wire_id}\n")
            log.flush()
            time.sleep(1.0 / args.rate)
        log.write("DONE\n")
    threading.Event().wait()


if __name__ == "__main__":
    sys.exit(main())
