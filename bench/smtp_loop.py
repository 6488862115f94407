"""The reference for the newsletter's sending rate: a plain smtplib loop over one connection.

Usage: python -m bench.smtp_loop PORT COUNT (prints messages per second)
"""

import smtplib
import sys
import time
from email.message import EmailMessage


def payload():
    """A message about the size of a newsletter issue: a plain-text part and an HTML part."""
    message = EmailMessage()
    message["Subject"], message["From"] = "Plain loop", "Efus <no-reply@efus.example>"
    message.set_content("A line of the plain-text part of a newsletter, as long as most.\n" * 30)
    message.add_alternative("<p>A paragraph of the HTML part, with its inlined styles.</p>\n" * 90, subtype="html")
    return message.as_bytes(policy=message.policy.clone(linesep="\r\n"))


def rate(port, count):
    data = payload()
    with smtplib.SMTP("127.0.0.1", port) as connection:
        started = time.monotonic()
        for number in range(count):
            connection.sendmail("no-reply@efus.example", [f"plain{number}@example.org"], data)
        return count / (time.monotonic() - started)


if __name__ == "__main__":
    print(f"{rate(int(sys.argv[1]), int(sys.argv[2])):.0f} messages/s", file=sys.stderr)
