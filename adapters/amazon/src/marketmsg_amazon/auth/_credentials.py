"""Credentials kept the way python-amazon-sp-api users already keep them — read by that library's own code.

``CredentialProvider`` looks, in order, at: environment variables ``SP_API_REFRESH_TOKEN``, ``LWA_APP_ID``,
``LWA_CLIENT_SECRET`` (each optionally suffixed ``_<account>``), AWS Secrets Manager (``SP_API_AWS_SECRET_ID``,
when boto3 is installed), and its confuse config file ``credentials.yml`` (``~/.config/python-sp-api/`` on Linux)
with one section per account (``sp_api/base/credential_provider.py``). Reusing it means those users configure
nothing new, and a fix there is a fix here.
"""

from __future__ import annotations

from typing import Any

from sp_api.base.credential_provider import CredentialProvider, MissingCredentials

from marketmsg import Account, ConfigurationError

__all__ = ["CREDENTIAL_KEYS", "account_from_sp_api", "sp_api_credentials"]

#: The credential names an Amazon account carries — python-amazon-sp-api's own keys.
CREDENTIAL_KEYS = ("refresh_token", "lwa_app_id", "lwa_client_secret")


def sp_api_credentials(account: str = "default") -> dict[str, str]:
    """``{"refresh_token", "lwa_app_id", "lwa_client_secret"}`` found by python-amazon-sp-api for ``account``."""
    try:
        config = CredentialProvider(account=account).credentials
    except MissingCredentials as exc:
        raise ConfigurationError(
            f"no Amazon credentials for python-amazon-sp-api account {account!r}: set SP_API_REFRESH_TOKEN, "
            "LWA_APP_ID and LWA_CLIENT_SECRET (optionally suffixed _<account>), or add the account to "
            f"python-sp-api's credentials.yml ({exc})",
            field="credentials",
        ) from None
    found = {key: getattr(config, key, None) for key in CREDENTIAL_KEYS}
    missing = [key for key, value in found.items() if not value]
    if missing:
        raise ConfigurationError(
            f"python-amazon-sp-api account {account!r} lacks {', '.join(missing)} "
            "(env SP_API_REFRESH_TOKEN / LWA_APP_ID / LWA_CLIENT_SECRET or credentials.yml)",
            field=f"credentials.{missing[0]}",
        )
    return {key: str(value) for key, value in found.items()}


def account_from_sp_api(
    seller_id: str,
    marketplace_id: str,
    *,
    account: str = "default",
    sandbox: bool = False,
    **settings: Any,
) -> Account:
    """An :class:`~marketmsg.Account` whose credentials come from python-amazon-sp-api's configuration.

    >>> account_from_sp_api("A2EXAMPLE", "ATVPDKIKX0DER")  # doctest: +SKIP
    """
    return Account(
        platform="amazon",
        seller_id=seller_id,
        marketplaces=(marketplace_id,),
        credentials=sp_api_credentials(account),
        settings={"sandbox": sandbox, **settings},
    )
