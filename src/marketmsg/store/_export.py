"""Export an account's or an order's full history as JSON Lines or as an mbox mailbox.

Platforms purge old messages (Amazon keeps about 90 days), and a seller answering a dispute needs the record,
so the export is complete: buyer names, addresses and message text stay in it — it is the seller's own record
and belongs to them. It never goes to logs: the functions below log counts only.

Both formats are deterministic: the same store gives byte-identical files (fixed ordering, Message-IDs and
MIME boundaries derived from marketmsg ids, no "now" anywhere), so exports can be diffed and checksummed.
"""

from __future__ import annotations

import hashlib
import json
import mailbox
import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, formataddr
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._exceptions import ConfigurationError
from .._logging import get_logger
from ..models import Conversation, Direction, Dispute, Message, parse_id
from ._codec import load_conversation, load_dispute, load_message, to_json
from ._reads import decode_conversation, decode_message

if TYPE_CHECKING:
    from ._sql import SqlStore

__all__ = ["FORMAT_VERSION", "ExportSummary", "export_jsonl", "export_mbox", "read_jsonl"]

log = get_logger("marketmsg.store")
FORMAT_VERSION = 1
_INVALID = "marketmsg.invalid"  # RFC 2606 reserved TLD: addresses we synthesise can never be delivered to
# What surrounds each stored document on its line: ``{"data":<document>,"type":"conversation"}``.
_CONVERSATION_LINE = ('{"data":', ',"type":"conversation"}\n')
_MESSAGE_LINE = ('{"data":', ',"type":"message"}\n')
_DISPUTE_LINE = ('{"data":', ',"type":"dispute"}\n')


@dataclass(frozen=True)
class ExportSummary:
    """What an export wrote."""

    path: str
    conversations: int
    messages: int
    disputes: int


def _check_account(store: SqlStore, account: str) -> None:
    if not store.has_account(account):
        known = ", ".join(store.accounts()) or "none (run `marketmsg inbox` to sync first)"
        raise ConfigurationError(
            f"nothing stored for account {account!r}; stored accounts: {known}", field="account"
        )


def export_jsonl(
    store: SqlStore,
    out: str | os.PathLike[str] | IO[str],
    *,
    account: str,
    order_id: str | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportSummary:
    """Write ``account``'s history (or one order's) as JSON Lines.

    Line 1 is a header ``{"type": "export", "format_version": 1, "account": …, "order_id": …}``; then each
    conversation (``{"type": "conversation", "data": {…}}``) followed by its messages oldest first, then the
    disputes. ``data`` is the unified model's JSON (attachment bytes as URL-safe base64); :func:`read_jsonl`
    turns the file back into models. ``progress(done, total)`` is called after each batch of conversations.
    The export streams: memory stays flat however large the history is.
    """
    _check_account(store, account)
    total = store.conversation_count(account=account, order_id=order_id) if progress else 0
    counts = [0, 0, 0]
    with ExitStack() as stack:
        if isinstance(out, (str, os.PathLike)):
            stream: IO[str] = stack.enter_context(open(out, "w", encoding="utf-8", newline="\n"))
            path = os.fspath(out)
        else:
            stream, path = out, getattr(out, "name", "<stream>")
        header = {
            "type": "export",
            "format_version": FORMAT_VERSION,
            "account": account,
            "order_id": order_id,
        }
        stream.write(to_json(header) + "\n")
        # The stored documents are written as they are (they are the unified models' JSON already): no
        # decoding, and only one batch of conversations with their messages in memory at a time.
        for text, conversations, messages in store.export_text(
            account=account, order_id=order_id, conversation=_CONVERSATION_LINE, message=_MESSAGE_LINE
        ):
            stream.write(text)
            counts[0] += conversations
            counts[1] += messages
            if progress is not None:
                progress(counts[0], total)
        for dispute in store.dispute_documents(account=account, order_id=order_id):
            stream.write(f"{_DISPUTE_LINE[0]}{dispute}{_DISPUTE_LINE[1]}")
            counts[2] += 1
    log.info("exported %d conversations, %d messages, %d disputes as JSONL", *counts)
    return ExportSummary(str(path), *counts)


def read_jsonl(source: str | os.PathLike[str] | IO[str]) -> Iterator[Conversation | Message | Dispute]:
    """The models in a file written by :func:`export_jsonl`, in file order."""
    loaders: dict[str, Callable[[dict[str, Any]], Conversation | Message | Dispute]] = {
        "conversation": load_conversation,
        "message": load_message,
        "dispute": load_dispute,
    }
    stream = open(source, encoding="utf-8") if isinstance(source, (str, os.PathLike)) else source  # noqa: SIM115
    try:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            record: dict[str, Any] = json.loads(line)
            kind = record.get("type")
            if kind == "export":
                if record.get("format_version") != FORMAT_VERSION:
                    raise ConfigurationError(
                        f"line {number}: unsupported export format {record.get('format_version')!r}"
                    )
                continue
            if kind not in loaders:
                raise ConfigurationError(f"line {number}: unknown record type {kind!r}")
            yield loaders[kind](record["data"])
    finally:
        if stream is not source:
            stream.close()


# ----------------------------------------------------------------------------------------------- mbox


def _message_id(object_id: str) -> str:
    return f"<{hashlib.sha256(object_id.encode('utf-8')).hexdigest()[:40]}@{_INVALID}>"


def _one_line(value: str) -> str:
    # Names come from platforms; a CR/LF in one must not start a new header.
    return " ".join(value.split())


def _address(conv: Conversation, message: Message) -> tuple[str, str]:
    parsed = parse_id(conv.id)
    if message.direction is Direction.INBOUND:
        party = message.sender if message.sender.platform_id else conv.buyer
        handle = party.platform_id or "buyer"
        name = party.display_name or ""
    else:
        handle, name = parsed.seller_id, f"{parsed.platform} seller {parsed.seller_id}"
    addr = handle if "@" in handle else f"{_local(handle)}@{parsed.platform}.{_INVALID}"
    return _one_line(name), addr


def _local(handle: str) -> str:
    cleaned = "".join(ch if ch.isalnum() or ch in "._-+" else "_" for ch in handle).strip(".")
    return cleaned or "unknown"


def _email(conv: Conversation, message: Message, previous: list[str]) -> EmailMessage:
    email = EmailMessage()
    name, addr = _address(conv, message)
    seller = parse_id(conv.id).seller_id
    buyer_name, buyer_addr = _address(conv, message.model_copy(update={"direction": Direction.INBOUND}))
    seller_addr = f"{_local(seller)}@{conv.platform}.{_INVALID}"
    inbound = message.direction is Direction.INBOUND
    email["From"] = formataddr((name, addr))
    email["To"] = seller_addr if inbound else formataddr((buyer_name, buyer_addr))
    email["Subject"] = _one_line(
        conv.subject or (f"Order {conv.order_id}" if conv.order_id else "Conversation")
    )
    email["Date"] = format_datetime(message.sent_at)
    email["Message-ID"] = _message_id(message.id)
    if previous:
        email["In-Reply-To"] = previous[-1]
        email["References"] = " ".join(previous[-20:])
    for header, value in (
        ("X-Marketmsg-Message-Id", message.id),
        ("X-Marketmsg-Conversation-Id", conv.id),
        ("X-Marketmsg-Order-Id", conv.order_id),
        ("X-Marketmsg-Direction", message.direction.value),
        ("X-Marketmsg-Kind", message.kind.value),
        ("X-Marketmsg-Channel", message.channel.value),
    ):
        if value:
            email[header] = _one_line(value)
    email.set_content(message.body or "", charset="utf-8")
    for attachment in message.attachments:
        if attachment.content is not None:
            maintype, _, subtype = attachment.content_type.partition("/")
            email.add_attachment(
                attachment.content,
                maintype=maintype or "application",
                subtype=subtype or "octet-stream",
                filename=attachment.filename,
            )
        else:
            email["X-Marketmsg-Attachment"] = (
                f"{attachment.filename}; size={attachment.size}; sha256={attachment.sha256}"
            )
    if email.is_multipart():
        email.set_boundary(f"marketmsg-{hashlib.sha256(message.id.encode('utf-8')).hexdigest()[:24]}")
    return email


def export_mbox(
    store: SqlStore,
    path: str | os.PathLike[str],
    *,
    account: str,
    order_id: str | None = None,
    overwrite: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> ExportSummary:
    """Write ``account``'s messages (or one order's) to an mbox file, threaded per conversation.

    Each message becomes an RFC 5322 mail (``Date`` = sent time, ``In-Reply-To``/``References`` chaining the
    conversation, ``X-Marketmsg-*`` headers carrying the ids, attachments with bytes as MIME parts). Addresses
    that are not e-mail addresses on the platform are written under the reserved ``.invalid`` domain. Disputes
    are not mail; use :func:`export_jsonl` for them. An existing file is refused unless ``overwrite=True``.
    ``progress(done, total)`` is called after each batch of conversations.
    """
    _check_account(store, account)
    target = Path(path)
    if target.exists():
        if not overwrite:
            raise ConfigurationError(
                f"{str(target)!r} exists; choose another file or pass overwrite=True", field="out"
            )
        target.unlink()
    total = store.conversation_count(account=account, order_id=order_id) if progress else 0
    box = mailbox.mbox(target, create=True)
    count = conversations = 0
    try:
        box.lock()
        for batch in store.export_batches(account=account, order_id=order_id):
            for conversation, messages in batch:
                conv = decode_conversation(conversation)
                conversations += 1
                previous: list[str] = []
                for text in messages:
                    message = decode_message(text)
                    entry = mailbox.mboxMessage(_email(conv, message, previous))
                    entry.set_from(_address(conv, message)[1], time.gmtime(message.sent_at.timestamp()))
                    box.add(entry)
                    previous.append(_message_id(message.id))
                    count += 1
            box.flush()  # written out per batch: the mailbox object keeps nothing in memory
            if progress is not None:
                progress(conversations, total)
        box.flush()
    finally:
        box.unlock()
        box.close()
    log.info("exported %d messages of %d conversations as mbox", count, conversations)
    return ExportSummary(str(target), conversations, count, 0)
