"""One page of a listing and the opaque cursor to the next."""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict

__all__ = ["Page"]

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """Items plus ``next_cursor`` (``None`` on the last page). Cursors are opaque and adapter-owned."""

    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)

    items: tuple[T, ...]
    next_cursor: str | None = None
