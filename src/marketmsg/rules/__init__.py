"""Platform rules: content checks, capability rules, deadlines. Pure functions over the unified model.

Each platform's rules are data in its adapter's rule pack, every number and pattern citing its source.
"""

from ._engine import check, evaluate, rule_pack_for
from ._types import Finding, Report, RuleContext, RulePack, Severity

__all__ = ["Finding", "Report", "RuleContext", "RulePack", "Severity", "check", "evaluate", "rule_pack_for"]
