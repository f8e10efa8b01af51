"""The Amazon adapter: SP-API (typed proactive messages) + relay mail (every buyer message and reply)."""

from __future__ import annotations

from marketmsg.adapter import Adapter


class AmazonAdapter(Adapter):
    name = "amazon"
    display_name = "Amazon"
