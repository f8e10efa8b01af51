"""Run every benchmark: ``python -m benchmarks``. Each module in this directory with a ``main()`` is run in turn.

Benchmarks print ratios against a baseline measured in the same run, never absolute pass/fail numbers.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    """Import and run each ``benchmarks/<name>.py`` that defines ``main()`` (or only those named on argv)."""
    sys.path.insert(0, str(HERE.parent))
    wanted = set(sys.argv[1:])
    for path in sorted(HERE.glob("*.py")):
        if path.stem.startswith("_") or (wanted and path.stem not in wanted):
            continue
        module = importlib.import_module(f"benchmarks.{path.stem}")
        run = getattr(module, "main", None)
        if callable(run):
            print(f"== {path.stem}")
            run()


if __name__ == "__main__":
    main()
