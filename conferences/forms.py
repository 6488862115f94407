"""The public registration form and the staff's message to a session's registrants."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from efus_site.core.public_forms import DescribedErrorsMixin, HoneypotFormMixin
from efus_site.core.text import fold
from members.countries import country_name
from members.models import MemberAuthority

from .models import Registration


def country_choices():
    """Every country by its name in the visitor's language, accents ignored in the order."""
    names = sorted(((country.code, country_name(country.code)) for country in countries), key=lambda c: fold(c[1]))
    return [("", _("Choose a country")), *names]


def session_label(session):
    """A session as a registrant picks it: its day, times, title and room."""
    return f"{session.day:%d/%m} {session.start_time:%H:%M}–{session.end_time:%H:%M} · {session.title}"


class SessionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, session):
        return session_label(session)


def overlapping_pairs(sessions):
    """Pairs of the chosen sessions that run at the same time."""
    sessions = sorted(sessions, key=lambda session: (session.day, session.start_time))
    return [(a, b) for i, a in enumerate(sessions) for b in sessions[i + 1 :] if a.overlaps(b)]


class SessionsMixin(forms.Form):
    """The workshops and field visits chosen, none two at the same time."""

    sessions = SessionChoiceField(
        label=_("Workshops and field visits"),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Each has its own number of seats; you cannot choose two at the same time."),
    )

    def set_sessions(self, sessions):
        if sessions is None:
            del self.fields["sessions"]
        else:
            self.fields["sessions"].queryset = sessions

    def clean_sessions(self):
        chosen = self.cleaned_data["sessions"]
        pairs = overlapping_pairs(list(chosen))
        if pairs:
            first, second = pairs[0]
            raise forms.ValidationError(
                _("“%(first)s” and “%(second)s” take place at the same time: choose one of them.")
                % {"first": first.title, "second": second.title}
            )
        return chosen


class RegistrationForm(DescribedErrorsMixin, HoneypotFormMixin, SessionsMixin, forms.ModelForm):
    """Registration to an edition or an event."""

    class Meta:
        model = Registration
        fields = [
            "name",
            "organisation",
            "member_authority",
            "email",
            "country",
            "accessibility_needs",
            "dietary_needs",
            "consent",
        ]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "accessibility_needs": forms.Textarea(attrs={"rows": 3}),
            "dietary_needs": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "accessibility_needs": _("Step-free access, sign language, a seat near the front…"),
            "dietary_needs": _("Vegetarian, allergies…"),
        }

    def __init__(self, *args, sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_sessions(sessions)
        self.fields["country"].choices = country_choices()
        authority = self.fields["member_authority"]
        authority.queryset = MemberAuthority.objects.order_by("sort_name")
        authority.empty_label = _("None, or not a member of Efus")
        authority.help_text = _("If you work for one of Efus' member authorities.")
        self.fields["consent"].required = True
        self.fields["consent"].label = _(
            "I agree that Efus stores these details to organise this event and write to me about it."
        )
        self.fields["consent"].error_messages["required"] = _("Please agree to the processing of these details.")
        # The fields above the sessions in the page's order, the sessions before the needs.
        order = [
            "name",
            "organisation",
            "member_authority",
            "email",
            "country",
            "sessions",
            "accessibility_needs",
            "dietary_needs",
        ]
        self.order_fields([name for name in order if name in self.fields])

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def registration_fields(self):
        """The values the registration stores."""
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class ChangeSessionsForm(DescribedErrorsMixin, SessionsMixin, forms.Form):
    """A registrant changing their workshops and field visits."""

    def __init__(self, *args, sessions=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.set_sessions(sessions)


class SessionMessageForm(forms.Form):
    """Staff's message to everyone with a seat in a session."""

    subject = forms.CharField(label=_("Subject"), max_length=150)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea(attrs={"rows": 10}), max_length=5000)
