"""``marketmsg.testing`` on a user install: runtime helpers import, the pytest kit names the extra it needs."""

from __future__ import annotations

import subprocess
import sys

import pytest


def _run(code: str) -> subprocess.CompletedProcess[str]:
    blocker = "import sys\nfor m in ('pytest', '_pytest'): sys.modules[m] = None\n"
    return subprocess.run(
        [sys.executable, "-W", "error", "-c", blocker + code], capture_output=True, text=True, check=False
    )


def test_runtime_helpers_import_without_pytest() -> None:
    result = _run("from marketmsg.testing import Harness, Made, PlatformCalls\nprint('ok')")
    assert result.returncode == 0, result.stderr
    assert result.stdout == "ok\n"


def test_contract_kit_without_pytest_names_the_extra() -> None:
    result = _run(
        "from marketmsg import MarketmsgError\n"
        "try:\n"
        "    from marketmsg.testing import AdapterContract\n"
        "except ImportError as exc:\n"
        "    assert isinstance(exc, MarketmsgError), type(exc)\n"
        "    print(exc)\n"
    )
    assert result.returncode == 0, result.stderr
    assert "pytest is not installed" in result.stdout
    assert 'pip install "marketmsg[testing]"' in result.stdout


def test_contract_kit_imports_with_pytest() -> None:
    from marketmsg.testing import AdapterContract

    assert hasattr(AdapterContract, "test_declares_metadata")


def test_unknown_names_are_attribute_errors() -> None:
    import marketmsg.testing

    with pytest.raises(AttributeError, match="NoSuchThing"):
        marketmsg.testing.NoSuchThing  # noqa: B018


def test_no_runtime_module_imports_a_test_tool() -> None:
    """Every module of the core and of each installed adapter imports with the test tools absent (the contract
    kit excepted: it is the pytest suite; ``__main__`` modules run when imported)."""
    result = _run(
        "import importlib, pkgutil\n"
        "from importlib.metadata import entry_points\n"
        "for m in ('respx', 'hypothesis'): sys.modules[m] = None\n"
        "roots = ['marketmsg'] + sorted({ep.value.split(':')[0].split('.')[0]\n"
        "                                for ep in entry_points(group='marketmsg.adapters')})\n"
        "failed = []\n"
        "for root in roots:\n"
        "    package = importlib.import_module(root)\n"
        "    for info in pkgutil.walk_packages(package.__path__, root + '.'):\n"
        "        if info.name == 'marketmsg.testing._contract' or info.name.endswith('.__main__'):\n"
        "            continue\n"
        "        try:\n"
        "            importlib.import_module(info.name)\n"
        "        except ImportError as exc:\n"
        "            failed.append(f'{info.name}: {exc}')\n"
        "print(roots)\n"
        "assert not failed, failed\n"
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert "marketmsg_amazon" in result.stdout and "marketmsg_aliexpress" in result.stdout
