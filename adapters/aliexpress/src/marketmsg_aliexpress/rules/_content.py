"""AliExpress's content policy as data, each rule with its source (../shared/platforms/aliexpress.md).

- §8 seller rules: "malicious harassment" (pressuring for positive reviews), "illegal profit" (inducing buyers
  outside the normal process), off-platform payment not covered by Buyer Protection → block.
- §8: an explicit ban on contact details/links inside messages was **not found** in the stored sources; contact
  details are blocked because they are the way buyers are induced off-platform (the same §8 rule) and because
  the sellers' playbook keeps every order conversation on-platform (DOMAIN.md). Marketing is a warning only:
  AliExpress itself offers coupon cards in chat (IM ``template_id`` 21004, §3.5). Emoticons are allowed (§3.6).
- No documented length limit for IM / station-letter text (§9 open points): ``length_limits`` is empty and can
  be configured by building another policy.
"""

from __future__ import annotations

import re

from marketmsg.rules import CARRIER_TRACKING_HOSTS, ContentPolicy, RuleSetting

__all__ = ["ALIEXPRESS_CONTENT_POLICY", "ALIEXPRESS_ORDER_ID"]

_RULES = (
    "AliExpress seller rules (harassment, illegal profit, off-platform payment) — platforms/aliexpress.md §8"
)
_CONTACT = (
    _RULES + "; explicit contact-detail ban unconfirmed (§8); seller playbook: stay on-platform (DOMAIN.md)"
)
_PLAYBOOK = "Sellers' playbook: order id included in every reply — shared/DOMAIN.md"

#: AliExpress order ids are long numbers (16 digits today; 14–20 accepted so older/newer ids still count).
ALIEXPRESS_ORDER_ID = re.compile(r"(?<!\d)\d{14,20}(?!\d)")

ALIEXPRESS_CONTENT_POLICY = ContentPolicy(
    platform="aliexpress",
    rules={
        "contact.email": RuleSetting("block", _CONTACT),
        "contact.email_obfuscated": RuleSetting("block", _CONTACT),
        "contact.phone": RuleSetting("block", _CONTACT),
        "contact.url": RuleSetting("block", _CONTACT),
        "contact.messenger": RuleSetting("block", _CONTACT),
        "review.request": RuleSetting("warn", _RULES),
        "review.positive_only": RuleSetting("block", _RULES),
        "review.incentive": RuleSetting("block", _RULES),
        "review.change": RuleSetting("block", _RULES),
        "marketing.promotion": RuleSetting(
            "warn", "AliExpress IM coupon cards exist (aliexpress.md §3.5); spam ban §8"
        ),
        "offplatform.payment": RuleSetting("block", _RULES),
        "format.html": RuleSetting("warn", "IM text is plain text (aliexpress.md §3.5)"),
        "order.missing_id": RuleSetting("warn", _PLAYBOOK),
        "length.empty": RuleSetting("block", "IM message_content_dto.txt required (aliexpress.md §3.5)"),
    },
    allowed_link_hosts=("aliexpress.*", "aliexpress.us", "aliexpress.ru", "aliexpress.com"),
    secure_link_hosts=CARRIER_TRACKING_HOSTS,
    order_id=ALIEXPRESS_ORDER_ID,
    default_region="CN",
)
