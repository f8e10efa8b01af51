"""MARKETMSG_LOG switches on a redacting stderr handler; without it the library stays silent."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import httpx, marketmsg
from marketmsg_fakemarket import API_KEY, BASE_URL, FakemarketAdapter, FakemarketSimulator
marketmsg.register_adapter("fakemarket", FakemarketAdapter)
sim = FakemarketSimulator()
account = marketmsg.Account(platform="fakemarket", seller_id="S1", credentials={"api_key": API_KEY})
http = httpx.Client(mounts={BASE_URL: httpx.MockTransport(sim.handle)})
with marketmsg.Client([account], http_client=http) as client:
    client.conversations.get("fakemarket:S1:conv:c1")
"""


def run(level: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "MARKETMSG_LOG"}
    if level:
        env["MARKETMSG_LOG"] = level
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, check=True
    )
    return result.stderr


def test_debug_logs_each_call_without_secrets() -> None:
    from marketmsg_fakemarket import API_KEY

    stderr = run("debug")
    assert "getConversation" in stderr and "GET https://api.fakemarket.test/v1/conversations/c1" in stderr
    assert API_KEY not in stderr


def test_silent_by_default() -> None:
    assert run(None) == ""
