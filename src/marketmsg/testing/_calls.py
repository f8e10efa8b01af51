"""Count what an operation costs on the platform: every request a simulator answered, and how often each
answer's body was parsed.

>>> calls = PlatformCalls(spec)                       # doctest: +SKIP  (before building the Sandbox)
>>> with calls.measure() as made:                     # doctest: +SKIP
...     client.messages.reply(conversation_id, "Thank you ...")
>>> made.count(lambda r: "sellingpartnerapi" in r.url.host)   # doctest: +SKIP
1

The counts are read where the platform would see them (the simulator's mount), so they include what the
adapter's auth and retries add, and nothing the client merely planned.
"""

from __future__ import annotations

import json
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
from pydantic import BaseModel, TypeAdapter

from ..sandbox import Handler, SandboxSpec

__all__ = ["Made", "PlatformCalls"]


@dataclass
class Made:
    """The requests answered during one :meth:`PlatformCalls.measure` block, and the JSON decodes of their
    bodies (``parses[i]`` for ``requests[i]``)."""

    requests: list[httpx.Request] = field(default_factory=list)
    bodies: list[bytes] = field(default_factory=list)
    parses: list[int] = field(default_factory=list)

    def count(self, where: Callable[[httpx.Request], bool] = lambda r: True) -> int:
        """How many requests matched ``where``."""
        return sum(1 for r in self.requests if where(r))

    def by(self, key: Callable[[httpx.Request], str]) -> Counter[str]:
        """Requests counted by ``key`` (e.g. the operation or API name)."""
        return Counter(key(r) for r in self.requests)

    @property
    def most_parses(self) -> int:
        """How many times the most-parsed answer body was decoded (1 = no body parsed twice)."""
        return max(self.parses, default=0)

    @property
    def fewest_parses(self) -> int | None:
        """How many times the least-parsed answer carrying JSON data was decoded, or None when none did.

        0 means an answer with data was never decoded through :func:`json.loads`: the adapter ignored it, or
        parsed it with something this counter does not see (then :attr:`most_parses` proves nothing either).
        Empty bodies and empty JSON (``{}``, ``[]``, the acknowledgement of many sends) are left out.
        """
        counts = [n for body, n in zip(self.bodies, self.parses, strict=True) if _carries_json(body)]
        return min(counts, default=None)


def _carries_json(body: bytes) -> bool:
    try:  # a decoder of its own, not json.loads: asked inside a measure() block, it must not count itself
        return bool(json.JSONDecoder().decode(body.decode("utf-8")))
    except ValueError:  # UnicodeDecodeError and JSONDecodeError alike
        return False


class PlatformCalls:
    """Wraps the mounts of sandbox specs (call it before the :class:`~marketmsg.sandbox.Sandbox` is built)."""

    def __init__(self, *specs: SandboxSpec) -> None:
        self._lock = threading.Lock()
        self._current: Made | None = None
        for spec in specs:
            spec.mounts = {prefix: self._wrap(handler) for prefix, handler in spec.mounts.items()}

    def _wrap(self, handler: Handler) -> Handler:
        def recording(request: httpx.Request) -> httpx.Response:
            response = handler(request)
            with self._lock:
                made = self._current
                if made is not None:
                    made.requests.append(request)
                    made.bodies.append(response.read())
                    made.parses.append(0)
            return response

        return recording

    @contextmanager
    def measure(self) -> Iterator[Made]:
        """Record the requests made (and the JSON decodes of their answers) inside the block.

        A decode is :func:`json.loads` (``response.json()`` too) or pydantic's ``model_validate_json`` /
        ``TypeAdapter.validate_json`` of an answer's body: the ways adapters read answers.
        """
        made = Made()

        def count(s: Any) -> None:
            data = (
                s.encode() if isinstance(s, str) else bytes(s) if isinstance(s, bytes | bytearray) else None
            )
            if data is None:
                return
            with self._lock:
                # Equal bodies (two identical answers) share the decodes: credit the least-parsed one.
                same = [i for i, body in enumerate(made.bodies) if body and body == data]
                if same:
                    made.parses[min(same, key=lambda i: made.parses[i])] += 1

        loads = json.loads
        original_classmethod = BaseModel.__dict__["model_validate_json"]
        model_validate_json = original_classmethod.__func__
        validate_json = TypeAdapter.validate_json

        def counting_loads(s: Any, *args: Any, **kwargs: Any) -> Any:
            count(s)
            return loads(s, *args, **kwargs)

        def counting_model_validate_json(
            cls: type[BaseModel], json_data: Any, *args: Any, **kwargs: Any
        ) -> Any:
            count(json_data)
            return model_validate_json(cls, json_data, *args, **kwargs)

        def counting_validate_json(self: TypeAdapter[Any], data: Any, *args: Any, **kwargs: Any) -> Any:
            count(data)
            return validate_json(self, data, *args, **kwargs)

        with self._lock:
            self._current = made
        json.loads = counting_loads
        BaseModel.model_validate_json = classmethod(counting_model_validate_json)  # type: ignore[method-assign,assignment]
        TypeAdapter.validate_json = counting_validate_json  # type: ignore[method-assign]
        try:
            yield made
        finally:
            json.loads = loads
            setattr(BaseModel, "model_validate_json", original_classmethod)  # noqa: B010 - the object itself
            TypeAdapter.validate_json = validate_json  # type: ignore[method-assign]
            with self._lock:
                self._current = None
