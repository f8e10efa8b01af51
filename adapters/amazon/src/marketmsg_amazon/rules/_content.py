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
- [feedback] Seller Central help 202126280 "Negative feedback" (sellercentral.amazon.com.au/gp/help/external/202126280,
  seller feedback, not customer reviews): "After resolving their concerns, you can notify the buyer that it is
  possible to update, remove, or provide additional feedback if they wish to do so. Remember that pressuring or
  incentivising a buyer to remove or modify negative feedback is a violation of our policies." Such a notice is
  ``review.feedback_notice`` (warn); any other change request stays ``review.change`` (block). This corrects the
  third-party summaries in amazon.md §5.1, which list every request to modify feedback as forbidden.
- [relay] Replies to buyers go by relay e-mail (SP-API cannot reply, amazon.md §1.1, §4.2). Seller Central help
  200389080 ("Buyer-Seller Messages"): "You can send and receive one or more attachments (up to 10 MB) in a
  message" — published, so enforced (block). It lists no text length, no attachment count, and the format
  list did not survive in the stored copies: marketmsg *warns* above 2,000 characters (the longest text
  Amazon's model accepts for any free-text message kind) and on file types outside the 2020 Messaging guide's
  list (text, PDF, Word, JPG, GIF, PNG). A check without a kind is a relay reply (the default channel).
"""

from __future__ import annotations

import re

from marketmsg.rules import CARRIER_TRACKING_HOSTS, AttachmentLimits, ContentPolicy, RuleSetting

from .._secrets import LWA_TOKEN

__all__ = [
    "AMAZON_CONTENT_POLICY",
    "AMAZON_NAMES",
    "AMAZON_ORDER_ID",
    "AMAZON_SECRET_PATTERNS",
    "FBA_CUSTOMER_SERVICE_TOPICS",
    "RELAY_ATTACHMENT_TYPES",
    "RELAY_MAX_ATTACHMENT_BYTES",
    "RELAY_TEXT_ADVISORY",
]

_MODEL = "Amazon SP-API messaging model (messaging.json) — platforms/amazon.md §5.1 [model]"
_GUIDE = "Amazon Communication Guidelines, Nov-2020 (3p summaries) — platforms/amazon.md §5.1"
_REVIEW = "Amazon Communication Guidelines + Solicitations model ('one … per order') — platforms/amazon.md §1.8, §5.1"
_FEEDBACK_NOTICE = (
    "Seller Central help 202126280 'Negative feedback' (seller feedback, not reviews): after resolving the concern "
    "the seller may notify the buyer that it is possible to update or remove feedback if they wish; pressuring or "
    "incentivising is a violation — platforms/amazon.md §5.1 [doc]"
)
_ORDER = "Amazon: include the 17-digit order id (3-7-7) — platforms/amazon.md §5.1 (FeedbackFive checklist)"
_RELAY = "Seller Central help 200389080: attachments up to 10 MB per message — platforms/amazon.md §4.2 [doc]"
_RELAY_UNPUBLISHED = (
    "No published relay-reply limit (Seller Central 200389080 states none); advisory only — longest free text the "
    "SP-API messaging model accepts is 2,000 characters (messaging.json), platforms/amazon.md §1.2, §4.2"
)
_RELAY_TYPES = (
    "Relay attachment formats not captured from Seller Central 200389080; 2020 Messaging guide lists text, PDF, "
    "Word, JPG, GIF, PNG (amazon.md §1.4) — advisory"
)

#: Amazon order ids: 3-7-7 digits (``D01-…`` for digital orders). No word boundary: in Japanese and Chinese the
#: id sits between letters ("注文番号303-…について"), and full-width digits are folded before matching. The "no digit
#: before" test comes after the first character: a pattern starting with a character class is searched in C, one
#: starting with a lookbehind is tried at every position (a fifth of the cost on number-heavy text).
AMAZON_ORDER_ID = re.compile(r"[0-9dD](?<![0-9].)\d{2}-\d{7}-\d{7}(?![0-9])")

#: What Amazon is called in the languages the content rules cover ("pay outside of Amazon", look-alike domains).
AMAZON_NAMES = ("amazon", "amzn", "アマゾン", "亚马逊", "亞馬遜", "아마존", "амазон", "أمازون", "אמזון")

#: LWA access and refresh tokens ("Atza|…", "Atzr|…", amazon.md §3): never logged, never in an exception.
AMAZON_SECRET_PATTERNS = (re.compile(LWA_TOKEN),)

#: Relay replies: total attachment size Amazon publishes ("up to 10 MB"; 10^7 bytes, the stricter reading).
RELAY_MAX_ATTACHMENT_BYTES = 10_000_000
#: Relay replies: above this many characters marketmsg warns (nothing is published for relay mail).
RELAY_TEXT_ADVISORY = 2000
#: Relay replies: the file types the 2020 Messaging guide lists (advisory for relay mail).
RELAY_ATTACHMENT_TYPES = frozenset({".txt", ".pdf", ".doc", ".docx", ".jpg", ".jpeg", ".gif", ".png"})
_API_ATTACHMENTS = AttachmentLimits(
    max_count=5, max_total_bytes=RELAY_MAX_ATTACHMENT_BYTES, extensions=RELAY_ATTACHMENT_TYPES
)

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
        "review.change": RuleSetting(
            "block",
            _GUIDE,
            suggestion="Solve the problem and leave the review to the buyer. For seller feedback Amazon allows one "
            "notice once the problem is solved: that the buyer may update or remove it if they wish, with no ask, "
            "pressure or reward (Seller Central help 202126280).",
        ),
        "review.feedback_notice": RuleSetting("warn", _FEEDBACK_NOTICE),
        "review.pressure": RuleSetting(
            "block", _GUIDE + " (repeat review/feedback requests for the same order)"
        ),
        "marketing.promotion": RuleSetting("block", _GUIDE),
        "offplatform.payment": RuleSetting("block", _GUIDE),
        "format.html": RuleSetting("block", _MODEL),
        "format.emoji": RuleSetting("block", _GUIDE),
        "order.missing_id": RuleSetting("warn", _ORDER),
        "length.max": RuleSetting("block", _MODEL + " maxLength"),
        "length.empty": RuleSetting("block", _MODEL + " minLength 1"),
        "length.long": RuleSetting("warn", _RELAY_UNPUBLISHED),
        "attachment.size": RuleSetting("block", _RELAY + "; messaging guide 2020: total < 10 MB"),
        "attachment.count": RuleSetting("block", _MODEL + " attachments maxLength 5 (max 5 items)"),
        "attachment.type": RuleSetting("warn", _RELAY_TYPES),
    },
    # "Amazon links" are allowed: amazon.<marketplace suffix> (never amazon.evil.com), and Amazon's own short
    # links amzn.to/amzn.eu/a.co.
    allowed_link_hosts=("amazon.*", "amzn.to", "amzn.eu", "amzn.com", "a.co"),
    secure_link_hosts=CARRIER_TRACKING_HOSTS,
    platform_names=AMAZON_NAMES,
    order_id=AMAZON_ORDER_ID,
    id_shapes=(re.compile(r"[0-9d]\d{2}-\d{7}-\d{7}"),),
    # messaging.json: CreateConfirmCustomizationDetailsRequest.text maxLength 800, CreateDigitalAccessKeyRequest
    # 400, CreateConfirmDeliveryDetails/OrderDetails/ServiceDetails/UnexpectedProblem 2000. Relay e-mail replies
    # ("reply", the default kind) have no published limit: a warning above RELAY_TEXT_ADVISORY instead.
    length_limits={
        "confirm_customization_details": 800,
        "digital_access_key": 400,
        "confirm_delivery_details": 2000,
        "confirm_order_details": 2000,
        "confirm_service_details": 2000,
        "unexpected_problem": 2000,
    },
    length_advisories={"reply": RELAY_TEXT_ADVISORY},
    attachment_limits={
        "reply": AttachmentLimits(
            max_total_bytes=RELAY_MAX_ATTACHMENT_BYTES, extensions=RELAY_ATTACHMENT_TYPES
        ),
        "confirm_customization_details": _API_ATTACHMENTS,
        "legal_disclosure": _API_ATTACHMENTS,
        "warranty": _API_ATTACHMENTS,
        "digital_access_key": _API_ATTACHMENTS,
        "invoice": _API_ATTACHMENTS,
    },
    default_region="US",
)

#: Return/refund wording that, on an Amazon-fulfilled order, belongs to Amazon Customer Service [bsm].
FBA_CUSTOMER_SERVICE_TOPICS = re.compile(
    r"\b(?:return(?:s|ed|ing)?|refund(?:s|ed)?|replacement|rücksendung|rückgabe|retoure|erstattung|"
    r"retour(?:ner)?|rembours\w*|devoluci[oó]n|devolver|reembolso|reso|restituire|rimborso|devolu[çc][ãa]o|"
    r"devolver)\b|返品|返金|交換|退货|退貨|退款|换货|換貨"
)
