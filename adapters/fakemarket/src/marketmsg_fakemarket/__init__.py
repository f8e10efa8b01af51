"""Fakemarket: a fictional marketplace that exercises the whole core (and shows how small an adapter can be)."""

from ._adapter import FakemarketAdapter
from ._simulator import API_KEY, BASE_URL, FakemarketSimulator, Fault

__all__ = ["API_KEY", "BASE_URL", "FakemarketAdapter", "FakemarketSimulator", "Fault"]
