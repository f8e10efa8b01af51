"""Every example runs offline and exits 0 (examples are documentation that must not rot)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs(path: Path) -> None:
    env = {**os.environ, "PYTHONWARNINGS": "error::DeprecationWarning:marketmsg"}
    result = subprocess.run(
        [sys.executable, str(path)], capture_output=True, text=True, timeout=120, env=env, check=False
    )
    assert result.returncode == 0, f"{path.name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert path.read_text(encoding="utf-8").lstrip().startswith('"""'), "examples open with a docstring"
