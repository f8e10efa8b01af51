"""Amazon's content policy as data, each rule with its source.

Sources (full citations in ../shared/platforms/amazon.md):
- [model] SP-API messaging model ``messaging.json``: texts forbid HTML and e-mail addresses and allow only
  purpose-related links; per-operation ``text`` length limits (800 customization, 400 digital access key,
  2000 the others) — amazon.md §5.1 and the model itself.
- [guidelines] Amazon Communication Guidelines (Nov-2020 revision) as summarised by Jungle Scout, CCP,
  eComEngine FeedbackFive, ShippingEasy — amazon.md §5.1: no phone numbers (except warranty, carrier,
  manufacturer), no marketing/coupons, no incentives, no requests to change/remove reviews, no positive-only
  requests, no emoji, secure links only when needed for the order, order id included.
- [bsm] Buyer-Seller Messaging Service overview (Seller Central) — amazon.md §5.4: FBA messaging is for product
  questions; return/refund questions on Amazon-fulfilled orders go to Amazon Customer Service.
"""

from __future__ import annotations

import re

from marketmsg.rules import CARRIER_TRACKING_HOSTS, ContentPolicy, RuleSetting

__all__ = ["AMAZON_CONTENT_POLICY", "AMAZON_ORDER_ID", "FBA_CUSTOMER_SERVICE_TOPICS"]

_MODEL = "Amazon SP-API messaging model (messaging.json) — platforms/amazon.md §5.1 [model]"
_GUIDE = "Amazon Communication Guidelines, Nov-2020 (3p summaries) — platforms/amazon.md §5.1"
_REVIEW = "Amazon Communication Guidelines + Solicitations model ('one … per order') — platforms/amazon.md §1.8, §5.1"
_ORDER = "Amazon: include the 17-digit order id (3-7-7) — platforms/amazon.md §5.1 (FeedbackFive checklist)"

#: Amazon order ids: 3-7-7 digits (``D01-…`` for digital orders).
AMAZON_ORDER_ID = re.compile(r"\b[0-9D]\d{2}-\d{7}-\d{7}\b")

AMAZON_CONTENT_POLICY = ContentPolicy(
    platform="amazon",
    rules={
        "contact.email": RuleSetting("block", _MODEL),
        "contact.email_obfuscated": RuleSetting("block", _MODEL),
        "contact.phone": RuleSetting("block", _GUIDE),
        "contact.phone_exception": RuleSetting("warn", _GUIDE + " (warranty/carrier/manufacturer exception)"),
        "contact.url": RuleSetting("block", _MODEL),
        "contact.messenger": RuleSetting("block", _GUIDE + "; ecosystem.md §1.4 off-platform inducement"),
        "review.request": RuleSetting("warn", _REVIEW),
        "review.positive_only": RuleSetting("block", _GUIDE),
        "review.incentive": RuleSetting("block", _GUIDE),
        "review.change": RuleSetting("block", _GUIDE),
        "marketing.promotion": RuleSetting("block", _GUIDE),
        "offplatform.payment": RuleSetting("block", _GUIDE),
        "format.html": RuleSetting("block", _MODEL),
        "format.emoji": RuleSetting("block", _GUIDE),
        "order.missing_id": RuleSetting("warn", _ORDER),
        "length.max": RuleSetting("block", _MODEL + " maxLength"),
        "length.empty": RuleSetting("block", _MODEL + " minLength 1"),
    },
    # "Amazon links" are allowed; amzn.to/amzn.eu/a.co are Amazon's own short links.
    allowed_link_hosts=("amazon.*", "amzn.to", "amzn.eu", "amzn.com", "a.co"),
    secure_link_hosts=CARRIER_TRACKING_HOSTS,
    order_id=AMAZON_ORDER_ID,
    # messaging.json: CreateConfirmCustomizationDetailsRequest.text maxLength 800, CreateDigitalAccessKeyRequest
    # 400, CreateConfirmDeliveryDetails/OrderDetails/ServiceDetails/UnexpectedProblem 2000. Relay e-mail replies
    # have no documented limit.
    length_limits={
        "confirm_customization_details": 800,
        "digital_access_key": 400,
        "confirm_delivery_details": 2000,
        "confirm_order_details": 2000,
        "confirm_service_details": 2000,
        "unexpected_problem": 2000,
    },
    default_region="US",
)

#: Return/refund wording that, on an Amazon-fulfilled order, belongs to Amazon Customer Service [bsm].
FBA_CUSTOMER_SERVICE_TOPICS = re.compile(
    r"\b(?:return(?:s|ed|ing)?|refund(?:s|ed)?|replacement|rücksendung|rückgabe|retoure|erstattung|"
    r"retour(?:ner)?|rembours\w*|devoluci[oó]n|devolver|reembolso|reso|restituire|rimborso|devolu[çc][ãa]o|"
    r"devolver)\b|返品|返金|交換|退货|退貨|退款|换货|換貨"
)
