"""Shared fixtures of the relay mail tests: the corpus key, its DNS, a relay-only adapter, local servers."""

from __future__ import annotations

import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ClassVar

import pytest

from marketmsg import Account, Adapter, VirtualClock
from marketmsg.sandbox import SandboxSpec
from marketmsg_amazon.relay import (
    DnsFunc,
    RelayMailChannel,
    RelayMailGenerator,
    RelaySandbox,
    pinned_dns,
    sandbox_relay,
)

CORPUS = Path(__file__).parent / "corpus"
SELLER = "orders@seller.example"


class RelayOnlyAdapter(RelayMailChannel, Adapter):
    """The relay channel on its own (the SP-API half of AmazonAdapter is tested elsewhere)."""

    name = "amazon"
    display_name = "Amazon (relay mail)"
    features = RelayMailChannel.relay_features
    controllers: ClassVar[list[RelaySandbox]] = []

    @classmethod
    def sandbox(cls, clock: Any = None) -> SandboxSpec:
        settings, controller = sandbox_relay(clock)
        cls.controllers.append(controller)
        account = Account(platform=cls.name, seller_id="A1RELAYSANDBOX", settings=settings)
        return SandboxSpec(platform=cls.name, accounts=[account], mounts={}, controller=controller)


class RelayContractAdapter(RelayOnlyAdapter):
    """Registered under its own name, so the contract kit's registry checks do not meet the real AmazonAdapter."""

    name = "amazon_relay"


@pytest.fixture(scope="session")
def corpus_generator() -> RelayMailGenerator:
    """A generator signing with the committed corpus key (so hand-written mail can be signed the same way)."""
    return RelayMailGenerator(
        seller_address=SELLER,
        private_key_pem=(CORPUS / "test-dkim-key.pem").read_bytes(),
        public_key_b64=(CORPUS / "test-dkim-key.pub").read_text().strip(),
    )


@pytest.fixture(scope="session")
def corpus_dns(corpus_generator: RelayMailGenerator) -> DnsFunc:
    """DNS answering only the corpus key's TXT records — nothing leaves the machine."""
    return pinned_dns(corpus_generator.dns_records())


@pytest.fixture(scope="session")
def corpus_cases() -> dict[str, dict[str, Any]]:
    cases: dict[str, dict[str, Any]] = {}
    for name in ("generated.json", "hand.json"):
        cases.update(json.loads((CORPUS / name).read_text()))
    return cases


@pytest.fixture
def clock() -> VirtualClock:
    return VirtualClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def imap_settings() -> dict[str, Any]:
    """Where .ci/dovecot.sh put the test IMAP server (its env file, the environment, or the fixed defaults)."""
    values = {
        "MARKETMSG_TEST_IMAP_HOST": "127.0.0.1",
        "MARKETMSG_TEST_IMAP_PORT": "10143",
        "MARKETMSG_TEST_IMAP_USER": "relaytest",
        "MARKETMSG_TEST_IMAP_PASSWORD": "relaytest-password",
    }
    env_file = Path(os.environ.get("MARKETMSG_TEST_IMAP_ENV", "/tmp/marketmsg-dovecot/env"))
    if env_file.exists():
        for line in env_file.read_text().splitlines():
            key, _, value = line.partition("=")
            if key in values:
                values[key] = value.strip()
    values = {key: os.environ.get(key, value) for key, value in values.items()}
    return {
        "host": values["MARKETMSG_TEST_IMAP_HOST"],
        "port": int(values["MARKETMSG_TEST_IMAP_PORT"]),
        "user": values["MARKETMSG_TEST_IMAP_USER"],
        "password": values["MARKETMSG_TEST_IMAP_PASSWORD"],
    }


@pytest.fixture
def dovecot() -> dict[str, Any]:
    """The local Dovecot of .ci/dovecot.sh, or a skip saying how to start it."""
    settings = imap_settings()
    if not _reachable(settings["host"], settings["port"]):
        pytest.skip(f"needs Dovecot on {settings['host']}:{settings['port']} — run .ci/dovecot.sh")
    return settings
