"""Carrier tracking hosts: links to them are "needed to complete the order" when sent over https.

Source: a platform allowing "secure (https) links needed to complete the order" (the shared fact sheets §5.1);
the hosts are the carriers' public tracking sites for the marketplaces marketmsg serves. Extend per account by
building your own :class:`~marketmsg.rules.ContentPolicy` (see docs/rules.md).
"""

from __future__ import annotations

__all__ = ["CARRIER_TRACKING_HOSTS"]

CARRIER_TRACKING_HOSTS: tuple[str, ...] = (
    "ups.com",
    "dhl.com",
    "dhl.de",
    "dhl.fr",
    "dhl.es",
    "dhl.it",
    "fedex.com",
    "usps.com",
    "royalmail.com",
    "parcelforce.com",
    "evri.com",
    "myhermes.de",
    "hermesworld.com",
    "dpd.com",
    "dpd.de",
    "dpd.co.uk",
    "gls-group.eu",
    "gls-group.com",
    "laposte.fr",
    "colissimo.fr",
    "chronopost.fr",
    "correos.es",
    "seur.com",
    "poste.it",
    "brt.it",
    "ctt.pt",
    "correios.com.br",
    "japanpost.jp",
    "kuronekoyamato.co.jp",
    "sagawa-exp.co.jp",
    "canadapost-postescanada.ca",
    "auspost.com.au",
    "postnl.nl",
    "bpost.be",
    "cainiao.com",
    "sf-express.com",
    "ems.com.cn",
)
