"""An issue's message as the bytes an SMTP server receives: built once per language, filled in per subscriber.

Building a message with Django's MIME classes costs about a millisecond (Python's email package
parses, folds and encodes every header), more than sending it to a nearby server. So each
language's message is built once with placeholders where a subscriber's own parts go (address,
links, Message-ID, Date), and each subscriber's copy is those bytes with the placeholders replaced.
That holds only when the placeholders came through verbatim (parts in 7 or 8 bits, not quoted-
printable or base64) and the links leave every line within SMTP's 998 characters: otherwise, or for
an address outside ASCII, the message is built the slow way, with the same result.
"""

import re
from email.utils import formatdate, make_msgid

from django.conf import settings
from django.core.mail.message import sanitize_address
from django.core.mail.utils import DNS_NAME

from .emails import OPEN_PIXEL_PLACEHOLDER, PREFERENCES_PLACEHOLDER, UNSUBSCRIBE_PLACEHOLDER, build_message, personalise

RECIPIENT = "newsletter-recipient@placeholder.invalid"
ONE_CLICK_PLACEHOLDER = "%%ONE_CLICK_URL%%"
DATE_PLACEHOLDER = "%%DATE%%"
MESSAGE_ID_PLACEHOLDER = "%%MESSAGE_ID%%"
#: The longest line SMTP allows, without its CRLF (RFC 5321, 4.5.3.1.6).
LINE_LIMIT = 998
LEADING_DOT = re.compile(rb"(?m)^\.")
#: An address that goes into a header as it is: ASCII, no display name, nothing to quote.
PLAIN_ADDRESS = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+")
LINKS = {
    "preferences": PREFERENCES_PLACEHOLDER,
    "unsubscribe": UNSUBSCRIBE_PLACEHOLDER,
    "one_click": ONE_CLICK_PLACEHOLDER,
    "open_pixel": OPEN_PIXEL_PLACEHOLDER,
}


def envelope_and_data(message):
    """(sender, recipient, data) of a Django message as SMTP sends it: CRLF lines, leading dots doubled."""
    encoding = message.encoding or settings.DEFAULT_CHARSET
    data = LEADING_DOT.sub(b"..", message.message().as_bytes(linesep="\r\n"))
    if not data.endswith(b"\r\n"):
        data += b"\r\n"
    return sanitize_address(message.from_email, encoding), sanitize_address(message.to[0], encoding), data


class IssueMessage:
    """One language's rendered issue as SMTP data, and each subscriber's copy of it."""

    def __init__(self, rendered, language):
        self.rendered = rendered
        self.language = language
        subject, text, html = rendered
        template = build_message(subject, text, html, RECIPIENT, LINKS, language=language)
        template.extra_headers.update({"Date": DATE_PLACEHOLDER, "Message-ID": MESSAGE_ID_PLACEHOLDER})
        self.sender, _recipient, data = envelope_and_data(template)
        # Each part's link placeholders must be in the data as they were in the text (no transfer encoding).
        expected = {
            placeholder.encode(): text.count(placeholder) + html.count(placeholder) for placeholder in LINKS.values()
        }
        expected[ONE_CLICK_PLACEHOLDER.encode()] = 1
        self.fast = all(data.count(placeholder) == count for placeholder, count in expected.items()) and (
            data.count(RECIPIENT.encode()) == 1
        )
        self.data = data
        lines = [line for line in data.split(b"\r\n") if b"%%" in line]
        self.longest_line = max((len(line) for line in lines), default=0)
        self.most_per_line = max((line.count(b"%%") // 2 for line in lines), default=0)

    def envelope(self, email, links):
        """(sender, recipient, data) of the copy for one subscriber, whose links are given."""
        if self.fast and PLAIN_ADDRESS.fullmatch(email) and self._fits(links):
            values = [
                (PREFERENCES_PLACEHOLDER, links["preferences"]),
                (UNSUBSCRIBE_PLACEHOLDER, links["unsubscribe"]),
                (ONE_CLICK_PLACEHOLDER, links["one_click"]),
                (OPEN_PIXEL_PLACEHOLDER, links.get("open_pixel", "")),
                (DATE_PLACEHOLDER, formatdate(localtime=settings.EMAIL_USE_LOCALTIME)),
                (MESSAGE_ID_PLACEHOLDER, make_msgid(domain=DNS_NAME)),
                # Last: no value put in before can hold an "@" followed by the placeholder's domain.
                (RECIPIENT, email),
            ]
            data = self.data
            for placeholder, value in values:
                data = data.replace(placeholder.encode(), value.encode())
            return self.sender, email, data
        return envelope_and_data(self.email(email, links))

    def email(self, email, links):
        """The copy for one subscriber as a Django message, for a backend other than SMTP."""
        subject, text, html = personalise(self.rendered, links)
        return build_message(subject, text, html, email, links, language=self.language)

    def _fits(self, links):
        growth = max(len(value) for value in links.values()) - len(min(LINKS.values(), key=len))
        return self.longest_line + self.most_per_line * max(growth, 0) <= LINE_LIMIT
