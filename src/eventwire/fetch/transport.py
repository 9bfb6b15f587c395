"""An httpx transport that resolves each request's host, checks it, and pins the address.

Every request that goes through it, including each hop of a redirect (the fetcher follows
redirects itself, one request per hop), is resolved with :class:`AddressPolicy` and sent
to the checked IP address: the URL's host is replaced by the address, the ``Host`` header
keeps the name, and for HTTPS the TLS server name (SNI) and certificate check use the
name too. Nothing connects to a name that was not just checked.
"""

from __future__ import annotations

import httpx

from .policy import AddressPolicy, BlockedAddress


class PinnedTransport(httpx.BaseTransport):
    """Wraps :class:`httpx.HTTPTransport`; raises :class:`BlockedAddress` for refused hosts."""

    def __init__(self, policy: AddressPolicy, *, inner: httpx.BaseTransport | None = None) -> None:
        self.policy = policy
        self.inner = inner if inner is not None else httpx.HTTPTransport(retries=0)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        host = url.host
        port = url.port or (443 if url.scheme == "https" else 80)
        if url.scheme not in ("http", "https"):
            raise BlockedAddress(f"scheme {url.scheme!r} is not fetched (http and https only)")
        addresses = self.policy.resolve(host, port)
        extensions = dict(request.extensions)
        if url.scheme == "https":
            extensions["sni_hostname"] = host
        for i, address in enumerate(addresses):  # each address was checked; try them in order
            pinned = httpx.Request(
                request.method,
                url.copy_with(host=address),
                headers=request.headers,  # keeps Host: the name, not the address
                stream=request.stream,
                extensions=extensions,
            )
            try:
                response = self.inner.handle_request(pinned)
            except httpx.ConnectError:
                if i + 1 == len(addresses):
                    raise
                continue
            response.request = request
            return response
        raise BlockedAddress(f"host {host!r} has no address")  # resolve() never returns none

    def close(self) -> None:
        self.inner.close()
