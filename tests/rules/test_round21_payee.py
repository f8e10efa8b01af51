"""Round 21 (issue 12.6): the account money goes to, asked for — a PayPal address, an IBAN, bank details, a Pix key.

"Send us your PayPal address and we refund you", "ci mandi il suo IBAN", "schicken Sie uns Ihre PayPal-Adresse":
money paid to it goes around the platform's refund and checkout, so a refund word beside it no longer excuses it
(``_vetoes.on_platform``). Clean: the refund the platform pays back to the buyer's own PayPal, the seller saying it
does not need or see bank details, and the details named with no ask. Rows written for this table.

Sources: Amazon Services Business Solutions Agreement S-2.2 (refunds through the function Amazon provides);
Amazon Communication Guidelines and Prohibited Seller Activities (diverting transactions); AliExpress §8 (payment
outside Buyer Protection), shared/platforms/aliexpress.md.
"""

from __future__ import annotations

import pytest

from ._blocking import blocks as _blocks

PAY = "offplatform.payment"

# (platform, locale, text)
VIOLATIONS = [
    ("amazon", "en-US", "Please send us your PayPal address and we will refund you the full price right away."),
    ("amazon", "en-GB", "To speed up the refund, just reply with your bank details and we'll transfer the money."),
    ("amazon", "de-DE", "Bitte schicken Sie uns dafür Ihre Bestellnummer und Ihre PayPal-Adresse, dann erstatten wir den Betrag."),
    ("amazon", "de-DE", "Teilen Sie uns Ihre IBAN mit, dann überweisen wir die Erstattung noch heute."),
    ("amazon", "it-IT", "Per velocizzare il rimborso di 24,90 € ci mandi il suo IBAN."),
    ("amazon", "es-ES", "Envíenos el correo de su cuenta de PayPal y le devolvemos el importe."),
    ("amazon", "fr-FR", "Pour le remboursement, envoyez-nous votre RIB par retour de message."),
    ("aliexpress", "pt-BR", "Para o reembolso, mande sua chave Pix aqui no chat."),
    ("amazon", "nl-NL", "Stuur ons uw rekeningnummer, dan storten we de terugbetaling direct."),
    ("amazon", "pl-PL", "Prosimy o numer konta, zwrot przelejemy od razu. Podaj Twój numer konta w odpowiedzi."),
    ("amazon", "sv-SE", "Skicka ditt kontonummer så betalar vi tillbaka pengarna direkt."),
    ("amazon", "tr-TR", "İade için PayPal adresinizi bize gönderin."),
    ("aliexpress", "ru-RU", "Для возврата пришлите, пожалуйста, ваш номер карты."),
]  # fmt: skip

CLEAN = [
    ("aliexpress", "en-US", "The refund goes back to your PayPal account within 3-5 business days."),
    ("amazon", "en-US", "Amazon will refund your original payment method; we never need your bank details."),
    ("amazon", "fr-FR", "Le paiement est géré par Amazon ; nous n'avons jamais accès à vos coordonnées bancaires."),
    ("aliexpress", "es-ES", "El reembolso se hará por AliExpress. Nosotros no necesitamos tus datos bancarios."),
    ("amazon", "de-DE", "Die Erstattung läuft über Amazon auf Ihr ursprüngliches Zahlungsmittel, wir sehen Ihre Bankdaten nie."),
    ("aliexpress", "pt-BR", "O reembolso será feito pelo AliExpress na forma de pagamento original; não precisamos do seu Pix."),
    ("amazon", "en-US", "Please never send anyone your IBAN or PayPal password by message."),
]  # fmt: skip


@pytest.mark.parametrize(("platform", "locale", "text"), VIOLATIONS)
def test_the_buyers_payment_account_asked_for_is_off_platform(platform: str, locale: str, text: str) -> None:
    assert PAY in _blocks(text, platform, locale)


@pytest.mark.parametrize(("platform", "locale", "text"), CLEAN)
def test_refunds_through_the_platform_and_details_not_needed_pass(
    platform: str, locale: str, text: str
) -> None:
    assert PAY not in _blocks(text, platform, locale)
