"""Which FBA orders have customer returns: the Reports API's FBA customer returns report, read once per account.

Report type ``GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA``, a tab-separated flat file whose first line names the
fields ``return-date, order-id, sku, asin, fnsku, product-name, quantity, fulfillment-center-id,
detailed-disposition, reason, status, license-plate-number, customer-comments`` ("FBA Customer Concessions
reports attributes", https://developer-docs.amazon.com/sp-api/docs/fba-customer-concessions-reports-attributes;
the report type is listed under "Report type values"). Only ``order-id`` is kept: the rest (product, disposition,
the buyer's own comments) is not what the rules need, and comments are buyer text.

The flow (``models/reports-api-model/reports_2021-06-30.json`` in amzn/selling-partner-api-models @ 34dc93f):

1. ``createReport`` — ``POST /reports/2021-06-30/reports`` with ``CreateReportSpecification`` ``{reportType,
   marketplaceIds, dataStartTime}`` → 202 ``{reportId}`` (usage plan 0.0167 req/s, burst 15);
2. ``getReport`` — ``GET /reports/2021-06-30/reports/{reportId}`` → ``Report.processingStatus`` ``IN_QUEUE`` /
   ``IN_PROGRESS`` (poll again), ``DONE`` (with ``reportDocumentId``), ``CANCELLED`` ("an automatic cancellation
   if there is no data to return": no returns), ``FATAL`` (2 req/s, burst 15);
3. ``getReportDocument`` — ``GET /reports/2021-06-30/documents/{reportDocumentId}`` → ``ReportDocument {url,
   compressionAlgorithm?}`` (0.0167 req/s, burst 15); ``url`` is pre-signed and expires after 5 minutes;
4. download ``url`` without the access token (it must not leave SP-API hosts), gunzip when
   ``compressionAlgorithm`` is ``GZIP``.

Cost control: one report serves every order of the account for ``max_age`` (the order-fact TTL of returns, 15
minutes); a report still processing is polled, never requested twice; an app without the role for FBA reports
(403) is asked once per adapter and then left alone — ``is_return`` then comes from relay mail only.
"""

from __future__ import annotations

import csv
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

import httpx

from marketmsg import PermissionDeniedError, ResponseValidationError
from marketmsg.adapter import BlockingCall, Flow, HttpCall, get_logger

from ._limits import REPORT_DOWNLOAD
from ._response import Malformed, guarded, unreadable
from ._spapi import SpApi, json_body
from ._uploads import upload_url_allowed

__all__ = [
    "REPORT_FIELDS",
    "RETURNS_REPORT_TYPE",
    "ReturnsReports",
    "parse_returns",
    "returned_orders_flow",
]

log = get_logger("marketmsg.amazon")

RETURNS_REPORT_TYPE = "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA"
#: The report's fields, in the documented order (FBA Customer Concessions reports attributes page).
REPORT_FIELDS = (
    "return-date",
    "order-id",
    "sku",
    "asin",
    "fnsku",
    "product-name",
    "quantity",
    "fulfillment-center-id",
    "detailed-disposition",
    "reason",
    "status",
    "license-plate-number",
    "customer-comments",
)
_REPORTS = "/reports/2021-06-30"
#: Report.processingStatus values (reports_2021-06-30.json ``Report``).
_WAITING = frozenset({"IN_QUEUE", "IN_PROGRESS"})
_STATUSES = frozenset({"CANCELLED", "DONE", "FATAL"}) | _WAITING
#: A downloaded document larger than this (compressed, then as text) is refused, not read into memory.
MAX_DOCUMENT_BYTES = 32 * 1024 * 1024
MAX_TEXT_BYTES = 128 * 1024 * 1024
#: A report requested this long ago and still not done is given up (Amazon keeps reports 90 days; ours ages fast).
_PENDING_FOR = timedelta(hours=1)


@dataclass
class ReturnsReports:
    """One account's memo of the returns report: the latest order ids, a report still processing, a refusal.

    ``days`` of returns are asked for; a report is trusted for ``max_age``; a send waits at most ``wait`` seconds
    for a report to finish (``polls`` reads of its status), then goes on without it.
    """

    days: int = 60
    max_age: timedelta = timedelta(minutes=15)
    wait: float = 20.0
    polls: int = 5
    order_ids: frozenset[str] | None = None
    fetched_at: datetime | None = None
    pending: tuple[str, datetime] | None = None
    refused: str | None = None

    def fresh(self, now: datetime) -> frozenset[str] | None:
        if (
            self.order_ids is not None
            and self.fetched_at is not None
            and now - self.fetched_at < self.max_age
        ):
            return self.order_ids
        return None


def parse_returns(text: str) -> frozenset[str]:
    """The order ids of a returns report (tab-separated, first line the field names; REPORT_FIELDS)."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines:
        return frozenset()
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    fields = [f.strip().lower() for f in reader.fieldnames or ()]
    if "order-id" not in fields:
        raise Malformed("the report's first line does not name an order-id field")
    reader.fieldnames = fields
    found: set[str] = set()
    for row in reader:
        value = (row.get("order-id") or "").strip()
        if value:
            found.add(value[:64])
    return frozenset(found)


def _create_flow(api: SpApi, since: datetime) -> Flow[str]:
    body = {
        "reportType": RETURNS_REPORT_TYPE,
        "marketplaceIds": [api.marketplace_id],
        "dataStartTime": since.strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    request = api.request("POST", f"{_REPORTS}/reports", body=body, marketplace=False)
    # Creating a report changes nothing but asks Amazon for work: retried only when it provably never arrived.
    response = yield from api.call(request, operation="createReport", idempotent=False)
    report_id = json_body(response, "createReport").get("reportId")
    if not isinstance(report_id, str) or not report_id.strip() or len(report_id) > 256:
        raise unreadable(response, "createReport", "reportId is not a non-empty string")
    return report_id


def _report_flow(api: SpApi, report_id: str) -> Flow[dict[str, Any]]:
    request = api.request("GET", f"{_REPORTS}/reports/{quote(report_id, safe='')}", marketplace=False)
    response = yield from api.call(request, operation="getReport")
    report = json_body(response, "getReport")
    if report.get("processingStatus") not in _STATUSES:
        raise unreadable(response, "getReport", "processingStatus is not a Report status")
    document = report.get("reportDocumentId")
    if report["processingStatus"] == "DONE" and (not isinstance(document, str) or not document.strip()):
        raise unreadable(response, "getReport", "a DONE report has no reportDocumentId")
    return report


def _document_flow(api: SpApi, document_id: str, extra_hosts: tuple[str, ...]) -> Flow[frozenset[str]]:
    request = api.request("GET", f"{_REPORTS}/documents/{quote(document_id, safe='')}", marketplace=False)
    response = yield from api.call(request, operation="getReportDocument")
    document = json_body(response, "getReportDocument")
    with guarded(response, "getReportDocument"):
        url = document["url"]
        if not isinstance(url, str) or not url.strip():
            raise Malformed("url is not a non-empty string")
        target = httpx.URL(url)
        compression = document.get("compressionAlgorithm")
        if compression not in (None, "GZIP"):
            raise Malformed("compressionAlgorithm is neither absent nor GZIP")
    if not upload_url_allowed(target, httpx.URL(api.endpoints.api), extra_hosts):
        raise ResponseValidationError(
            f"getReportDocument returned a document URL on {target.host!r}, which is not an https S3 host; "
            "refusing to fetch it (add trusted hosts with the upload_hosts setting)",
            platform="amazon",
        )
    # Pre-signed: no x-amz-access-token (the token must not leave SP-API hosts); size capped while streaming.
    download = HttpCall(
        request=httpx.Request("GET", target),
        operation=REPORT_DOWNLOAD,
        auth=False,
        max_bytes=MAX_DOCUMENT_BYTES,
    )
    content = yield from download.send()
    data = content.content
    with guarded(content, REPORT_DOWNLOAD):
        if compression == "GZIP":
            data = _gunzip(data)
        charset = content.charset_encoding or "utf-8"
        return parse_returns(data.decode(charset, errors="replace"))


def _gunzip(data: bytes) -> bytes:
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        text = inflater.decompress(data, MAX_TEXT_BYTES)
    except zlib.error as exc:
        raise Malformed(f"the document is not gzip data ({exc})") from None
    if inflater.unconsumed_tail:
        raise Malformed(f"the document is larger than {MAX_TEXT_BYTES} bytes uncompressed")
    return text


def returned_orders_flow(
    api: SpApi, memo: ReturnsReports, now: datetime, extra_hosts: tuple[str, ...] = ()
) -> Flow[frozenset[str] | None]:
    """The ids of the account's orders with FBA customer returns in the last ``memo.days`` days, or None when the
    report cannot tell now (the app may not call the Reports API, or the report is still processing)."""
    fresh = memo.fresh(now)
    if fresh is not None:
        return fresh
    if memo.refused is not None:
        return None
    pending = memo.pending
    if pending is not None and now - pending[1] < _PENDING_FOR:
        report_id = pending[0]
    else:
        try:
            report_id = yield from _create_flow(api, now - timedelta(days=memo.days))
        except PermissionDeniedError as exc:
            memo.refused = exc.message
            log.warning(
                "createReport refused for %s (%s): is_return comes from relay mail only; grant the app the role "
                "for FBA reports to read the FBA customer returns report",
                api.account.key,
                exc.message,
            )
            return None
        memo.pending = (report_id, now)
    report = yield from _report_flow(api, report_id)
    pause = memo.wait / max(memo.polls - 1, 1)

    def wait() -> None:
        api.clock.sleep(pause)

    for _ in range(max(memo.polls - 1, 0)):
        if report["processingStatus"] not in _WAITING:
            break
        yield from BlockingCall("returns_report_wait", wait).send()
        report = yield from _report_flow(api, report_id)
    status = report["processingStatus"]
    if status in _WAITING:
        log.warning(
            "the FBA customer returns report %s for %s is still %s: is_return comes from relay mail for now",
            report_id,
            api.account.key,
            status,
        )
        return None
    memo.pending = None
    if status == "FATAL":
        log.warning("the FBA customer returns report %s for %s failed (FATAL)", report_id, api.account.key)
        return None
    if status == "CANCELLED":
        order_ids: frozenset[str] = frozenset()  # cancelled by Amazon when there is no data: no returns
    else:
        order_ids = yield from _document_flow(api, str(report["reportDocumentId"]), extra_hosts)
    memo.order_ids, memo.fetched_at = order_ids, api.clock.now()
    return order_ids
