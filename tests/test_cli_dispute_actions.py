"""`marketmsg dispute show|accept|propose|evidence` against the sandbox: the platform's dispute rules refuse before
any request (exit 1, naming the rule), a retried command with the same --idempotency-key acts once, and bad input
is a usage error (exit 2) that says what to do."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from marketmsg.cli import app

runner = CliRunner()


@pytest.fixture
def store(tmp_path: Path) -> str:
    return str(tmp_path / "sandbox.db")


def _disputes(store: str) -> list[dict[str, Any]]:
    result = runner.invoke(app, ["disputes", "--sandbox", "--store", store, "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def _open_aliexpress_with_buyer_solution(store: str) -> dict[str, Any]:
    """The open AliExpress dispute with the buyer's solution waiting and the latest response deadline (the seeds
    include overdue ones), read in full: `dispute show --json` (the listing leaves the solutions out)."""
    found = []
    for listed in _disputes(store):
        if listed["platform"] == "aliexpress" and listed["status"] == "awaiting_seller":
            shown = _run(store, "show", listed["ref"], "--json")
            assert shown.exit_code == 0, shown.output
            full: dict[str, Any] = json.loads(shown.stdout)
            if full["buyer_solutions"] and full["timeline"]["seller_response_due"]:
                found.append(full)
    assert found, "the sandbox seeds an open AliExpress dispute with a buyer solution"
    return max(found, key=lambda d: d["timeline"]["seller_response_due"]["at"])


def _dispute(store: str, platform: str, status: str) -> dict[str, Any]:
    return next(d for d in _disputes(store) if d["platform"] == platform and d["status"] == status)


def _run(store: str, *args: str) -> Any:
    return runner.invoke(app, ["dispute", *args, "--sandbox", "--store", store])


def test_show_prints_the_deadlines_and_the_solution_ids_accept_takes(store: str) -> None:
    dispute = _open_aliexpress_with_buyer_solution(store)
    solution = dispute["buyer_solutions"][0]
    shown = _run(store, "show", dispute["ref"])
    assert shown.exit_code == 0, shown.output
    assert dispute["id"] in shown.stdout
    assert "seller response due" in shown.stdout
    assert f"buyer    {solution['id']}" in shown.stdout and "[proposed]" in shown.stdout
    as_json = _run(store, "show", dispute["ref"], "--json")
    assert json.loads(as_json.stdout)["id"] == dispute["id"]


def test_a_retried_proposal_acts_once_and_another_under_the_same_key_is_refused(store: str) -> None:
    ref = _open_aliexpress_with_buyer_solution(store)["ref"]
    offer = [
        "propose",
        ref,
        "--amount",
        "5.00",
        "--currency",
        "USD",
        "--reason",
        "Partial refund for the delay",
    ]
    first = _run(store, *offer, "--idempotency-key", "job-7")
    assert first.exit_code == 0, first.output
    assert "done: propose" in first.stdout and "awaiting_buyer" in first.stdout
    again = _run(store, *offer, "--idempotency-key", "job-7")
    assert again.exit_code == 0, again.output
    assert "already done" in again.stdout and "not sent again" in again.stdout
    # the simulators start afresh per command: the replay says so instead of reporting the proposal undone
    assert "is now" not in again.stdout and "fresh sandbox" in again.stdout
    other = _run(store, *offer[:3], "6.00", *offer[4:], "--idempotency-key", "job-7")
    assert other.exit_code == 2
    assert "IdempotencyConflict" in other.output


@pytest.mark.parametrize(
    ("case", "rule"),
    [
        ("a refund above the order amount", "aliexpress.dispute_amount"),
        ("accepting on a resolved dispute", "aliexpress.dispute_status"),
    ],
)
def test_the_dispute_rules_refuse_before_any_request_with_exit_1(store: str, case: str, rule: str) -> None:
    if case.startswith("a refund"):
        ref = _open_aliexpress_with_buyer_solution(store)["ref"]
        result = _run(store, "propose", ref, "--amount", "500", "--currency", "USD", "--reason", "too much")
    else:
        resolved = _dispute(store, "aliexpress", "resolved")
        result = _run(store, "accept", resolved["ref"], "any-solution")
    assert result.exit_code == 1, result.output
    assert "DisputeActionRefused" in result.output and rule in result.output
    assert "retry with" not in result.output  # nothing went out: there is nothing to retry


def test_amazon_claims_say_where_to_answer_them(store: str) -> None:
    claim = _dispute(store, "amazon", "awaiting_seller")
    result = _run(store, "accept", claim["ref"], "x")
    assert result.exit_code != 0
    assert "Seller Central" in result.output


def test_evidence_is_uploaded(store: str, tmp_path: Path) -> None:
    photo = tmp_path / "parcel.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0 a photo")
    ref = _open_aliexpress_with_buyer_solution(store)["ref"]
    result = _run(store, "evidence", ref, str(photo))
    assert result.exit_code == 0, result.output
    assert "done: upload evidence" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["propose", "{ref}", "--amount", "abc", "--currency", "USD", "--reason", "x"], "is no number"),
        (["propose", "{ref}", "--amount", "1", "--currency", "USD", "--reason", "  "], "--reason is empty"),
        (["evidence", "{ref}", "/nonexistent/photo.jpg"], "cannot read"),
        (["show", "zzzz"], "marketmsg disputes"),
        (["show", "abcdef0"], "no dispute with ref"),
    ],
)
def test_bad_input_is_a_usage_error_that_says_what_to_do(store: str, args: list[str], says: str) -> None:
    ref = _open_aliexpress_with_buyer_solution(store)["ref"]
    result = _run(store, *[a.format(ref=ref) for a in args])
    assert result.exit_code == 2, result.output
    assert says in result.output


@pytest.mark.parametrize(
    ("amount", "says"),
    [("NaN", "finite"), ("-5", "must not be negative"), ("0.001", "0.01 USD")],
)
def test_an_amount_no_platform_can_pay_is_a_usage_error(store: str, amount: str, says: str) -> None:
    ref = _open_aliexpress_with_buyer_solution(store)["ref"]
    result = _run(store, "propose", ref, "--amount", amount, "--currency", "USD", "--reason", "x")
    assert result.exit_code == 2, result.output
    assert says in result.output and "errors.pydantic.dev" not in result.output
