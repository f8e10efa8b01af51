#!/usr/bin/env python3
"""Project tasks on a machine that has only Python 3 and pip.

    python3 dev.py demo    the unified-inbox demo against the built-in sandbox
    python3 dev.py test    the whole test suite, one worker per core (pytest-xdist; ``-n 0`` runs it serially)
    python3 dev.py lint    ruff + mypy --strict + dead code (vulture); CI runs it too
    python3 dev.py docs    build the docs site with --strict
    python3 dev.py bench   the benchmarks (ratios against a baseline measured in the same run)

The first run creates ``.venv`` and installs the core and every adapter into it (editable): that is all
``demo`` needs. Every other task also installs the dev tools (``requirements/dev.txt``: pytest, ruff, mypy,
mkdocs …) the first time it runs. Later runs reinstall only when a pyproject or requirements file changed. An
adapter is any folder ``adapters/<name>/`` with a ``pyproject.toml``: it is installed, linted, type-checked and
tested with no change to this file.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
# What is installed, keyed by the digest of the files that decide it: the packages alone, or with the dev tools.
RUNTIME_STAMP = VENV / ".marketmsg-runtime"
DEV_STAMP = VENV / ".marketmsg-dev"
LEGACY_STAMP = VENV / ".marketmsg-installed"  # written by earlier dev.py versions: the same as DEV_STAMP
# Tasks a user runs before deciding to develop: they get the packages only (a faster first run).
RUNTIME_TASKS = frozenset({"demo"})


def adapter_folders(root: Path = ROOT) -> list[str]:
    """``adapters/<name>`` for every folder there with a ``pyproject.toml``, sorted."""
    return sorted(p.parent.relative_to(root).as_posix() for p in (root / "adapters").glob("*/pyproject.toml"))


ADAPTERS = adapter_folders()
PACKAGES = [".", *ADAPTERS]
RUNTIME_INPUTS = [ROOT / p / "pyproject.toml" for p in PACKAGES]
DEV_INPUTS = [*RUNTIME_INPUTS, ROOT / "requirements/dev.txt"]
LINT_PATHS = ["src", "adapters", "tests", "examples", "benchmarks", "scripts", "dev.py", "conftest.py"]
FORMAT_PATHS = ["src", *(f"{a}/src" for a in ADAPTERS)]
# mypy --strict: the shipped packages, the examples users copy from, and the static checks of the public API's
# types (tests/typechecking: never executed, only type-checked here).
TYPED_PATHS = ["src", *(f"{a}/src" for a in ADAPTERS), "examples", "tests/typechecking"]


def _existing(paths: list[str]) -> list[str]:
    return [p for p in paths if (ROOT / p).exists()]


def _digest(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()


def _current(stamp: Path, digest: str) -> bool:
    return stamp.exists() and stamp.read_text() == digest


def ensure_env(*, dev: bool = True) -> None:
    """``.venv`` with the packages (editable), plus the dev tools when ``dev``; a no-op when already current."""
    if not PY.exists():
        print("dev.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    runtime, tools = _digest(RUNTIME_INPUTS), _digest(DEV_INPUTS)
    if _current(DEV_STAMP, tools) or _current(LEGACY_STAMP, tools):
        return
    if not dev and _current(RUNTIME_STAMP, runtime):
        return
    what = "marketmsg, its adapters and the dev tools" if dev else "marketmsg and its adapters"
    print(f"dev.py: installing {what} into .venv", file=sys.stderr)
    pip = [str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    editable = [arg for pkg in PACKAGES for arg in ("-e", pkg)]
    subprocess.run([*pip, *editable, *(["-r", "requirements/dev.txt"] if dev else [])], cwd=ROOT, check=True)
    RUNTIME_STAMP.write_text(runtime)
    if dev:
        DEV_STAMP.write_text(tools)


def parallel(args: list[str]) -> list[str]:
    """``-n auto --dist worksteal`` unless the caller chose the workers (``-n``, ``--numprocesses``) or turned xdist
    off; ``--dist`` only when the caller chose none.

    The suite is CPU-bound and its tests are independent (each PostgreSQL test has its own tables, each Redis test
    its own keys, each server its own port), so on CI's two cores it takes about half the time. Its tests take from
    a millisecond to 30 s (the megabyte inputs of the linear-time tests): an idle worker takes tests queued for
    the other instead of waiting (stop 35, a 2-core VM: 673 -> 531 s).
    """
    chosen = any(
        a in {"-n", "--numprocesses", "no:xdist"} or a.startswith(("-n", "--numprocesses=")) for a in args
    )
    if chosen:
        return []
    dist = any(a == "--dist" or a.startswith("--dist=") for a in args)
    return ["-n", "auto"] if dist else ["-n", "auto", "--dist", "worksteal"]


def run(*args: str) -> int:
    return subprocess.run([str(PY), *args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if task in {"help", "-h", "--help"}:
        print(__doc__)
        return 0
    ensure_env(dev=task not in RUNTIME_TASKS)
    if task == "demo":
        return run("-m", "marketmsg", "demo", *rest)
    if task == "test":
        return run("-m", "pytest", *parallel(rest), *rest)
    if task == "lint":
        code = run("-m", "ruff", "check", *_existing(LINT_PATHS))
        code |= run("-m", "ruff", "format", "--check", *_existing(FORMAT_PATHS))
        code |= run("-m", "mypy", *_existing(TYPED_PATHS))
        code |= run("scripts/deadcode.py")  # vulture at 60 %: no dead code in what we ship
        return code
    if task == "docs":
        os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # a banner about mkdocs' future, not about our docs
        return run("-m", "mkdocs", "build", "--strict", "--site-dir", str(ROOT / "site"), *rest)
    if task == "bench":
        return run("-m", "benchmarks", *rest)
    if task == "run":
        return run(*rest)
    print(f"dev.py: unknown task {task!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
