"""Stop 37: change requests in the subjunctive of a polite request (blind batch FN's "Le agradeceríamos mucho que
revisara su valoración" was let through) — blocked in Spanish, Italian, Portuguese and French; the same verbs about
anything but the review stay clean."""

from __future__ import annotations

import pytest

from marketmsg.rules import check

BLOCKED = [
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos mucho que revisara su valoración."),
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos que modificara su reseña."),
    ("es-ES", "Pedido 403-7781024-9930516: nos gustaría que cambiara su valoración."),
    ("es-ES", "Pedido 403-7781024-9930516: sería genial que cambies tu reseña."),
    ("it-IT", "Ordine 405-2281937-6640128: le saremmo grati se modificasse la sua recensione."),
    ("pt-BR", "Pedido 701-3356482-1198723: ficaríamos gratos se alterasse a sua avaliação."),
    ("fr-FR", "Commande 402-6619037-2284105 : nous aimerions que vous modifiiez votre avis."),
]
CLEAN = [
    ("es-ES", "Pedido 403-7781024-9930516: le agradeceríamos que revisara el paquete antes de firmar."),
    ("it-IT", "Ordine 405-2281937-6640128: le saremmo grati se controllasse la sua casella di posta."),
    ("pt-BR", "Pedido 701-3356482-1198723: ficaríamos gratos se alterasse o endereço de entrega no app."),
    ("fr-FR", "Commande 402-6619037-2284105 : nous aimerions que vous modifiiez votre adresse de livraison."),
]


@pytest.mark.parametrize("platform", ["amazon", "aliexpress"])
@pytest.mark.parametrize(("locale", "text"), BLOCKED)
def test_a_polite_subjunctive_change_request_is_blocked(platform: str, locale: str, text: str) -> None:
    report = check(text, platform=platform, locale=locale)
    assert "review.change" in {f.rule for f in report.findings if f.blocks}, report.findings


@pytest.mark.parametrize(("locale", "text"), CLEAN)
def test_the_same_verbs_about_anything_else_stay_clean(locale: str, text: str) -> None:
    assert not check(text, platform="amazon", locale=locale).blocked
