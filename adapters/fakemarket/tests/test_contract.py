"""The shared adapter contract, sync and async, against Fakemarket's simulator."""

from __future__ import annotations

from marketmsg.testing import AdapterContract
from marketmsg_fakemarket import FakemarketAdapter


class TestFakemarketContract(AdapterContract):
    adapter_class = FakemarketAdapter
