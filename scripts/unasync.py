"""Generate the sync twins from their async sources: the client, the off-platform protocol, the inbox engine.

Run: ``python scripts/unasync.py`` to regenerate, ``--check`` to fail when the committed file is stale (CI).
The same idea as httpcore's unasync script: the async code is the source of truth, the sync twin is derived
by token replacement, so no one maintains two copies by hand.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "marketmsg"
#: (async source, generated sync twin)
PAIRS = [
    (PACKAGE / "_client_async.py", PACKAGE / "_client_sync.py"),
    (PACKAGE / "offplatform" / "_protocol_async.py", PACKAGE / "offplatform" / "_protocol_sync.py"),
    (PACKAGE / "inbox" / "_engine_async.py", PACKAGE / "inbox" / "_engine_sync.py"),
]

# Order matters: longer, more specific patterns first.
RULES: list[tuple[str, str]] = [
    (
        r'"""``AsyncClient`` and its resources — the source of truth for both clients\.',
        '"""``Client`` and its resources.',
    ),
    (r"``_client_sync\.py`` is generated from this file by", "GENERATED from ``_client_async.py`` by"),
    (
        r"\(CI runs it with ``--check``\), so the\ntwo clients cannot drift\.",
        "— do not edit by hand; CI checks\nthe two never drift.",
    ),
    (
        r"``(\w+)_sync\.py`` \(``\w+``\) is generated from this file by ``scripts/unasync\.py``; CI checks it\.",
        r"GENERATED from ``\1_async.py`` by ``scripts/unasync.py`` — do not edit by hand; CI checks it.",
    ),
    (r"the source of truth\.", "generated."),
    (r"The asynchronous client", "The synchronous client"),
    (r"the async driver", "the sync driver"),
    (r"\(run in a\nworker thread under ``AsyncClient``\)", "(run inline\nunder ``Client``)"),
    (r"\basync def __aenter__", "def __enter__"),
    (r"\basync def __aexit__", "def __exit__"),
    (r"\basync def aclose\b", "def close"),
    (r"\.aclose\(\)", ".close()"),
    (r"\basync def ", "def "),
    (r"\bawait ", ""),
    (r"\basync with ", "with "),
    (r"\basync for ", "for "),
    (r"\bAsyncPaginator\b", "SyncPaginator"),
    (r"\bAsyncDriver\b", "SyncDriver"),
    (r"\bown_async_client\b", "own_client"),
    (r"\bhttpx\.AsyncClient\b", "httpx.Client"),
    (r"\bAsyncClient\b", "Client"),
    (r"\bAsync([A-Z]\w*)", r"\1"),
]


def generate(source: Path, target: Path) -> str:
    text = source.read_text(encoding="utf-8")
    for pattern, replacement in RULES:
        text = re.sub(pattern, replacement, text)
    # Renames can break import order and line lengths: let ruff settle both, as it does for hand-written code.
    for command in (["check", "--select", "I", "--fix", "--quiet"], ["format"]):
        text = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", str(target), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    return text


def main(argv: list[str]) -> int:
    stale = 0
    for source, target in PAIRS:
        text = generate(source, target)
        if "--check" in argv:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                print(f"{target.name} is stale: run python scripts/unasync.py")
                stale = 1
            else:
                print(f"{target.name} is up to date")
        else:
            target.write_text(text, encoding="utf-8")
            print(f"wrote {target}")
    return stale


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
