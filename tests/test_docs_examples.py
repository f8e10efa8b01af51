"""The code blocks of README.md and docs/**/*.md run, so the docs cannot drift from the code.

Every fenced block is executed, in order, one file at a time:

* ``python``: in one namespace per file, against the built-in simulators. ``Client(...)`` and
  ``AsyncClient(...)`` check the accounts given (their adapters' settings schemas) and then talk to the sandbox,
  so a snippet written for real accounts runs as written; names a fragment takes for granted (``client``,
  ``accounts``, ``conversation``, ``store``, ``text`` …) are predefined from the sandbox (see ``_world``).
* ``bash`` / ``console``: each ``marketmsg …`` command runs through the CLI (``echo … |`` feeds standard input;
  a trailing ``| head`` is ignored) in a temporary directory; it must exit 0.
* ``toml`` preceded by ``<!-- docs-test: accounts -->``: an accounts file, loaded with ``load_accounts`` (every
  ``env:NAME`` given a value), so its adapters check its credentials and settings; other TOML must parse.

An HTML comment on the line before a block says otherwise (invisible in the rendered docs):

* ``<!-- docs-test: compile (why) -->``: Python that needs what a test cannot have (your database, a seller
  consent in a browser …) is only compiled (``…`` placeholders read as ``...``);
* ``<!-- docs-test: skip (why) -->``: not run at all (installs, servers that run until stopped);
* ``<!-- docs-test: exit=N -->``: the commands exit with N (a refused message exits 1).

Blocks without a language (diagrams, trees) are prose.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import re
import shlex
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
DOCS = [
    ROOT / "README.md",
    *sorted((ROOT / "docs").rglob("*.md")),
    *sorted(ROOT.glob("adapters/*/docs/*.md")),
]

_FENCE = re.compile(r"^(?P<indent> *)```(?P<lang>[A-Za-z0-9_+-]*)[^\n]*$")
_DIRECTIVE = re.compile(r"<!--\s*docs-test:\s*(?P<what>[^>]*?)\s*-->")
_REASON = re.compile(r"^(compile|skip)\s*\((?P<why>.+)\)$")


@dataclass(frozen=True)
class Block:
    path: Path
    line: int  # of the opening fence, 1-based
    lang: str
    code: str
    directive: str  # "", "compile (why)", "skip (why)", "exit=N", "accounts"

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"


def blocks_of(path: Path) -> Iterator[Block]:
    """The fenced blocks of a Markdown file, each with the directive on the line before it (if any)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        fence = _FENCE.match(lines[i])
        if fence is None:
            i += 1
            continue
        indent, lang = len(fence["indent"]), fence["lang"].lower()
        start = i
        body: list[str] = []
        i += 1
        while i < len(lines) and not re.match(rf"^ {{{indent}}}```\s*$", lines[i]):
            body.append(lines[i][indent:])
            i += 1
        found = _DIRECTIVE.search("\n".join(_comments_above(lines, start)))
        yield Block(path, start + 1, lang, "\n".join(body) + "\n", found["what"].strip() if found else "")
        i += 1


def _comments_above(lines: list[str], fence: int) -> list[str]:
    """The HTML comment lines right above a fence (blank lines between them allowed)."""
    found: list[str] = []
    for j in range(fence - 1, -1, -1):
        text = lines[j].strip()
        if not text:
            continue
        if not (text.startswith("<!--") and text.endswith("-->")):
            break
        found.append(text)
    return found


# ----------------------------------------------------------------------------------------------- python


class _SandboxWorld:
    """What Python fragments take for granted, built from the simulators the first time a file needs it."""

    def __init__(self, tmp: Path) -> None:
        import marketmsg
        from marketmsg.models import ConversationStatus
        from marketmsg.rules import RuleContext
        from marketmsg.sandbox import Sandbox
        from marketmsg.store import SqlStore

        self.sandbox = Sandbox.create()
        self.store = SqlStore(tmp / "docs-world.db")
        client = self.sandbox.client(outbox=self.store)
        conversations = client.conversations.list(status=ConversationStatus.AWAITING_SELLER).to_list(20)
        conversation = next(c for c in conversations if c.order_id and c.channel.value != "dispute")
        message = client.messages.list(conversation.id).to_list(1)[0]
        self.names: dict[str, Any] = {
            "marketmsg": marketmsg,
            "sandbox": self.sandbox,
            "client": client,
            "accounts": list(self.sandbox.accounts),
            "account": self.sandbox.accounts[0],
            "store": self.store,
            "conversation": conversation,
            "conv": conversation,
            "conversation_id": conversation.id,
            "message": message,
            "order_id": conversation.order_id,
            "text": f"Thank you for your message about order {conversation.order_id}.",
            "context": RuleContext(platform=conversation.platform),
            "today": datetime.now(UTC).date(),
            "yesterday": datetime.now(UTC) - timedelta(days=1),
            "notified_at": datetime.now(UTC),
        }

    def patched_clients(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """``Client``/``AsyncClient`` check the accounts they are given, then use the simulators' accounts."""
        import marketmsg
        from marketmsg._registry import get_adapter
        from marketmsg._settings import validate_settings

        sandbox = self.sandbox

        def check(accounts: Any) -> None:
            for account in accounts:
                adapter = get_adapter(account.platform)
                if adapter.settings_model is not None:
                    validate_settings(adapter.settings_model, account, display_name=adapter.display_name)

        def client(accounts: Any, **options: Any) -> Any:
            check(accounts)
            options.pop("http_client", None)
            return sandbox.client(**options)

        def async_client(accounts: Any, **options: Any) -> Any:
            check(accounts)
            options.pop("http_client", None)
            return sandbox.async_client(**options)

        monkeypatch.setattr(marketmsg, "Client", client)
        monkeypatch.setattr(marketmsg, "AsyncClient", async_client)

    def close(self) -> None:
        self.store.close()


def _compile(block: Block) -> Any:
    # Top-level ``await`` is allowed, as in an asyncio REPL: such a block runs in an event loop.
    return compile(block.code.replace("…", "..."), block.where, "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)


def _execute(code: Any, namespace: dict[str, Any]) -> None:
    if code.co_flags & inspect.CO_COROUTINE:
        asyncio.run(eval(code, namespace))  # the docs' own code: running it is the point of this test
    else:
        exec(code, namespace)


# ------------------------------------------------------------------------------------------------- shell


def _commands(code: str) -> Iterator[tuple[list[str], str | None]]:
    """``(marketmsg arguments, standard input)`` for each command line of a bash/console block."""
    for raw in code.splitlines():
        line = raw.strip().removeprefix("$ ").strip()
        if not line or line.startswith("#"):
            continue
        stages = [shlex.split(stage, comments=True) for stage in line.split(" | ")]
        stdin = None
        if stages[0][:1] == ["echo"]:
            stdin = " ".join(stages[0][1:]) + "\n"
            stages = stages[1:]
        command = stages[0]
        assert command[:1] == ["marketmsg"], f"only marketmsg commands run here, not {line!r}: mark the block"
        yield command[1:], stdin


def _run_shell(block: Block, expected: int) -> None:
    from marketmsg.cli import app

    runner = CliRunner()
    for args, stdin in _commands(block.code):
        result = runner.invoke(app, args, input=stdin, catch_exceptions=False)
        assert result.exit_code == expected, (
            f"{block.where}: `marketmsg {shlex.join(args)}` exited {result.exit_code}, expected {expected}:\n"
            f"{result.output}"
        )


def _accounts(block: Block, tmp: Path) -> None:
    from marketmsg import load_accounts

    path = tmp / "accounts.toml"
    path.write_text(block.code, encoding="utf-8")
    names = set(re.findall(r'"env:([A-Za-z_][A-Za-z0-9_]*)"', block.code))
    accounts = load_accounts(path, environ={name: f"docs-value-{name.lower()}" for name in names})
    assert accounts, f"{block.where}: no accounts"


# ------------------------------------------------------------------------------------------------- the test


@pytest.mark.parametrize("path", DOCS, ids=[str(p.relative_to(ROOT)) for p in DOCS])
def test_docs_code_blocks_run(
    path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    world: _SandboxWorld | None = None
    namespace: dict[str, Any] = {}
    try:
        for block in blocks_of(path):
            directive = block.directive
            reason = _REASON.match(directive)
            if (
                directive
                and not reason
                and directive not in ("accounts",)
                and not directive.startswith("exit=")
            ):
                pytest.fail(f"{block.where}: unknown directive {directive!r}")
            mode = reason.group(1) if reason else "run"
            if mode == "skip" or block.lang in ("", "text", "json", "yaml", "ini"):
                continue
            if block.lang in ("python", "py", "pycon"):
                code = _compile(block)
                if mode == "compile":
                    continue
                if world is None:
                    world = _SandboxWorld(tmp_path)
                    world.patched_clients(monkeypatch)
                    namespace.update(world.names)
                try:
                    _execute(code, namespace)
                except Exception as exc:
                    raise AssertionError(f"{block.where}: {type(exc).__name__}: {exc}") from exc
            elif block.lang in ("bash", "sh", "shell", "console"):
                assert mode != "compile", f"{block.where}: shell blocks run or are skipped"
                expected = int(directive.removeprefix("exit=")) if directive.startswith("exit=") else 0
                _run_shell(block, expected)
            elif block.lang == "toml":
                if directive == "accounts":
                    _accounts(block, tmp_path)
                else:
                    tomllib.loads(block.code)
            else:
                pytest.fail(f"{block.where}: no runner for {block.lang!r} blocks; add one or mark the block")
    finally:
        capsys.readouterr()
        if world is not None:
            world.close()


def test_every_skipped_or_compiled_block_says_why() -> None:
    for path in DOCS:
        for block in blocks_of(path):
            if block.directive.startswith(("skip", "compile")):
                assert _REASON.match(block.directive), (
                    f"{block.where}: say why: <!-- docs-test: skip (why) -->"
                )
