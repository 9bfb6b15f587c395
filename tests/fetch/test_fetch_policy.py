"""The address policy and the pinning transport, on literal addresses (no DNS, no network)."""

from __future__ import annotations

import ipaddress

import httpx
import pytest

from eventwire.fetch import AddressPolicy, BlockedAddress
from eventwire.fetch.policy import refusal
from eventwire.fetch.transport import PinnedTransport

from .conftest import Site


@pytest.mark.parametrize(("address", "why"), [
    ("127.0.0.1", "loopback"),
    ("::1", "loopback"),
    ("10.1.2.3", "private"),
    ("172.16.0.9", "private"),
    ("192.168.1.1", "private"),
    ("fd12:3456::1", "private"),
    ("169.254.169.254", "metadata"),
    ("169.254.10.10", "link-local"),
    ("fe80::1", "link-local"),
    ("100.64.0.1", "CGNAT"),
    ("100.100.100.200", "metadata"),
    ("224.0.0.1", "multicast"),
    ("0.0.0.0", "unspecified"),
    ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:10.0.0.1", "private"),
])
def test_non_public_addresses_are_refused(address: str, why: str) -> None:
    reason = refusal(ipaddress.ip_address(address))
    assert reason is not None and why in reason


@pytest.mark.parametrize("address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "8.8.8.8"])
def test_public_addresses_pass(address: str) -> None:
    assert refusal(ipaddress.ip_address(address)) is None


def test_resolve_checks_every_answer_and_allow_switches() -> None:
    with pytest.raises(BlockedAddress, match="a loopback address; refused"):
        AddressPolicy().resolve("127.0.0.1", 80)
    with pytest.raises(BlockedAddress, match="a private address"):
        AddressPolicy().resolve("10.0.0.8", 80)
    assert AddressPolicy(allow_private=True).resolve("127.0.0.1", 80) == ["127.0.0.1"]
    assert AddressPolicy(allow_networks=("10.0.0.0/8",)).resolve("10.0.0.8", 80) == ["10.0.0.8"]


def test_the_transport_refuses_by_itself(site: Site) -> None:
    """Even without the fetcher's early check, the transport never connects to a refused address."""
    site.page("/a", "river-dam.html")
    with httpx.Client(transport=PinnedTransport(AddressPolicy())) as client, \
            pytest.raises(BlockedAddress, match="loopback"):
        client.get(site.url("/a"))
    assert site.hits == []
    with httpx.Client(transport=PinnedTransport(AddressPolicy(allow_private=True))) as client:
        response = client.get(site.url("/a", host="localhost"))
    assert response.status_code == 200 and str(response.request.url) == site.url("/a", host="localhost")
