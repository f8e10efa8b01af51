"""Accounts from a TOML file, secrets from the environment — for the CLI and for services that prefer a file.

::

    # marketmsg.toml
    [[accounts]]
    platform = "amazon"
    seller_id = "A1B2C3D4E5"
    marketplaces = ["A1PA6795UKMFR9"]
    [accounts.credentials]
    refresh_token = "env:SP_API_REFRESH_TOKEN"     # "env:NAME" reads the variable; never put secrets in the file
    lwa_app_id = "env:LWA_APP_ID"
    lwa_client_secret = "env:LWA_CLIENT_SECRET"
    [accounts.settings]
    relay = { sender = "orders@shop.example", sources = [{ type = "maildir", path = "/var/mail/amazon" }] }

The file is found at ``--config PATH``, else ``$MARKETMSG_CONFIG``, else ``./marketmsg.toml``.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ._exceptions import ConfigurationError
from ._registry import get_adapter
from .models import Account

__all__ = ["DEFAULT_CONFIG", "config_path", "load_accounts"]

DEFAULT_CONFIG = "marketmsg.toml"
_ENV_PREFIX = "env:"


def config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """Where the configuration is: the explicit path, ``$MARKETMSG_CONFIG``, or ``./marketmsg.toml``."""
    return Path(explicit or os.environ.get("MARKETMSG_CONFIG") or DEFAULT_CONFIG)


def _resolve(value: object, where: str, environ: Mapping[str, str]) -> object:
    if isinstance(value, str) and value.startswith(_ENV_PREFIX):
        name = value[len(_ENV_PREFIX) :]
        if name not in environ:
            raise ConfigurationError(
                f"environment variable {name} is not set (referenced as {value!r})", field=where
            )
        return environ[name]
    return value


def load_accounts(
    path: str | os.PathLike[str] | None = None, *, environ: Mapping[str, str] | None = None
) -> list[Account]:
    """Read every ``[[accounts]]`` entry; ``env:NAME`` values in credentials and settings come from the environment.

    Raises :class:`ConfigurationError` naming the file, the entry and the field when anything is wrong.
    """
    file = config_path(path)
    env = os.environ if environ is None else environ
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigurationError(
            f"no configuration file at {file}; pass --config PATH or set MARKETMSG_CONFIG", field="config"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"{file} is not valid TOML: {exc}", field="config") from None
    entries = data.get("accounts")
    if not isinstance(entries, list) or not entries:
        raise ConfigurationError(f"{file} has no [[accounts]] entries", field="accounts")
    accounts = []
    for index, entry in enumerate(entries):
        where = f"{file}: accounts[{index}]"
        if not isinstance(entry, dict):
            raise ConfigurationError("each [[accounts]] entry must be a table", field=where)
        values: dict[str, Any] = dict(entry)
        values["credentials"] = {
            k: _resolve(v, f"{where}.credentials.{k}", env)
            for k, v in dict(entry.get("credentials", {})).items()
        }
        values["settings"] = _resolve_settings(entry.get("settings", {}), f"{where}.settings", env)
        if "marketplaces" in values:
            values["marketplaces"] = tuple(values["marketplaces"])
        try:
            account = Account(**values)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise ConfigurationError(problems, field=where) from None
        try:
            # The adapter's own checks (credentials it needs, its settings schema) here, so the error names the
            # file and the entry, not only the account.
            accounts.append(get_adapter(account.platform).validate_account(account))
        except ConfigurationError as exc:
            raise ConfigurationError(exc.message, field=where) from None
    return accounts


def _resolve_settings(value: object, where: str, env: Mapping[str, str]) -> object:
    if isinstance(value, dict):
        return {k: _resolve_settings(v, f"{where}.{k}", env) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_settings(v, f"{where}[{i}]", env) for i, v in enumerate(value)]
    return _resolve(value, where, env)
