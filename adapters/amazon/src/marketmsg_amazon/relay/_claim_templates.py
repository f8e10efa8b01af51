"""Sample A-to-z claim and chargeback notification mails (the sandbox and the relay corpus).

Amazon publishes no template for these e-mails. The texts below are written from what Seller Central's help pages
say the e-mails do — ask for information within a window (1781: 48 hours; DE/ES 27951: 3 calendar days),
report a decision, point to Performance > A-to-z Guarantee Claims / Chargeback Claims and "Respond to Amazon" /
"Represent your case" (G202145040) — and, for the chargeback, from a seller's published copy of one ("we need
you to provide us with proof of delivery … the online Chargeback forms … Represent your case", conyac.cc
question 275620). Paraphrased, in each language's Seller Central terms; the sender address is [unconfirmed].
"""

from __future__ import annotations

from typing import Final

__all__ = ["CLAIM_TEMPLATES", "ClaimTemplate"]

# (subject, body) with {order}, {amount}, {reason} placeholders.
ClaimTemplate = tuple[str, str]

CLAIM_TEMPLATES: Final[dict[tuple[str, str, str], ClaimTemplate]] = {
    # ------------------------------------------------------------------ English (amazon.com)
    ("en", "a_to_z", "information_requested"): (
        "A-to-z Guarantee claim: more information needed for order {order}",
        "Dear seller,\n\nA buyer has filed an A-to-z Guarantee claim for order {order}.\n\nClaim amount: {amount}\n"
        "Claim reason: {reason}\n\nWe need additional information to investigate this claim. Please respond within "
        "48 hours: from the Performance menu in Seller Central, select A-to-z Guarantee Claims, find the claim in "
        "the Action required tab and select Respond to Amazon. The response box takes no attachments; send "
        "documents to the buyer through Buyer-Seller Messaging.\n\nIf you do not respond in time, the claim will be "
        "granted in favor of the buyer and your account will be debited for the claim amount.\n\n"
        "Sincerely,\nAmazon Seller Performance",
    ),
    ("en", "a_to_z", "granted"): (
        "A-to-z Guarantee claim for order {order} has been granted",
        "Dear seller,\n\nThe A-to-z Guarantee claim for order {order} has been granted in favor of the buyer, and "
        "the claim amount has been debited from your account.\n\nClaim amount: {amount}\n\nIf you disagree with "
        "this decision and have new information, you can appeal within 30 calendar days from the A-to-z Guarantee "
        "Claims page in Seller Central.\n\nSincerely,\nAmazon Seller Performance",
    ),
    ("en", "a_to_z", "denied"): (
        "A-to-z Guarantee claim for order {order} closed",
        "Dear seller,\n\nThe A-to-z Guarantee claim for order {order} has been closed in your favor. No action is "
        "needed.\n\nSincerely,\nAmazon Seller Performance",
    ),
    ("en", "a_to_z", "withdrawn"): (
        "A-to-z Guarantee claim for order {order} withdrawn",
        "Dear seller,\n\nThe buyer has withdrawn the A-to-z Guarantee claim for order {order}. No action is "
        "needed.\n\nSincerely,\nAmazon Seller Performance",
    ),
    ("en", "chargeback", "information_requested"): (
        "Chargeback notification for order {order}",
        "Dear seller,\n\nThe buyer's credit card issuer has told us about a chargeback for order {order}.\n\n"
        "Chargeback amount: {amount}\nReason: {reason}\n\nIn order to respond to the card issuer on your behalf, we "
        "need you to provide us with proof of delivery. Please respond within 7 calendar days of the date of this "
        "e-mail. The quickest way is the online chargeback form: in Seller Central, go to Performance > Chargeback "
        "Claims and click Represent your case for action-required chargebacks. Please do not reply to this e-mail "
        "if you use the online form.\n\nSincerely,\nAmazon Seller Performance",
    ),
    ("en", "chargeback", "granted"): (
        "Chargeback for order {order}: decision",
        "Dear seller,\n\nThe chargeback for order {order} has been decided in favor of the cardholder, and the "
        "amount has been debited from your account.\n\nChargeback amount: {amount}\n\nSincerely,\n"
        "Amazon Seller Performance",
    ),
    ("en", "chargeback", "denied"): (
        "Chargeback for order {order}: decision",
        "Dear seller,\n\nThe chargeback for order {order} has been resolved in your favor. No action is needed."
        "\n\nSincerely,\nAmazon Seller Performance",
    ),
    # ------------------------------------------------------------------ German (amazon.de)
    ("de", "a_to_z", "information_requested"): (
        "A-bis-z-Garantieantrag für Bestellung {order}: weitere Informationen erforderlich",
        "Guten Tag,\n\nein Kunde hat einen A-bis-z-Garantieantrag für die Bestellung {order} gestellt.\n\n"
        "Betrag: {amount}\nGrund: {reason}\n\nWir benötigen weitere Informationen, um den Antrag zu prüfen. Bitte "
        "antworten Sie innerhalb von 3 Kalendertagen: Wählen Sie in Seller Central im Menü Leistung die Option "
        "A-bis-z-Garantieanträge und dann Amazon antworten.\n\nMit freundlichen Grüßen\nAmazon Verkäuferleistung",
    ),
    ("de", "a_to_z", "granted"): (
        "A-bis-z-Garantieantrag für Bestellung {order}: Entscheidung",
        "Guten Tag,\n\ndem A-bis-z-Garantieantrag für die Bestellung {order} wurde zugunsten des Kunden "
        "stattgegeben; der Betrag wurde Ihrem Konto belastet.\n\nBetrag: {amount}\n\nWenn Sie nicht einverstanden "
        "sind, können Sie innerhalb von 30 Kalendertagen Widerspruch einlegen.\n\nMit freundlichen Grüßen\n"
        "Amazon Verkäuferleistung",
    ),
    # ------------------------------------------------------------------ French (amazon.fr)
    ("fr", "a_to_z", "information_requested"): (
        "Réclamation au titre de la Garantie A à Z pour la commande {order} : informations supplémentaires requises",
        "Bonjour,\n\nUn client a déposé une réclamation au titre de la Garantie A à Z pour la commande {order}.\n\n"
        "Montant : {amount}\nMotif : {reason}\n\nNous avons besoin d'informations supplémentaires pour notre "
        "enquête. Veuillez répondre dans un délai de 48 heures : dans le menu Performances de Seller Central, "
        "cliquez sur Réclamations au titre de la Garantie A à Z, puis sur Répondre à Amazon.\n\nCordialement,\n"
        "Amazon Performance vendeur",
    ),
    # ------------------------------------------------------------------ Spanish (amazon.es)
    ("es", "a_to_z", "information_requested"): (
        "Reclamación bajo la Garantía de la A a la Z del pedido {order}: se necesita información adicional",
        "Hola:\n\nUn cliente ha presentado una reclamación bajo la Garantía de la A a la Z para el pedido {order}."
        "\n\nImporte: {amount}\nMotivo: {reason}\n\nNecesitamos información adicional para investigar la "
        "reclamación. Responde en un plazo de 48 horas: en el menú Performance de Seller Central, haz clic en "
        "Reclamaciones bajo la Garantía de la A a la Z y selecciona Responder a Amazon.\n\nAtentamente,\n"
        "Amazon Rendimiento del vendedor",
    ),
    # ------------------------------------------------------------------ Japanese (amazon.co.jp) [unconfirmed]
    ("ja", "a_to_z", "information_requested"): (
        "マーケットプレイス保証申請（注文番号 {order}）：追加情報のお願い",
        "出品者様\n\n注文番号 {order} について、購入者様からマーケットプレイス保証の申請がありました。\n\n"
        "金額: {amount}\n理由: {reason}\n\n調査のため追加情報が必要です。48時間以内にセラーセントラルの"
        "「パフォーマンス」>「マーケットプレイス保証申請」からご回答ください。\n\nAmazon 出品者パフォーマンス",
    ),
}
