"""InboxSync and AsyncInboxSync expose the same methods with the same parameters (async ones awaited)."""

from __future__ import annotations

import inspect

from marketmsg.inbox import AsyncInboxSync, InboxSync


def _methods(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(member)
        for name, member in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") or name == "__init__"
    }


def test_sync_and_async_engines_have_identical_signatures() -> None:
    sync, asyn = _methods(InboxSync), _methods(AsyncInboxSync)
    assert sync.keys() == asyn.keys() == {"__init__", "run", "reconcile"}
    for name in sync:
        s, a = sync[name], asyn[name]
        assert list(s.parameters) == list(a.parameters), name
        for param in s.parameters:
            assert s.parameters[param].default == a.parameters[param].default, (name, param)
            assert s.parameters[param].kind == a.parameters[param].kind, (name, param)
        if name != "__init__":
            assert inspect.iscoroutinefunction(getattr(AsyncInboxSync, name)), name
