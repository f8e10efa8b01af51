"""Service fixtures: the inbox's sandbox and stores (SQLite and PostgreSQL), reused."""

from __future__ import annotations

from ..inbox.conftest import ACCOUNT, sandbox, sim, store

__all__ = ["ACCOUNT", "sandbox", "sim", "store"]
