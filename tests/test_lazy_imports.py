"""Imports cost what they use: ``import marketmsg`` and the client path load nothing heavy until it is needed.

What is pinned here is *which* modules load (checked in fresh interpreters); how long imports take is measured by
``benchmarks/import_time.py``, never asserted.
"""

from __future__ import annotations

import ast
import builtins
import dis
import importlib
import json
import subprocess
import sys
from pathlib import Path
from types import CodeType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_DIRS = [ROOT / "src", *sorted((ROOT / "adapters").glob("*/src"))]

#: Never loaded by the library on import: adapters, the CLI, the store, templates, the phone-number tables.
HEAVY = (
    "marketmsg_amazon",
    "marketmsg_aliexpress",
    "marketmsg_fakemarket",
    "sp_api",
    "marketmsg.cli",
    "typer",
    "sqlalchemy",
    "jinja2",
    "babel",
    "phonenumbers",
    "redis",
)
#: Never loaded by importing the library or the adapters, nor by building a client: CLI-only and store-only stacks.
HEAVY_EVERYWHERE = ("marketmsg.cli", "typer", "sqlalchemy", "jinja2", "babel", "phonenumbers")
#: The local platform servers: loaded by tests and the sandbox, never by a client talking to the real platform.
SIMULATORS = (
    "marketmsg_amazon.simulator",
    "marketmsg_aliexpress.simulator",
    "marketmsg_fakemarket.simulator",
)
#: Loaded at the first relay-mail operation (or by a sandbox), not when an Amazon client is built.
RELAY_ON_USE = (
    "marketmsg_amazon.relay._parse",
    "marketmsg_amazon.relay._mailbox",
    "marketmsg_amazon.relay._smtp",
    "marketmsg_amazon.relay._generator",
    "marketmsg_amazon.relay._store",
    "marketmsg_amazon.relay._claims",
    "sqlite3",
    "dkim",
    "dns",
    "imaplib",
    "smtplib",
    "aiosmtplib",
    "cryptography",
)
#: Built on the first content check, not when a client or an adapter is created.
RULE_TABLES = ("marketmsg.rules._content", "marketmsg.rules._contact", "marketmsg.rules._lexicon")
#: What a built client may load of the rules: the engine that runs packs, not one table, phrase family or phone
#: gate (a new rules module imported by the engine itself belongs here only if it builds nothing on import).
RULE_ENGINE = {
    "marketmsg.rules",
    "marketmsg.rules._engine",
    "marketmsg.rules._types",
    "marketmsg.rules._allowance",
}

_ACCOUNTS = """
from marketmsg import Account
ACCOUNTS = [
    Account(platform="amazon", seller_id="A1LAZY", marketplaces=("ATVPDKIKX0DER",),
            credentials={"refresh_token": "Atzr|lazy-test", "lwa_app_id": "amzn1.application-oa2-client.lazy",
                         "lwa_client_secret": "lazy-secret-value"}),
    Account(platform="aliexpress", seller_id="cnlazy",
            credentials={"app_key": "12345678", "app_secret": "lazy-secret-value", "access_token": "lazy-token"}),
]
"""


def loaded_after(code: str) -> set[str]:
    """Module names in ``sys.modules`` after running ``code`` in a fresh interpreter."""
    script = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    return set(json.loads(out.splitlines()[-1]))


def heavy(modules: set[str], names: tuple[str, ...] = HEAVY) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_import_marketmsg_loads_no_adapter_cli_store_templates_or_phone_tables() -> None:
    loaded = loaded_after("import marketmsg")
    assert heavy(loaded) == []
    # Not even the HTTP stack or the models: a bare import is the exceptions and a lazy table of names.
    assert heavy(loaded, ("httpx", "pydantic", "tenacity", "marketmsg.models", "marketmsg.rules")) == []


def test_the_client_classes_load_nothing_until_a_client_is_built() -> None:
    loaded = loaded_after("from marketmsg import AsyncClient, Client")
    assert heavy(loaded) == []
    # The HTTP stack, the models, the transport and the flows load when the first client is built.
    built_later = ("httpx", "pydantic", "marketmsg.models", "marketmsg.transport", "marketmsg._operations")
    assert heavy(loaded, built_later) == []
    assert heavy(loaded, RULE_TABLES) == []


def test_importing_the_adapters_loads_nothing_until_an_account_uses_them() -> None:
    loaded = loaded_after("import marketmsg, marketmsg_amazon, marketmsg_aliexpress, marketmsg_fakemarket")
    adapters = ("marketmsg_amazon._adapter", "marketmsg_aliexpress._adapter", "marketmsg_fakemarket._adapter")
    assert heavy(loaded, (*adapters, "sp_api")) == []
    assert heavy(loaded, (*HEAVY_EVERYWHERE, *SIMULATORS, *RULE_TABLES)) == []
    assert heavy(loaded, ("httpx", "pydantic", "authlib")) == []


def test_a_client_with_accounts_loads_rule_tables_only_at_the_first_check() -> None:
    built = loaded_after(f"{_ACCOUNTS}\nfrom marketmsg import Client\nClient(ACCOUNTS).close()")
    assert "marketmsg_amazon._adapter" in built and "marketmsg_aliexpress._adapter" in built
    assert {"httpx", "marketmsg.models", "marketmsg._operations"} <= built
    assert heavy(built, ("marketmsg_fakemarket",)) == []
    # An account without relay mail loads no mail parser, DKIM/DNS, IMAP, SMTP or sandbox mail generator.
    assert heavy(built, RELAY_ON_USE) == []
    # rich is httpx's own business (its CLI, imported by ``import httpx`` when rich is installed): allowed only
    # when httpx alone loads it too.
    if heavy(built, ("rich",)):
        assert heavy(loaded_after("import httpx"), ("rich",))
    assert heavy(built, (*HEAVY_EVERYWHERE, *SIMULATORS, *RULE_TABLES)) == []
    rules = heavy(built, ("marketmsg.rules", "marketmsg_amazon.rules", "marketmsg_aliexpress.rules"))
    assert sorted(set(rules) - RULE_ENGINE) == []
    checked = loaded_after(
        f"{_ACCOUNTS}\nfrom marketmsg import Client\nfrom marketmsg.rules import check\n"
        "check('Call me at +1 206 555 0100', platform='amazon')"
    )
    assert "marketmsg.rules._content" in checked


def _lazy_packages() -> list[Path]:
    return sorted(
        path
        for base in PACKAGE_DIRS
        for path in base.rglob("__init__.py")
        if "lazy_exports" in path.read_text(encoding="utf-8")
    )


def _module_name(path: Path) -> str:
    base = next(b for b in PACKAGE_DIRS if path.is_relative_to(b))
    return ".".join(path.parent.relative_to(base).parts)


def _statically_visible(tree: ast.Module) -> set[str]:
    """Names a type checker sees: imported at top level or under ``if TYPE_CHECKING`` / ``if _typing.TYPE_CHECKING``."""
    names: set[str] = set()
    for node in tree.body:
        body = [node]
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            body = node.body
        for stmt in body:
            if isinstance(stmt, ast.ImportFrom | ast.Import):
                names.update(alias.asname or alias.name.split(".")[0] for alias in stmt.names)
            elif isinstance(stmt, ast.Assign | ast.AnnAssign | ast.ClassDef | ast.FunctionDef):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", stmt)]
                names.update(t.id for t in targets if isinstance(t, ast.Name))
                if isinstance(stmt, ast.ClassDef | ast.FunctionDef):
                    names.add(stmt.name)
    return names


@pytest.mark.parametrize("path", _lazy_packages(), ids=_module_name)
def test_lazy_packages_keep_every_public_name_for_users_and_type_checkers(path: Path) -> None:
    module = importlib.import_module(_module_name(path))
    public = list(module.__all__)
    assert public, "a lazy package declares __all__"
    visible = _statically_visible(ast.parse(path.read_text(encoding="utf-8")))
    assert sorted(set(public) - visible) == [], "import these under TYPE_CHECKING so type checkers see them"
    for name in public:
        getattr(module, name)  # resolves (imports its module) without error
    assert set(public) <= set(dir(module))
    with pytest.raises(AttributeError, match="no attribute 'definitely_not_exported'"):
        _ = module.definitely_not_exported


@pytest.mark.parametrize("path", _lazy_packages(), ids=_module_name)
def test_every_public_name_resolves_from_a_cold_start(path: Path) -> None:
    # A fresh interpreter: a lazy name whose module is missing, renamed or caught in an import cycle fails here
    # even when other tests have already imported its module into this process.
    package = _module_name(path)
    loaded = loaded_after(
        f"from {package} import *\nimport {package}\nassert set({package}.__all__) <= set(dir())"
    )
    assert package in loaded


def _globals_read(code: CodeType) -> set[str]:
    names = {i.argval for i in dis.get_instructions(code) if i.opname == "LOAD_GLOBAL"}
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names |= _globals_read(const)
    return names


@pytest.mark.parametrize("module_name", ["marketmsg._client_async", "marketmsg._client_sync"])
def test_every_name_the_client_code_reads_is_bound_once_a_client_is_built(module_name: str) -> None:
    # The clients import their collaborators when the first client is built (_import_collaborators): a name
    # used at run time but imported only under TYPE_CHECKING would be a NameError on some call.
    from marketmsg import Account, AsyncClient, Client

    account = Account(platform="fakemarket", seller_id="S1", credentials={"api_key": "unused"})
    Client([account]).close()
    AsyncClient([account])
    module = importlib.import_module(module_name)
    source = Path(module.__file__ or "").read_text(encoding="utf-8")
    read = _globals_read(compile(source, module.__file__ or "", "exec"))
    unbound = sorted(n for n in read if n not in vars(module) and not hasattr(builtins, n))
    assert unbound == []
