"""The off-platform protocol from the sellers' playbook (shared/DOMAIN.md).

Keep every order conversation on the platform. Leave it only for oversized media or a safety/compliance
matter, and then in three steps: an internal note with the reason → an in-platform notice stating the reason,
the external channel and the promise to return (the only message allowed to carry the external contact) → an
in-platform closing summary of what was done. Closing the conversation before the summary is refused.
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._model import (
        CaseState,
        InMemoryOffPlatformStore,
        InternalNote,
        OffPlatformCase,
        OffPlatformReason,
        OffPlatformStore,
    )
    from ._protocol_async import AsyncOffPlatform
    from ._protocol_sync import OffPlatform
    from ._texts import notice_text, summary_text

__all__ = [
    "AsyncOffPlatform",
    "CaseState",
    "InMemoryOffPlatformStore",
    "InternalNote",
    "OffPlatform",
    "OffPlatformCase",
    "OffPlatformReason",
    "OffPlatformStore",
    "notice_text",
    "summary_text",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._model": (
            "CaseState",
            "InMemoryOffPlatformStore",
            "InternalNote",
            "OffPlatformCase",
            "OffPlatformReason",
            "OffPlatformStore",
        ),
        "._protocol_async": ("AsyncOffPlatform",),
        "._protocol_sync": ("OffPlatform",),
        "._texts": ("notice_text", "summary_text"),
    },
)
