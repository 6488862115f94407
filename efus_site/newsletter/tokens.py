"""Signed links: the subscriber, the random key they carry and what the link is for, with an expiry."""

import base64
import binascii
import datetime

from django.core import signing

SALT = "efus.newsletter"
CONFIRM = "confirm"
MANAGE = "manage"
#: How long each kind of link works: a confirmation a week, the links in every email a year.
MAX_AGES = {CONFIRM: datetime.timedelta(days=7), MANAGE: datetime.timedelta(days=365)}


class BadLink(Exception):
    """A link that was altered, has expired or no longer names a subscriber."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


def make_token(subscriber, purpose):
    """A signed, timestamped token for one subscriber and one purpose.

    Wagtail routes only letters, digits, "-" and "_" in an address, and Django's signatures hold
    colons, so the whole signed value is base64-encoded once more.
    """
    signed = signing.dumps([subscriber.pk, subscriber.key, purpose], salt=SALT)
    return base64.urlsafe_b64encode(signed.encode()).decode().rstrip("=")


def _unwrap(token):
    padded = token + "=" * (-len(token) % 4)
    return base64.urlsafe_b64decode(padded.encode()).decode()


def read_token(token, purpose):
    """(subscriber id, key) from a token; BadLink("expired") or BadLink("invalid") otherwise."""
    try:
        pk, key, found_purpose = signing.loads(_unwrap(token), salt=SALT, max_age=MAX_AGES[purpose])
    except signing.SignatureExpired as error:
        raise BadLink("expired") from error
    except (signing.BadSignature, binascii.Error, UnicodeDecodeError, ValueError, TypeError) as error:
        raise BadLink("invalid") from error
    if found_purpose != purpose or not isinstance(pk, int) or not isinstance(key, str):
        raise BadLink("invalid")
    return pk, key
