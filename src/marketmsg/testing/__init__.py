"""Testing helpers for adapter authors and SDK users: the contract kit, the harness, fakemarket.

Needs the ``testing`` extra (pytest, respx): ``pip install "marketmsg[testing]"``.
"""

import typing as _typing

from .._lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._calls import Made, PlatformCalls
    from ._contract import AdapterContract
    from ._harness import Harness

__all__ = ["AdapterContract", "Harness", "Made", "PlatformCalls"]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._calls": ("Made", "PlatformCalls"),
        "._contract": ("AdapterContract",),
        "._harness": ("Harness",),
    },
)
