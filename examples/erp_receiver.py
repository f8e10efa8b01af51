"""An ERP's webhook receiver: verify marketmsg's Standard Webhooks signatures, deduplicate, acknowledge.

Shows: the receiving end of ``marketmsg worker`` webhooks. Each request is verified with the Standard Webhooks
reference library (``standardwebhooks.Webhook(secret).verify(body, headers)``: HMAC-SHA256 over
``webhook-id.webhook-timestamp.body``, timestamps older or newer than 5 minutes refused), deduplicated by
``webhook-id`` (delivery is at least once: a retry carries the same id), and acknowledged with 204. Anything
that fails verification gets 401 and is never processed.

Run alone, it demonstrates itself: it syncs the built-in sandbox into a temporary store, registers itself as
an endpoint, derives the events and delivers them to itself, then prints what it received.
``python examples/erp_receiver.py --serve 8099`` instead serves on 127.0.0.1:8099 with the secret from
``$MARKETMSG_WEBHOOK_SECRET`` (the ``whsec_…`` value ``Webhooks.add_endpoint`` returned).
Assumes: the ``service`` extra (``pip install 'marketmsg[service]'``).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from typing_extensions import override

try:
    from standardwebhooks.webhooks import Webhook, WebhookVerificationError
except ModuleNotFoundError:  # a plain install: say what to install instead of a traceback
    print("this receiver needs the Standard Webhooks library: pip install 'marketmsg[service]'")
    raise SystemExit(0) from None

Handler = Callable[[str, dict[str, Any]], None]


class Receiver:
    """Verified, deduplicated events: ``seen`` maps each ``webhook-id`` to its payload."""

    def __init__(self, secret: str, on_event: Handler | None = None) -> None:
        self.webhook = Webhook(secret)
        self.on_event = on_event
        self.lock = threading.Lock()
        self.seen: dict[str, dict[str, Any]] = {}
        self.deliveries = 0  # requests that verified, duplicates included
        self.rejected = 0

    def handle(self, body: bytes, headers: dict[str, str]) -> int:
        """The HTTP status to answer a request with."""
        try:
            payload = self.webhook.verify(body, headers)
        except WebhookVerificationError:
            with self.lock:
                self.rejected += 1
            return 401
        webhook_id = headers.get("webhook-id", "")
        with self.lock:
            self.deliveries += 1
            duplicate = webhook_id in self.seen
            self.seen.setdefault(webhook_id, payload)
        if not duplicate and self.on_event is not None:
            self.on_event(webhook_id, payload)  # process once per webhook-id, then acknowledge
        return 204

    def serve(self, port: int = 0) -> ThreadingHTTPServer:
        """An HTTP server on 127.0.0.1 (``port=0``: a free one) in a daemon thread."""
        receiver = self

        class _Http(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                self.send_response(receiver.handle(body, headers))
                self.send_header("content-length", "0")
                self.end_headers()

            @override
            def log_message(self, format: str, *args: object) -> None:
                return

        server = ThreadingHTTPServer(("127.0.0.1", port), _Http)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def demo() -> None:
    from marketmsg.events import EventLog, Webhooks, new_secret
    from marketmsg.inbox import InboxSync
    from marketmsg.sandbox import Sandbox
    from marketmsg.store import SqlStore

    secret = new_secret()
    receiver = Receiver(secret)
    server = receiver.serve()
    with tempfile.TemporaryDirectory() as tmp, SqlStore(Path(tmp) / "inbox.db") as store:
        hooks = Webhooks(store)
        hooks.add_endpoint(f"http://127.0.0.1:{server.server_port}/hooks", secret=secret)
        with Sandbox.create(["fakemarket"]).client(outbox=store) as client:
            InboxSync(client, store).run()
        EventLog(store).catch_up()  # the change feed → events, queued for the endpoint
        report = hooks.deliver()
        hooks.close()
    server.shutdown()
    server.server_close()
    print(f"delivered {report.delivered}, verified {receiver.deliveries}, rejected {receiver.rejected}")
    for webhook_id, payload in sorted(receiver.seen.items(), key=lambda kv: kv[1]["timestamp"]):
        data = payload["data"]
        print(f"  {payload['type']:<18} {data['conversation_id']}  ({webhook_id[:12]}…)")
    assert receiver.rejected == 0 and len(receiver.seen) == report.delivered


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        secret = os.environ["MARKETMSG_WEBHOOK_SECRET"]
        server = Receiver(secret, lambda wid, p: print(wid, json.dumps(p), flush=True)).serve(
            int(sys.argv[2])
        )
        print(f"listening on http://127.0.0.1:{server.server_port}/", flush=True)
        threading.Event().wait()
    else:
        demo()


if __name__ == "__main__":
    main()
