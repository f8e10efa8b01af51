"""The ``marketmsg`` logger: quiet by default, switched on by ``MARKETMSG_LOG=info|debug``, always redacted.

Library code never sets levels on import beyond honouring that variable, and never logs bodies: a request log
line carries method, redacted URL, status, request id and timing.
"""

from __future__ import annotations

import logging
import os

from ._redact import redact

__all__ = ["RedactingFilter", "get_logger", "setup_logging"]

_ROOT = "marketmsg"
# A library never prints by accident: without this, Python's last-resort handler would show our warnings.
logging.getLogger(_ROOT).addHandler(logging.NullHandler())


class RedactingFilter(logging.Filter):
    """Rewrites every record's final message through :func:`marketmsg.redact`."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = redact(message)
        record.args = None
        return True


def get_logger(name: str) -> logging.Logger:
    """A child of the ``marketmsg`` logger whose records are always redacted, whoever handles them."""
    logger = logging.getLogger(name)
    if not any(isinstance(f, RedactingFilter) for f in logger.filters):
        logger.addFilter(RedactingFilter())
    return logger


#: Third-party loggers whose records carry request URLs: httpx logs every request at INFO ("HTTP Request: PUT
#: <url> …"), and a presigned upload URL's query holds its signature (a bearer credential for 15 minutes). Their
#: records are redacted as ours are; a logger's filters cost nothing while its level is off.
THIRD_PARTY_LOGGERS = ("httpx",)
for _name in THIRD_PARTY_LOGGERS:
    get_logger(_name)


def setup_logging() -> None:
    """Honour ``MARKETMSG_LOG`` (``debug``/``info``/``warning``): attach a stderr handler at that level, once."""
    level_name = os.environ.get("MARKETMSG_LOG", "").strip().upper()
    if not level_name:
        return
    level = (
        logging.getLevelNamesMapping().get(level_name) if hasattr(logging, "getLevelNamesMapping") else None
    )
    if level is None:
        level = getattr(logging, level_name, None)
    if not isinstance(level, int):
        return
    root = logging.getLogger(_ROOT)
    if any(getattr(h, "_marketmsg", False) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler._marketmsg = True  # type: ignore[attr-defined]
    handler.addFilter(RedactingFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
