"""AliExpress's content policy as data, each rule with its source (../shared/platforms/aliexpress.md).

- §8 seller rules: "malicious harassment" (pressuring for positive reviews), "illegal profit" (inducing buyers
  outside the normal process), off-platform payment not covered by Buyer Protection → block.
- §8: an explicit ban on contact details/links inside messages was **not found** in the stored sources; contact
  details are blocked because they are the way buyers are induced off-platform (the same §8 rule) and because
  the sellers' playbook keeps every order conversation on-platform (DOMAIN.md). A carrier's, manufacturer's or
  warranty line leads nowhere off the order, so it only warns (``contact.phone_exception``, as on Amazon; our
  reading of the same §8 rule, not a published AliExpress exception). Marketing is a warning only:
  AliExpress itself offers coupon cards in chat (IM ``template_id`` 21004, §3.5). Emoticons are allowed (§3.6).
- §8 "inducing buyer to confirm receipt early" is a listed transaction violation → ``order.confirm_receipt_early``
  blocks; "malicious harassment (pressuring for positive reviews)" → ``review.pressure`` blocks.
- No documented length limit for IM / station-letter text (§9 open points): ``length_limits`` is empty and can
  be configured by building another policy.
"""

from __future__ import annotations

import re

from marketmsg.rules import CARRIER_TRACKING_HOSTS, ContentPolicy, RuleSetting

from .._secrets import IOP_SIGNATURE

__all__ = [
    "ALIEXPRESS_CONTENT_POLICY",
    "ALIEXPRESS_NAMES",
    "ALIEXPRESS_ORDER_ID",
    "ALIEXPRESS_SECRET_PATTERNS",
]

_RULES = (
    "AliExpress seller rules (harassment, illegal profit, off-platform payment) — platforms/aliexpress.md §8"
)
_CONTACT = (
    _RULES + "; explicit contact-detail ban unconfirmed (§8); seller playbook: stay on-platform (DOMAIN.md)"
)
_PLAYBOOK = "Sellers' playbook: order id included in every reply — shared/DOMAIN.md"

#: AliExpress order ids are long numbers (16 digits today; 14–20 accepted so older/newer ids still count). The "no
#: digit before" test follows the first digit, so the regex engine can skip to digits in C (a lookbehind first is
#: tried at every position).
ALIEXPRESS_ORDER_ID = re.compile(r"\d(?<!\d.)\d{13,19}(?!\d)")

#: What AliExpress is called in the languages the content rules cover ("pay outside of AliExpress", look-alikes).
ALIEXPRESS_NAMES = (
    "aliexpress", "ali express", "速卖通", "速賣通", "알리익스프레스", "алиэкспресс", "алиэкспрес", "علي إكسبرس", "علي إكسبريس",
    "עליאקספרס",
)  # fmt: skip

#: IOP request signatures (HMAC-SHA256, 64 upper-case hex, aliexpress.md §1.3): never logged.
ALIEXPRESS_SECRET_PATTERNS = (re.compile(IOP_SIGNATURE),)

ALIEXPRESS_CONTENT_POLICY = ContentPolicy(
    platform="aliexpress",
    rules={
        "contact.email": RuleSetting("block", _CONTACT),
        "contact.email_obfuscated": RuleSetting("block", _CONTACT),
        "contact.phone": RuleSetting("block", _CONTACT),
        # a carrier's, manufacturer's or warranty line leads the buyer nowhere off the order: the §8 rule is about
        # inducing buyers off-platform, so it warns (as Amazon's guidelines allow such numbers) instead of blocking
        "contact.phone_exception": RuleSetting(
            "warn", _CONTACT + " (carrier/manufacturer/warranty line: warn)"
        ),
        "contact.url": RuleSetting("block", _CONTACT),
        "contact.messenger": RuleSetting("block", _CONTACT),
        "review.request": RuleSetting("warn", _RULES),
        "review.positive_only": RuleSetting("block", _RULES),
        "review.incentive": RuleSetting("block", _RULES),
        "review.change": RuleSetting("block", _RULES),
        "review.pressure": RuleSetting("block", _RULES + " (malicious harassment: pressuring for reviews)"),
        "order.confirm_receipt_early": RuleSetting(
            "block",
            "AliExpress seller rules: inducing the buyer to confirm receipt early — platforms/aliexpress.md §8",
        ),
        "marketing.promotion": RuleSetting(
            "warn", "AliExpress IM coupon cards exist (aliexpress.md §3.5); spam ban §8"
        ),
        "offplatform.payment": RuleSetting("block", _RULES),
        "format.html": RuleSetting("warn", "IM text is plain text (aliexpress.md §3.5)"),
        "order.missing_id": RuleSetting("warn", _PLAYBOOK),
        "length.empty": RuleSetting("block", "IM message_content_dto.txt required (aliexpress.md §3.5)"),
    },
    # Carriers' tracking sites are allowed here with or without "https://" ("suivi sur laposte.fr", "kolla på
    # postnord.se"): AliExpress's rule is off-platform inducement (aliexpress.md §8 seller rules), which a carrier's
    # tracking page is not, and AliExpress publishes no https requirement — that one is Amazon's (Communication
    # Guidelines, amazon.md §5.1). Eleven clean AliExpress chats of blind tuning batch DS were blocked for it (stop 43).
    allowed_link_hosts=(
        "aliexpress.*",
        "aliexpress.us",
        "aliexpress.ru",
        "aliexpress.com",
        *CARRIER_TRACKING_HOSTS,
    ),
    platform_names=ALIEXPRESS_NAMES,
    order_id=ALIEXPRESS_ORDER_ID,
    id_shapes=(re.compile(r"\d{14,20}"),),
    default_region="CN",
)
