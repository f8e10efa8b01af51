"""Testing helpers for adapter authors and SDK users: the contract kit, the harness, fakemarket.

Needs the ``testing`` extra (pytest, respx): ``pip install "marketmsg[testing]"``.
"""

from ._calls import Made, PlatformCalls
from ._contract import AdapterContract
from ._harness import Harness

__all__ = ["AdapterContract", "Harness", "Made", "PlatformCalls"]
