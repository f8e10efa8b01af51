"""``Account.settings`` of an Amazon account: every key, its type and default (adapters/amazon/docs/amazon.md).

Checked when the client is built (``AmazonAdapter.settings_model``), the ``relay`` block included: a misspelt key
is refused with the closest known name, ``relay.sender = "not an address"`` is refused at ``Client(...)``
instead of at the first reply.
"""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, field_validator

from marketmsg.adapter import HttpUrlText

from ._limits import RATE_LIMITS
from .relay import RelaySettings

__all__ = ["AmazonSettings"]


class AmazonSettings(BaseModel):
    """The non-secret options of one Amazon seller account."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    sandbox: bool = Field(False, description="call Amazon's SP-API sandbox hosts instead of production")
    endpoint: HttpUrlText | None = Field(
        None, description="an explicit SP-API base URL (e.g. a loopback simulator)"
    )
    lwa_token_url: HttpUrlText | None = Field(None, description="an explicit LWA token URL")
    upload_hosts: tuple[str, ...] = Field((), description="extra hosts attachment uploads may go to")
    rate_limits: Mapping[str, tuple[float, int]] = Field(
        default_factory=dict, description="per-operation [rate, burst] overrides of the published limits"
    )
    returns_report: bool = Field(
        True,
        description="read the FBA customer returns report (Reports API) for OrderContext.is_return of FBA gift "
        "orders; False: relay mail only",
    )
    returns_report_days: int = Field(
        60, ge=1, le=365, description="how many days of FBA returns the report asks for"
    )
    returns_report_wait: float = Field(
        20.0, ge=0, le=300, description="seconds a send waits for the returns report to finish processing"
    )
    relay: RelaySettings | None = Field(
        None, description="where relay mail (every buyer message) is read and how replies go out"
    )

    @field_validator("rate_limits")
    @classmethod
    def _known_operations(cls, value: Mapping[str, tuple[float, int]]) -> Mapping[str, tuple[float, int]]:
        unknown = sorted(set(value) - set(RATE_LIMITS))
        if unknown:
            raise ValueError(
                f"unknown SP-API operation(s) {', '.join(map(repr, unknown))}; known: {', '.join(sorted(RATE_LIMITS))}"
            )
        for operation, (rate, burst) in value.items():
            if rate <= 0 or burst < 1:
                raise ValueError(f"{operation}: rate must be > 0 and burst >= 1, got [{rate}, {burst}]")
        return value
