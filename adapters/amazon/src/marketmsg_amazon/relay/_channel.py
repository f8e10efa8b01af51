"""``RelayMailChannel``: the Amazon adapter's conversations, messages and replies, over relay mail.

The relay half of an adapter: ``class AmazonAdapter(RelayMailChannel, Adapter)``. It is an
:class:`~marketmsg.adapter.Adapter` without a platform name (each operation is an ``@override`` of the contract's);
every blocking step is an effect, so each flow runs unchanged
under ``Client`` and ``AsyncClient``. Conversation ids: ``amazon:<seller>:conv:t-<thread key>``, the key a hash of
the buyer's alias and the order (ids carry no buyer data); ids issued before, ``…:conv:<alias>/<order>``, still
resolve to the same thread.
"""

from __future__ import annotations

import email.utils
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from marketmsg import ConfigurationError, InvalidIdError, NotFoundError, UnsupportedOperationError
from marketmsg.adapter import (
    Adapter,
    BlockingCall,
    ConversationQuery,
    DisputeAction,
    DisputeContext,
    DisputeQuery,
    Feature,
    Flow,
    MessageQuery,
    ReplyContext,
    ReplyDraft,
    get_logger,
    override,
    send_part,
)
from marketmsg.models import Conversation, Dispute, DisputeStatus, IdKind, Message, Page

# The relay store (SQLite), the mail parser, threading, claims, mail sources and SMTP (with the e-mail, IMAP and
# DKIM stacks under them) load at the first relay operation, in the functions below, not when an Amazon client
# is built: an account without relay mail never loads them.
if TYPE_CHECKING:
    from ._mailbox import RelayMailbox
    from ._model import RelayMessage
    from ._smtp import SmtpSend
    from ._store import RelayStore
    from ._threads import ThreadView

log = get_logger("marketmsg_amazon.relay")

__all__ = ["DISPUTES_NEED_MAIL", "RelayMailChannel"]

#: Why an Amazon account without relay mail lists no disputes (a notice, not an error, in merged listings).
DISPUTES_NEED_MAIL = (
    "Amazon has no disputes API: A-to-z Guarantee claims and chargebacks reach sellers only as notification "
    "e-mails. Configure settings.relay with the mailbox that receives them (docs/adapters/amazon-relay-mail.md)"
)
_NO_DISPUTE_ACTIONS = (
    "Amazon has no API to answer A-to-z Guarantee claims or chargebacks: respond in Seller Central "
    "(Performance > A-to-z Guarantee Claims / Chargeback Claims); documents go to the buyer by reply"
)
_OPEN = frozenset(
    {
        DisputeStatus.AWAITING_SELLER,
        DisputeStatus.AWAITING_BUYER,
        DisputeStatus.IN_RETURN,
        DisputeStatus.ESCALATED,
    }
)


def _page(items: list[Any], cursor: str | None, size: int) -> tuple[tuple[Any, ...], str | None]:
    try:
        start = int(cursor) if cursor else 0
    except ValueError:
        raise InvalidIdError(f"{cursor!r} is not a cursor this adapter issued") from None
    end = start + size
    return tuple(items[start:end]), (str(end) if end < len(items) else None)


def _check_native(native_id: str) -> str:
    """The thread key of a conversation id's native part (a thread key, or the legacy ``<alias>/<order>``)."""
    from ._store import THREAD_KEY_RE, relay_thread_key

    if THREAD_KEY_RE.match(native_id):
        return native_id
    alias, slash, order = native_id.rpartition("/")
    if slash and "@" in alias and order:  # issued before thread keys: the same thread, by its key
        return relay_thread_key(alias, None if order == "-" else order)
    raise InvalidIdError(
        "not an Amazon relay conversation id (expected 'amazon:<seller>:conv:t-<thread key>'); "
        "use the .id of a conversation the client listed"
    )


class RelayMailChannel(Adapter):
    """Conversations from ingested relay mail; replies by SMTP from the approved sender."""

    #: What the relay channel implements; the adapter adds these to its ``features``.
    relay_features: ClassVar[frozenset[Feature]] = frozenset(
        {Feature.LIST_CONVERSATIONS, Feature.GET_CONVERSATION, Feature.LIST_MESSAGES, Feature.SEND_REPLY,
         Feature.MARK_READ, Feature.ATTACHMENTS, Feature.DISPUTES}
    )  # fmt: skip
    #: Read by listings across accounts when an account cannot list disputes (``disputes.list`` notices).
    disputes_notice: ClassVar[str] = DISPUTES_NEED_MAIL

    @property
    def relay(self) -> RelayMailbox:
        """This account's relay mailbox (built from ``settings["relay"]`` on first use)."""
        mailbox = self.__dict__.get("_relay_mailbox")
        if mailbox is None:
            from ._mailbox import RelayMailbox

            mailbox = RelayMailbox.for_account(self.account, clock=self.clock)
            self.__dict__["_relay_mailbox"] = mailbox
        return mailbox

    # ------------------------------------------------------------------ helpers

    def _conversation(self, view: ThreadView, opted_out: bool) -> Conversation:
        from ._threads import to_conversation

        return to_conversation(
            view, platform=self.name, account=self.account.key, make_id=self.make_id, opted_out=opted_out
        )

    def _thread(self, key: str) -> Flow[tuple[ThreadView, bool]]:
        """One relay-store read: the thread and whether its buyer opted out (polling the sources once when a
        fresh process has not ingested the mail yet)."""
        relay = self.relay

        def read() -> tuple[ThreadView, bool]:
            view = relay.thread(key)
            return view, relay.thread_opted_out(view.key)

        try:
            return (yield from BlockingCall("relay_read", read).send())
        except NotFoundError:
            if not relay.settings.sources:
                raise
            yield from self.relay_sync()
            return (yield from BlockingCall("relay_read", read).send())

    def _views(self) -> Flow[list[tuple[ThreadView, bool]]]:
        relay = self.relay

        def read() -> list[tuple[ThreadView, bool]]:
            return [(v, relay.thread_opted_out(v.key)) for v in relay.threads()]

        return (yield from BlockingCall("relay_read", read).send())

    @override
    def purge_hooks(self) -> list[RelayStore]:
        """The retention hooks of this account (``marketmsg.retention.purge_hooks`` collects them): its relay
        store, which holds raw mail, buyer aliases and names. None for an account without relay settings."""
        return [self.relay.store] if "relay" in self.account.settings else []

    def relay_sync(self) -> Flow[None]:
        """Poll the configured mail sources once (IMAP from its checkpoint, Maildir files not yet seen)."""
        yield from BlockingCall("relay_sync", self.relay.sync).send()
        return None

    def relay_return_requested(self, order_id: str) -> Flow[bool]:
        """Whether relay mail about ``order_id`` is about a return (its topic; ``RelayMailbox``), for
        ``OrderContext.is_return``. False for accounts without relay settings. A relay-store read, no SP-API call."""
        if "relay" not in self.account.settings:
            return False
        relay = self.relay
        return (
            yield from BlockingCall("relay_read", lambda: relay.return_requested_for_order(order_id)).send()
        )

    def relay_buyer_opted_out(self, order_id: str) -> Flow[bool]:
        """Whether a buyer of ``order_id`` opted out of unsolicited messages (for ``OrderContext``).

        False for accounts without relay settings: with no relay mail there is no opt-out notice to know of.
        """
        if "relay" not in self.account.settings:
            return False
        relay = self.relay
        return (yield from BlockingCall("relay_read", lambda: relay.opted_out_for_order(order_id)).send())

    # ------------------------------------------------------------------ operations

    @override
    def list_conversations(self, query: ConversationQuery) -> Flow[Page[Conversation]]:
        if "relay" not in self.account.settings:
            # One Amazon account without mail set up must not break a merged inbox of many accounts: say so
            # loudly and list nothing. get/reply on such an account still raise the ConfigurationError.
            log.warning(
                "%s has no settings.relay: Amazon buyer messages arrive only as relay mail, so no conversations "
                "can be listed; configure an IMAP/Maildir source (see adapters/amazon/docs/amazon-relay-mail.md)",
                self.account.key,
            )
            return Page(items=())
        relay = self.relay
        if query.cursor is None and relay.settings.sources:
            yield from self.relay_sync()
        views = yield from self._views()
        conversations = sorted(
            (self._conversation(v, opted) for v, opted in views),
            key=lambda c: (c.last_message_at is not None, c.last_message_at, c.id),
            reverse=True,
        )
        conversations = [c for c in conversations if _matches(c, query)]
        items, cursor = _page(conversations, query.cursor, query.page_size or relay.settings.page_size)
        return Page(items=items, next_cursor=cursor)

    @override
    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        """The thread as a conversation; ``raw["reply"]`` carries what a reply needs (threading headers, the
        address to write to), so :meth:`send_reply` does not read the thread again."""
        view, opted_out = yield from self._thread(_check_native(native_id))
        conversation = self._conversation(view, opted_out)
        raw = dict(conversation.raw) if isinstance(conversation.raw, dict) else {}
        raw["reply"] = _reply_target(view, opted_out)
        return conversation.model_copy(update={"raw": raw})

    @override
    def list_messages(self, query: MessageQuery) -> Flow[Page[Message]]:
        key = _check_native(query.conversation_native_id)
        relay = self.relay
        view = yield from BlockingCall("relay_read", lambda: relay.thread(key)).send()
        conversation_id = self.make_id(IdKind.CONVERSATION, key)
        from ._threads import to_message

        messages = [
            to_message(m, conversation_id=conversation_id, make_id=self.make_id) for m in view.messages
        ]
        if query.since is not None:
            messages = [m for m in messages if m.sent_at >= query.since]
        items, cursor = _page(messages, query.cursor, query.page_size or relay.settings.page_size)
        return Page(items=items, next_cursor=cursor)

    @override
    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        key = _check_native(conversation_native_id)
        relay = self.relay
        yield from BlockingCall(
            "relay_mark_read", lambda: relay.store.mark_read(self.account.key, key)
        ).send()
        return None

    # ------------------------------------------------------------------ claims and chargebacks

    def _disputes(self) -> Flow[list[Dispute]]:
        relay = self.relay

        def read() -> list[Dispute]:
            from ._disputes import build_disputes
            from ._threads import build_threads

            stored = relay.store.messages(self.account.key, with_raw=False)
            return build_disputes(
                stored,
                build_threads(stored),
                platform=self.name,
                account=self.account.key,
                make_id=self.make_id,
                windows=relay.settings.claims,
            )

        return (yield from BlockingCall("relay_read", read).send())

    @override
    def list_disputes(self, query: DisputeQuery) -> Flow[Page[Dispute]]:
        """A-to-z claims and chargebacks from Amazon's notification mails: open ones first, nearest deadline first.

        An account without relay settings has no source of them: :class:`UnsupportedOperationError` (merged
        listings turn it into a notice).
        """
        if "relay" not in self.account.settings:
            raise UnsupportedOperationError(DISPUTES_NEED_MAIL, platform=self.name, operation="list_disputes")
        relay = self.relay
        if query.cursor is None and relay.settings.sources:
            yield from self.relay_sync()
        disputes = yield from self._disputes()
        chosen = sorted((d for d in disputes if _dispute_matches(d, query)), key=_dispute_sort_key)
        items, cursor = _page(chosen, query.cursor, query.page_size or relay.settings.page_size)
        return Page(items=items, next_cursor=cursor)

    @override
    def get_dispute(self, native_id: str) -> Flow[Dispute]:
        wanted = self.make_id(IdKind.DISPUTE, _check_dispute_native(native_id))
        if "relay" not in self.account.settings:
            raise UnsupportedOperationError(DISPUTES_NEED_MAIL, platform=self.name, operation="get_dispute")
        if self.relay.settings.sources:  # a newer notification may have changed its status
            yield from self.relay_sync()
        disputes = yield from self._disputes()
        found = next((d for d in disputes if d.id == wanted), None)
        if found is None:
            raise NotFoundError(
                f"no Amazon claim or chargeback notification for this id on account {self.account.key}; use the "
                ".id of a dispute the client listed",
                platform=self.name,
            )
        return found

    @override
    def act_on_dispute(
        self, native_id: str, action: DisputeAction, context: DisputeContext = DisputeContext()
    ) -> Flow[Dispute]:
        """Not declared (no ``DISPUTE_ACTIONS``): refused whatever the id, saying where claims are answered."""
        raise UnsupportedOperationError(_NO_DISPUTE_ACTIONS, platform=self.name, operation="act_on_dispute")

    # ------------------------------------------------------------------ replies

    @override
    def find_sent(self, refs: Sequence[str]) -> Flow[Mapping[str, Message]]:
        """Our replies with these Message-IDs: polls the mail sources once (a ``sent`` folder holds the copy of a
        reply the SMTP server took before the session broke), then looks them up in the relay store."""
        if "relay" not in self.account.settings:
            return {}
        relay = self.relay
        if relay.settings.sources:
            yield from self.relay_sync()
        stored = yield from BlockingCall("relay_read", lambda: relay.find_sent(refs)).send()
        from ._store import THREAD_KEY_RE
        from ._threads import to_message

        return {
            ref: to_message(
                m, conversation_id=self.make_id(IdKind.CONVERSATION, m.thread), make_id=self.make_id
            )
            for ref, m in stored.items()
            if m.thread is not None and THREAD_KEY_RE.match(m.thread)
        }

    @override
    def send_reply(
        self, conversation_native_id: str, draft: ReplyDraft, context: ReplyContext = ReplyContext()
    ) -> Flow[Message]:
        """SMTP from the approved sender, threaded on the buyer's latest message, then stored as outbound.

        The thread comes from ``context.conversation`` (read by the client just before); only a caller without
        one costs a relay-store read here. No SP-API call: a buyer who wrote may always be answered.
        """
        key = _check_native(conversation_native_id)
        relay = self.relay
        settings = relay.settings
        if settings.smtp is None:
            raise ConfigurationError(
                "replies need an outgoing mail server: set settings.relay.smtp (host, port, user) and "
                "credentials.smtp_password",
                field="settings.relay.smtp",
            )
        conversation = context.conversation
        cached = None
        if conversation is not None and conversation.id == self.make_id(IdKind.CONVERSATION, key):
            cached = conversation.raw.get("reply") if isinstance(conversation.raw, dict) else None
        if isinstance(cached, dict):
            target = cached
        else:
            view, opted_out = yield from self._thread(key)
            target = _reply_target(view, opted_out)
        if not target.get("to"):
            raise NotFoundError(
                "the buyer's relay address of this Amazon conversation was removed by the retention purge, so it "
                "cannot be answered by mail any more; the buyer can still be reached from Seller Central",
                platform="amazon",
            )
        now = self.clock.now()
        message_id = f"{draft.idempotency_key}.marketmsg@{settings.sender.rpartition('@')[2]}"
        to = str(target["to"])
        in_reply_to = target.get("message_id")
        from ._model import RelayMessage
        from ._smtp import SmtpSend, build_reply, reply_subject
        from ._store import StoredMessage, thread_key
        from ._threads import to_message

        mime = build_reply(
            sender=settings.sender,
            sender_name=settings.sender_name,
            to=to,
            subject=reply_subject(
                target.get("subject"),
                critical_to_opted_out=draft.critical and bool(target.get("opted_out")),
                override=draft.subject,
            ),
            body=draft.body,
            message_id=message_id,
            in_reply_to=in_reply_to,
            references=tuple(target.get("references") or ()),
            attachments=draft.attachments,
            date=email.utils.format_datetime(now),
        )
        # The Message-ID is recorded in the outbox before the mail goes out: a reply whose SMTP session broke
        # after the server took it is found again by it (find_sent: the Sent folder) instead of being resent.
        smtp = SmtpSend(mime, settings.smtp, self.account.secret("smtp_password"))
        yield from send_part("text", _accepted(smtp), ref=message_id)
        sent = RelayMessage(
            kind="seller_reply",
            message_id=message_id,
            subject=str(mime["Subject"]),
            order_id=target.get("order_id"),
            buyer_alias=str(target.get("alias") or to),
            reply_address=to,
            sender=settings.sender,
            body=draft.body,
            attachments=draft.attachments,
            sent_at=now,
            in_reply_to=in_reply_to,
        )
        raw = mime.as_bytes()

        def store() -> StoredMessage:
            relay.store.ingest(self.account.key, sent, raw, received_at=now, direction="outbound")
            return StoredMessage(
                seq=0,
                direction="outbound",
                meta=sent,
                raw=raw,
                read=True,
                received_at=now,
                thread=thread_key(sent),
            )

        stored = yield from BlockingCall("relay_store_reply", store, idempotent=False).send()
        return to_message(
            stored, conversation_id=self.make_id(IdKind.CONVERSATION, key), make_id=self.make_id
        )


def _accepted(smtp: SmtpSend) -> Flow[str | None]:
    """The SMTP send as a part: the Message-ID the server accepted."""
    return (yield from smtp.send())


def _dispute_sort_key(dispute: Dispute) -> tuple[bool, bool, str, str]:
    """Open before closed, then the nearest deadline first, then by id (stable pages)."""
    timeline = dispute.timeline
    dues = [d.at for d in (timeline.seller_response_due, timeline.escalation_closes) if d is not None]
    due = min(dues).isoformat() if dues else ""
    return dispute.status not in _OPEN, not dues, due, dispute.id


def _dispute_matches(dispute: Dispute, query: DisputeQuery) -> bool:
    if query.status is not None and dispute.status != query.status:
        return False
    if query.order_id is not None and dispute.order_id != query.order_id:
        return False
    if query.buyer_id is not None:  # notifications name no buyer: a buyer filter matches none
        return False
    return query.since is None or (dispute.updated_at is not None and dispute.updated_at >= query.since)


def _check_dispute_native(native_id: str) -> str:
    from ._disputes import DISPUTE_PREFIXES

    prefix, slash, order = native_id.partition("/")
    if not slash or prefix not in DISPUTE_PREFIXES.values() or not order:
        raise InvalidIdError(
            "not an Amazon dispute id (expected 'amazon:<seller>:dispute:a-to-z/<order id>' or "
            "'…:chargeback/<order id>'); use the .id of a dispute the client listed"
        )
    return native_id


def _latest_inbound(view: ThreadView) -> RelayMessage | None:
    inbound = [m.meta for m in view.messages if not m.outbound]
    return inbound[-1] if inbound else None


def _reply_target(view: ThreadView, opted_out: bool) -> dict[str, Any]:
    """What a reply into ``view`` needs (JSON-able, kept in ``Conversation.raw["reply"]``): where to write,
    the subject and message to thread on, and the buyer's opt-out (critical replies say so in the subject)."""
    latest = _latest_inbound(view)
    return {
        "alias": view.alias,
        "order_id": view.order_id,
        "to": latest.reply_address if latest and latest.reply_address else view.alias,
        "subject": latest.subject if latest else None,
        "message_id": latest.message_id if latest else None,
        "references": list(latest.references) if latest else [],
        "opted_out": opted_out,
    }


def _matches(conversation: Conversation, query: ConversationQuery) -> bool:
    if query.since is not None and (
        conversation.last_message_at is None or conversation.last_message_at < query.since
    ):
        return False
    if query.status is not None and conversation.status != query.status:
        return False
    if query.channel is not None and conversation.channel != query.channel:
        return False
    if query.order_id is not None and conversation.order_id != query.order_id:
        return False
    return not (query.unread_only and conversation.unread_count == 0)
