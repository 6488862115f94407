"""The newsletter's public forms: subscribing, preferences, and the buttons behind signed links."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from efus_site.core.public_forms import DescribedErrorsMixin, HoneypotFormMixin

from .models import Topic

CONSENT_TEXT = _(
    "I agree that Efus keeps my email address, language and topics to send me its newsletter. "
    "I can change them or erase them at any time from the link in every newsletter."
)


def _topics_field():
    return forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one topic.")},
    )


def _language_field():
    return forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)


class SubscribeForm(DescribedErrorsMixin, HoneypotFormMixin, forms.Form):
    """Email, language, topics and consent; the footer's short form sends the same fields."""

    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Enter your email address."),
            "invalid": _("Enter a valid email address, like name@example.org."),
            "max_length": _("An email address has at most 254 characters."),
        },
    )
    language = _language_field()
    topics = _topics_field()
    consent = forms.BooleanField(
        label=CONSENT_TEXT, error_messages={"required": _("Please agree, so that we may send you the newsletter.")}
    )


class PreferencesForm(DescribedErrorsMixin, forms.Form):
    """What a subscriber may change from the link in any email."""

    language = _language_field()
    topics = _topics_field()
    paused = forms.BooleanField(label=_("Pause the newsletter for now"), required=False)
