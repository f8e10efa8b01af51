"""Getting relay mail into the store: IMAP (UID/UIDVALIDITY checkpoints), Maildir, or raw bytes handed in.

IMAP uses the standard library's ``imaplib`` — the one client that hands back the exact bytes the server stored
(DKIM verification needs them byte for byte; libraries that return parsed messages re-serialise them) and that
lets us open the folder read-only (EXAMINE, ``BODY.PEEK[]``) so syncing never changes the seller's mailbox.
Under the async client the same code runs in a worker thread (one implementation of the checkpoint logic, not
two). Each message and its checkpoint are committed together, so a killed process resumes exactly after the last
committed UID; if UIDVALIDITY changes, the folder is read again and Message-ID dedupe drops what we already have.
"""

from __future__ import annotations

import contextlib
import logging
import mailbox
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from marketmsg import APIConnectionError, AuthenticationError, ConfigurationError

from ._authenticity import DnsFunc
from ._model import MalformedMailError, RelayMessage
from ._parse import own_reply, parse
from ._settings import ImapSource, MaildirSource
from ._store import Checkpoint, IngestResult, RelayStore

# imaplib (~15 ms: it compiles its protocol regexes on import) loads at the first IMAP sync, in the functions that
# use it, not when an Amazon client is built.
if TYPE_CHECKING:
    import imaplib

__all__ = ["IngestOutcome", "Ingestor", "SyncReport", "maildir_order"]

_log = logging.getLogger("marketmsg.amazon.relay")
_UID_RE = re.compile(rb"UID (\d+)")
_MAILDIR_KEY_RE = re.compile(r"^(\d+)\.M(\d+)P\d+Q(\d+)")


def maildir_order(key: str) -> tuple[int, int, int, str]:
    """Delivery order of a Maildir key ``<sec>.M<usec>P<pid>Q<n>.<host>`` (usec is not zero-padded)."""
    m = _MAILDIR_KEY_RE.match(key)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), key) if m else (0, 0, 0, key)


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one raw message: ``added``, ``duplicate`` or ``quarantined`` (kept, unparseable)."""

    result: IngestResult | str
    message: RelayMessage | None = None
    error: str | None = None


@dataclass
class SyncReport:
    """Counts from one pass over a source."""

    source: str
    added: int = 0
    duplicates: int = 0
    quarantined: int = 0
    outcomes: list[IngestOutcome] = field(default_factory=list, repr=False)

    def record(self, outcome: IngestOutcome) -> None:
        self.outcomes.append(outcome)
        if outcome.result == "added":
            self.added += 1
        elif outcome.result == "duplicate":
            self.duplicates += 1
        else:
            self.quarantined += 1


@dataclass
class Ingestor:
    """Parses and stores raw mail for one account. Blocking; the channel wraps calls in effects."""

    store: RelayStore
    account: str
    now: Callable[[], datetime]
    verify: bool = True
    require_authenticity: bool = True
    dnsfunc: DnsFunc | None = None
    max_attachment_bytes: int = 10 * 1024 * 1024
    trusted_authserv_ids: tuple[str, ...] = ()
    on_outcome: Callable[[IngestOutcome], None] | None = None
    #: The account's approved sender: mail from it to a relay address, in a ``sent`` source, is a reply of ours.
    own_sender: str | None = None

    def ingest(
        self,
        raw: bytes,
        *,
        source: str | None = None,
        checkpoint: Checkpoint | None = None,
        seen_key: str | None = None,
        sent: bool = False,
    ) -> IngestOutcome:
        """Parse ``raw`` and store it (or quarantine it); never raises for bad mail.

        ``sent``: ``raw`` comes from the seller's own sent mail, where our replies are stored as outbound.
        """
        now = self.now()
        try:
            message = parse(
                raw,
                verify=self.verify,
                dnsfunc=self.dnsfunc,
                require_authenticity=self.require_authenticity,
                max_attachment_bytes=self.max_attachment_bytes,
                trusted_authserv_ids=self.trusted_authserv_ids,
            )
        except MalformedMailError as exc:
            outcome = self._quarantine(raw, exc.message, now, source, checkpoint, seen_key)
        except Exception as exc:  # a parser bug must not stop the mailbox; the mail is kept
            _log.warning("relay mail could not be parsed (%s); kept in quarantine", type(exc).__name__)
            outcome = self._quarantine(raw, f"{type(exc).__name__}: {exc}", now, source, checkpoint, seen_key)
        else:
            reply = own_reply(message, self.own_sender) if sent and self.own_sender else None
            result = self.store.ingest(
                self.account,
                reply or message,
                bytes(raw),
                received_at=now,
                direction="outbound" if reply is not None else "inbound",
                source=source,
                checkpoint=checkpoint,
                seen_key=seen_key,
            )
            message = reply or message
            outcome = IngestOutcome(result, message)
        if self.on_outcome is not None:
            self.on_outcome(outcome)
        return outcome

    def _quarantine(
        self,
        raw: bytes,
        error: str,
        now: datetime,
        source: str | None,
        checkpoint: Checkpoint | None,
        seen_key: str | None,
    ) -> IngestOutcome:
        data = bytes(raw) if isinstance(raw, (bytes, bytearray, memoryview)) else repr(raw).encode()
        self.store.quarantine(
            self.account,
            data,
            error,
            received_at=now,
            source=source,
            checkpoint=checkpoint,
            seen_key=seen_key,
        )
        return IngestOutcome("quarantined", None, error)

    # ------------------------------------------------------------------ Maildir

    def sync_maildir(self, source: MaildirSource) -> SyncReport:
        """Ingest every message of the Maildir not seen before (by its Maildir key, which survives new→cur)."""
        path = Path(source.path)
        if not (path / "cur").is_dir() and not (path / "new").is_dir():
            raise ConfigurationError(
                f"{source.path!r} is not a Maildir (no cur/ or new/)", field="settings.relay.sources"
            )
        box = mailbox.Maildir(str(path), factory=None, create=False)
        report = SyncReport(source.source_id)
        for key in sorted(box.iterkeys(), key=maildir_order):
            if self.store.seen(self.account, source.source_id, key):
                continue
            try:
                raw = box.get_bytes(key)
            except (KeyError, FileNotFoundError):  # moved or deleted by another reader meanwhile
                continue
            report.record(self.ingest(raw, source=source.source_id, seen_key=key, sent=source.sent))
        return report

    # ------------------------------------------------------------------ IMAP

    def sync_imap(self, source: ImapSource, password: str | None) -> SyncReport:
        """Fetch every message after the checkpoint, oldest UID first, committing each with its UID."""
        import imaplib

        report = SyncReport(source.source_id)
        conn = _connect(source)
        try:
            _login(conn, source, password)
            uidvalidity = _examine(conn, source)
            previous = self.store.checkpoint(self.account, source.source_id)
            last = previous.last_uid if previous and previous.uidvalidity == uidvalidity else 0
            if previous and previous.uidvalidity != uidvalidity:
                _log.info(
                    "UIDVALIDITY of %s changed: reading the folder again (duplicates are dropped)",
                    source.source_id,
                )
            for uid, raw in _fetch_after(conn, last, source.batch):
                report.record(
                    self.ingest(
                        raw,
                        source=source.source_id,
                        checkpoint=Checkpoint(uidvalidity, uid),
                        sent=source.sent,
                    )
                )
        except (OSError, imaplib.IMAP4.abort) as exc:
            raise APIConnectionError(
                f"IMAP connection to {source.host}:{source.port} failed ({type(exc).__name__})",
                platform="amazon",
                request_sent=False,
            ) from exc
        finally:
            with contextlib.suppress(Exception):  # the connection may already be gone
                conn.logout()
        return report


def _connect(source: ImapSource) -> imaplib.IMAP4:
    import imaplib

    try:
        if source.ssl:
            conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(source.host, source.port, timeout=source.timeout)
        else:
            conn = imaplib.IMAP4(source.host, source.port, timeout=source.timeout)
            if source.starttls:
                conn.starttls()
    except (TimeoutError, OSError, imaplib.IMAP4.error) as exc:
        raise APIConnectionError(
            f"cannot connect to IMAP server {source.host}:{source.port} ({type(exc).__name__}); check "
            "settings.relay.sources host/port/ssl",
            platform="amazon",
            request_sent=False,
        ) from exc
    return conn


def _login(conn: imaplib.IMAP4, source: ImapSource, password: str | None) -> None:
    if not password:
        raise ConfigurationError(
            "IMAP source needs a password: put it in Account(credentials={'imap_password': ...})",
            field="credentials.imap_password",
        )
    import imaplib

    try:
        conn.login(source.user, password)
    except imaplib.IMAP4.error:
        raise AuthenticationError(
            f"IMAP login to {source.host}:{source.port} refused for user {source.user!r}; check "
            "credentials.imap_password",
            platform="amazon",
        ) from None


def _examine(conn: imaplib.IMAP4, source: ImapSource) -> int:
    folder = '"' + source.folder.replace("\\", "\\\\").replace('"', '\\"') + '"'
    typ, data = conn.select(folder, readonly=True)
    if typ != "OK":
        raise ConfigurationError(
            f"IMAP folder {source.folder!r} cannot be opened: {data!r}", field="settings.relay.sources.folder"
        )
    _, values = conn.response("UIDVALIDITY")
    if not values or values[0] is None:
        raise APIConnectionError("IMAP server sent no UIDVALIDITY", platform="amazon", request_sent=False)
    return int(values[0])


def _fetch_after(conn: imaplib.IMAP4, last: int, batch: int) -> Iterator[tuple[int, bytes]]:
    typ, data = conn.uid("SEARCH", f"UID {last + 1}:*")
    if typ != "OK":
        return
    # "n:*" always matches the highest UID, even when it is <= last (RFC 3501 §6.4.8): filter.
    uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last)
    for start in range(0, len(uids), batch):
        chunk = uids[start : start + batch]
        typ, fetched = conn.uid("FETCH", ",".join(map(str, chunk)), "(UID BODY.PEEK[])")
        if typ != "OK":
            raise APIConnectionError(f"IMAP FETCH failed: {fetched!r}", platform="amazon", request_sent=False)
        messages = {}
        for item in fetched:
            if isinstance(item, tuple) and (m := _UID_RE.search(item[0])):
                messages[int(m.group(1))] = item[1]
        for uid in sorted(messages):
            yield uid, messages[uid]
