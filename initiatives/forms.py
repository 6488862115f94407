"""The two steps of the form to share an initiative."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from efus_site.core.models import Theme
from efus_site.core.public_forms import DescribedErrorsMixin, HoneypotFormMixin
from efus_site.core.text import fold
from members.countries import country_name
from members.models import Kind, MemberAuthority

from .models import InitiativeSubmission
from .uploads import MAX_ATTACHMENT_MB, MAX_ATTACHMENTS

MAX_LINKS = 10
#: Step 2's fields as typed, kept in the draft so a reload brings them back.
STEP_TWO_FIELDS = (
    "title",
    "themes",
    "summary",
    "description",
    "start_date",
    "end_date",
    "target_groups",
    "partners",
    "results",
    "links",
)


def _country_choices():
    from django_countries import countries

    return [("", _("Choose a country"))] + sorted(
        ((country.code, country_name(country.code)) for country in countries), key=lambda choice: fold(choice[1])
    )


def member_named(name):
    """The current member authority whose name, in any language, is the one typed (accents and case ignored)."""
    typed = fold(name)
    if not typed:
        return None
    for authority in MemberAuthority.objects.current().matching(name)[:20]:
        names = [authority.name_en, *(getattr(authority, f"name_{code}", "") for code, _name in settings.LANGUAGES)]
        if any(fold(name or "") == typed for name in names):
            return authority
    return None


class StepOneForm(DescribedErrorsMixin, HoneypotFormMixin, forms.ModelForm):
    """Who shares the initiative: the authority, and the person Efus may write to (never published)."""

    class Meta:
        model = InitiativeSubmission
        fields = ["authority_name", "country", "authority_kind", "contact_name", "role", "email", "consent"]
        labels = {"authority_name": _("Your authority"), "authority_kind": _("Kind of authority")}
        help_texts = {
            "authority_name": _("Start typing to choose among Efus' members, or type the name of your authority."),
            "country": _("Not needed for a member of Efus: we know it."),
            "authority_kind": _("Not needed for a member of Efus: we know it."),
            "email": _("We send you a link to finish later. It is never published."),
        }
        widgets = {
            "authority_name": forms.TextInput(attrs={"autocomplete": "organization", "list": "member-authorities"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = _country_choices()
        self.fields["country"].required = False
        self.fields["authority_kind"].choices = [("", _("Choose a kind"))] + list(Kind.choices)
        self.fields["authority_kind"].required = False
        self.fields["consent"].required = True
        self.fields["consent"].label = _("I have read the privacy notice and agree that Efus stores these details.")
        self.fields["consent"].error_messages["required"] = _("Please agree to the privacy notice to go on.")
        for name in ("authority_name", "contact_name", "role", "email"):
            self.fields[name].required = True

    def clean(self):
        """A member is recognised by its name, and brings its country and kind; anyone else gives both."""
        cleaned = super().clean()
        authority = member_named(cleaned.get("authority_name", ""))
        self.instance.authority = authority
        if authority is not None:
            cleaned["authority_name"] = authority.name
            cleaned["country"] = cleaned.get("country") or authority.country.code
            cleaned["authority_kind"] = cleaned.get("authority_kind") or authority.kind
        else:
            if not cleaned.get("country") and "country" not in self.errors:
                self.add_error("country", _("Choose the country of your authority."))
            if not cleaned.get("authority_kind") and "authority_kind" not in self.errors:
                self.add_error("authority_kind", _("Choose the kind of your authority."))
        return cleaned


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each is checked and stored by the view (initiatives.attachments)."""

    widget = MultipleFileInput

    def clean(self, data, initial=None):
        return [file for file in (data if isinstance(data, list | tuple) else [data]) if file]


class StepTwoForm(DescribedErrorsMixin, HoneypotFormMixin, forms.ModelForm):
    """What the initiative is; its files are checked and stored by the view, whatever else is wrong."""

    files = MultipleFileField(
        label=_("Attachments"),
        required=False,
        widget=MultipleFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"}),
        help_text=_(
            "Up to %(count)s files, PDF, JPEG or PNG, %(size)s MB each at most. Photos lose their location data."
        )
        % {"count": MAX_ATTACHMENTS, "size": MAX_ATTACHMENT_MB},
    )

    class Meta:
        model = InitiativeSubmission
        fields = list(STEP_TWO_FIELDS)
        help_texts = {
            "summary": _("Two or three sentences: what you did and why."),
            "start_date": _("As year-month-day, e.g. 2020-04-15."),
            "end_date": _("If it is over; as year-month-day."),
            "target_groups": _("Who the initiative was for: residents, night-time workers, young people…"),
            "links": _("One web address per line, e.g. your press release."),
        }
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "description": forms.Textarea(attrs={"rows": 8}),
            "target_groups": forms.Textarea(attrs={"rows": 2}),
            "partners": forms.Textarea(attrs={"rows": 2}),
            "results": forms.Textarea(attrs={"rows": 4}),
            "links": forms.Textarea(attrs={"rows": 3}),
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["themes"].help_text = _("Choose one or more.")
        for name in ("title", "themes", "summary", "description", "start_date"):
            self.fields[name].required = True
        for name in ("start_date", "end_date"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]
            self.fields[name].error_messages["invalid"] = _("Enter a real date, as year-month-day (2020-04-15).")

    def clean_links(self):
        lines = [line.strip() for line in self.cleaned_data["links"].splitlines() if line.strip()]
        validate = URLValidator(schemes=["http", "https"])
        for line in lines:
            try:
                validate(line)
            except ValidationError:
                raise ValidationError(
                    _("“%(line)s” is not a web address starting with https://."), params={"line": line[:80]}
                ) from None
        if len(lines) > MAX_LINKS:
            raise ValidationError(_("Give at most %(count)s addresses."), params={"count": MAX_LINKS})
        return "\n".join(lines)

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("start_date"), cleaned.get("end_date")
        if start and end and end < start:
            self.add_error("end_date", _("The end date cannot be before the start date."))
        return cleaned


def typed_values(data):
    """Step 2's fields as typed in a post, to keep in the draft."""
    values = {name: data.get(name, "")[:6000] for name in STEP_TWO_FIELDS if name != "themes"}
    values["themes"] = [value for value in data.getlist("themes") if value.isdigit()][:20]
    return values
