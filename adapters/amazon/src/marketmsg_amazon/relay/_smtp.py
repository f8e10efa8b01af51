"""Replies by e-mail: build the MIME message, send it with smtplib (sync) or aiosmtplib (async).

Rules of the relay (fact sheet §4.2): mail goes to the buyer's alias from the registered or an approved sender
(anything else is rejected by Amazon); attachments total under 10 MB; ``[Important]`` in the subject marks a
critical message that reaches a buyer who opted out — to be used only for critical content (FAQ G200383320).
"""

from __future__ import annotations

import email.utils
import mailbox
import smtplib
from collections.abc import Sequence
from email.message import EmailMessage
from typing import TYPE_CHECKING

import anyio.to_thread

from marketmsg import APIConnectionError, APIStatusError, DeliveryUnknown, PlatformRuleError
from marketmsg.adapter import IOEffect, override
from marketmsg.models import Attachment

from ._settings import SmtpSettings

if TYPE_CHECKING:
    import aiosmtplib

__all__ = ["MAX_ATTACHMENTS_BYTES", "SmtpSend", "build_reply", "reply_subject"]

# "one or more attachments (up to 10 MB) in a message" (Seller Central 200389080); 2020 guide: total < 10 MB.
MAX_ATTACHMENTS_BYTES = 10 * 1024 * 1024
IMPORTANT_TAG = "[Important]"


def reply_subject(original: str | None, *, critical_to_opted_out: bool, override: str | None = None) -> str:
    """``RE: <original>`` (or ``override``); ``[Important]`` only for a critical message to an opted-out buyer."""
    base = original or ""
    subject = (override or (base if base.lower().startswith("re:") else f"RE: {base}")).strip()
    has_tag = IMPORTANT_TAG.lower() in subject.lower()
    if critical_to_opted_out and not has_tag:
        return f"{IMPORTANT_TAG} {subject}"
    if not critical_to_opted_out and has_tag:
        # The tag is monitored for misuse: never let it through on a message that is not a critical one.
        index = subject.lower().index(IMPORTANT_TAG.lower())
        subject = (subject[:index] + subject[index + len(IMPORTANT_TAG) :]).strip()
    return subject


def build_reply(
    *,
    sender: str,
    sender_name: str | None,
    to: str,
    subject: str,
    body: str,
    message_id: str,
    in_reply_to: str | None,
    references: Sequence[str],
    attachments: Sequence[Attachment],
    date: str,
) -> EmailMessage:
    """The reply as plain text (Amazon filters HTML), threaded with In-Reply-To/References."""
    total = sum(a.size for a in attachments)
    if total >= MAX_ATTACHMENTS_BYTES:
        raise PlatformRuleError(
            f"attachments total {total} bytes; Amazon relays at most 10 MB per message — send fewer or smaller files",
            platform="amazon",
            rule="amazon.relay.attachments_10mb",
        )
    missing = [a.filename for a in attachments if a.content is None]
    if missing:
        raise PlatformRuleError(
            f"attachment(s) {', '.join(missing)} carry no bytes; use Attachment.from_bytes(...)",
            platform="amazon",
            rule="amazon.relay.attachment_content",
        )
    msg = EmailMessage()
    msg["From"] = email.utils.formataddr((sender_name, sender)) if sender_name else sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{message_id}>"
    if in_reply_to:
        msg["In-Reply-To"] = f"<{in_reply_to}>"
    refs = list(dict.fromkeys([*references, *([in_reply_to] if in_reply_to else [])]))
    if refs:
        msg["References"] = " ".join(f"<{r}>" for r in refs)
    msg.set_content(body)
    for a in attachments:
        maintype, _, subtype = a.content_type.partition("/")
        msg.add_attachment(
            a.content or b"",
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=a.filename,
        )
    return msg


class SmtpSend(IOEffect[str]):
    """Send one message. Not idempotent: retried only when the connection was never established."""

    operation = "relay_smtp_send"
    idempotent = False

    def __init__(self, message: EmailMessage, settings: SmtpSettings, password: str | None) -> None:
        self.message = message
        self.settings = settings
        self._password = password

    @override
    def __repr__(self) -> str:
        return f"SmtpSend(to=<redacted>, host={self.settings.host!r}, port={self.settings.port})"

    def _to_maildir(self) -> str:
        box = mailbox.Maildir(self.settings.path or "sent", create=True)
        box.add(self.message.as_bytes())
        return str(self.message["Message-ID"])

    @override
    def run_sync(self) -> str:
        s = self.settings
        if s.type == "maildir":
            return self._to_maildir()
        try:
            client: smtplib.SMTP = (smtplib.SMTP_SSL if s.ssl else smtplib.SMTP)(
                s.host, s.port, timeout=s.timeout
            )
        except (OSError, smtplib.SMTPException) as exc:
            raise _not_connected(s, exc) from exc
        with client:
            try:
                if s.starttls and not s.ssl:
                    client.starttls()
                if s.user:
                    client.login(s.user, self._password or "")
            except (OSError, smtplib.SMTPException) as exc:
                raise _refused_before_data(s, exc) from exc
            try:
                client.send_message(self.message)
            except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
                raise _rejected(exc) from exc
            except (OSError, smtplib.SMTPException) as exc:
                raise _unknown(exc) from exc
        return str(self.message["Message-ID"])

    @override
    async def run_async(self) -> str:
        s = self.settings
        if s.type == "maildir":
            return await anyio.to_thread.run_sync(self._to_maildir)
        import aiosmtplib  # here, not at the top: a sync client or a Maildir relay never loads asyncio's SMTP

        client = aiosmtplib.SMTP(
            hostname=s.host, port=s.port, use_tls=s.ssl, start_tls=s.starttls and not s.ssl, timeout=s.timeout
        )
        try:
            await client.connect()
        except (OSError, aiosmtplib.SMTPException) as exc:
            raise _not_connected(s, exc) from exc
        try:
            if s.user:
                await client.login(s.user, self._password or "")
        except (OSError, aiosmtplib.SMTPException) as exc:
            await _quit(client)
            raise _refused_before_data(s, exc) from exc
        try:
            await client.send_message(self.message)
        except (
            aiosmtplib.SMTPRecipientsRefused,
            aiosmtplib.SMTPSenderRefused,
            aiosmtplib.SMTPDataError,
        ) as exc:
            raise _rejected(exc) from exc
        except (OSError, aiosmtplib.SMTPException) as exc:
            raise _unknown(exc) from exc
        finally:
            await _quit(client)
        return str(self.message["Message-ID"])


async def _quit(client: aiosmtplib.SMTP) -> None:
    try:
        await client.quit()
    except Exception:  # the server may already have closed the connection
        client.close()


def _not_connected(s: SmtpSettings, exc: BaseException) -> APIConnectionError:
    return APIConnectionError(
        f"cannot connect to SMTP server {s.host}:{s.port} ({type(exc).__name__}); nothing was sent",
        platform="amazon",
        request_sent=False,
    )


def _refused_before_data(s: SmtpSettings, exc: BaseException) -> APIStatusError:
    # TLS or login failed before any message data: nothing was sent, and retrying will not help.
    return APIStatusError(
        f"SMTP server {s.host}:{s.port} refused the session ({type(exc).__name__}); check settings.relay.smtp and "
        "credentials.smtp_password — nothing was sent",
        platform="amazon",
        platform_code=_smtp_code(exc),
    )


def _smtp_code(exc: BaseException) -> str | None:
    # SMTP reply codes go in platform_code, never status_code: SMTP 500/503 are not HTTP 500/503 and must not
    # steer the HTTP retry policy.
    code = getattr(exc, "smtp_code", None) or getattr(exc, "code", None)
    return f"smtp-{code}" if isinstance(code, int) else None


def _rejected(exc: BaseException) -> APIStatusError:
    return APIStatusError(
        f"SMTP server rejected the reply ({type(exc).__name__}); is the From address approved on Amazon's Messaging "
        "Permissions page and accepted by your server?",
        platform="amazon",
        platform_code=_smtp_code(exc),
    )


def _unknown(exc: BaseException) -> DeliveryUnknown:
    return DeliveryUnknown(
        f"the SMTP connection failed while sending ({type(exc).__name__}); the reply may have been delivered",
        platform="amazon",
        operation=SmtpSend.operation,
    )
