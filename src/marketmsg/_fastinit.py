"""A frozen dataclass built on every request, without the generated ``__init__``'s per-field cost.

``@dataclass(frozen=True)`` sets each field through ``object.__setattr__`` (about 1 µs for eight fields); the
objects built per request (an HTTP call, a limiter ticket, an outbox entry, a gateway answer) fill their instance
dict at once instead. One decorator writes that ``__init__`` from the dataclass's own fields, so the signature,
the defaults and the frozen guard stay the dataclass's (``tests/test_hot_constructors.py``).
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

__all__ = ["dict_init"]

_T = TypeVar("_T")


def dict_init(cls: type[_T]) -> type[_T]:
    """Replace the ``__init__`` of the frozen dataclass ``cls`` by one that fills ``self.__dict__`` in one call.

    Apply it above ``@dataclass(frozen=True)``. A ``default_factory``, an ``init=False`` field or a
    ``__post_init__`` is not supported (none of the hot objects has one): ``TypeError`` here.
    """
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    if hasattr(cls, "__post_init__") or any(
        f.default_factory is not dataclasses.MISSING or not f.init for f in fields
    ):
        raise TypeError(f"{cls.__name__}: dict_init takes plain fields only")
    defaults = {f"_d_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING}
    params = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_d_{f.name}" for f in fields
    )
    body = ", ".join(f"{f.name}={f.name}" for f in fields)
    namespace: dict[str, object] = dict(defaults)
    exec(f"def __init__(self, {params}):\n    self.__dict__.update({body})\n", namespace)  # noqa: S102
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__
    setattr(cls, "__init__", init)  # noqa: B010
    return cls
