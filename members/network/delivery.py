"""Handing one email to the mail server with its record written at the last possible moment.

Over SMTP the message travels up to its final "." first; the record is committed; then the "."
goes, the one line after which the server has the message. A worker killed before the record
leaves nothing sent and nothing recorded; killed after, the message is out and recorded. Other
backends (files, the console, the tests' memory) record, then send.
"""

import re

from django.conf import settings
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address

LEADING_DOT = re.compile(rb"(?m)^\.")


def deliver(connection, message, record):
    """Send message through connection if record() says it is the first time (returns True then)."""
    if not isinstance(connection, SMTPBackend):
        if not record():
            return False
        connection.send_messages([message])
        return True
    if connection.connection is None:
        connection.open()
    smtp = connection.connection
    encoding = message.encoding or settings.DEFAULT_CHARSET
    smtp.ehlo_or_helo_if_needed()
    accepted = (
        smtp.mail(sanitize_address(message.from_email, encoding))[0] == 250
        and smtp.rcpt(sanitize_address(message.to[0], encoding))[0] in (250, 251)
        and smtp.docmd("data")[0] == 354
    )
    if not accepted:
        smtp.rset()
        return False
    body = LEADING_DOT.sub(b"..", message.message().as_bytes(linesep="\r\n"))
    smtp.send(body if body.endswith(b"\r\n") else body + b"\r\n")
    if not record():
        # Delivered before: the server drops a message whose data never ends, after RSET.
        smtp.close()
        connection.connection = None
        return False
    smtp.send(b".\r\n")
    return smtp.getreply()[0] == 250
