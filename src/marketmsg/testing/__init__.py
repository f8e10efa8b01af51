"""Testing helpers for adapter authors and SDK users.

``Harness`` and ``PlatformCalls``/``Made`` are plain runtime code (a user install can count calls in its own
checks). The contract kit, :class:`AdapterContract`, is a pytest suite: it needs the ``testing`` extra
(``pip install "marketmsg[testing]"``) and is imported only when asked for, so importing this package never
imports a test tool. Without pytest, ``from marketmsg.testing import AdapterContract`` raises
:class:`ExtraNotInstalledError` (an ``ImportError``) naming the extra to install.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from .._exceptions import MarketmsgError
from ._calls import Made, PlatformCalls
from ._harness import Harness, run_local_flow

if TYPE_CHECKING:
    from ._contract import AdapterContract

__all__ = [
    "AdapterContract",
    "ExtraNotInstalledError",
    "Harness",
    "Made",
    "PlatformCalls",
    "run_local_flow",
]

# Names served lazily: their modules import pytest.
_LAZY = {"AdapterContract": "._contract"}
_TEST_TOOLS = {"pytest", "_pytest"}


class ExtraNotInstalledError(MarketmsgError, ImportError):
    """A helper from :mod:`marketmsg.testing` needs a test tool that is not installed."""

    def __init__(self, name: str, missing: str) -> None:
        self.name = name
        self.missing = missing
        super().__init__(
            f"marketmsg.testing.{name} is a pytest suite and {missing} is not installed; "
            f'install the testing extra: pip install "marketmsg[testing]"'
        )


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    try:
        value = getattr(importlib.import_module(module, __name__), name)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in _TEST_TOOLS:
            raise
        raise ExtraNotInstalledError(name, "pytest") from exc
    globals()[name] = value  # import once
    return value
