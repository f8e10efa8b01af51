"""API names (aliexpress.md §3–§4) and their rate limits, as data.

No published QPS exists for the message and issue APIs (aliexpress.md §6: "No published limits for
message/issue APIs were found"). The published per-API limits that do exist are far higher (e.g.
``aliexpress.solution.product.info.get`` QPS 80; schema APIs 25 per seller — doc 109105), and the test
environment allows 5,000 calls a day (doc 108105). So every operation defaults to a conservative 5 requests/s,
burst 5, per seller — and an ``ApiCallLimit`` ban ("this ban will last N seconds") blocks the bucket for N s
through the core limiter, whatever the table says.
"""

from __future__ import annotations

from collections.abc import Mapping

from marketmsg import RateLimit

__all__ = ["ALL_APIS", "API", "DEFAULT_RATE", "RATE_LIMITS"]


class API:
    """Gateway API names."""

    ISSUE_LIST = "aliexpress.issue.issuelist.get"
    ISSUE_DETAIL = "aliexpress.issue.detail.get"
    SOLUTION_AGREE = "aliexpress.issue.solution.agree"
    SOLUTION_SAVE = "aliexpress.issue.solution.save"
    IMAGE_UPLOAD = "aliexpress.issue.image.upload"
    IM_SEND = "aliexpress/message/send"
    IM_LIST = "aliexpress/message/list"
    IM_BUYERS = "aliexpress/message/history/buyer/list"
    IM_TAG = "aliexpress/message/session/tag/update"
    IM_SESSION_GET = "aliexpress/message/session/get"
    IM_SESSION_OPEN = "aliexpress/message/session/open"
    LETTER_RELATIONS = "aliexpress.message.redefining.versiontwo.querymsgrelationlist"
    LETTER_DETAILS = "aliexpress.message.redefining.versiontwo.querymsgdetaillist"
    LETTER_ADD = "aliexpress.message.redefining.versiontwo.addmsg"
    LETTER_READ = "aliexpress.message.redefining.versiontwo.updatemsgread"
    LETTER_PROCESSED = "aliexpress.message.redefining.versiontwo.updatemsgprocessed"
    LETTER_RANK = "aliexpress.message.redefining.versiontwo.updatemsgrank"
    ORDER_GET = "aliexpress.trade.new.redefining.findorderbyid"


ALL_APIS: tuple[str, ...] = tuple(v for k, v in vars(API).items() if k.isupper())

#: Conservative default (see module docstring); override per instance via ``rate_limits``.
DEFAULT_RATE = RateLimit(rate=5.0, burst=5)

RATE_LIMITS: Mapping[str, RateLimit] = dict.fromkeys(ALL_APIS, DEFAULT_RATE)
