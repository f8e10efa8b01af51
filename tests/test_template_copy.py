"""A new marketplace is a copy away: copy ``adapters/fakemarket``, rename it, install it, pass the contract kit.

Exactly the steps of docs/adapters/writing-an-adapter.md, on a fresh name, with nothing outside the copied
folder changed: the renamed adapter is found through its own entry point, not registered by the test.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE = ROOT / "adapters" / "fakemarket"
NAME = "mymarket"  # the guide's example name


GUIDE = ROOT / "docs" / "adapters" / "writing-an-adapter.md"


def guide_copy_steps() -> str:
    """The shell block of the guide's step 1 (the one after its ``copy-steps`` marker)."""
    text = GUIDE.read_text(encoding="utf-8")
    found = re.search(r"<!-- copy-steps[^>]*-->\s*```bash\n(.*?)```", text, re.DOTALL)
    assert found is not None, "the guide lost its copy-steps block"
    return found.group(1)


def copy_and_rename(target: Path) -> Path:
    """Run the guide's step 1, verbatim, in ``target`` (which gets its own copy of the template folder)."""
    shutil.copytree(
        TEMPLATE,
        target / "adapters" / "fakemarket",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    subprocess.run(["bash", "-euo", "pipefail", "-c", guide_copy_steps()], cwd=target, check=True)
    return target / "adapters" / NAME


def _git_status() -> str | None:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        return None
    return subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout


def test_copied_and_renamed_template_passes_the_contract_kit(tmp_path: Path) -> None:
    before = _git_status()
    folder = copy_and_rename(tmp_path)
    leftovers = [
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if "fakemarket" in p.name.lower()
        or (p.is_file() and re.search("fakemarket", p.read_text(encoding="utf-8"), re.IGNORECASE))
    ]
    assert leftovers == [], f"the guide's rename left traces of the template: {leftovers}"

    # Install it as a user would (no editable link into the repository), beside the installed core.
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "--no-deps",
         "--no-build-isolation", "--target", str(site), str(folder)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert install.returncode == 0, install.stderr[-3000:]
    env = {**os.environ, "PYTHONPATH": str(site)}
    env.pop("PYTHONWARNINGS", None)

    found = subprocess.run(
        [sys.executable, "-W", "error", "-c",
         "from marketmsg import available_adapters, get_adapter\n"
         "cls = get_adapter('mymarket')\n"
         "print(cls.__module__, cls.display_name, 'fakemarket' in available_adapters())"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    assert found.returncode == 0, found.stderr[-3000:]
    assert found.stdout.split() == ["marketmsg_mymarket._adapter", "Mymarket", "True"]

    # Only pytest's own plugins: the kit needs no other, and the dev tools' plugins would only slow it down.
    kit_env = {**env, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    kit = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-W", "error", "-p", "no:cacheprovider", "--rootdir",
         str(folder), str(folder / "tests")],
        capture_output=True, text=True, env=kit_env, cwd=tmp_path, timeout=300, check=False,
    )  # fmt: skip
    assert kit.returncode == 0, kit.stdout[-4000:] + kit.stderr[-2000:]
    passed = re.search(r"(\d+) passed", kit.stdout)
    assert passed is not None and int(passed.group(1)) >= 20, kit.stdout[-2000:]
    assert "failed" not in kit.stdout and "error" not in kit.stdout.lower()

    if before is not None:
        assert _git_status() == before, "copying an adapter must change no file of the repository"


def test_template_folder_is_self_contained() -> None:
    """Everything the copy needs is in the folder: its own pyproject, package, tests and docs."""
    assert (TEMPLATE / "pyproject.toml").is_file()
    assert (TEMPLATE / "src" / "marketmsg_fakemarket" / "py.typed").is_file()
    assert (TEMPLATE / "tests" / "test_contract.py").is_file()
    assert (TEMPLATE / "docs" / "fakemarket.md").is_file()


def test_guide_renames_everything(tmp_path: Path) -> None:
    folder = copy_and_rename(tmp_path)
    assert (folder / "src" / "marketmsg_mymarket" / "__init__.py").is_file()
    pyproject = (folder / "pyproject.toml").read_text(encoding="utf-8")
    assert 'name = "marketmsg-mymarket"' in pyproject
    assert 'mymarket = "marketmsg_mymarket:MymarketAdapter"' in pyproject
