"""Pieces shared by the simulator's API handlers: the rejection type, the handler registry, wire helpers."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from ._state import pacific

__all__ = ["HANDLERS", "Reject", "api", "digest", "fmt", "json_param", "listing", "long_id", "require"]


class Reject(Exception):
    """A gateway error answer (``code``, ``msg``, optional ``sub_code``)."""

    def __init__(
        self, code: str, msg: str, sub_code: str | None = None, type_: str = "ISV", sub_msg: str | None = None
    ) -> None:
        super().__init__(msg)
        self.code, self.msg, self.sub_code, self.type = code, msg, sub_code, type_
        self.sub_msg = sub_msg or msg


def listing(items: list[Any], item: str, simplify: bool) -> Any:
    """Both list encodings (§1.6): plain array with ``simplify=true``, ``{item_name: [...]}`` otherwise."""
    return items if simplify else {item: items}


def json_param(params: dict[str, str], name: str) -> dict[str, Any]:
    try:
        value = json.loads(params.get(name) or "")
    except ValueError:
        raise Reject("MissingParameter", f"{name} is required (a JSON object)") from None
    if not isinstance(value, dict):
        raise Reject("InvalidParameter", f"{name} must be a JSON object")
    return value


def long_id(value: Any) -> Any:
    """An id the official SDK types ``Long`` goes on the wire as a JSON number (production capture, Oct 2024)."""
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value


def require(params: dict[str, str], *names: str) -> None:
    """Reject a call missing a required parameter. The code and wording are the IOP family's ``MissingParameter``
    (Lazada IOP); AliExpress's exact text is unconfirmed (docs/sandbox.md)."""
    for name in names:
        if not params.get(name):
            raise Reject(
                "MissingParameter",
                f"The input parameter “{name}” that is mandatory for processing this request is not supplied.",
            )


def fmt(value: Any) -> Any:
    if isinstance(value, datetime):
        return pacific(value)
    if isinstance(value, dict):
        return {k: fmt(v) for k, v in value.items()}
    if isinstance(value, list):
        return [fmt(v) for v in value]
    return value


Handler = Callable[[Any, str, dict[str, str], dict[str, bytes], bool], dict[str, Any]]
HANDLERS: dict[str, Handler] = {}


def api(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        HANDLERS[name] = fn
        return fn

    return register


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]
