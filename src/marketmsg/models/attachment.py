"""Files on messages: sanitised name, type, size, digest, and either the bytes or a reference to fetch them."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from pydantic import Field, field_validator, model_validator

from ._base import MarketmsgModel, Raw

__all__ = ["Attachment", "sanitize_filename"]

_UNSAFE = re.compile(r"[^\w.\- ()\[\]+]", re.UNICODE)
_MAX_NAME = 120


def sanitize_filename(name: str | None, *, default: str = "attachment") -> str:
    """A file name safe to write anywhere: no directories, no control characters, no leading dots, ≤120 chars.

    ``../../etc/passwd`` becomes ``passwd``; ``C:\\x\\a.pdf`` becomes ``a.pdf``; an empty result becomes
    ``default``.
    """
    if not name:
        return default
    name = unicodedata.normalize("NFC", name)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C")
    name = _UNSAFE.sub("_", name).strip(" .")
    if len(name) > _MAX_NAME:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: _MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) <= 10 else name[:_MAX_NAME]
    return name or default


class Attachment(MarketmsgModel):
    """A file. Either ``content`` (bytes) or ``url`` (an allow-listed platform reference) is set, or both."""

    filename: str
    content_type: str = "application/octet-stream"
    size: int = Field(ge=0)
    sha256: str | None = None
    content: bytes | None = Field(default=None, repr=False)
    url: str | None = Field(default=None, repr=False)
    raw: Raw = None

    @field_validator("filename")
    @classmethod
    def _safe_name(cls, value: str) -> str:
        return sanitize_filename(value)

    @model_validator(mode="after")
    def _consistent(self) -> Attachment:
        if self.content is not None and len(self.content) != self.size:
            raise ValueError(f"size {self.size} does not match the {len(self.content)} bytes given")
        return self

    @classmethod
    def from_bytes(
        cls, filename: str, content: bytes, content_type: str = "application/octet-stream"
    ) -> Attachment:
        """Build an attachment from bytes, computing size and sha256."""
        return cls(
            filename=filename,
            content_type=content_type,
            size=len(content),
            sha256=hashlib.sha256(content).hexdigest(),
            content=content,
        )
