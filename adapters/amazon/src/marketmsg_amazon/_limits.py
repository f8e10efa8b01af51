"""SP-API usage plans per operation, as data with their sources.

Amazon meters each operation with a token bucket per selling partner × application (rate = tokens per second,
burst = bucket size; https://developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits). These are the
defaults each model states in the operation's "Usage Plan" table; a seller with a higher plan is learnt live from
``x-amzn-RateLimit-Limit`` (the rate only). Override per account with the ``rate_limits`` setting
(``{"sendInvoice": [1, 5]}``), e.g. for a plan Amazon raised for you.
"""

from __future__ import annotations

from collections.abc import Mapping

from marketmsg import ConfigurationError, RateLimit
from marketmsg.adapter import RateBounds

__all__ = ["LEARNED_RATE_BOUNDS", "RATE_LIMITS", "REPORT_DOWNLOAD", "UPLOAD_PUT", "merged_limits"]

_MESSAGING = RateLimit(rate=1.0, burst=5)  # messaging.json: every operation's table says 1 / 5
_SOLICITATIONS = RateLimit(rate=1.0, burst=5)  # solicitations.json: 1 / 5 for both operations
_UPLOADS = RateLimit(
    rate=10.0, burst=10
)  # uploads_2020-11-01.json: createUploadDestinationForResource 10 / 10
_ORDERS_ONE = RateLimit(rate=0.5, burst=30)  # ordersV0.json: getOrder and getOrderItems 0.5 / 30
# reports_2021-06-30.json usage-plan tables: createReport and getReportDocument 0.0167 / 15, getReport 2 / 15.
_REPORTS_SLOW = RateLimit(rate=0.0167, burst=15)
_REPORTS_STATUS = RateLimit(rate=2.0, burst=15)

#: The S3 PUT of an attachment: not an SP-API call, so no SP-API bucket applies.
UPLOAD_PUT = "uploadAttachmentContent"
#: The download of a report document from its pre-signed URL: not an SP-API call either.
REPORT_DOWNLOAD = "downloadReportDocument"

RATE_LIMITS: dict[str, RateLimit] = {
    "getMessagingActionsForOrder": _MESSAGING,
    "confirmCustomizationDetails": _MESSAGING,
    "createConfirmDeliveryDetails": _MESSAGING,
    "createLegalDisclosure": _MESSAGING,
    "createConfirmOrderDetails": _MESSAGING,
    "createConfirmServiceDetails": _MESSAGING,
    "CreateWarranty": _MESSAGING,
    "GetAttributes": _MESSAGING,
    "createDigitalAccessKey": _MESSAGING,
    "createUnexpectedProblem": _MESSAGING,
    # sendInvoice's description carries no usage-plan table (amazon.md §1.2) [unconfirmed]: we assume the
    # Messaging default every sibling states; override with the account's rate_limits setting if Amazon differs.
    "sendInvoice": _MESSAGING,
    "getSolicitationActionsForOrder": _SOLICITATIONS,
    "createProductReviewAndSellerFeedbackSolicitation": _SOLICITATIONS,
    "createUploadDestinationForResource": _UPLOADS,
    "getOrder": _ORDERS_ONE,
    "getOrderItems": _ORDERS_ONE,
    "createReport": _REPORTS_SLOW,
    "getReport": _REPORTS_STATUS,
    "getReportDocument": _REPORTS_SLOW,
}


#: The range an ``x-amzn-RateLimit-Limit`` value is believed in (anything outside is clamped and logged once).
#: Low: half the slowest default Amazon publishes, createFeed's 0.0083 req/s (one per two minutes;
#: https://developer-docs.amazon.com/sp-api/docs/feeds-api-rate-limits). High: ten times the fastest default of
#: the operations above (uploads, 10 req/s) — room for a plan Amazon raised on request ("Selling partners whose
#: business demands require higher throughput may have higher rate and burst values", every model's usage-plan
#: note), while ``1e300`` or ``inf`` cannot switch pacing off.
LEARNED_RATE_BOUNDS = RateBounds(low=0.004, high=100.0)


def merged_limits(overrides: object) -> dict[str, RateLimit]:
    """The defaults with an account's ``rate_limits`` setting (``{operation: [rate, burst]}``) applied."""
    limits = dict(RATE_LIMITS)
    if not overrides:
        return limits
    if not isinstance(overrides, Mapping):
        raise ConfigurationError(
            "rate_limits must map operation → [rate, burst]", field="settings.rate_limits"
        )
    for operation, value in overrides.items():
        if operation not in RATE_LIMITS:
            raise ConfigurationError(
                f"unknown SP-API operation {operation!r}; known: {', '.join(sorted(RATE_LIMITS))}",
                field="settings.rate_limits",
            )
        try:
            rate, burst = value
            limits[operation] = RateLimit(rate=float(rate), burst=int(burst))
        except (TypeError, ValueError) as exc:
            raise ConfigurationError(
                f"rate_limits[{operation!r}] must be [rate, burst] with rate > 0 and burst >= 1 ({exc})",
                field="settings.rate_limits",
            ) from None
    return limits
