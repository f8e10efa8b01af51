"""Platform rules: content checks, capability rules, deadlines. Pure functions over the unified model.

Each platform's rules are data in its adapter's rule pack, every number and pattern citing its source.

>>> from marketmsg.rules import check
>>> check("Write me at bob@example.com", platform="fakemarket").blocked  # doctest: +SKIP
True
"""

import typing as _typing

from ..lazy import lazy_exports as _lazy_exports

if _typing.TYPE_CHECKING:
    from ._allowance import allow_external_contact, external_contact_allowed_for
    from ._content import (
        RULE_TEXT,
        AttachmentLimits,
        ContentPolicy,
        ContentRules,
        RuleSetting,
        fold,
        region_for_locale,
    )
    from ._deadlines import RESPONSE_SLA, DeadlineRule, parse_platform_local, response_due, time_left
    from ._engine import check, evaluate, rule_pack_for
    from ._hosts import CARRIER_TRACKING_HOSTS, MARKETPLACE_HOSTS
    from ._types import (
        NEED_EVERYTHING,
        DisputeActionRules,
        FactNeed,
        Finding,
        Report,
        RuleContext,
        RulePack,
        Severity,
    )

__all__ = [
    "CARRIER_TRACKING_HOSTS",
    "MARKETPLACE_HOSTS",
    "NEED_EVERYTHING",
    "RESPONSE_SLA",
    "RULE_TEXT",
    "AttachmentLimits",
    "ContentPolicy",
    "ContentRules",
    "DeadlineRule",
    "DisputeActionRules",
    "FactNeed",
    "Finding",
    "Report",
    "RuleContext",
    "RulePack",
    "RuleSetting",
    "Severity",
    "allow_external_contact",
    "check",
    "evaluate",
    "external_contact_allowed_for",
    "fold",
    "parse_platform_local",
    "region_for_locale",
    "response_due",
    "rule_pack_for",
    "time_left",
]

__getattr__, __dir__ = _lazy_exports(
    __name__,
    {
        "._allowance": ("allow_external_contact", "external_contact_allowed_for"),
        "._content": (
            "RULE_TEXT",
            "AttachmentLimits",
            "ContentPolicy",
            "ContentRules",
            "RuleSetting",
            "fold",
            "region_for_locale",
        ),
        "._deadlines": ("RESPONSE_SLA", "DeadlineRule", "parse_platform_local", "response_due", "time_left"),
        "._engine": ("check", "evaluate", "rule_pack_for"),
        "._hosts": ("CARRIER_TRACKING_HOSTS", "MARKETPLACE_HOSTS"),
        "._types": (
            "NEED_EVERYTHING",
            "DisputeActionRules",
            "FactNeed",
            "Finding",
            "Report",
            "RuleContext",
            "RulePack",
            "Severity",
        ),
    },
)
