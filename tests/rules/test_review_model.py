"""The statistical review model (``marketmsg.rules._review_model``): it adds review rules the phrase tables miss,
stays silent on neutral review talk, only reads messages that name a review, and can be switched off."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marketmsg.rules import ContentRules, RuleContext, _review_model, check
from marketmsg.rules._content import fold
from marketmsg.rules._lexicon import Scan
from marketmsg.rules._review_model import CONDITIONS, MODEL_FILE, gate_words, grams, review_model
from marketmsg.rules._tables import tables
from marketmsg_amazon.rules import AMAZON_CONTENT_POLICY

MODEL_NOTE = "statistical review model"

# Change requests in words no phrase of the tables matches (written for this test, not taken from a corpus): the
# model reads them in the message as a whole.
READ_BY_MODEL = [
    (
        "en-US",
        "Hi Sarah, glad the new blender works well now. I saw the review you left last week and wondered if it still "
        "tells the whole story. Entirely up to you, of course, but it would be wonderful if it reflected how things "
        "ended up.",
    ),
]
# Review talk a seller may send: the model must not block it.
NEUTRAL = [
    (
        "en-US",
        "Hi Tom, thanks for the review you left. We read every comment and your note about the handle helps us.",
    ),
    (
        "en-US",
        "Hello, you can edit or delete a review yourself from your Amazon profile under Community. Whether to change "
        "anything is entirely your decision.",
    ),
    (
        "en-US",
        "Hi, if you have a moment, we would appreciate an honest review of the kettle on Amazon, good or bad.",
    ),
    ("de-DE", "Vielen Dank für Ihre Bewertung! Wir freuen uns, dass Ihnen die Lampe gefällt."),
    ("fr-FR", "Merci pour votre avis, nous avons transmis votre remarque sur l'emballage à notre entrepôt."),
    ("ja-JP", "レビューをお書きいただきありがとうございます。今後の商品づくりの参考にさせていただきます。"),
]


def _model_findings(text: str, locale: str) -> list[str]:
    report = check(text, platform="amazon", locale=locale)
    return [f.rule for f in report.findings if MODEL_NOTE in f.message]


@pytest.mark.parametrize(("locale", "text"), READ_BY_MODEL)
def test_the_model_adds_a_change_request_no_phrase_matches(locale: str, text: str) -> None:
    found = check(text, platform="amazon", locale=locale).findings
    by_model = [f for f in found if MODEL_NOTE in f.message]
    assert [f.rule for f in by_model] == ["review.change"]
    finding = by_model[0]
    assert finding.blocks
    # the whole message, trimmed: the model reads the message, not a phrase
    assert (finding.start, finding.end) == (0, len(text))
    assert "threshold" in finding.message
    # without the model the phrase tables alone let it through
    alone = ContentRules(replace(AMAZON_CONTENT_POLICY, review_model=False))
    assert not any(
        f.rule == "review.change" for f in alone.check(text, RuleContext(platform="amazon", locale=locale))
    )


@pytest.mark.parametrize(("locale", "text"), NEUTRAL)
def test_neutral_review_talk_stays_clean(locale: str, text: str) -> None:
    assert not check(text, platform="amazon", locale=locale).blocked


def _scored(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every text the model scores from now on (the model still scores it)."""
    model = review_model()
    assert model is not None
    calls: list[str] = []
    original = type(model).scores
    monkeypatch.setattr(
        type(model), "scores", lambda self, low, only=None: calls.append(low) or original(self, low, only)
    )
    return calls


# The buyer's own change thanked: the phrase tables' firm veto clears it where a phrase matches, and the model read
# it as a change request where none did (stop 43's notes); the veto now clears the model's reading too.
THANKED_FOR_OWN_CHANGE = [
    ("es-ES", "Vimos que actualizaste tu valoración, ¡muchas gracias!"),
    ("pt-BR", "Vimos que você atualizou sua avaliação, muito obrigado!"),
]


@pytest.mark.parametrize(("locale", "text"), THANKED_FOR_OWN_CHANGE)
def test_a_firm_veto_clears_the_models_reading_too(locale: str, text: str) -> None:
    assert not check(text, platform="amazon", locale=locale).blocked
    # the model alone reads it as a change request: what the veto stops
    model = review_model()
    assert model is not None
    low = fold(text)
    assert model.read(low, frozenset({"review.change"}), set())


def test_only_messages_naming_a_review_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _scored(monkeypatch)
    check("Your parcel left our warehouse today with DHL, tracking 00340434161234567890.", platform="amazon")
    assert calls == []
    check("Thank you for your review of the lamp.", platform="amazon")
    assert len(calls) == 1


def test_a_rule_the_phrases_found_is_not_read_again() -> None:
    text = "Please change your 1-star review to 5 stars now that the replacement arrived."
    found = check(text, platform="amazon", locale="en-US").findings
    assert "review.change" in {f.rule for f in found}
    assert not any(MODEL_NOTE in f.message for f in found)


def test_every_gate_word_is_an_anchor_the_scan_reports() -> None:
    tables()  # the review families register their anchors
    for word in sorted(gate_words()):
        present = Scan(fold(f"about the {word} here")).present
        assert word in present, word


def test_the_shipped_thresholds_follow_the_training_rule() -> None:
    """Each threshold was chosen by cross-validation on the tuning corpus: the lowest of the grid at which what the
    model adds is at least 90 % right and holds at least 3 true additions (scripts/train_review_model.py)."""
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["thresholds"], "the model ships no rule"
    for rule, threshold in data["thresholds"].items():
        table = data["cross_validation"][rule]
        chosen = next(
            row["threshold"]
            for row in table
            if row["added_right"] >= 3
            and row["added_right"] / max(row["added_right"] + row["added_wrong"], 1) >= 0.9
        )
        assert threshold == chosen, rule
    assert set(data["rules"]) == set(data["thresholds"])


def test_digits_are_no_evidence() -> None:
    assert grams(fold("order 302-7719203-5546180")) == grams(fold("order 111-2222222-3333333"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_scores_between_zero_and_one(text: str) -> None:
    model = review_model()
    assert model is not None
    for score in model.scores(fold(text)).values():
        assert 0.0 <= score <= 1.0
    check(text, platform="amazon")  # never raises


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a review ask the phrases found, and a refund named: the model reads the bargain
        (
            "O reembolso só pode ser processado depois que a avaliação de 1 estrela sair do ar.",
            {"review.incentive"},
        ),
        # the same ask with no benefit in it: the incentive model is not consulted
        ("O envio só pode ser processado depois que a avaliação de 1 estrela sair do ar.", set()),
    ],
)
def test_the_incentive_is_read_only_beside_a_review_ask_and_a_benefit(text: str, expected: set[str]) -> None:
    found = check(text, platform="amazon", locale="pt-BR").findings
    assert "review.change" in {f.rule for f in found}  # the phrase tables' own finding
    assert {f.rule for f in found if MODEL_NOTE in f.message} == expected


def test_every_condition_a_rule_requires_exists() -> None:
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    assert data["requires"] == {"review.incentive": ["a review rule found", "a benefit named"]}
    for names in data["requires"].values():
        assert set(names) <= set(CONDITIONS)


def test_without_the_model_file_the_phrase_tables_check_alone(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(_review_model, "MODEL_FILE", tmp_path / "missing.json")
    assert _review_model.review_model.__wrapped__() is None  # an installation without package data
    monkeypatch.setattr(_review_model, "review_model", lambda: None)
    locale, text = READ_BY_MODEL[0]
    assert "review.change" not in {f.rule for f in check(text, platform="amazon", locale=locale).findings}


def test_a_text_longer_than_a_message_is_left_to_the_phrase_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    """A quoted thread or a hostile mail of distinct words would cost time and memory linear in its words."""
    calls = _scored(monkeypatch)
    filler = " ".join(f"w{i:x}q" for i in range(_review_model.MAX_CHARS // 5))
    locale, text = READ_BY_MODEL[0]
    check(f"{text} {filler}", platform="amazon", locale=locale)
    assert calls == []
    check(text, platform="amazon", locale=locale)
    assert [len(low) for low in calls] == [len(text)]
