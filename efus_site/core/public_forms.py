"""Public forms: a honeypot field that bots fill in, a rate limit per visitor, errors screen readers read."""

import ipaddress
import time

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _

HONEYPOT_FIELD = "homepage"


class HoneypotFormMixin(forms.Form):
    """Adds a field people never see (hidden by CSS, skipped by keyboard and screen readers)."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        """True if the hidden field was filled in: the post is accepted in appearance, and dropped."""
        return bool(self.data.get(HONEYPOT_FIELD))


class DescribedErrorsMixin:
    """Point each invalid field at its error message and help text, so screen readers read both."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                described = [f"{self[name].auto_id}-error"]
                if self.fields[name].help_text:
                    described.append(f"{self[name].auto_id}_helptext")
                self.fields[name].widget.attrs["aria-describedby"] = " ".join(described)


def client_address(request):
    """The visitor's IP address, from the header the proxy in front sets, if one is configured.

    In X-Forwarded-For only the last address is the proxy's own word: the ones before it come
    from the client and could be anything.
    """
    header = settings.CLIENT_IP_HEADER
    value = request.META.get(header, "") if header else ""
    candidate = value.split(",")[-1].strip() if value else ""
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request, scope, limit, period):
    """Count one more post from this visitor; False once they have sent `limit` in `period` seconds.

    With the cache unreachable, posts are let through: forms keep working while Redis is down.
    """
    window = int(time.time() // period)
    key = f"ratelimit:{scope}:{client_address(request)}:{window}"
    if cache.add(key, 1, period + 5):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # the key expired between the two calls
        return True
    # None: the cache is unreachable and its errors are ignored.
    return count is None or count <= limit
