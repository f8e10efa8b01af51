"""Every example runs offline and exits 0 on a plain user install (examples are documentation that must not rot).

"Plain user install" is simulated here: the test tools (pytest, respx, hypothesis) are made unimportable in
the example's process and every warning is an error. ``tests/test_user_install.py`` checks the same against
real wheels in a fresh virtualenv.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.py"))

# Runs argv[1] as __main__ (or ``-m module`` when argv[1] is "-m") with the test tools unimportable.
WITHOUT_TEST_TOOLS = """\
import runpy, sys
for name in ("pytest", "_pytest", "respx", "hypothesis", "pytest_socket"):
    sys.modules[name] = None  # `import pytest` now raises ImportError, as on a user install
if sys.argv[1] == "-m":
    sys.argv = sys.argv[2:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
"""


def run_as_user(*argv: str, home: Path) -> subprocess.CompletedProcess[str]:
    """``python -W error <argv>`` without the test tools, with a private home (the CLI's default store)."""
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    env.pop("PYTHONWARNINGS", None)
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", WITHOUT_TEST_TOOLS, *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_runs(path: Path, tmp_path: Path) -> None:
    result = run_as_user(str(path), home=tmp_path)
    assert result.returncode == 0, f"{path.name} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}"
    assert result.stderr == "", f"{path.name} wrote to stderr (a warning?):\n{result.stderr[-4000:]}"
    assert path.read_text(encoding="utf-8").lstrip().startswith('"""'), "examples open with a docstring"


def test_demo_runs_without_test_tools(tmp_path: Path) -> None:
    result = run_as_user("-m", "marketmsg", "demo", home=tmp_path)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]
    assert result.stderr == ""
    assert "Unified inbox" in result.stdout
