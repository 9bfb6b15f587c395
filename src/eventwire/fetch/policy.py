"""Which network addresses the fetcher may connect to.

A URL's host is resolved first and every address it resolves to is checked; the
connection then goes to one of those checked addresses (see
:mod:`eventwire.fetch.transport`), so a DNS answer that changes between the check and
the connection cannot smuggle in a private address. Refused unless ``allow_private``:
loopback, private (RFC 1918, unique-local), link-local (including the cloud metadata
address 169.254.169.254), carrier-grade NAT, multicast, reserved and unspecified
addresses, and IPv4-mapped IPv6 forms of them.
"""

from __future__ import annotations

import ipaddress
import socket
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# Metadata services that some clouds expose on ordinary-looking addresses.
METADATA_ADDRESSES = frozenset({"169.254.169.254", "fd00:ec2::254", "100.100.100.200"})
_CGNAT = ipaddress.ip_network("100.64.0.0/10")


class BlockedAddress(Exception):
    """The host resolves to an address the policy refuses (or does not resolve)."""


def refusal(address: IPAddress) -> str | None:
    """Why ``address`` is not a public unicast address, or ``None`` when it is."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return refusal(address.ipv4_mapped)
    checks = (
        (str(address) in METADATA_ADDRESSES, "a cloud metadata address"),
        (address.is_loopback, "a loopback address"),
        (address.is_unspecified, "an unspecified address"),
        (address.is_link_local, "a link-local address"),
        (address.is_private, "a private address"),
        (isinstance(address, ipaddress.IPv4Address) and address in _CGNAT, "a shared (CGNAT) address"),
        (address.is_multicast, "a multicast address"),
        (address.is_reserved, "a reserved address"),
    )
    return next((why for hit, why in checks if hit), None)


@dataclass(frozen=True, slots=True)
class AddressPolicy:
    """Resolve hosts and refuse non-public addresses unless ``allow_private``, or unless the
    address lies in one of ``allow_networks`` (CIDR strings, e.g. an internal news mirror)."""

    allow_private: bool = False
    allow_networks: tuple[str, ...] = ()

    def permits(self, address: IPAddress) -> str | None:
        """Why ``address`` is refused, or ``None`` when it may be reached."""
        if self.allow_private:
            return None
        if any(address in ipaddress.ip_network(net, strict=False) for net in self.allow_networks):
            return None
        return refusal(address)

    def resolve(self, host: str, port: int) -> list[str]:
        """The checked addresses of ``host`` (all of them pass), in resolver order.

        Raises :class:`BlockedAddress` when the host does not resolve or when any of its
        addresses is refused: a host that mixes public and private answers is refused.
        """
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except (socket.gaierror, UnicodeError) as exc:
            raise BlockedAddress(f"cannot resolve host {host!r}: {exc}") from None
        found: list[str] = []
        for info in infos:
            text = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
            if text not in found:
                found.append(text)
        if not found:
            raise BlockedAddress(f"host {host!r} has no address")
        for text in found:
            why = self.permits(ipaddress.ip_address(text))
            if why is not None:
                raise BlockedAddress(
                    f"{host} resolves to {text}, {why}; refused (use --allow-private to permit it)"
                )
        return found
