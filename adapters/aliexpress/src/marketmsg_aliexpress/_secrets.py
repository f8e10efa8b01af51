"""AliExpress's secret shapes, in a module light enough for the adapter class (the rule tables load lazily)."""

from __future__ import annotations

__all__ = ["IOP_SIGNATURE", "SECRET_FIELDS"]

#: IOP request signatures (HMAC-SHA256, 64 upper-case hex, aliexpress.md §1.3): never logged.
IOP_SIGNATURE = r"(?<![0-9A-F])[0-9A-F]{64}(?![0-9A-F])"
#: IOP carries the seller's token in the ``session`` parameter on /sync and TOP (aliexpress.md §1.2).
SECRET_FIELDS = ("session",)
