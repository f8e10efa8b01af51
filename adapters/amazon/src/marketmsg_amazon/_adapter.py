"""The Amazon adapter: SP-API (typed proactive messages) + relay mail (every buyer message and reply)."""

from __future__ import annotations

from marketmsg.adapter import Adapter

from .relay import RelayMailChannel
from .rules import AMAZON_RULES


class AmazonAdapter(RelayMailChannel, Adapter):
    name = "amazon"
    display_name = "Amazon"
    rule_pack = AMAZON_RULES
