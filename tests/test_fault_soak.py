"""The fault soak, small: a few hundred sends, a fifth of the requests failing, SIGKILLs — nothing lost or doubled.

``scripts/fault_soak.py`` is what a user runs (10,000 sends and more); this runs it as a user would, smaller.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "fault_soak.py"


@pytest.mark.integration
def test_sends_through_faults_and_kills_lose_nothing_and_duplicate_nothing() -> None:
    run = subprocess.run(
        [sys.executable, str(SCRIPT), "--sends", "300", "--kills", "3", "--kill-min", "20", "--kill-max", "60",
         "--fault-rate", "0.25", "--seed", "11", "--json"],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    summary = json.loads(run.stdout.strip().splitlines()[-1])
    # The soak did what it says: the worker was killed mid-run, faults hit sends on both sides of the wire, and
    # recovery had ambiguous sends to resolve.
    assert summary["kills"] == 3 and summary["worker_runs"] == 4
    assert summary["faults"].get("POST reset_after_write", 0) > 0
    assert summary["faults"].get("POST reset_before_write", 0) > 0
    assert summary["reconciled"].get("sent", 0) > 0
    assert summary["after_recovery"] == {"sent": 300}
    assert (summary["lost"], summary["duplicated"]) == (0, 0)
