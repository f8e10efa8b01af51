"""Repository-wide pytest hooks.

Integration tests skip with "needs <server> …" when a local server is missing, so a developer's machine without
Dovecot still runs everything else. In CI that skip would hide a broken setup: ``.ci/run`` sets
``MARKETMSG_REQUIRE_SERVERS=1`` and such a skip becomes a failure.
"""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest
from hypothesis import settings

# Property-based tests are derandomized in CI: a seed derived from each test, and no example database carried
# between runs. Not the same examples on every run, though: Hypothesis (>= 6.131) also draws literals harvested
# from the project modules in sys.modules, so the examples change with which tests were collected before and with
# any edit to the code. A test that must reach a case gives it as an explicit @example. MARKETMSG_FUZZ_RANDOM=1 draws fresh examples instead,
# for a longer hunt on a developer's machine (with MARKETMSG_FUZZ_EXAMPLES=<n> where a test reads it).
settings.register_profile("marketmsg-ci", derandomize=True, database=None, deadline=None)
settings.register_profile("marketmsg-hunt", database=None, deadline=None)
settings.load_profile("marketmsg-hunt" if os.environ.get("MARKETMSG_FUZZ_RANDOM") else "marketmsg-ci")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, None, None]:
    outcome = yield
    if os.environ.get("MARKETMSG_REQUIRE_SERVERS") != "1":
        return
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if (
        report.skipped
        and isinstance(report.longrepr, tuple)
        and str(report.longrepr[2]).startswith("Skipped: needs ")
    ):
        report.outcome = "failed"
        report.longrepr = f"required server missing in CI (MARKETMSG_REQUIRE_SERVERS=1): {report.longrepr[2]}"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The CLI keeps its default store in the user data directory: never the developer's own, never shared.

    The developer's MARKETMSG_STORE / MARKETMSG_CONFIG would otherwise leak into the CLI tests.
    """
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg-data")))
    monkeypatch.delenv("MARKETMSG_STORE", raising=False)
    monkeypatch.delenv("MARKETMSG_CONFIG", raising=False)
