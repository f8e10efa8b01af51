"""Guarding URLs that come from platform payloads (image links, presigned upload targets).

An SDK that fetches any URL it is handed is an SSRF hole (OWASP API7): a crafted payload could point it at a
cloud metadata endpoint or an internal service. So a payload URL is used only when it is https, its host is on
the adapter's allow-list, and it is not an IP literal in a private, loopback, link-local or reserved range.
(The sandbox allows its own loopback host explicitly.)
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

import httpx

from .._exceptions import MarketmsgError

__all__ = ["UnsafeURLError", "check_url", "host_allowed"]


class UnsafeURLError(MarketmsgError):
    """A URL from a platform payload was refused (scheme, host not allow-listed, or a private address)."""


def host_allowed(host: str, allowed: Iterable[str]) -> bool:
    """True when ``host`` equals an allowed entry, or is a subdomain of an entry written as ``.example.com``."""
    host = host.lower().rstrip(".")
    for raw_entry in allowed:
        entry = raw_entry.lower().rstrip(".")
        if entry.startswith("."):
            if host.endswith(entry) or host == entry[1:]:
                return True
        elif host == entry:
            return True
    return False


def check_url(
    url: str | httpx.URL, allowed_hosts: Iterable[str], *, allow_http_hosts: Iterable[str] = ()
) -> httpx.URL:
    """Return the parsed URL if it may be fetched; raise :class:`UnsafeURLError` saying why not.

    ``allow_http_hosts`` lists hosts (the sandbox's loopback) that may use plain http and loopback addresses.
    """
    parsed = httpx.URL(str(url))
    host = parsed.host
    local_ok = host_allowed(host, allow_http_hosts) if host else False
    if parsed.scheme != "https" and not local_ok:
        raise UnsafeURLError(
            f"refusing to fetch a {parsed.scheme or 'scheme-less'} URL: only https is allowed"
        )
    if not host:
        raise UnsafeURLError("refusing a URL without a host")
    if not local_ok:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            address = None
        if address is not None and not address.is_global:
            raise UnsafeURLError(f"refusing to fetch from non-public address {host}")
        if not host_allowed(host, allowed_hosts):
            raise UnsafeURLError(f"refusing to fetch from {host}: not one of the platform's hosts")
    return parsed
