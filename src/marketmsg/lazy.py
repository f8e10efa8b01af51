"""Lazy package exports (PEP 562): a package names what it exports and from where; each name is imported on
first access, so ``import marketmsg`` costs what the few modules it really needs cost, not the whole SDK.

A package using it keeps ``__all__`` and imports every exported name under ``if TYPE_CHECKING:`` too, so type
checkers and IDEs see the same names as before::

    if TYPE_CHECKING:
        from ._client import Client
    __getattr__, __dir__ = lazy_exports(__name__, {"._client": ("Client",)})

The first access imports the module and stores the value in the package's namespace: later accesses are plain
attribute lookups, ``__getattr__`` is not called again.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar

__all__ = ["lazy_attribute", "lazy_exports"]

T = TypeVar("T")
_UNSET: Any = object()


def lazy_exports(
    package: str,
    exports: Mapping[str, Iterable[str]],
    *,
    submodules: Iterable[str] = (),
    public_module: str | None = None,
) -> tuple[Callable[[str], object], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package``.

    ``exports`` maps a module (relative to the package, e.g. ``"._client"``, or absolute) to the names it provides.
    ``submodules`` are subpackages reachable as attributes (``marketmsg.rules``) without an explicit import.
    ``public_module``: classes defined in the package's private modules (``<package>._x``) are shown as living in
    it (``marketmsg.Client`` rather than ``marketmsg._client.Client`` in reprs and docs).
    """
    where: dict[str, str] = {name: module for module, names in exports.items() for name in names}
    children = frozenset(submodules)
    private_prefix = f"{package}._"

    def __getattr__(name: str) -> object:
        module_name = where.get(name)
        if module_name is None:
            if name in children:
                return importlib.import_module(f"{package}.{name}")
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module_name, package), name)
        if (
            public_module is not None
            and isinstance(value, type)
            and value.__module__.startswith(private_prefix)
        ):
            # A built-in or otherwise read-only class keeps its own module.
            with contextlib.suppress(AttributeError, TypeError):
                value.__module__ = public_module
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted(set(vars(sys.modules[package])) | set(where) | children)

    return __getattr__, __dir__


class lazy_attribute(Generic[T]):
    """A class attribute imported on first access, e.g. an adapter's rule pack::

        rule_pack = lazy_attribute[RulePack]("marketmsg_amazon.rules:AMAZON_RULES")

    Reading it on the class or an instance imports ``module`` and returns ``module.NAME`` (the same object every
    time), so an adapter's rule tables load when the first check needs them, not when the adapter is imported.
    """

    def __init__(self, target: str) -> None:
        module, _, name = target.partition(":")
        if not module or not name:
            raise ValueError(f"lazy_attribute needs 'module:NAME', got {target!r}")
        self.module, self.name = module, name
        self._value: T = _UNSET

    def __get__(self, instance: object, owner: type | None = None) -> T:
        value = self._value
        if value is _UNSET:
            value = self._value = getattr(importlib.import_module(self.module), self.name)
        return value

    def __repr__(self) -> str:
        return f"lazy_attribute({self.module}:{self.name})"
