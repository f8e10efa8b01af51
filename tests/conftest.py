"""Shared fixtures for the core tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

import marketmsg
from marketmsg import Account, VirtualClock
from marketmsg_fakemarket import API_KEY, FakemarketAdapter, FakemarketSimulator


@pytest.fixture
def fakemarket() -> Iterator[None]:
    marketmsg.register_adapter("fakemarket", FakemarketAdapter)
    yield
    marketmsg.unregister_adapter("fakemarket")


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def simulator(clock: VirtualClock) -> FakemarketSimulator:
    return FakemarketSimulator(clock)


@pytest.fixture
def account(fakemarket: None) -> Account:
    return Account(platform="fakemarket", seller_id="FM-SELLER-1", credentials={"api_key": API_KEY})
