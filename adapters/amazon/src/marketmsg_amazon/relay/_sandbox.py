"""The relay half of the Amazon sandbox: a seeded Maildir, a DKIM key the account trusts, a reply sink.

``sandbox_relay(clock)`` returns the account ``settings`` to merge into the sandbox Amazon account and a
:class:`RelaySandbox` controller. Everything lives in a temporary directory removed when the controller is
garbage-collected: the inbox Maildir the generator delivers to, the SQLite store, and a ``sent`` Maildir that
plays the SMTP server (replies are "sent" by writing them there; :meth:`RelaySandbox.sent` reads them back).
"""

from __future__ import annotations

import functools
import mailbox
import re
import shutil
import tempfile
import weakref
from datetime import datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from marketmsg import Clock

from ._generator import RelayMailGenerator
from ._sources import maildir_order

__all__ = ["SANDBOX_SELLER_ADDRESS", "RelaySandbox", "sandbox_relay"]

_ORDER_ID = re.compile(rb"\(Order: (\d{3}-\d{7}-\d{7})\)")

SANDBOX_SELLER_ADDRESS = "orders@sandbox-seller.example"
_SEEDED = 24


@functools.lru_cache(maxsize=8)
def _seed_messages(start: datetime, count: int) -> tuple[bytes, ...]:
    # Signing is pure-Python RSA (~7 ms a message); tests build many sandboxes from the same clock.
    generator = RelayMailGenerator(seller_address=SANDBOX_SELLER_ADDRESS, start=start)
    return tuple(generator.seed_mailbox(count))


class RelaySandbox:
    """Controller of the sandbox mailbox: deliver more buyer mail, read the replies that were "sent"."""

    def __init__(self, clock: Clock | None, *, seeded: int = _SEEDED) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="marketmsg-relay-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.directory), True)
        start = clock.now() if clock is not None else None
        kwargs: dict[str, Any] = {"seller_address": SANDBOX_SELLER_ADDRESS}
        if start is not None:
            # Mail arrived over the last days, 17 minutes apart, ending just before "now".
            kwargs["start"] = start - timedelta(minutes=17 * (seeded + 2))
        self.generator = RelayMailGenerator(**kwargs)
        self.inbox = self.directory / "inbox"
        self.sent_dir = self.directory / "sent"
        seed = _seed_messages(self.generator.start, seeded)
        self.generator.to_maildir(self.inbox, seed)
        self.generator.skip(seeded)
        if start is not None:
            self.generator.to_maildir(self.inbox, self._claims(seed, start))
        mailbox.Maildir(str(self.sent_dir), create=True)

    def _claims(self, seed: tuple[bytes, ...], now: datetime) -> list[bytes]:
        """A-to-z claims and a chargeback on seeded orders, at different stages (``disputes.list()`` shows them)."""
        orders = list(
            dict.fromkeys(m.group(1).decode() for raw in seed for m in _ORDER_ID.finditer(raw[:2048]))
        )
        if len(orders) < 4:
            return []
        g = self.generator
        return [
            g.claim_notice("a_to_z", "information_requested", order_id=orders[0], sent_at=now - timedelta(hours=20)),
            g.claim_notice("chargeback", "information_requested", order_id=orders[1], amount="$58.40",
                           reason="Merchandise not received", sent_at=now - timedelta(days=2)),
            g.claim_notice("a_to_z", "information_requested", order_id=orders[2], locale="de", amount="34,90 €",
                           reason="Artikel nicht erhalten", sent_at=now - timedelta(hours=60)),
            g.claim_notice("a_to_z", "granted", order_id=orders[3], amount="$19.99", sent_at=now - timedelta(days=3)),
        ]  # fmt: skip

    def settings(self) -> dict[str, Any]:
        """The ``relay`` settings block for the sandbox account."""
        return {
            "sender": SANDBOX_SELLER_ADDRESS,
            "sender_name": "Sandbox Seller",
            "store": str(self.directory / "relay.sqlite3"),
            "sources": [{"type": "maildir", "path": str(self.inbox)}],
            "smtp": {"type": "maildir", "path": str(self.sent_dir)},
            "dkim_keys": self.generator.dns_records(),
            "dns_fallback": False,
        }

    def deliver(self, *messages: bytes) -> None:
        """Drop more relay mail into the inbox (e.g. ``controller.generator.buyer_message(locale="de")``)."""
        self.generator.to_maildir(self.inbox, messages)

    def sent(self) -> list[EmailMessage]:
        """Replies "sent" so far, oldest first."""
        box = mailbox.Maildir(str(self.sent_dir), create=False)
        keys = sorted(box.iterkeys(), key=maildir_order)
        found = [message_from_bytes(box.get_bytes(k), policy=policy.default) for k in keys]
        return [m for m in found if isinstance(m, EmailMessage)]

    def close(self) -> None:
        self._finalizer()


def sandbox_relay(clock: Clock | None) -> tuple[dict[str, Any], RelaySandbox]:
    """``({"relay": {...}}, controller)`` for the seeded sandbox account (see module docstring)."""
    controller = RelaySandbox(clock)
    return {"relay": controller.settings()}, controller
