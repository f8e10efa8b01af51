"""One account's relay mailbox: settings, store, mail sources and the ingestion entry point.

Usable without a client, e.g. from an inbound-mail webhook::

    mailbox = RelayMailbox.for_account(account)
    mailbox.ingest(request_body)          # raw RFC 822 bytes → stored, deduplicated, classified
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from marketmsg import Account, Clock, NotFoundError, SystemClock
from marketmsg.adapter import override

from ._authenticity import DnsFunc, pinned_dns
from ._headers import parse_message_id
from ._settings import ImapSource, MaildirSource, RelaySettings, relay_settings
from ._sources import Ingestor, IngestOutcome, SyncReport
from ._store import RelayStore, SqliteRelayStore, StoredMessage
from ._template import is_return_topic
from ._threads import ThreadView, build_threads

__all__ = ["RelayMailbox"]

#: Who can tell us of a return: the buyer (their contact reason) or Amazon (its notice). Not suspects or our own.
_RETURN_SOURCES = frozenset({"buyer_message", "system"})


class RelayMailbox:
    """The relay mail of one Amazon account (blocking API; the channel's flows wrap it in effects)."""

    def __init__(
        self,
        account: Account,
        settings: RelaySettings,
        *,
        store: RelayStore | None = None,
        clock: Clock | None = None,
        dnsfunc: DnsFunc | None = None,
    ) -> None:
        self.account = account
        self.settings = settings
        self.store: RelayStore = store if store is not None else SqliteRelayStore(settings.store)
        self.clock: Clock = clock or SystemClock()
        if dnsfunc is None and settings.dkim_keys:
            fallback: DnsFunc | None = None
            if settings.dns_fallback:
                import dkim.dnsplug  # here: dkimpy and dnspython load only for a relay that verifies DKIM

                fallback = dkim.dnsplug.get_txt
            dnsfunc = pinned_dns(settings.dkim_keys, fallback=fallback)
        self.dnsfunc = dnsfunc

    @classmethod
    def for_account(
        cls,
        account: Account,
        *,
        clock: Clock | None = None,
        store: RelayStore | None = None,
        dnsfunc: DnsFunc | None = None,
    ) -> RelayMailbox:
        """Build from ``account.settings["relay"]`` (raises ConfigurationError naming a bad key)."""
        return cls(
            account,
            relay_settings(account.settings, account.seller_id),
            store=store,
            clock=clock,
            dnsfunc=dnsfunc,
        )

    @override
    def __repr__(self) -> str:
        return f"RelayMailbox(account={self.account.key!r}, store={self.store!r})"

    def ingestor(self, on_outcome: Callable[[IngestOutcome], None] | None = None) -> Ingestor:
        s = self.settings
        return Ingestor(
            store=self.store,
            account=self.account.key,
            now=self._now,
            verify=s.verify,
            require_authenticity=s.require_authenticity,
            dnsfunc=self.dnsfunc,
            max_attachment_bytes=s.max_attachment_bytes,
            trusted_authserv_ids=s.trusted_authserv_ids,
            on_outcome=on_outcome,
            own_sender=s.sender,
        )

    def _now(self) -> datetime:
        return self.clock.now()

    # ------------------------------------------------------------------ ingestion

    def ingest(self, raw: bytes) -> IngestOutcome:
        """Store one raw RFC 822 message handed in by your own pipeline; duplicates (by Message-ID) are dropped.

        Never raises for bad mail: unparseable input is kept in quarantine (``outcome.result == "quarantined"``).
        """
        return self.ingestor().ingest(raw, source="raw-store")

    def sync(self, on_outcome: Callable[[IngestOutcome], None] | None = None) -> list[SyncReport]:
        """Poll every configured IMAP/Maildir source once, from its checkpoint."""
        ingestor = self.ingestor(on_outcome)
        reports = []
        for source in self.settings.sources:
            if isinstance(source, ImapSource):
                reports.append(ingestor.sync_imap(source, self.account.secret("imap_password")))
            elif isinstance(source, MaildirSource):
                reports.append(ingestor.sync_maildir(source))
        return reports

    # ------------------------------------------------------------------ reading

    def threads(self) -> list[ThreadView]:
        return build_threads(self.store.messages(self.account.key, with_raw=False))

    def thread(self, key: str) -> ThreadView:
        found = build_threads(self.store.messages(self.account.key, key))
        if not found:
            # The key holds the buyer's alias (PII): it stays out of the message.
            raise NotFoundError(
                f"no Amazon relay conversation with this id for account {self.account.key}; use the .id of a "
                "conversation the client listed",
                platform="amazon",
            )
        return found[0]

    def find_sent(self, message_ids: Sequence[str]) -> dict[str, StoredMessage]:
        """Our replies with these Message-IDs, if stored (sent through this channel, or read from a Sent folder),
        by the id asked for; one pass over the account's mail."""
        wanted = {parse_message_id(m): m for m in message_ids}
        found: dict[str, StoredMessage] = {}
        for stored in self.store.messages(self.account.key, with_raw=False):
            key = parse_message_id(stored.meta.message_id) if stored.meta.message_id else None
            if stored.outbound and key in wanted and wanted[key] not in found:
                found[wanted[key]] = stored
        return found

    def is_opted_out(self, alias: str) -> bool:
        """True once an opt-out bounce was received for the buyer ``alias``."""
        return self.store.is_opted_out(self.account.key, alias)

    def thread_opted_out(self, key: str) -> bool:
        """True once the buyer of thread ``key`` opted out (known by alias digest, so it survives a purge)."""
        return self.store.thread_opted_out(self.account.key, key)

    def return_requested_for_order(self, order_id: str) -> bool:
        """True when relay mail about ``order_id`` is about a return: a buyer's message or an Amazon notice whose
        topic names one (``is_return_topic``: "Return policy inquiry …", "Rücksendung", "返品" …).

        Mail whose subject the retention purge removed no longer tells (the purge keeps order ids, not topics).
        """
        return any(
            stored.meta.order_id == order_id
            and stored.meta.kind in _RETURN_SOURCES
            and is_return_topic(stored.meta.topic)
            for stored in self.store.messages(self.account.key, with_raw=False)
        )

    def opted_out_for_order(self, order_id: str) -> bool:
        """True when a buyer of ``order_id`` (by relay thread) has opted out of unsolicited messages."""
        return any(self.thread_opted_out(t.key) for t in self.threads() if t.order_id == order_id)
