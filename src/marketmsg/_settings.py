"""Checking an account's ``settings`` against its adapter's schema when the client is built.

Each adapter declares its settings as a pydantic model (``Adapter.settings_model``, ``extra="forbid"``); the core
knows no platform's keys. A misspelt key is refused with the closest known name, a value of the wrong type with
the value and what is expected, all at ``Client(...)`` time rather than at the first call that needs the value
(or never: an ignored ``messaging_apis`` silently hid the AliExpress IM inbox).
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable
from typing import Annotated, Any, Union, get_args, get_origin

import httpx
from pydantic import AfterValidator, BaseModel, ValidationError
from pydantic_core import ErrorDetails

from ._exceptions import ConfigurationError
from .models import Account

__all__ = ["HttpUrlText", "validate_settings"]

_MAX_SHOWN = 5


def _http_url(value: str) -> str:
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL as exc:
        raise ValueError(f"not a URL ({exc})") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError("must be an http(s) URL with a host, e.g. 'https://api.example.com'")
    return value


HttpUrlText = Annotated[str, AfterValidator(_http_url)]
"""A setting that is an http(s) URL, kept exactly as written (no trailing slash added, unlike ``AnyHttpUrl``)."""


def validate_settings(model: type[BaseModel], account: Account, *, display_name: str) -> Account:
    """``account`` with its settings checked by ``model`` and normalised to the types the model declares.

    Only the keys the user set are kept (defaults stay the adapter's business), as JSON values, so
    ``account.setting("simplify")`` is ``False`` for ``"false"`` and an adapter never sees a string it expected
    as a number. Raises :class:`ConfigurationError` naming every problem; ``field`` is the first bad key's path.
    """
    try:
        parsed = model.model_validate(dict(account.settings))
    except ValidationError as exc:
        raise _error(model, exc.errors(), account, display_name) from None
    normalised = parsed.model_dump(mode="json", exclude_unset=True)
    if normalised == dict(account.settings):
        return account
    return account.model_copy(update={"settings": normalised})


def _error(
    model: type[BaseModel], errors: list[ErrorDetails], account: Account, display_name: str
) -> ConfigurationError:
    described = [_describe(model, error) for error in errors]
    problems = [text for _, text in described]
    shown = "; ".join(problems[:_MAX_SHOWN])
    if len(problems) > _MAX_SHOWN:
        shown += f" (+{len(problems) - _MAX_SHOWN} more)"
    return ConfigurationError(
        f"{display_name} account {account.seller_id!r}: {shown}", field=f"settings.{described[0][0]}"
    )


def _describe(model: type[BaseModel], error: ErrorDetails) -> tuple[str, str]:
    """``(path, problem)``: where in the settings, and what is wrong there and how to fix it."""
    loc = tuple(error["loc"])
    if error["type"] == "extra_forbidden":
        parent, candidates = _walk(model, loc[:-1])
        name = str(loc[-1])
        where = f"{parent}.{name}" if parent else name
        known = sorted({field.alias or key for c in candidates for key, field in c.model_fields.items()})
        import difflib  # only for this error's suggestion

        close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        return where, f"unknown setting {where!r}.{hint} Known: {', '.join(known) or 'none'}"
    where, _ = _walk(model, loc)
    if error["type"] == "missing":
        return where, f"{where!r} is required"
    message = error["msg"].removeprefix("Value error, ")
    return where, f"{where} = {_short(error.get('input'))}: {message}"


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _walk(model: type[BaseModel], loc: tuple[int | str, ...]) -> tuple[str, list[type[BaseModel]]]:
    """The path as the user wrote it (pydantic's union tags left out) and the model(s) found at ``loc``."""
    path = ""
    candidates: list[type[BaseModel]] = [model]
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"  # an index into a sequence of models: the same models
            continue
        fields = [c.model_fields[part] for c in candidates if part in c.model_fields]
        if fields:
            path += f".{part}" if path else part
            candidates = _models_in(f.annotation for f in fields)
            continue
        # A tagged union's member as pydantic names it in ``loc`` (not a key the user wrote): keep that member.
        tagged = [c for c in candidates if part in {f.default for f in c.model_fields.values()}]
        if tagged:
            candidates = tagged
        else:
            path += f".{part}" if path else part
    return path, candidates


def _models_in(annotations: Iterable[Any]) -> list[type[BaseModel]]:
    """Pydantic models reachable in these annotations (through Optional, unions, Annotated, tuples, lists)."""
    found: list[type[BaseModel]] = []
    stack = list(annotations)
    while stack:
        annotation = stack.pop()
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            found.append(annotation)
            continue
        origin = get_origin(annotation)
        if origin is typing.Annotated:
            stack.append(get_args(annotation)[0])
        elif origin in (Union, types.UnionType, tuple, list, set, frozenset):
            stack.extend(a for a in get_args(annotation) if a is not Ellipsis)
    return found
