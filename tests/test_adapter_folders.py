"""Adapters are folders: each ``adapters/<name>/`` is a distribution that imports only the core's public names,
and every tool (dev.py, pytest, mypy, ruff, the docs) finds it by folder, so adding one touches no core file."""

from __future__ import annotations

import ast
import importlib.util
import re
import tomllib
from importlib.metadata import distribution, entry_points
from pathlib import Path
from types import ModuleType

import pytest

from marketmsg import get_adapter

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = sorted(p.parent for p in (ROOT / "adapters").glob("*/pyproject.toml"))
# Files that configure or run the whole repository: none may name one adapter's folder.
CORE_FILES = ["pyproject.toml", "dev.py", "mkdocs.yml", ".ci/run", "conftest.py"]


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _private_core_imports(path: Path, root: Path = ROOT) -> list[str]:
    """``marketmsg._x`` modules, or ``_names`` taken from the core, imported by ``path``."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            modules = [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            modules = [(node.module, alias.name) for alias in node.names]
        else:
            continue
        for module, name in modules:
            parts = module.split(".")
            if parts[0] != "marketmsg":
                continue
            private_name = (name or "").startswith("_") and not (name or "").endswith("__")
            if any(p.startswith("_") for p in parts[1:]) or private_name:
                found.append(
                    f"{path.relative_to(root)}:{node.lineno}: {module}{f' import {name}' if name else ''}"
                )
    return found


def test_adapter_folders_exist() -> None:
    assert {f.name for f in FOLDERS} >= {"amazon", "aliexpress", "fakemarket"}


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_adapter_imports_only_public_core_names(folder: Path) -> None:
    """Its code and its tests (a copied template carries both): private core modules may change any day."""
    offenders = [hit for path in sorted(folder.rglob("*.py")) for hit in _private_core_imports(path)]
    assert offenders == [], "import these from marketmsg.adapter (or another public module) instead"


@pytest.mark.parametrize(
    "line",
    [
        "from marketmsg._effects import run_flow_sync",
        "import marketmsg._redact",
        "from marketmsg.store._driver import StoreDriver",
        "from marketmsg.adapter import _unsupported",
        "from marketmsg import _client",
    ],
)
def test_private_core_import_check_catches(line: str, tmp_path: Path) -> None:
    module = tmp_path / "mod.py"
    module.write_text(f"{line}\nfrom marketmsg.adapter import Adapter, override\nfrom . import _local\n")
    assert [hit.split(": ", 1)[1] for hit in _private_core_imports(module, root=tmp_path)] == [
        line.removeprefix("from ").removeprefix("import ")
    ]


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_adapter_folder_is_an_installed_distribution(folder: Path) -> None:
    project = tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert distribution(project["name"]).version == project["version"]
    assert any(dep.startswith("marketmsg>=") for dep in project["dependencies"]), "pin the core's range"
    declared = project["entry-points"]["marketmsg.adapters"]
    installed = {ep.name: ep.value for ep in entry_points(group="marketmsg.adapters")}
    for name, target in declared.items():
        assert installed.get(name) == target
        assert get_adapter(name).name == name
    assert (folder / "tests").is_dir(), "each adapter runs its own tests (the contract kit at least)"


# The roles every adapter splits its code into, under the same names (docs/adapters/writing-an-adapter.md).
ROLES = {
    "_adapter": "the Adapter subclass: metadata, each hook handing over to a flow",
    "_settings": "the Account.settings schema",
    "_limits": "the platform's operations and published rate limits, as data",
    "auth": "how a request proves who sends it",
    "_response": "the boundary every answer passes through (parsed once, typed errors)",
    "rules": "the rule pack",
    "simulator": "the fake platform",
}


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_adapter_splits_its_code_like_the_others(folder: Path) -> None:
    [package] = [p for p in (folder / "src").iterdir() if p.is_dir() and p.name.startswith("marketmsg_")]
    present = {p.stem for p in package.glob("*.py")} | {p.name for p in package.iterdir() if p.is_dir()}
    missing = {role: why for role, why in ROLES.items() if role not in present}
    assert missing == {}, f"{package.name} lacks the modules of these roles"


def test_dev_py_discovers_adapters_by_folder(tmp_path: Path) -> None:
    dev = _load(ROOT / "dev.py")
    assert dev.adapter_folders() == [f"adapters/{f.name}" for f in FOLDERS]
    assert [".", *dev.adapter_folders()] == dev.PACKAGES
    for folder in dev.adapter_folders():
        assert f"{folder}/src" in dev.TYPED_PATHS and f"{folder}/src" in dev.FORMAT_PATHS
    (tmp_path / "adapters" / "newmarket").mkdir(parents=True)
    (tmp_path / "adapters" / "newmarket" / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    (tmp_path / "adapters" / "notes").mkdir()  # a folder without a pyproject is not an adapter
    assert dev.adapter_folders(tmp_path) == ["adapters/newmarket"]


@pytest.mark.parametrize(
    ("args", "added"),
    [
        ([], ["-n", "auto", "--dist", "worksteal"]),
        (["-q", "tests/rules"], ["-n", "auto", "--dist", "worksteal"]),
        (["-k", "no_match"], ["-n", "auto", "--dist", "worksteal"]),  # a -k expression is no worker count
        (["--dist", "loadfile"], ["-n", "auto"]),  # the caller's distribution stands
        (["--dist=loadscope"], ["-n", "auto"]),
        (["-n", "0"], []),
        (["-n3"], []),
        (["--numprocesses=4"], []),
        (["--numprocesses", "4"], []),
        (["-p", "no:xdist"], []),
    ],
)
def test_dev_py_test_runs_on_every_core_unless_told(args: list[str], added: list[str]) -> None:
    assert _load(ROOT / "dev.py").parallel(args) == added


def test_tools_find_adapters_by_glob() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "adapters/*/tests" in config["tool"]["pytest"]["ini_options"]["testpaths"]
    assert "adapters/*/src" in config["tool"]["ruff"]["src"]
    assert "adapters/*/src" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", CORE_FILES)
def test_no_core_file_names_an_adapter(name: str) -> None:
    """Neither an adapter's folder nor its pages (``adapters/amazon.md``) are named: tools glob ``adapters/*``."""
    text = (ROOT / name).read_text(encoding="utf-8")
    named = sorted(
        {f.name for f in FOLDERS if re.search(rf"adapters/{re.escape(f.name)}(?![A-Za-z0-9_])", text)}
    )
    assert named == [], f"{name} names adapters {named}: find them with adapters/*/ instead"


def test_docs_hook_publishes_every_adapters_pages(tmp_path: Path) -> None:
    hook = _load(ROOT / "scripts" / "mkdocs_adapters.py")
    pages = hook.adapter_pages()
    for folder in FOLDERS:
        for page in (folder / "docs").glob("*.md"):
            assert pages[f"adapters/{page.name}"] == page
    for name, page in (("zeta", "zeta.md"), ("alpha", "alpha-extra.md"), ("alpha", "alpha.md")):
        (tmp_path / "adapters" / name / "docs").mkdir(parents=True, exist_ok=True)
        (tmp_path / "adapters" / name / "pyproject.toml").write_text("")
        (tmp_path / "adapters" / name / "docs" / page).write_text(f"# {page}\n")
    assert list(hook.adapter_pages(tmp_path)) == [
        "adapters/alpha.md",  # an adapter's own page first, then its others, adapters sorted
        "adapters/alpha-extra.md",
        "adapters/zeta.md",
    ]


NEW_ADAPTER = """
from marketmsg.adapter import Adapter, Flow, override
from marketmsg.models import Conversation


class ZmarketAdapter(Adapter):
    name = "zmarket"
    display_name = "Zmarket"

    def get_conversation(self, native_id: str) -> Flow[Conversation]:
        raise NotImplementedError

    @override
    def mark_raed(self, conversation_native_id: str) -> Flow[None]:
        raise NotImplementedError

    @override
    def mark_read(self, conversation_native_id: str) -> Flow[None]:
        raise NotImplementedError
"""


@pytest.mark.slow
def test_type_check_wants_override_in_any_new_adapter(tmp_path: Path) -> None:
    """mypy's explicit-override check covers an adapter package nobody listed in the configuration: an override
    without ``@override`` and an ``@override`` that overrides nothing (a misspelt hook) both fail lint."""
    from mypy import api

    package = tmp_path / "marketmsg_zmarket"
    package.mkdir()
    (package / "__init__.py").write_text(NEW_ADAPTER, encoding="utf-8")
    report, _, status = api.run(
        ["--config-file", str(ROOT / "pyproject.toml"), "--cache-dir", str(tmp_path / ".mypy"), str(package)]
    )
    errors = sorted(
        (int(line.split(":")[1]), line.rsplit("[", 1)[-1].rstrip("]"))
        for line in report.splitlines()
        if ": error: " in line
    )
    assert status == 1
    assert errors == [(10, "explicit-override"), (14, "misc")], report
