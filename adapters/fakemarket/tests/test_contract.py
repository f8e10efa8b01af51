"""The contract kit, proven on the minimal in-repo adapter."""

from __future__ import annotations

from marketmsg.testing import AdapterContract
from marketmsg.testing.fakemarket import FakemarketAdapter


class TestFakemarketContract(AdapterContract):
    adapter_class = FakemarketAdapter
