"""The store's errors, and the one place where database-driver exceptions become them.

Nothing from SQLAlchemy, psycopg or sqlite3 reaches a caller: :func:`database_errors` wraps every store
operation and turns driver failures into documented :class:`StoreError` subclasses that say what went wrong and
what to do. Their text names the database by its URL with the password hidden, and the password itself is
registered with :func:`marketmsg.redact` when the store is opened, so a driver message that echoes it (some
do, on authentication failures) is redacted too.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from .._exceptions import MarketmsgError

__all__ = [
    "SchemaVersionError",
    "StoreError",
    "StoreUnavailableError",
    "StoreValueError",
    "database_errors",
]


class StoreError(MarketmsgError):
    """The store's database failed. ``database`` is its URL with the password hidden."""

    def __init__(self, message: str, *, database: str | None = None) -> None:
        self.database = database
        super().__init__(message)


class StoreUnavailableError(StoreError):
    """The database cannot be reached (refused, unknown host, authentication failed, connection lost).

    Nothing was written by the operation that raised it; retry once the database is back.
    """


class StoreValueError(StoreError, ValueError):
    """A value the store cannot hold: an id longer than its column, a NUL character in an id, a naive datetime.

    ``field`` names the offending field. Nothing was written.
    """

    def __init__(self, message: str, *, field: str | None = None, database: str | None = None) -> None:
        self.field = field
        super().__init__(f"{field}: {message}" if field else message, database=database)


class SchemaVersionError(StoreError):
    """The database was created or migrated by a newer marketmsg than this one: upgrade marketmsg."""


def _driver_detail(exc: BaseException) -> str:
    # The driver's own first line (e.g. psycopg's "connection to server at … failed: Connection refused")
    # without SQLAlchemy's appended SQL statement and parameters, which may carry buyer data.
    orig = getattr(exc, "orig", None) or exc
    text = str(orig).strip().splitlines()
    return text[0][:300] if text else type(orig).__name__


@contextmanager
def database_errors(database: str, action: str) -> Iterator[None]:
    """Run a store operation; driver exceptions become :class:`StoreError` subclasses naming the fix."""
    from sqlalchemy import exc as sa

    try:
        yield
    except MarketmsgError:
        raise
    except sa.SQLAlchemyError as exc:
        raise _store_error(exc, database, action) from None
    except _dbapi_errors() as exc:
        # A driver's own cursor (the export's server-side cursor) raises PEP 249 errors SQLAlchemy never saw:
        # wrap them as SQLAlchemy would (DataError, OperationalError, …) and map them the same way.
        wrapped = sa.DBAPIError.instance(None, None, exc, _dbapi_base(exc), hide_parameters=True)
        raise _store_error(wrapped, database, action) from None
    except UnicodeError:
        # A lone surrogate (e.g. from a bad decode upstream) cannot be sent to the database as UTF-8.
        raise StoreValueError(
            f"cannot {action}: a value is not valid Unicode (it contains a lone surrogate); decode the input "
            "with errors='replace' before passing it",
            database=database,
        ) from None
    except (ConnectionError, TimeoutError) as exc:
        raise StoreUnavailableError(
            f"cannot {action}: the database {database} is unreachable ({type(exc).__name__}); check that it is "
            "running and retry",
            database=database,
        ) from None


def _store_error(exc: BaseException, database: str, action: str) -> StoreError:
    """The documented error for a SQLAlchemy exception (driver errors arrive wrapped in one)."""
    from sqlalchemy import exc as sa

    if not isinstance(exc, sa.StatementError):
        return StoreError(
            f"cannot {action}: {type(exc).__name__} from {database} ({_driver_detail(exc)})",
            database=database,
        )
    inner = exc.orig
    if isinstance(inner, ValueError) and not isinstance(exc, sa.DBAPIError):
        # Raised by our own bind processing (e.g. a naive datetime): the caller passed a bad value.
        return StoreValueError(f"cannot {action}: {inner}", database=database)
    if isinstance(exc, (sa.OperationalError, sa.InterfaceError)) and _is_connection_problem(exc):
        return StoreUnavailableError(
            f"cannot {action}: the database {database} is unreachable ({_driver_detail(exc)}); check that "
            "it is running, the host, port, user and password in the URL, and retry",
            database=database,
        )
    if isinstance(exc, sa.DataError):
        return StoreValueError(
            f"cannot {action}: the database refused a value ({_driver_detail(exc)})", database=database
        )
    if isinstance(exc, (sa.ProgrammingError, sa.OperationalError)) and _is_missing_table(exc):
        return StoreError(
            f"cannot {action}: the store's tables are missing in {database} ({_driver_detail(exc)}); open "
            "the store with create=True or call store.create_tables()",
            database=database,
        )
    return StoreError(
        f"cannot {action}: {type(exc.orig).__name__ if exc.orig else type(exc).__name__} from {database} "
        f"({_driver_detail(exc)})",
        database=database,
    )


def _dbapi_errors() -> tuple[type[Exception], ...]:
    """The base error classes of the installed drivers (psycopg is optional: SQLite-only installs lack it)."""
    import sqlite3

    found: list[type[Exception]] = [sqlite3.Error]
    psycopg = sys.modules.get("psycopg")  # loaded by now if a PostgreSQL store is open
    if psycopg is not None:
        found.append(psycopg.Error)
    return tuple(found)


def _dbapi_base(exc: BaseException) -> type[Exception]:
    return next(base for base in _dbapi_errors() if isinstance(exc, base))


def _is_connection_problem(exc: BaseException) -> bool:
    from sqlalchemy import exc as sa

    if isinstance(exc, sa.DBAPIError) and exc.connection_invalidated:
        return True
    text = _driver_detail(exc).lower()
    hints = (
        "connection",
        "could not connect",
        "server closed",
        "timeout",
        "timed out",
        "authentication",
        "password",
        "does not exist",
        "unable to open database",
        "no route",
        "name or service not known",
        "could not translate host",
        "terminating",
    )
    # "does not exist" also covers a missing database ("database \"x\" does not exist") but not a missing
    # table, which PostgreSQL reports as "relation … does not exist" (handled as a missing table below).
    return "relation" not in text and any(hint in text for hint in hints)


def _is_missing_table(exc: BaseException) -> bool:
    text = _driver_detail(exc).lower()
    return "no such table" in text or ("relation" in text and "does not exist" in text)
