"""A local SMTP server that keeps what it receives: for the tests and the chaos script, never the site.

Addresses can be told to answer a temporary (4xx) or permanent (5xx) refusal, to test retries and bounces.
"""

import email
import email.policy
import threading

from aiosmtpd.controller import Controller


class RecordingHandler:
    """Keeps every accepted message; refuses recipients listed in `refuse` with their code."""

    def __init__(self, refuse=None):
        self.messages = []
        self.refuse = refuse or {}
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        code = self.refuse.get(address.lower())
        if code:
            return f"{code} {'Try again later' if code < 500 else 'No such user'}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), message))
        return "250 Message accepted"


def start_sink(port=0, refuse=None):
    """Start a sink on 127.0.0.1 (a free port if 0); return (controller, handler). Stop with controller.stop()."""
    handler = RecordingHandler(refuse)
    controller = Controller(handler, hostname="127.0.0.1", port=port or _free_port())
    controller.start()
    return controller, handler


def _free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
