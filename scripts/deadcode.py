"""Dead code in what we ship: vulture at 60 % confidence (its lowest: unused functions, methods, classes,
properties and variables, beside unused imports and unreachable code), over the core and every adapter.

Run by ``python3 dev.py lint`` (so in CI); exits 1 and lists each finding. Code counts as used when anything in
the repository uses it — tests, examples, benchmarks and scripts included — but only shipped code
(``src/``, ``adapters/*/src/``) is reported.

Not findings, by rule rather than by a list of names:

* class-body names of data classes (pydantic models, dataclasses, enums, named tuples), and assignments to
  those fields (``report.disputes_seen = n``): fields and enum members are data that validation,
  serialisation, ``raw`` and callers read, not code;
* methods a framework calls (below: ``httpx.Auth`` flows, SQLAlchemy type decorators, ``http.server``
  handlers, the email package's header parser, mkdocs hooks, module ``__getattr__``), and functions registered
  by a decorator (validators, CLI commands, simulator routes, SQLAlchemy event listeners, ``@override``).
"""

from __future__ import annotations

import ast
import sys
from functools import cache
from pathlib import Path

from vulture import Vulture

ROOT = Path(__file__).resolve().parent.parent
MIN_CONFIDENCE = 60
USED_BY = ["tests", "examples", "benchmarks", "scripts", "dev.py", "conftest.py"]

# Called by a framework, never by our code.
FRAMEWORK_NAMES = [
    "auth_flow",  # httpx.Auth
    "sync_auth_flow",
    "async_auth_flow",
    "requires_response_body",
    "load_dialect_impl",  # sqlalchemy TypeDecorator
    "process_bind_param",
    "process_result_value",
    "impl",
    "cache_ok",
    "do_*",  # http.server.BaseHTTPRequestHandler
    "log_message",
    "protocol_version",
    "disable_nagle_algorithm",  # socketserver.StreamRequestHandler
    "_get_params_preserve",  # email.message.Message header parameters
    "_missing_",  # enum.Enum
    "__getattr__",  # module-level lazy attributes (PEP 562)
    "on_config",  # mkdocs hooks
    "on_files",
    "itersize",  # psycopg cursor option
    "isolation_level",  # sqlite3 connection option
    "exc_type",  # __exit__ / __aexit__ protocol arguments
    "exc",
    "tb",
    "instance",  # descriptor protocol (__get__) arguments
    "owner",
    "secret_patterns",  # rule-pack / adapter hooks the core reads with getattr (marketmsg.adapter)
    "secret_fields",
    "on_broken_pipe",  # rich.console.Console hook (cli._output: a reader that stopped reading)
    "quiet",  # rich.console.Console attribute the hook sets
]
# Functions registered by their decorator: the registry calls them.
FRAMEWORK_DECORATORS = [
    "@field_validator",
    "@model_validator",
    "@*.command",  # typer
    "@*.callback",
    "@*.listens_for",  # sqlalchemy events
    "@api",  # the AliExpress simulator's route table
    "@override",  # an Adapter (or other base class) hook: the base class calls it
    "@pytest.fixture",
    "@pytest.hookimpl",
]
DATA_BASES = {"BaseModel", "MarketmsgModel", "Enum", "StrEnum", "IntEnum", "NamedTuple", "TypedDict"}


def shipped(path: Path) -> bool:
    relative = path.resolve().relative_to(ROOT).parts
    return relative[0] == "src" or (len(relative) > 2 and relative[0] == "adapters" and relative[2] == "src")


def shipped_files() -> list[Path]:
    return sorted([*ROOT.glob("src/**/*.py"), *ROOT.glob("adapters/*/src/**/*.py")])


@cache
def data_classes() -> frozenset[str]:
    """Names of every data class in shipped code, including subclasses of our own (``class X(_Wire)``)."""
    classes = [
        node
        for path in shipped_files()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ClassDef)
    ]
    names = {n.name for n in classes if _is_data_class(n)} | DATA_BASES
    while True:  # subclasses of data classes, to a fixpoint
        more = {n.name for n in classes if n.name not in names and {_name(b) for b in n.bases} & names}
        if not more:
            return frozenset(names)
        names |= more


@cache
def data_fields() -> frozenset[str]:
    """Field names declared by the data classes of shipped code."""
    fields: set[str] = set()
    for path in shipped_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and node.name in data_classes():
                for statement in node.body:
                    if isinstance(statement, ast.AnnAssign | ast.Assign):
                        fields.update(t.id for t in _targets(statement) if isinstance(t, ast.Name))
    return frozenset(fields)


@cache
def data_class_lines(path: Path) -> frozenset[int]:
    """Lines of class-body assignments in the data classes of ``path`` (fields, enum members)."""
    lines: set[int] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ClassDef) and node.name in data_classes():
            lines.update(s.lineno for s in node.body if isinstance(s, ast.AnnAssign | ast.Assign))
    return frozenset(lines)


def _is_data_class(node: ast.ClassDef) -> bool:
    decorators = {_name(d.func if isinstance(d, ast.Call) else d) for d in node.decorator_list}
    declares_config = any(
        isinstance(s, ast.AnnAssign | ast.Assign)
        and any(isinstance(t, ast.Name) and t.id == "model_config" for t in _targets(s))
        for s in node.body
    )
    return bool({_name(b) for b in node.bases} & DATA_BASES) or "dataclass" in decorators or declares_config


def _targets(statement: ast.AnnAssign | ast.Assign) -> list[ast.expr]:
    return [statement.target] if isinstance(statement, ast.AnnAssign) else list(statement.targets)


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        return _name(node.value)
    return ""


def findings() -> list[str]:
    vulture = Vulture(ignore_names=FRAMEWORK_NAMES, ignore_decorators=FRAMEWORK_DECORATORS)
    code = [
        "src",
        *(str(p.parent.relative_to(ROOT) / "src") for p in sorted(ROOT.glob("adapters/*/pyproject.toml"))),
    ]
    users = [*USED_BY, *(str(p.relative_to(ROOT)) for p in sorted(ROOT.glob("adapters/*/tests")))]
    vulture.scavenge([str(ROOT / p) for p in [*code, *users] if (ROOT / p).exists()])
    found = []
    for item in vulture.get_unused_code(min_confidence=MIN_CONFIDENCE):
        path = Path(item.filename)
        if not shipped(path):
            continue
        if item.typ == "variable" and item.first_lineno in data_class_lines(path):
            continue
        if item.typ == "attribute" and item.name in data_fields():
            continue
        found.append(f"{path.resolve().relative_to(ROOT)}:{item.first_lineno}: {item.message} "
                     f"({item.confidence}% confidence)")  # fmt: skip
    return found


def main() -> int:
    found = findings()
    for line in found:
        print(line)
    if found:
        print(
            f"\n{len(found)} unused name(s) in shipped code (vulture ≥ {MIN_CONFIDENCE}%): delete them, or, for a "
            "framework entry point, add the name or decorator to scripts/deadcode.py",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
