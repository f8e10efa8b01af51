"""Amazon's secret shapes, in a module light enough for the adapter class (the rule tables load lazily)."""

from __future__ import annotations

__all__ = ["LWA_TOKEN", "SECRET_FIELDS"]

#: LWA access and refresh tokens ("Atza|…", "Atzr|…", amazon.md §3): never logged, never in an exception.
LWA_TOKEN = r"Atz[ar]\|[A-Za-z0-9\-_.~+/=|]+"  # noqa: S105 - the shape of a token, not one
#: The access-token headers (amazon.md §3) and the website authorisation's one-time code.
SECRET_FIELDS = ("x-amz-access-token", "x-amz-security-token", "spapi_oauth_code")
