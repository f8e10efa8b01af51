"""Serve a simulator handler over HTTP on loopback, for clients in other processes or languages."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx

from ._spec import Handler

__all__ = ["serve_handler"]

_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


def serve_handler(
    handler: Handler, *, host: str = "127.0.0.1", port: int = 0, background: bool = False
) -> ThreadingHTTPServer:
    """Serve ``handler`` on ``host:port`` (loopback only). ``port=0`` picks a free port (``server.server_port``).

    With ``background=True`` the server runs in a daemon thread and is returned at once; call ``shutdown()``.
    """
    if host not in _LOOPBACK:
        raise ValueError(f"the sandbox only serves on loopback, not {host!r}")

    class _Bridge(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes: with Nagle on, the body waits for the client's delayed ACK
        # (~40 ms a request on Linux loopback) — every keep-alive call would take that long.
        disable_nagle_algorithm = True

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            url = f"http://{self.headers.get('host') or f'{host}:{port}'}{self.path}"
            request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=body)
            try:
                response = handler(request)
                payload = response.read()
            except Exception as exc:  # a simulator bug must show up as a 500, not a dropped connection
                response, payload = httpx.Response(500), f"simulator error: {exc}".encode()
            self.send_response(response.status_code)
            for name, value in response.headers.items():
                if name.lower() not in {
                    "content-length",
                    "transfer-encoding",
                    "connection",
                    "content-encoding",
                }:
                    self.send_header(name, value)
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: object) -> None:
            return

    server = ThreadingHTTPServer((host, port), _Bridge)
    if background:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
