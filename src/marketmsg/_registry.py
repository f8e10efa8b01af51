"""Finding adapters: entry points (group ``marketmsg.adapters``) loaded lazily, plus explicit registration.

Only the adapter asked for is imported. A broken adapter that is *not* asked for only warns (when listing), so one
bad third-party package cannot take the SDK down. ``MARKETMSG_DISABLE_ADAPTERS=a,b`` hides installed adapters.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import threading
import warnings
from collections.abc import Iterator
from importlib.metadata import EntryPoint, entry_points

from ._exceptions import AdapterLoadError, UnknownAdapterError
from ._version import ADAPTER_API_VERSION
from .adapter import Adapter, _register_shapes

__all__ = ["ENTRY_POINT_GROUP", "available_adapters", "get_adapter", "register_adapter", "unregister_adapter"]

ENTRY_POINT_GROUP = "marketmsg.adapters"

_lock = threading.Lock()
_explicit: dict[str, type[Adapter] | str] = {}
_loaded: dict[str, type[Adapter]] = {}


def register_adapter(name: str, adapter: type[Adapter] | str) -> None:
    """Register an adapter class, or a ``"package.module:Class"`` path loaded on first use.

    Explicit registrations win over installed entry points (useful in tests and for private adapters).
    """
    with _lock:
        _explicit[name] = adapter
        _loaded.pop(name, None)


def unregister_adapter(name: str) -> None:
    """Forget an explicit registration (installed entry points stay visible)."""
    with _lock:
        _explicit.pop(name, None)
        _loaded.pop(name, None)


@contextlib.contextmanager
def registered_for_a_while(name: str, adapter: type[Adapter]) -> Iterator[None]:
    """``adapter`` under ``name`` inside the block (winning over an installed one), as it was afterwards.

    The contract kit tests the class it is given, even a subclass of an installed adapter sharing its name.
    """
    with _lock:
        previous = _explicit.get(name)
        _explicit[name] = adapter
        _loaded.pop(name, None)
    try:
        yield
    finally:
        with _lock:
            if previous is None:
                _explicit.pop(name, None)
            else:
                _explicit[name] = previous
            _loaded.pop(name, None)


def _disabled() -> set[str]:
    return {n.strip() for n in os.environ.get("MARKETMSG_DISABLE_ADAPTERS", "").split(",") if n.strip()}


def _entry_points() -> dict[str, list[EntryPoint]]:
    found: dict[str, list[EntryPoint]] = {}
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        found.setdefault(ep.name, []).append(ep)
    return found


def available_adapters() -> list[str]:
    """Names of every registered or installed (and not disabled) adapter, sorted. Imports nothing."""
    disabled = _disabled()
    names = set(_explicit) | {n for n in _entry_points() if n not in disabled}
    return sorted(names)


def get_adapter(name: str) -> type[Adapter]:
    """The adapter class for ``name``, importing it on first use.

    Raises :class:`UnknownAdapterError` (with a did-you-mean suggestion) or :class:`AdapterLoadError`.
    """
    with _lock:
        if name in _loaded:
            return _loaded[name]
        explicit = _explicit.get(name)
    target: type[Adapter] | str | EntryPoint = explicit if explicit is not None else _from_entry_points(name)
    cls = _resolve(name, target)
    _check(name, cls)
    # Its secret shapes mask from the moment the class is known, not only once an account is built: a user may
    # log an authorization redirect (``spapi_oauth_code``) before creating any client.
    _register_shapes(cls)
    with _lock:
        _loaded[name] = cls
    return cls


def _from_entry_points(name: str) -> EntryPoint:
    eps = {} if name in _disabled() else _entry_points()
    candidates = eps.get(name, [])
    if not candidates:
        known = available_adapters()
        import difflib  # only for this error's suggestion

        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        raise UnknownAdapterError(name, suggestion=close[0] if close else None, known=known)
    targets = {ep.value for ep in candidates}
    if len(targets) > 1:
        owners = ", ".join(sorted(f"{ep.value} ({_dist_name(ep)})" for ep in candidates))
        raise AdapterLoadError(
            f"two installed packages both provide adapter {name!r}: {owners}; uninstall one"
        )
    return candidates[0]


def _dist_name(ep: EntryPoint) -> str:
    dist = getattr(ep, "dist", None)
    return getattr(dist, "name", "unknown distribution") if dist is not None else "unknown distribution"


def _resolve(name: str, target: type[Adapter] | str | EntryPoint) -> type[Adapter]:
    try:
        if isinstance(target, EntryPoint):
            loaded: object = target.load()
        elif isinstance(target, str):
            module_name, _, attr = target.partition(":")
            loaded = importlib.import_module(module_name)
            for part in attr.split(".") if attr else []:
                loaded = getattr(loaded, part)
        else:
            loaded = target
    except Exception as exc:
        raise AdapterLoadError(f"adapter {name!r} failed to load: {type(exc).__name__}: {exc}") from exc
    if not (isinstance(loaded, type) and issubclass(loaded, Adapter)):
        raise AdapterLoadError(f"adapter {name!r} is {loaded!r}, not a subclass of marketmsg.adapter.Adapter")
    return loaded


def _check(name: str, cls: type[Adapter]) -> None:
    version = getattr(cls, "adapter_api_version", None)
    if version != ADAPTER_API_VERSION:
        raise AdapterLoadError(
            f"adapter {name!r} ({cls.__module__}) implements adapter API version {version}, but this marketmsg "
            f"speaks version {ADAPTER_API_VERSION}; upgrade the adapter package or marketmsg so they match"
        )
    if getattr(cls, "name", None) != name:
        raise AdapterLoadError(f"adapter registered as {name!r} declares name {getattr(cls, 'name', None)!r}")


def load_all(*, warn: bool = True) -> dict[str, type[Adapter]]:
    """Load every available adapter; a broken one is skipped with a warning instead of an exception."""
    result: dict[str, type[Adapter]] = {}
    for name in available_adapters():
        try:
            result[name] = get_adapter(name)
        except AdapterLoadError as exc:
            if warn:
                warnings.warn(
                    f"marketmsg: skipping adapter {name!r}: {exc.message}", RuntimeWarning, stacklevel=2
                )
    return result
