"""The one HTTP client kg talks to servers with: SPARQL queries and Graph Store loads.

Built on httpx. Safe by default:

- only ``http://`` and ``https://`` URLs;
- credentials answer the server's challenge (Digest when offered, else Basic),
  and go only to the endpoint's own origin, never to another origin a redirect
  points at;
- 307 and 308 redirects are followed with the same method and body; a 301, 302
  or 303 after a POST or PUT, which clients turn into a GET, is an error rather
  than an answer to a different request;
- every request has a connect deadline, a read deadline (silence between bytes)
  and an overall deadline, so a server that trickles its answer cannot hold kg;
- an answer larger than ``max_bytes`` is refused before it is read when its
  Content-Length announces so, else while it is read, so a server that
  streams without end cannot fill the memory;
- a refusal is reported by its status line and a short plain-text reason,
  never an HTML page.

The requests are asynchronous (an overall deadline can cancel them at any
point, and a load sends several at once); ``HttpClient.fetch`` runs one
request to completion for synchronous callers.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections.abc import AsyncIterator, Coroutine, Generator, Mapping
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypedDict, TypeVar, Unpack

import httpx

from kg.errors import HttpError

#: HTTP statuses worth retrying: the server is busy, restarting or overloaded.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})
#: Redirects that keep the method and body.
_KEEP_METHOD = frozenset({307, 308})
#: Redirects after which clients send a GET.
_TO_GET = frozenset({301, 302, 303})
_MAX_REDIRECTS = 5
_REASON_CHARS = 300
#: The largest answer body read by default (512 MiB).
MAX_ANSWER_BYTES = 512 * 1024 * 1024

T = TypeVar("T")


@dataclass(frozen=True)
class Reply:
    """A successful (2xx) answer: its content type and body."""

    content_type: str
    body: bytes


class _ChallengeAuth(httpx.Auth):
    """Answers the server's challenge: Digest when offered, else Basic; remembers which for later requests."""

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._use_basic = False

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        if self._use_basic:
            yield from self._basic.auth_flow(request)
            return
        digest = self._digest.auth_flow(request)
        outgoing = next(digest)
        while True:
            response = yield outgoing
            try:
                outgoing = digest.send(response)
            except StopIteration:
                break
        challenges = [value.lower() for value in response.headers.get_list("www-authenticate")]
        if response.status_code == 401 and any(value.startswith("basic") for value in challenges):
            self._use_basic = True
            yield from self._basic.auth_flow(request)


def check_url(url: str) -> httpx.URL:
    """The parsed URL, if it is an absolute http(s) URL.

    Raises:
        HttpError: Another scheme (``file:``, ``ftp:``, ...), no host, or not a URL.
    """
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, TypeError) as error:
        raise HttpError(f"{url}: not a URL ({error})") from error
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise HttpError(f"{url}: only http:// and https:// URLs are supported")
    if parsed.userinfo:  # it would be echoed by every message that names the endpoint, and sent to whoever answers
        raise HttpError(
            f"{parsed.copy_with(username=None, password=None)}: credentials in the URL are not supported "
            "(messages would show them); give --user and --password (or KG_PASSWORD)"
        )
    return parsed


def origin(url: httpx.URL) -> tuple[str, str, int | None]:
    """Scheme, host and port (default ports made explicit): what credentials are bound to."""
    port = url.port or {"http": 80, "https": 443}.get(url.scheme)
    return url.scheme, url.host, port


class RequestParts(TypedDict, total=False):
    """What a request carries besides its method and URL (each may be left out)."""

    params: Mapping[str, str] | None
    content: bytes | None
    headers: Mapping[str, str] | None


class HttpClient:
    """Requests to one server, with its credentials and deadlines.

    Args:
        url: The endpoint URL; credentials go to its origin only.
        user: User name, sent when the server asks (Digest or Basic).
        password: Its password.
        timeout: Seconds for a whole request, redirects included (the overall deadline).
        connect_timeout: Seconds to open a connection (at most ``timeout``).
        max_bytes: The largest answer body read; a larger one is an error.
    """

    def __init__(
        self,
        url: str,
        *,
        user: str | None = None,
        password: str | None = None,
        timeout: float = 60.0,
        connect_timeout: float = 10.0,
        max_bytes: int = MAX_ANSWER_BYTES,
    ) -> None:
        if timeout <= 0:
            raise HttpError(f"timeout must be more than 0 seconds, got {timeout}")
        self.url = url
        self.origin = origin(check_url(url))
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._timeouts = httpx.Timeout(timeout, connect=min(connect_timeout, timeout))
        self._auth = _ChallengeAuth(user, password or "") if user is not None else None

    @asynccontextmanager
    async def session(self, connections: int = 1) -> AsyncIterator[httpx.AsyncClient]:
        """An httpx client with up to ``connections`` open connections, for ``request``."""
        limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
        async with httpx.AsyncClient(timeout=self._timeouts, limits=limits, follow_redirects=False) as client:
            yield client

    async def request(
        self,
        client: httpx.AsyncClient,
        method: str,
        url: str,
        **parts: Unpack[RequestParts],
    ) -> Reply:
        """Send one request (following safe redirects) and read the whole answer within the deadline.

        Raises:
            HttpError: Refused (with ``status``), unreachable, too slow, or an unsafe redirect.
        """
        try:
            async with asyncio.timeout(self.timeout):
                return await self._follow(client, method, url, parts.get("params"), parts.get("content"), dict(parts.get("headers") or {}))
        except TimeoutError as error:
            raise HttpError(f"{url}: no complete answer within {self.timeout:g} s (--timeout)") from error
        except httpx.TimeoutException as error:
            phase = "connecting" if isinstance(error, httpx.ConnectTimeout) else "waiting for the answer"
            raise HttpError(f"{url}: timed out {phase} (--timeout {self.timeout:g} s)", retryable=phase == "connecting") from error
        except httpx.HTTPError as error:
            raise HttpError(f"{url}: cannot reach the server: {error or type(error).__name__}", retryable=True) from error

    async def _follow(
        self,
        client: httpx.AsyncClient,
        method: str,
        url: str,
        params: Mapping[str, str] | None,
        content: bytes | None,
        headers: dict[str, str],
    ) -> Reply:
        target = check_url(url).copy_merge_params(params or {})
        for _ in range(_MAX_REDIRECTS + 1):
            request = client.build_request(method, target, content=content, headers=headers)
            auth = self._auth if origin(target) == self.origin else None
            response = await client.send(request, auth=auth or httpx.USE_CLIENT_DEFAULT, stream=True)
            try:
                location = response.headers.get("location")
                if response.status_code in _KEEP_METHOD | _TO_GET and location:
                    following = response.url.join(location)
                    if response.status_code in _TO_GET and method not in ("GET", "HEAD"):
                        raise HttpError(
                            f"{_shown(target)}: the server redirects the {method} with {_status_line(response)} to "
                            f"{_shown(following)}, which would turn it into a GET; use {_shown(following)} as the endpoint"
                        )
                    target = check_url(str(following))
                    continue
                body = await self._body(response, target)
            finally:
                await response.aclose()
            if response.is_success:
                return Reply(response.headers.get("content-type", ""), body)
            raise HttpError(
                f"{_shown(target)} answered {_status_line(response)}{_reason(response, body)}",
                status=response.status_code,
                retryable=response.status_code in RETRY_STATUSES,
            )
        raise HttpError(f"{url}: more than {_MAX_REDIRECTS} redirects")

    async def _body(self, response: httpx.Response, url: httpx.URL) -> bytes:
        """The answer's body, read up to ``max_bytes`` (refused at once when its Content-Length announces more)."""
        announced = response.headers.get("Content-Length", "")
        if announced.isdigit() and int(announced) > self.max_bytes:
            raise HttpError(
                f"{_shown(url)}: the answer announces {int(announced):,} bytes, larger than "
                f"{self.max_bytes / 1024 / 1024:g} MiB; refused"
            )
        body = io.BytesIO()  # grown in place, its buffer handed over: the answer is never held as chunks and their join
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise HttpError(f"{_shown(url)}: the answer is larger than {self.max_bytes / 1024 / 1024:g} MiB; refused")
            body.write(chunk)
        return body.getvalue()

    def fetch(self, method: str, url: str, **parts: Unpack[RequestParts]) -> Reply:
        """``request`` for synchronous callers: one request on its own connection."""

        async def once() -> Reply:
            async with self.session() as client:
                return await self.request(client, method, url, **parts)

        return run_sync(once())


def run_sync(coroutine: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion; in a thread of its own when this thread already runs an event loop (a notebook)."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _run(coroutine)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_run, coroutine).result()


def _run(coroutine: Coroutine[Any, Any, T]) -> T:
    """``asyncio.run`` on a loop of its own, without ``asyncio.Runner``: measured on a 250 MB answer, the Runner
    left the process 480 MB larger than the answer itself once the request was done (CPython 3.11)."""
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(coroutine)
    finally:
        try:
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            loop.close()


def _shown(url: httpx.URL) -> str:
    """A URL as messages show it: without its query string, which may hold a whole SPARQL query."""
    return str(url.copy_with(query=None))


def _status_line(response: httpx.Response) -> str:
    return f"{response.status_code} {response.reason_phrase}".rstrip()


def _reason(response: httpx.Response, body: bytes) -> str:
    """A short plain-text reason from the body: ``": ..."``, or nothing for an HTML page or an empty body."""
    kind = response.headers.get("content-type", "").lower()
    text = body[:4096].decode("utf-8", "replace")
    if "html" in kind or re.match(r"\s*<(!doctype|html|\?xml)", text, re.IGNORECASE):
        return ""
    text = " ".join(text.split())
    if not text:
        return ""
    return ": " + (text if len(text) <= _REASON_CHARS else text[: _REASON_CHARS - 1] + "…")
