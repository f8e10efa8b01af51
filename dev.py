#!/usr/bin/env python3
"""Project tasks on a machine that has only Python 3 and pip.

    python3 dev.py demo    the unified-inbox demo against the built-in sandbox
    python3 dev.py test    the whole test suite
    python3 dev.py lint    ruff + mypy --strict (CI runs it too)
    python3 dev.py docs    build the docs site with --strict
    python3 dev.py bench   the benchmarks (ratios against a baseline measured in the same run)

The first run creates ``.venv`` and installs the core, every adapter and the dev tools into it (editable);
later runs reinstall only when a pyproject or requirements file changed. An adapter is any folder
``adapters/<name>/`` with a ``pyproject.toml``: it is installed, linted, type-checked and tested with no change
to this file.
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
STAMP = VENV / ".marketmsg-installed"


def adapter_folders(root: Path = ROOT) -> list[str]:
    """``adapters/<name>`` for every folder there with a ``pyproject.toml``, sorted."""
    return sorted(p.parent.relative_to(root).as_posix() for p in (root / "adapters").glob("*/pyproject.toml"))


ADAPTERS = adapter_folders()
PACKAGES = [".", *ADAPTERS]
INSTALL_INPUTS = [ROOT / p / "pyproject.toml" for p in PACKAGES] + [ROOT / "requirements/dev.txt"]
LINT_PATHS = ["src", "adapters", "tests", "examples", "benchmarks", "scripts", "dev.py", "conftest.py"]
FORMAT_PATHS = ["src", *(f"{a}/src" for a in ADAPTERS)]
# mypy --strict: the shipped packages and the examples users copy from.
TYPED_PATHS = ["src", *(f"{a}/src" for a in ADAPTERS), "examples"]


def _existing(paths: list[str]) -> list[str]:
    return [p for p in paths if (ROOT / p).exists()]


def _digest() -> str:
    h = hashlib.sha256()
    for path in INSTALL_INPUTS:
        h.update(path.read_bytes())
    return h.hexdigest()


def ensure_env() -> None:
    if not PY.exists():
        print("dev.py: creating .venv", file=sys.stderr)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text() == _digest():
        return
    print("dev.py: installing marketmsg, its adapters and the dev tools into .venv", file=sys.stderr)
    pip = [str(PY), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    editable = [arg for pkg in PACKAGES for arg in ("-e", pkg)]
    subprocess.run([*pip, *editable, "-r", "requirements/dev.txt"], cwd=ROOT, check=True)
    STAMP.write_text(_digest())


def run(*args: str) -> int:
    return subprocess.run([str(PY), *args], cwd=ROOT, check=False).returncode


def main(argv: list[str]) -> int:
    task, rest = (argv[0], argv[1:]) if argv else ("help", [])
    if task in {"help", "-h", "--help"}:
        print(__doc__)
        return 0
    ensure_env()
    if task == "demo":
        return run("-m", "marketmsg", "demo", *rest)
    if task == "test":
        return run("-m", "pytest", *rest)
    if task == "lint":
        code = run("-m", "ruff", "check", *_existing(LINT_PATHS))
        code |= run("-m", "ruff", "format", "--check", *_existing(FORMAT_PATHS))
        code |= run("-m", "mypy", *_existing(TYPED_PATHS))
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
