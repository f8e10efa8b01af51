"""Attachments for SP-API messages: check them, then create an upload destination, PUT the bytes, reference them.

The flow (Uploads API 2020-11-01 ``createUploadDestinationForResource``; amazon.md §1.7):

1. ``POST /uploads/2020-11-01/uploadDestinations/{resource}?marketplaceIds=…&contentMD5=…`` where ``resource`` is
   the send path without its leading slash, and ``contentMD5`` is the **base64** of the binary MD5 digest (a hex
   digest makes S3 answer ``InvalidDigest``: selling-partner-api-models#1755);
2. ``PUT`` the bytes to the returned pre-signed ``url`` with **every** header from ``payload.headers`` (POST gets
   S3's ``MethodNotAllowed``); the URL is valid ~15 minutes;
3. send the message with ``attachments: [{uploadDestinationId, fileName}]``.

Everything Amazon checks about attachments that we can check (count, total size, type) is checked before the
first request, so a bad file never leaves half an upload behind.
"""

from __future__ import annotations

import base64
import hashlib
import ipaddress
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from marketmsg import Attachment, PolicyViolation, ResponseValidationError
from marketmsg.adapter import Flow
from marketmsg.rules import Finding

from ._kinds import ATTACHMENT_TYPES, MAX_ATTACHMENTS_BYTES, SendKind
from ._limits import UPLOAD_PUT
from ._response import Malformed, guarded
from ._spapi import SpApi, json_body

__all__ = ["UploadedFile", "check_attachments", "content_md5", "upload_flow", "upload_url_allowed"]

_SOURCE_GUIDE = "Messaging use-case guide 2020 (amzn/selling-partner-api-docs @ b58902c)"
_SOURCE_MODEL = "messaging.json @ 34dc93f"

# Hosts S3 pre-signed URLs use: virtual-hosted (bucket.s3[.-]region.amazonaws.com) and path-style.
_S3_HOST = re.compile(r"^(?:[a-z0-9.\-]+\.)?s3(?:[.\-][a-z0-9\-]+)?\.amazonaws\.com$")


@dataclass(frozen=True)
class UploadedFile:
    """An attachment already uploaded: what a send body references (messaging.json ``Attachment``)."""

    upload_destination_id: str
    file_name: str

    def wire(self) -> dict[str, str]:
        return {"uploadDestinationId": self.upload_destination_id, "fileName": self.file_name}

    def as_attachment(self) -> Attachment:
        """A unified :class:`~marketmsg.Attachment` that refers to this upload (nothing to upload again)."""
        return Attachment(
            filename=self.file_name, size=0, raw={"uploadDestinationId": self.upload_destination_id}
        )


def uploaded_ref(attachment: Attachment) -> UploadedFile | None:
    """The upload an attachment already refers to (``raw["uploadDestinationId"]``), if any."""
    raw = attachment.raw if isinstance(attachment.raw, dict) else {}
    destination = raw.get("uploadDestinationId")
    if attachment.content is None and isinstance(destination, str) and destination:
        return UploadedFile(destination, attachment.filename)
    return None


def content_md5(content: bytes) -> str:
    """Base64 of the binary MD5 digest — what both ``contentMD5`` and S3's ``Content-MD5`` expect."""
    return base64.b64encode(hashlib.md5(content, usedforsecurity=False).digest()).decode()


def check_attachments(kind: SendKind, attachments: Sequence[Attachment]) -> list[Finding]:
    """Every reason the attachments cannot be sent with ``kind``, as rule findings (empty = fine)."""
    findings: list[Finding] = []
    low, high = kind.attachments or (0, 0)
    if kind.attachments is None and attachments:
        findings.append(_finding("attachments.none", f"{kind.action} takes no attachments", _SOURCE_MODEL))
    elif len(attachments) > high:
        findings.append(
            _finding(
                "attachments.count",
                f"{kind.action} takes at most {high} attachments, got {len(attachments)}",
                _SOURCE_MODEL,
            )
        )
    elif len(attachments) < low:
        findings.append(
            _finding("attachments.count", f"{kind.action} needs at least {low} attachment(s)", _SOURCE_MODEL)
        )
    total = 0
    for attachment in attachments:
        if uploaded_ref(attachment) is not None:
            continue
        if attachment.content is None:
            findings.append(
                _finding(
                    "attachments.content",
                    f"{attachment.filename}: no bytes to upload; build it with Attachment.from_bytes(...)",
                    _SOURCE_MODEL,
                )
            )
            continue
        total += len(attachment.content)
        findings.extend(_type_findings(attachment))
    if total >= MAX_ATTACHMENTS_BYTES:
        findings.append(
            _finding(
                "attachments.size",
                f"attachments total {total} bytes; Amazon accepts less than "
                f"{MAX_ATTACHMENTS_BYTES} bytes (10 MB) per message",
                _SOURCE_GUIDE,
            )
        )
    return findings


def _type_findings(attachment: Attachment) -> list[Finding]:
    name = attachment.filename.lower()
    extension = name[name.rfind(".") :] if "." in name else ""
    allowed = ATTACHMENT_TYPES.get(extension)
    kinds = ", ".join(sorted(ATTACHMENT_TYPES))
    if allowed is None:
        return [
            _finding(
                "attachments.type",
                f"{attachment.filename}: Amazon accepts only {kinds} files "
                "(the file name must carry the extension)",
                _SOURCE_GUIDE,
            )
        ]
    declared = attachment.content_type.split(";")[0].strip().lower()
    if declared not in allowed and declared != "application/octet-stream":
        return [
            _finding(
                "attachments.type",
                f"{attachment.filename}: content type {declared!r} does not match "
                f"its extension (expected {', '.join(sorted(allowed))})",
                _SOURCE_GUIDE,
            )
        ]
    return []


def _finding(rule: str, message: str, source: str) -> Finding:
    return Finding(rule=f"amazon.spapi.{rule}", severity="block", message=message, source=source)


def refuse(findings: Sequence[Finding]) -> None:
    if findings:
        raise PolicyViolation(findings, platform="amazon")


def upload_url_allowed(url: httpx.URL, api: httpx.URL, extra_hosts: Sequence[str] = ()) -> bool:
    """May we PUT to ``url``? https on an S3 (or configured) host — or exactly the configured SP-API origin.

    Why: the URL comes from a platform payload; following any URL we are handed is an SSRF hole (DESIGN.md §4).
    The SP-API origin is trusted because the account configured it (that is how the loopback sandbox works).
    """
    if (url.scheme, url.host, url.port) == (api.scheme, api.host, api.port):
        return True
    if url.scheme != "https" or not url.host:
        return False
    try:
        ipaddress.ip_address(url.host)
        return False  # literal IPs (private, loopback, metadata) are never an S3 endpoint
    except ValueError:
        pass
    host = url.host.lower()
    return bool(_S3_HOST.match(host)) or host in {h.lower() for h in extra_hosts}


def upload_flow(
    api: SpApi, resource: str, attachment: Attachment, extra_hosts: Sequence[str] = ()
) -> Flow[UploadedFile]:
    """Steps 1 and 2 for one attachment; returns the reference for step 3."""
    existing = uploaded_ref(attachment)
    if existing is not None:
        return existing
    content = attachment.content or b""
    md5 = content_md5(content)
    params = {"contentMD5": md5}
    if attachment.content_type and attachment.content_type != "application/octet-stream":
        params["contentType"] = attachment.content_type
    request = api.request("POST", f"/uploads/2020-11-01/uploadDestinations/{resource}", params=params)
    response = yield from api.call(request, operation="createUploadDestinationForResource")
    with guarded(response, "createUploadDestinationForResource"):
        destination = _destination(json_body(response, "createUploadDestinationForResource"))
        target = httpx.URL(destination["url"])
    if not upload_url_allowed(target, httpx.URL(api.endpoints.api), extra_hosts):
        raise ResponseValidationError(
            f"createUploadDestinationForResource returned an upload URL on {target.host!r}, which is not an "
            "https S3 host; refusing to send the file there (add trusted hosts with the upload_hosts setting)",
            platform="amazon",
        )
    headers = dict(destination["headers"])
    headers.setdefault("Content-MD5", md5)
    put = httpx.Request("PUT", target, content=content, headers=headers)
    # No x-amz-access-token for S3: the URL is pre-signed, and the token must not leave SP-API hosts.
    yield from api.call(put, operation=UPLOAD_PUT, auth=False)
    return UploadedFile(str(destination["uploadDestinationId"]), attachment.filename)


def _destination(body: dict[str, Any]) -> dict[str, Any]:
    """``payload`` of a createUploadDestinationForResource answer, checked member by member (uploads model)."""
    payload = body.get("payload")
    if not isinstance(payload, dict):
        raise Malformed("payload is not an UploadDestination object")
    for name in ("uploadDestinationId", "url"):
        value = payload.get(name)
        if not isinstance(value, str) or not value.strip() or len(value) > _MAX_MEMBER:
            raise Malformed(f"payload.{name} is not a non-empty string")
    headers = payload.get("headers") or {}
    if not isinstance(headers, dict) or len(headers) > 50:
        raise Malformed("payload.headers is not an object of header names and values")
    for name, value in headers.items():
        # Header names/values go into our PUT as they are: nothing that could split or forge a header.
        if not isinstance(value, str) or not _HEADER_NAME.match(name) or not _HEADER_VALUE.match(value):
            raise Malformed("payload.headers holds a value that is not a plain header")
    return {**payload, "headers": headers}


_MAX_MEMBER = 8192
_HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,128}$")  # RFC 9110 token
_HEADER_VALUE = re.compile(r"^[\t\x20-\x7e]{0,4096}$")
