"""Fixtures shared by the rules tests."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

#: A hang guard, not a speed target: a regex that backtracks catastrophically on the adversarial inputs takes hours
#: (a quadratic pass over 200 kB, minutes); a linear one takes seconds even on a loaded CI machine.
GUARD_SECONDS = 120


@pytest.fixture
def guard() -> Iterator[None]:
    """Fails the test (TimeoutError) when it runs longer than :data:`GUARD_SECONDS`: the input is not read linearly."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {GUARD_SECONDS} s: a pass over the input is not linear")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(GUARD_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
