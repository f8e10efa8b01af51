"""Dispute actions under an idempotency key act at most once: a retried call, a re-run job, another worker.

Through the public client against the IOP simulator, on the in-memory outbox, SQLite and PostgreSQL (a second client, as
after a restart, repeats the call). Without a key an action is sent each time it is called, as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marketmsg import (
    AcceptSolution,
    APIConnectionError,
    AsyncClient,
    Attachment,
    BadRequestError,
    DeliveryUnknown,
    DisputeStatus,
    IdempotencyConflict,
    InMemoryOutbox,
    Money,
    Outbox,
    OutboxState,
    ProposeSolution,
    SolutionKind,
    UploadEvidence,
    VirtualClock,
)
from marketmsg.sandbox import Sandbox, SandboxSpec
from marketmsg.store import SqlStore
from marketmsg_aliexpress.simulator import IM_SELLER, AliExpressSimulator, Fault

from .conftest import account

PHOTO = Attachment.from_bytes("proof.jpg", b"\xff\xd8\xff\xe0 not utf-8 at all", "image/jpeg")
UPLOAD = "issue.image.upload"
AGREE = "issue.solution.agree"
SAVE = "issue.solution.save"


def _dispute(sim: AliExpressSimulator, order: str) -> str:
    issue = sim.open_issue(IM_SELLER, order, f"us{order[-7:]}", "30.00")
    return f"aliexpress:{IM_SELLER}:dispute:{issue.id}/{order}"


def _calls(sim: AliExpressSimulator, api: str) -> int:
    return sum(api in str(r.url) or api in r.content.decode("latin-1") for r in sim.requests)


def test_evidence_uploaded_once_when_the_call_is_repeated_with_its_key(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    dispute_id = _dispute(sim, "8200000101")
    first = make_client(account(spec), outbox=outbox)
    action = UploadEvidence(attachments=(PHOTO,))
    after = first.disputes.act(dispute_id, action, idempotency_key="evidence-8200000101")
    assert len(after.evidence) == 1
    # A new client on the same outbox (a restarted job) repeats the call: the dispute comes back, nothing uploads.
    again = make_client(account(spec), outbox=outbox).disputes.act(
        dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="evidence-8200000101"
    )
    assert len(sim.state.uploads) == 1
    assert [a.url for a in again.evidence] == [a.url for a in after.evidence]
    entry = outbox.get("evidence-8200000101")
    assert entry is not None and entry.state is OutboxState.SENT
    assert entry.operation == "dispute_upload_evidence" and entry.target == dispute_id
    assert entry.message is None  # the dispute is read again, never stored as a message
    assert entry.body is not None and entry.body.startswith("sha256:")  # no photo, no reason text kept


def test_without_a_key_each_call_acts(spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any) -> None:
    dispute_id = _dispute(sim, "8200000102")
    client = make_client(account(spec))
    client.disputes.act(dispute_id, UploadEvidence(attachments=(PHOTO,)))
    client.disputes.act(dispute_id, UploadEvidence(attachments=(PHOTO,)))
    assert len(sim.state.uploads) == 2


def test_a_repeated_accept_returns_the_resolved_dispute_instead_of_a_rule_refusal(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    dispute_id = _dispute(sim, "8200000103")
    client = make_client(account(spec), outbox=outbox)
    solution = client.disputes.get(dispute_id).buyer_solutions[0]
    accept = AcceptSolution(solution_id=solution.id)
    accepted = client.disputes.act(dispute_id, accept, idempotency_key="accept-8200000103")
    assert accepted.status is DisputeStatus.RESOLVED
    agreed = _calls(sim, AGREE)
    # Without the outbox the rules would refuse this (the solution no longer waits for the seller).
    again = client.disputes.act(dispute_id, accept, idempotency_key="accept-8200000103")
    assert again.status is DisputeStatus.RESOLVED
    assert _calls(sim, AGREE) == agreed == 1


@pytest.mark.parametrize(
    ("other", "differs"),
    [
        (
            UploadEvidence(
                attachments=(Attachment.from_bytes("other.jpg", b"\xff\xd8 other", "image/jpeg"),)
            ),
            "text",
        ),
        (
            ProposeSolution(
                kind=SolutionKind.REFUND, amount=Money(amount="5", currency="USD"), reason="Partial"
            ),
            "operation",
        ),
    ],
)
def test_another_action_under_a_used_key_is_a_conflict_and_sends_nothing(
    spec: SandboxSpec,
    sim: AliExpressSimulator,
    make_client: Any,
    outbox: Outbox,
    other: UploadEvidence | ProposeSolution,
    differs: str,
) -> None:
    dispute_id = _dispute(sim, "8200000104")
    client = make_client(account(spec), outbox=outbox)
    client.disputes.act(dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="k-8200000104")
    before = len(sim.requests)
    with pytest.raises(IdempotencyConflict) as caught:
        client.disputes.act(dispute_id, other, idempotency_key="k-8200000104")
    assert differs in caught.value.differs
    assert len(sim.requests) == before  # refused before any request, even the dispute read
    assert len(sim.state.uploads) == 1


def test_a_lost_answer_leaves_the_key_unknown_and_a_repeat_refuses_without_acting(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    dispute_id = _dispute(sim, "8200000105")
    client = make_client(account(spec), outbox=outbox)
    offer = ProposeSolution(
        kind=SolutionKind.REFUND, amount=Money(amount="5", currency="USD"), reason="Partial"
    )
    sim.inject(
        Fault(error="read_timeout_after_commit", api_contains=SAVE)
    )  # processed, then the answer is lost
    with pytest.raises(DeliveryUnknown) as first:
        client.disputes.act(dispute_id, offer, idempotency_key="offer-8200000105")
    assert first.value.idempotency_key == "offer-8200000105"
    saved = _calls(sim, SAVE)
    with pytest.raises(DeliveryUnknown, match="reconcile it against the dispute"):
        client.disputes.act(dispute_id, offer, idempotency_key="offer-8200000105")
    assert _calls(sim, SAVE) == saved
    entry = outbox.get("offer-8200000105")
    assert entry is not None and entry.state is OutboxState.UNKNOWN
    # What reconciling finds: the offer did reach the platform, once.
    assert len(client.disputes.get(dispute_id).seller_solutions) == 1


def test_a_refused_action_may_be_tried_again_under_its_key(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    dispute_id = _dispute(sim, "8200000106")
    client = make_client(account(spec), outbox=outbox)
    sim.inject(
        Fault(code="15", msg="Remote service error", sub_code="isv.invalid-parameter", api_contains=UPLOAD)
    )
    with pytest.raises(BadRequestError):
        client.disputes.act(dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="ev-8200000106")
    failed = outbox.get("ev-8200000106")
    assert failed is not None and failed.state is OutboxState.FAILED
    after = client.disputes.act(
        dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="ev-8200000106"
    )
    assert len(after.evidence) == 1 and len(sim.state.uploads) == 1


def test_a_rule_refusal_records_nothing_under_the_key(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, outbox: Outbox
) -> None:
    from marketmsg import DisputeActionRefused

    dispute_id = _dispute(sim, "8200000107")
    client = make_client(account(spec), outbox=outbox)
    too_much = ProposeSolution(
        kind=SolutionKind.REFUND, amount=Money(amount="99", currency="USD"), reason="x"
    )
    with pytest.raises(DisputeActionRefused):
        client.disputes.act(dispute_id, too_much, idempotency_key="big-8200000107")
    assert outbox.get("big-8200000107") is None


def test_reconcile_leaves_an_unknown_dispute_action_to_its_owner_and_finish_settles_it(
    spec: SandboxSpec, sim: AliExpressSimulator, make_client: Any, tmp_path: Path
) -> None:
    from marketmsg.inbox import InboxSync

    dispute_id = _dispute(sim, "8200000108")
    with SqlStore(tmp_path / "store.db") as store:
        client = make_client(account(spec), outbox=store)
        sim.inject(Fault(error="read_timeout_after_commit", api_contains=UPLOAD))
        with pytest.raises(DeliveryUnknown):
            client.disputes.act(
                dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="ev-8200000108"
            )
        # Message reconciliation has no message to look for: the entry is not its to settle.
        assert InboxSync(client, store).reconcile().results == []
        # The owner reads the dispute, sees the photo arrived, and settles the key (docs/disputes.md).
        assert len(client.disputes.get(dispute_id).evidence) == 1
        store.finish("ev-8200000108", OutboxState.SENT)
        again = client.disputes.act(
            dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="ev-8200000108"
        )
        assert len(again.evidence) == 1 and len(sim.state.uploads) == 1


# A retrying job, attacked: any sequence of calls, each under one of a few keys with one of a few photos, some of
# whose answers are lost after the platform stored the photo, refused, or never sent. Whatever happens, no photo is
# stored twice, and a key never carries two photos.
_FAULTS = {
    "lost": Fault(error="read_timeout_after_commit", api_contains=UPLOAD),
    "refused": Fault(
        code="15", msg="Remote service error", sub_code="isv.invalid-parameter", api_contains=UPLOAD
    ),
    "unreachable": Fault(error="connect", api_contains=UPLOAD),
}


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    calls=st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from("xyz"), st.sampled_from([None, *_FAULTS])),
        min_size=1,
        max_size=8,
    )
)
def test_no_photo_is_stored_twice_whatever_the_sequence(
    spec: SandboxSpec, make_client: Any, calls: list[tuple[str, str, str | None]]
) -> None:
    sim = spec.controller
    assert isinstance(sim, AliExpressSimulator)
    order = f"83{len(sim.state.uploads):08d}{len(calls)}"[:10]
    dispute_id = _dispute(sim, order)
    before = len(sim.state.uploads)
    outbox = InMemoryOutbox()
    client = make_client(account(spec), outbox=outbox)
    fingerprint: dict[tuple[str, str], str | None] = {}  # (key, photo) -> the entry's body once it completed
    for key, photo, fault in calls:
        if fault is not None:
            sim.inject(_FAULTS[fault])
        image = Attachment.from_bytes(
            f"{photo}.jpg", f"\xff\xd8 {order} {key} {photo}".encode("latin-1"), "image/jpeg"
        )
        action = UploadEvidence(attachments=(image,))
        try:
            client.disputes.act(dispute_id, action, idempotency_key=f"{order}-{key}")
        except IdempotencyConflict:
            held = outbox.get(f"{order}-{key}")  # the key holds another photo, sent or maybe sent
            assert held is not None and held.state is not OutboxState.FAILED
            assert held.body != fingerprint.get((key, photo)), "the photo the key holds was called another"
        except (DeliveryUnknown, BadRequestError, APIConnectionError):
            pass
        else:
            entry = outbox.get(f"{order}-{key}")
            assert entry is not None and entry.state is OutboxState.SENT
            fingerprint[(key, photo)] = entry.body
        finally:
            sim.faults.clear()
    stored = [data for _issue, data in sim.state.uploads[before:]]
    assert len(stored) == len(set(stored)), "a photo was uploaded twice"
    assert len({data.split()[2] for data in stored}) == len(stored), "a key carried two photos"


def test_the_async_client_acts_once_too(
    spec: SandboxSpec, sim: AliExpressSimulator, clock: VirtualClock, tmp_path: Path
) -> None:
    dispute_id = _dispute(sim, "8200000109")

    async def main() -> None:
        with SqlStore(tmp_path / "outbox.db") as store:
            sandbox = Sandbox([spec], clock=clock)
            async with AsyncClient(
                [account(spec)], http_client=sandbox.async_http_client(), clock=clock, outbox=store
            ) as client:
                sim.inject(Fault(error="read_timeout_after_commit", api_contains=UPLOAD))
                with pytest.raises(DeliveryUnknown):
                    await client.disputes.act(
                        dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="a-109"
                    )
                store.finish("a-109", OutboxState.SENT)  # reconciled: the photo is on the dispute
                again = await client.disputes.act(
                    dispute_id, UploadEvidence(attachments=(PHOTO,)), idempotency_key="a-109"
                )
                assert len(again.evidence) == 1

    anyio.run(main)
    assert len(sim.state.uploads) == 1
