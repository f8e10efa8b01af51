"""Run every benchmark: ``python -m benchmarks`` imports each ``benchmarks/*.py`` that has a ``main()``.

Benchmarks print ratios against a baseline measured in the same run; nothing is asserted.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def main() -> None:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent))
    for path in sorted(here.glob("*.py")):
        if path.stem.startswith("_"):
            continue
        module = importlib.import_module(f"benchmarks.{path.stem}")
        run = getattr(module, "main", None)
        if callable(run):
            print(f"== {path.stem}")
            run()


if __name__ == "__main__":
    main()
