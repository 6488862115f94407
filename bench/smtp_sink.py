"""A local SMTP server that keeps what it receives: for the tests and the chaos script, never the site.

Addresses can be told to answer a temporary (4xx) or permanent (5xx) refusal, to test retries and bounces.
"""

import asyncio
import contextlib
import email
import email.policy
import logging
import threading
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP


class RecordingHandler:
    """Keeps every accepted message; refuses recipients listed in `refuse` with their code."""

    def __init__(self, refuse=None):
        self.received = []
        self.times = []
        self.refuse = refuse or {}
        self.lock = threading.Lock()

    def messages(self):
        """[(recipients, parsed message)], parsed when asked: the sink itself stays quick.

        A method, not a property: aiosmtpd looks the handler's attributes over on every connection.
        """
        with self.lock:
            received = list(self.received)
        return [(rcpts, email.message_from_bytes(raw, policy=email.policy.default)) for rcpts, raw in received]

    @property
    def count(self):
        return len(self.received)

    def rate(self, first, last):
        """Messages per second between the arrival of message number `first` and that of number `last`."""
        with self.lock:
            elapsed = self.times[last] - self.times[first]
        return (last - first) / elapsed if elapsed else 0.0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        code = self.refuse.get(address.lower())
        if code:
            return f"{code} {'Try again later' if code < 500 else 'No such user'}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.received.append((list(envelope.rcpt_tos), envelope.content))
            self.times.append(time.monotonic())
        return "250 Message accepted"


class DrainingSMTP(SMTP):
    """Reads what a client sent before it hung up, as MTAs such as Postfix do: a message whose "." arrived is kept.

    aiosmtpd itself stops reading as soon as the connection closes, dropping a final "." already in its
    buffer; RFC 5321 (4.1.1.4) has the end of the data, once received, make the server process the message.
    """

    _client_gone = False

    def eof_received(self):
        self._client_gone = True
        return asyncio.StreamReaderProtocol.eof_received(self)

    def connection_lost(self, error):
        self._client_gone = True
        self._timeout_handle.cancel()
        asyncio.StreamReaderProtocol.connection_lost(self, error)

    async def _handle_client(self):
        # The client hung up: whatever it completed before is kept.
        with contextlib.suppress(asyncio.IncompleteReadError, ConnectionError):
            await super()._handle_client()

    async def push(self, status):
        """The reply, unless the client has gone: then the session ends, there is no one left to tell."""
        if self._client_gone:
            raise asyncio.CancelledError
        await super().push(status)


# aiosmtpd logs each session a client ends abruptly; the chaos script ends hundreds on purpose.
logging.getLogger("mail.log").setLevel(logging.CRITICAL)


class SinkController(Controller):
    def factory(self):
        return DrainingSMTP(self.handler, **self.SMTP_kwargs)


def start_sink(port=0, refuse=None):
    """Start a sink on 127.0.0.1 (a free port if 0); return (controller, handler). Stop with controller.stop()."""
    handler = RecordingHandler(refuse)
    # A fixed server name: by default each connection would look up this machine's name in the DNS.
    controller = SinkController(handler, hostname="127.0.0.1", port=port or _free_port(), server_hostname="sink.local")
    controller.start()
    return controller, handler


def _free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
