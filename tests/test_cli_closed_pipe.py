"""A reader that stops reading (``| head -n 1``, ``| grep -q``) changes no command's exit code and prints no error.

The pipe's read end is closed before the command writes anything, so every run meets the closed pipe at its first
write (with ``head`` that depends on timing: a short output fits in the pipe's buffer before ``head`` exits).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CLI = [sys.executable, "-c", "import sys; from marketmsg.cli import main; sys.argv[0] = 'marketmsg'; main()"]


def _run_into_closed_pipe(args: list[str], home: Path) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        env = {**os.environ, "HOME": str(home), "NO_COLOR": "1"}
        return subprocess.run(
            [*CLI, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            env=env,
            cwd=home,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["check", "--platform", "amazon", "Call me at +44 20 7946 0958."], 1),
        (["check", "--platform", "amazon", "Your order 112-4839201-7734512 shipped today."], 0),
        (["check", "--platform", "amazon", "--json", "Call me at +44 20 7946 0958."], 1),
        (["inbox", "--sandbox", "--json"], 0),
        (["inbox", "--sandbox"], 0),
        (["disputes", "--sandbox", "--json"], 0),
        (["--version"], 0),
    ],
    ids=[
        "check-blocked",
        "check-ok",
        "check-json-blocked",
        "inbox-json",
        "inbox-table",
        "disputes-json",
        "version",
    ],
)
def test_a_closed_pipe_leaves_the_exit_code_to_the_command(
    args: list[str], code: int, tmp_path: Path
) -> None:
    done = _run_into_closed_pipe(args, tmp_path)
    stderr = done.stderr.decode()
    assert done.returncode == code, stderr
    assert "Traceback" not in stderr
    assert "Broken pipe" not in stderr
    assert "Exception ignored" not in stderr
