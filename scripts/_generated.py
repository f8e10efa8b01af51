"""What the generator scripts do with what they render: write it, or with ``--check`` (CI) say that it is stale."""

from __future__ import annotations

from pathlib import Path


def write_or_check(path: Path, text: str, argv: list[str], command: str) -> int:
    """Write ``text`` to ``path``; with ``--check`` in ``argv`` only compare: 1, and the ``command`` that regenerates
    it, when the committed file differs."""
    if "--check" in argv:
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            print(f"{path} is stale: run {command}")
            return 1
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0
