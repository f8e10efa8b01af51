"""Turning what the user passes (a file path, a URL, an Engine) into a configured SQLAlchemy engine.

SQLite is the zero-setup default. Several threads or processes may write to one file, so every connection
waits for the write lock (``busy_timeout``) instead of failing, the journal is WAL (readers never block the
writer), and transactions start with ``BEGIN IMMEDIATE``: a deferred transaction that reads and then writes can
otherwise fail with ``SQLITE_BUSY`` without waiting when another writer got in between.
PostgreSQL URLs without a driver get psycopg 3 (``postgresql+psycopg``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import StaticPool

from .._exceptions import ConfigurationError
from .._redact import register_secret

__all__ = ["READ_ONLY", "SUPPORTED_DIALECTS", "make_engine", "shown_url"]

SUPPORTED_DIALECTS = ("sqlite", "postgresql")
#: Execution option marking a read-only connection (SQLite then begins a deferred, lock-free transaction).
READ_ONLY = "marketmsg_read_only"
_BUSY_TIMEOUT_S = 30.0
_CACHE_KIB = 32 * 1024


def _looks_like_url(value: str) -> bool:
    return "://" in value or value.startswith("sqlite:")


def _sqlite_engine(url: str, echo: bool) -> Engine:
    memory = url in ("sqlite://", "sqlite:///:memory:")
    kwargs: dict[str, Any] = {"connect_args": {"timeout": _BUSY_TIMEOUT_S, "check_same_thread": False}}
    if memory:
        # One shared connection, or every thread would see its own empty database.
        kwargs["poolclass"] = StaticPool
    engine = create_engine(url, echo=echo, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event (below) emit BEGIN itself instead of pysqlite's deferred BEGIN.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        if not memory:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={int(_BUSY_TIMEOUT_S * 1000)}")
        # 32 MB of page cache per connection (SQLite's default is 2 MB): with the store's indexes, bulk upserts
        # into tables of 100,000s of rows otherwise slow down as every insert misses the cache.
        cursor.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # Readers take a snapshot without the write lock (WAL: they never block writers, nor writers them);
        # a long export must not stall every sync worker for its whole duration.
        read = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read else "BEGIN IMMEDIATE")

    return engine


def make_engine(target: str | os.PathLike[str] | Engine, *, echo: bool = False) -> Engine:
    """An engine for ``target``: an :class:`~sqlalchemy.Engine` as is, a URL, or a SQLite file path."""
    if isinstance(target, Engine):
        _check_dialect(target.dialect.name, str(target.url))
        return target
    text = os.fspath(target)
    if text == ":memory:":  # sqlite3's name for an in-memory database, never a file called ":memory:"
        text = "sqlite://"
    if not text:
        raise ConfigurationError("the store needs a SQLite file path or a database URL", field="db")
    if not _looks_like_url(text):
        path = Path(text).expanduser()
        if path.parent and not path.parent.exists():
            raise ConfigurationError(
                f"directory {str(path.parent)!r} for the SQLite store does not exist", field="db"
            )
        text = f"sqlite:///{path.resolve()}"
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        # The parser's own message may quote the URL (password included): say what is wrong in our words.
        why = "bad port" if isinstance(exc, ValueError) else "unrecognised form"
        raise ConfigurationError(
            f"{_safe_url(text)} is not a database URL ({why}); use a SQLite file path or "
            "'postgresql://user:password@host:5432/database'",
            field="db",
        ) from None
    if url.password:
        # Drivers echo parts of the connection string in some errors: make sure the password never shows.
        register_secret(str(url.password))
    _check_dialect(url.get_backend_name(), url.render_as_string(hide_password=True))
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url.render_as_string(hide_password=False), echo)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    try:
        return create_engine(url, echo=echo, pool_pre_ping=True, hide_parameters=True)
    except ModuleNotFoundError as exc:
        raise ConfigurationError(
            f"the PostgreSQL store needs a driver ({exc.name} is not installed): pip install 'marketmsg[postgres]'",
            field="db",
        ) from None


def _check_dialect(name: str, shown: str) -> None:
    if name not in SUPPORTED_DIALECTS:
        raise ConfigurationError(
            f"unsupported database {shown!r}: the store runs on SQLite (a file path) or PostgreSQL "
            "('postgresql://user@host/db')",
            field="db",
        )


def shown_url(engine: Engine) -> str:
    """The engine's URL as it may appear in messages: password hidden, quoted."""
    return repr(engine.url.render_as_string(hide_password=True))


def _safe_url(text: str) -> str:
    # Never echo a password given in a URL back in an error message.
    try:
        return repr(make_url(text).render_as_string(hide_password=True))
    except (ArgumentError, ValueError):
        return "the value given"
