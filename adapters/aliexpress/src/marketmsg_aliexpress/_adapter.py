"""The AliExpress adapter: IOP gateway, IM / station letters / dispute records, disputes."""

from __future__ import annotations

from marketmsg.adapter import Adapter

from .rules import ALIEXPRESS_RULES


class AliExpressAdapter(Adapter):
    name = "aliexpress"
    display_name = "AliExpress"
    rule_pack = ALIEXPRESS_RULES
