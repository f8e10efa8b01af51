"""Amazon's allowed notice about seller feedback (Seller Central help 202126280) is a warning, every other change
request stays blocked — table-driven per language, and end to end through the public Client on the Amazon sandbox."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketmsg import PolicyViolation, VirtualClock
from marketmsg.rules import check
from marketmsg.rules._feedback_notice import CHOICE, DIRECT_ASK, FEEDBACK, PRESSURE, PRODUCT_REVIEW
from marketmsg.sandbox import Sandbox

NOTICE = "review.feedback_notice"
#: Amazon's own "Example of acceptable notification" (help page 202126280), verbatim.
AMAZON_ACCEPTABLE = (
    "If you are satisfied that we have resolved your concerns, it is possible to update or remove the feedback you "
    "originally provided here."
)
#: Amazon's own "Example of violation of policy" on the same page, verbatim.
AMAZON_VIOLATION = "Would you be willing to remove your feedback if we provide you with a voucher for 25% off your next purchase?"

# One notice per language of Amazon's stores: the concern resolved, the change left to the buyer, seller feedback.
NOTICES = {
    "en-US": "Order 113-6674102-2019385: if you feel we have resolved your concerns, it is possible to update or remove "
    "the feedback you left for us.",
    "de-DE": "Bestellung 302-5518724-0093146: Ihr Anliegen ist gelöst. Wenn Sie möchten, können Sie Ihr "
    "Verkäuferfeedback aktualisieren oder entfernen.",
    "fr-FR": "Commande 402-6619037-2284105 : si vous estimez que le problème est résolu, il est possible de modifier ou "
    "de supprimer le feedback que vous avez laissé.",
    "es-ES": "Pedido 402-6619037-2284105: si considera que hemos resuelto su problema, es posible actualizar o eliminar "
    "el feedback que dejó.",
    "it-IT": "Ordine 405-2281937-6640128: se ritiene che il problema sia risolto, è possibile aggiornare o rimuovere il "
    "feedback lasciato.",
    "pt-BR": "Pedido 701-3356482-1198723: caso considere que resolvemos o problema, é possível atualizar ou remover o "
    "feedback deixado.",
    "nl-NL": "Bestelling 302-5518724-0093146: als u vindt dat het probleem is opgelost, is het mogelijk uw feedback bij "
    "te werken of te verwijderen.",
    "pl-PL": "Zamówienie 302-5518724-0093146: jeśli uzna Pan, że problem został rozwiązany, istnieje możliwość zmiany "
    "lub usunięcia feedbacku.",
    "sv-SE": "Order 302-5518724-0093146: om du känner att problemet är löst är det möjligt att uppdatera eller ta bort "
    "din feedback.",
    "tr-TR": "Sipariş 302-5518724-0093146: sorunun çözüldüğünü düşünüyorsanız, isterseniz geri bildiriminizi "
    "güncelleyebilir veya kaldırabilirsiniz.",
    "ja-JP": "注文番号503-5518724-0093146：問題が解決したとお考えでしたら、ご希望であれば出品者評価を変更または削除することも可能です。",
    "ar-AE": "الطلب 402-6619037-2284105: إذا كنت راضيا عن الحل، يمكنك تحديث أو حذف تقييم البائع الذي تركته.",
}

# Each way a message stops being the notice: it asks, presses, rewards, steers to a better mark, or is about a
# product review.
STILL_BLOCKED = [
    (
        "en-US",
        "direct ask",
        "Order 113-6674102-2019385: the issue is resolved. Could you please remove the feedback?",
    ),
    (
        "en-US",
        "asked, with the option named",
        "Order 113-6674102-2019385: we would kindly ask you to remove the feedback. You can do so under Your Orders.",
    ),
    (
        "en-US",
        "gratitude for the change",
        "Order 113-6674102-2019385: you can remove seller feedback under Your Orders. If you feel we've addressed your "
        "concern, we would greatly appreciate it.",
    ),
    (
        "en-US",
        "the account at stake",
        "Order 113-6674102-2019385: if you wish, you can remove the feedback; it affects our account a lot.",
    ),
    (
        "en-US",
        "urgency",
        "Order 113-6674102-2019385: if you are satisfied, it is possible to remove the feedback. Please do it asap.",
    ),
    (
        "en-US",
        "a better mark",
        "Order 113-6674102-2019385: if you are satisfied, it is possible to update the feedback to a positive one.",
    ),
    (
        "en-US",
        "a product review",
        "Order 113-6674102-2019385: if you are satisfied, it is possible to update or remove the review you wrote.",
    ),
    ("en-US", "Amazon's violation example", AMAZON_VIOLATION),
    (
        "de-DE",
        "direct ask",
        "Bestellung 302-5518724-0093146: Könnten Sie Ihr Verkäuferfeedback bitte entfernen?",
    ),
    (
        "de-DE",
        "'Bewertung' may be a product review",
        "Bestellung 302-5518724-0093146: Ihr Anliegen ist gelöst. Wenn Sie möchten, können Sie Ihre Bewertung "
        "aktualisieren oder entfernen.",
    ),
    (
        "fr-FR",
        "direct ask",
        "Commande 402-6619037-2284105 : nous vous demandons de supprimer le feedback négatif.",
    ),
    (
        "es-ES",
        "direct ask",
        "Pedido 402-6619037-2284105: le pedimos que elimine el feedback negativo, por favor.",
    ),
    (
        "it-IT",
        "direct ask",
        "Ordine 405-2281937-6640128: le chiediamo cortesemente di rimuovere il feedback negativo.",
    ),
    (
        "it-IT",
        "grateful if",
        "Ordine 405-2281937-6640128: se ora è soddisfatta, le saremmo grati se volesse rivedere il feedback.",
    ),
    (
        "pt-BR",
        "direct ask",
        "Pedido 701-3356482-1198723: pedimos gentilmente que a senhora remova o feedback de vendedor.",
    ),
    ("ja-JP", "direct ask", "注文番号503-5518724-0093146：出品者評価を削除していただけませんか。"),
]


@pytest.mark.parametrize("locale", sorted(NOTICES))
def test_the_notice_is_a_warning_on_amazon_in_every_store_language(locale: str) -> None:
    report = check(NOTICES[locale], platform="amazon", locale=locale)
    assert not report.blocked, report.findings
    notices = [f for f in report.findings if f.rule == NOTICE]
    assert notices and all(f.severity == "warn" for f in notices)
    assert "202126280" in notices[0].source
    assert "resolved" in notices[0].message and "once" in notices[0].suggestion


@pytest.mark.parametrize("locale", sorted(NOTICES))
def test_the_same_words_stay_a_blocked_change_request_where_no_policy_allows_them(locale: str) -> None:
    report = check(NOTICES[locale], platform="aliexpress", locale=locale)
    assert "review.change" in {f.rule for f in report.findings if f.blocks}


def test_amazons_own_examples_get_amazons_verdicts() -> None:
    acceptable = check(AMAZON_ACCEPTABLE, platform="amazon")
    assert not acceptable.blocked
    assert NOTICE in {f.rule for f in acceptable.findings}
    violation = check(AMAZON_VIOLATION, platform="amazon")
    assert {"review.change", "review.incentive"} <= {f.rule for f in violation.findings if f.blocks}


@pytest.mark.parametrize(
    ("locale", "why", "text"), STILL_BLOCKED, ids=[f"{c[0]}-{c[1]}" for c in STILL_BLOCKED]
)
def test_anything_more_than_the_notice_stays_blocked(locale: str, why: str, text: str) -> None:
    report = check(text, platform="amazon", locale=locale)
    assert report.blocked, (why, report.findings)
    assert NOTICE not in {f.rule for f in report.findings}


def test_every_word_list_covers_the_same_languages() -> None:
    languages = set(FEEDBACK)
    assert len(languages) == 12
    for table in (PRODUCT_REVIEW, CHOICE, DIRECT_ASK, PRESSURE):
        assert set(table) == languages


@pytest.mark.parametrize("size", [10_000, 200_000])
def test_the_lists_stay_linear_on_hostile_repetition(size: int, guard: None) -> None:
    # the bounded gaps ("pourriez-vous … ?") must not rescan the text per occurrence (``guard``: a hang guard)
    from marketmsg.rules._feedback_notice import is_feedback_notice

    for unit, notice in (
        ("pourriez-vous ", False),
        ("könnten sie bitte ", False),
        ("if you wish you can update the feedback ", True),
    ):
        text = unit * (size // len(unit))
        assert is_feedback_notice(text) is notice


# ------------------------------------------------------------------ end to end, public Client, Amazon sandbox


def _relay_world() -> tuple[Sandbox, str, str]:
    sandbox = Sandbox.create(["amazon"], clock=VirtualClock(datetime(2026, 11, 2, 9, 0, tzinfo=UTC)))
    with sandbox.client() as client:
        conv = next(c for c in client.conversations.list() if c.channel.value == "relay_email" and c.order_id)
    assert conv.order_id is not None
    return sandbox, conv.id, conv.order_id


def test_a_relay_reply_with_the_notice_goes_out_with_the_warning_acknowledged() -> None:
    sandbox, conversation, order = _relay_world()
    relay = sandbox.specs["amazon"].extras["relay"]
    text = f"Order {order}: the replacement has arrived. {AMAZON_ACCEPTABLE}"
    with sandbox.client() as client:
        with pytest.raises(PolicyViolation) as info:
            client.messages.reply(conversation, text)
        assert [(f.rule, f.severity) for f in info.value.findings] == [(NOTICE, "warn")]
        assert relay.sent() == []
        client.messages.reply(conversation, text, allow_warnings=True)
    assert len(relay.sent()) == 1


def test_a_relay_reply_asking_for_the_removal_is_refused_before_any_mail() -> None:
    sandbox, conversation, order = _relay_world()
    relay = sandbox.specs["amazon"].extras["relay"]
    with sandbox.client() as client, pytest.raises(PolicyViolation) as info:
        client.messages.reply(
            conversation,
            f"Order {order}: the refund is done. Could you please remove the feedback?",
            allow_warnings=True,
        )
    assert "review.change" in {f.rule for f in info.value.findings if f.blocks}
    assert relay.sent() == []


def test_amazons_block_tells_the_seller_what_amazon_allows_instead() -> None:
    text = "Order 113-6674102-2019385: could you please remove the feedback you left?"
    amazon = next(f for f in check(text, platform="amazon").findings if f.rule == "review.change")
    assert "may update or remove it if they wish" in amazon.suggestion and "202126280" in amazon.suggestion
    aliexpress = next(f for f in check(text, platform="aliexpress").findings if f.rule == "review.change")
    assert aliexpress.suggestion == "Solve the problem and leave the review to the buyer."


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "if you wish",
                "it is possible to update or remove the feedback",
                "could you",
                "pourriez-vous",
                "?",
                "feedback",
                "review",
                "se ritiene",
                "お願い",
                "可能です",
                "出品者評価",
                " ",
                ".",
            ]
        )
        | st.text(max_size=20),
        max_size=40,
    )
)
def test_any_text_gets_an_answer_and_a_notice_is_never_blocked_for_being_one(pieces: list[str]) -> None:
    from marketmsg.rules._content import fold
    from marketmsg.rules._feedback_notice import is_feedback_notice
    from marketmsg.rules._invisible import visible

    text = " ".join(pieces)
    bare = visible(text)
    verdict = is_feedback_notice(
        fold(bare[0] if bare is not None else text)
    )  # the text as the check reads it
    report = check(text, platform="amazon")
    if NOTICE in {f.rule for f in report.findings}:
        assert verdict  # only the notice test's yes turns a change request into the warning


def test_blind_batch_fn_no_violation_passes_for_a_notice() -> None:
    # Batch FN: 192 messages in the 12 languages, written blind from Amazon's help page alone (labels notice / block /
    # clean). Before the word lists were widened on it: notices 34/60 sent, violations 80/84 blocked, clean 48/48.
    from benchmarks.rules_accuracy import NOTICES, load_corpus, notice_verdicts

    rows = load_corpus(NOTICES)
    for row in rows:
        if row["label"] == "block":
            rules = {f.rule for f in check(row["text"], platform="amazon", locale=row["locale"]).findings}
            assert NOTICE not in rules, row["id"]
    verdicts = notice_verdicts(rows)
    assert verdicts["clean"] == [48, 48]
    assert verdicts["block"][0] >= 80  # the misses are the phrase tables' (no notice involved)
    assert verdicts["notice"][0] >= 51
