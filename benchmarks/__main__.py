"""Run the benchmarks: ``python -m benchmarks [NAME ...]`` (``python3 dev.py bench [NAME ...]``).

Each ``benchmarks/*.py`` with a ``main()`` is one benchmark; with names, only those run. Every benchmark prints
ratios against a baseline measured in the same run, never absolute pass/fail thresholds; nothing is asserted.
One benchmark failing (say, Redis is not running) is reported and the others still run; the exit code is 1
when any failed.
"""

from __future__ import annotations

import importlib
import inspect
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(p.stem for p in HERE.glob("*.py") if not p.stem.startswith("_"))


def run_one(name: str) -> bool:
    print(f"\n== {name}", flush=True)
    started = time.perf_counter()
    try:
        module = importlib.import_module(f"benchmarks.{name}")
        entry = getattr(module, "main", None)
        if not callable(entry):
            print("   (no main(): skipped)")
            return True
        # Benchmarks written as CLI scripts take argv; the others take nothing.
        result = entry([]) if inspect.signature(entry).parameters else entry()
    except Exception:
        traceback.print_exc()
        print(f"   {name} FAILED")
        return False
    print(f"   ({time.perf_counter() - started:.1f} s)")
    return result in (None, 0)


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    names = argv or available()
    unknown = sorted(set(names) - set(available()))
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}")
        return 2
    failed = [name for name in names if not run_one(name)]
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
