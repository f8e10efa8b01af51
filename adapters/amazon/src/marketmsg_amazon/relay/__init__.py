"""Amazon buyer-seller relay mail: parse inbound mail, thread it into conversations, reply by SMTP.

Amazon has no API to read buyer messages or reply to them (fact sheet §4.1): every buyer message arrives as an
e-mail from a per-buyer alias ``…@marketplace.amazon.<tld>``, and free-form replies go back by e-mail from an
approved sender. This package turns that mail into the unified model:

- :func:`parse` — one raw e-mail to a :class:`RelayMessage` (alias, order, topic, clean body, attachments, verdict);
- :class:`RelayMailbox` — an account's mail sources (IMAP with checkpoints, Maildir, raw bytes via ``ingest``)
  and store (:class:`SqliteRelayStore` behind the :class:`RelayStore` protocol);
- :class:`RelayMailChannel` — the adapter mixin serving conversations, messages, replies and read state;
- :class:`RelayMailGenerator` / :func:`sandbox_relay` — the simulator side.
"""

from __future__ import annotations

import typing as _typing

from marketmsg.lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._authenticity import DnsFunc, organisational_domain, pinned_dns, verify_authenticity
    from ._channel import RelayMailChannel
    from ._generator import LOCALES, RelayMailGenerator
    from ._mailbox import RelayMailbox
    from ._model import ItemLine, MalformedMailError, RelayError, RelayKind, RelayMessage
    from ._parse import parse
    from ._sandbox import RelaySandbox, sandbox_relay
    from ._settings import ImapSource, MaildirSource, RawStoreSource, RelaySettings, SmtpSettings
    from ._smtp import SmtpSend
    from ._sources import Ingestor, IngestOutcome, SyncReport
    from ._store import Checkpoint, RelayStore, SqliteRelayStore, StoredMessage

__all__ = [
    "LOCALES",
    "Checkpoint",
    "DnsFunc",
    "ImapSource",
    "IngestOutcome",
    "Ingestor",
    "ItemLine",
    "MaildirSource",
    "MalformedMailError",
    "RawStoreSource",
    "RelayError",
    "RelayKind",
    "RelayMailChannel",
    "RelayMailGenerator",
    "RelayMailbox",
    "RelayMessage",
    "RelaySandbox",
    "RelaySettings",
    "RelayStore",
    "SmtpSend",
    "SmtpSettings",
    "SqliteRelayStore",
    "StoredMessage",
    "SyncReport",
    "organisational_domain",
    "parse",
    "pinned_dns",
    "sandbox_relay",
    "verify_authenticity",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._authenticity": ("DnsFunc", "organisational_domain", "pinned_dns", "verify_authenticity"),
        "._channel": ("RelayMailChannel",),
        "._generator": ("LOCALES", "RelayMailGenerator"),
        "._mailbox": ("RelayMailbox",),
        "._model": ("ItemLine", "MalformedMailError", "RelayError", "RelayKind", "RelayMessage"),
        "._parse": ("parse",),
        "._sandbox": ("RelaySandbox", "sandbox_relay"),
        "._settings": ("ImapSource", "MaildirSource", "RawStoreSource", "RelaySettings", "SmtpSettings"),
        "._smtp": ("SmtpSend",),
        "._sources": ("Ingestor", "IngestOutcome", "SyncReport"),
        "._store": ("Checkpoint", "RelayStore", "SqliteRelayStore", "StoredMessage"),
    },
)
