"""Errors specific to the AliExpress gateway (all part of marketmsg's tree)."""

from __future__ import annotations

from marketmsg import ConfigurationError

__all__ = ["SignatureError"]


class SignatureError(ConfigurationError):
    """The gateway refused the request's signature (``IncompleteSignature``) or its timestamp.

    Nothing was processed. It is a configuration problem, never retried: the app secret does not belong to the
    app key, a parameter was changed after signing, or the machine's clock is off by more than the gateway
    accepts (7200 s for IOP, aliexpress.md §1.2). ``platform_code`` and ``request_id`` are the gateway's.
    """

    def __init__(self, message: str, *, platform_code: str, request_id: str | None = None) -> None:
        self.platform = "aliexpress"
        self.platform_code = platform_code
        self.request_id = request_id
        suffix = f" (request id: {request_id})" if request_id else ""
        super().__init__(f"[aliexpress {platform_code}] {message}{suffix}", field="credentials.app_secret")
