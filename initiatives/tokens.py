"""The signed link that brings a submitter back to their draft: valid 30 days, useless once the draft is sent."""

from django.core import signing
from django.utils.translation import gettext_lazy as _

SALT = "initiatives.resume"
VALID_DAYS = 30


class LinkError(Exception):
    """A resume link that cannot be used, with the message to show."""


def make_token(submission):
    """A token naming the submission, signed and timestamped: it says nothing about who sent it.

    Its three parts go in the address as three segments: page addresses take no colon.
    """
    return signing.dumps({"id": submission.pk}, salt=SALT).replace(":", "/")


def read_token(token):
    """The submission id a token names; LinkError if it was altered or is older than 30 days."""
    try:
        data = signing.loads(token.replace("/", ":"), salt=SALT, max_age=VALID_DAYS * 24 * 3600)
    except signing.SignatureExpired as error:
        raise LinkError(
            _("This link is more than %(days)s days old and has expired.") % {"days": VALID_DAYS}
        ) from error
    except signing.BadSignature as error:
        raise LinkError(_("This link is not valid: it may have been cut or changed when it was copied.")) from error
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise LinkError(_("This link is not valid: it may have been cut or changed when it was copied."))
    return data
