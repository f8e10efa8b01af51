"""How long the README's two commands take on a fresh clone: ``python3 dev.py demo``, then ``python3 dev.py test``.

    python3 scripts/measure_install.py [--no-cache] [--keep]

Clones the repository's committed HEAD into a temporary directory (nothing of this checkout's ``.venv`` is
reused) and times, in order:

1. ``dev.py demo`` on the fresh clone: create ``.venv``, install the core and both adapters, run the demo;
2. ``dev.py demo`` again: the demo alone (so 1 − 2 is the install);
3. ``dev.py test --collect-only -q``: install the dev tools, then collect the suite;
4. the same again: collection alone (so 3 − 4 is the dev tools' install).

It also prints the size of ``.venv`` after each install. pip uses its cache and index configuration as a user's
would; ``--no-cache`` measures a cold cache (``PIP_NO_CACHE_DIR=1``). The figures depend on the machine and the
network: compare them with each other, not with another machine's.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _size_mb(path: Path) -> float:
    total = sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())
    return total / 1e6


def _timed(label: str, command: list[str], cwd: Path, env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        sys.stderr.write(result.stdout[-3000:] + result.stderr[-3000:])
        raise SystemExit(f"{label}: `{' '.join(command)}` exited {result.returncode}")
    print(f"  {label:<44} {elapsed:7.1f} s", flush=True)
    return elapsed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-cache", action="store_true", help="measure with pip's cache disabled")
    parser.add_argument("--keep", action="store_true", help="keep the clone (its path is printed)")
    args = parser.parse_args(argv)
    workdir = Path(tempfile.mkdtemp(prefix="marketmsg-install-"))
    clone = workdir / "marketmsg"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("MARKETMSG_", "VIRTUAL_ENV"))}
    env["XDG_DATA_HOME"] = str(workdir / "data")  # the demo's store: not the user's
    if args.no_cache:
        env["PIP_NO_CACHE_DIR"] = "1"
    try:
        subprocess.run(["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone)], check=True)
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=clone, capture_output=True, text=True, check=True
        ).stdout.strip()
        print(f"fresh clone of {head} in {clone} (pip cache {'off' if args.no_cache else 'on'})")
        py = sys.executable
        demo_first = _timed("dev.py demo (fresh: venv + packages + demo)", [py, "dev.py", "demo"], clone, env)
        demo_again = _timed("dev.py demo (installed: the demo alone)", [py, "dev.py", "demo"], clone, env)
        runtime_mb = _size_mb(clone / ".venv")
        collect = [py, "dev.py", "test", "--collect-only", "-q"]
        test_first = _timed("dev.py test --collect-only (dev tools + collect)", collect, clone, env)
        test_again = _timed("dev.py test --collect-only (collect alone)", collect, clone, env)
        dev_mb = _size_mb(clone / ".venv")
        print()
        print(
            f"  install for `dev.py demo`  (venv + core + adapters): {demo_first - demo_again:7.1f} s, {runtime_mb:6.0f} MB"
        )
        print(
            f"  install added by `dev.py test` (the dev tools):      {test_first - test_again:7.1f} s, {dev_mb - runtime_mb:6.0f} MB more"
        )
        print(
            f"  both, as one install would have been:               {demo_first - demo_again + test_first - test_again:7.1f} s"
        )
    finally:
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
