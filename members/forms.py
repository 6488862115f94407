"""Public and staff forms of the members app."""

import string

from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from efus_site.core.public_forms import DescribedErrorsMixin, HoneypotFormMixin
from efus_site.core.text import fold

from .countries import country_name
from .models import Kind, MembershipApplication

MAX_IMPORT_BYTES = 5 * 1024 * 1024
LETTERS = tuple(string.ascii_uppercase)
MAX_QUERY_LENGTH = 100


def _country_choices():
    return [("", _("Choose a country"))] + sorted(
        ((country.code, country_name(country.code)) for country in countries), key=lambda choice: fold(choice[1])
    )


class MembershipApplicationForm(DescribedErrorsMixin, HoneypotFormMixin, forms.ModelForm):
    """An authority's application to join Efus."""

    class Meta:
        model = MembershipApplication
        fields = [
            "authority_name",
            "kind",
            "country",
            "population",
            "contact_name",
            "role",
            "email",
            "phone",
            "message",
            "consent",
        ]
        labels = {"authority_name": _("Name of the authority")}
        help_texts = {
            "population": _("Number of inhabitants, if you are a local or regional authority."),
            "phone": _("With the country code, e.g. +33 1 40 64 49 00."),
        }
        widgets = {
            "message": forms.Textarea(attrs={"rows": 6}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "role": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "authority_name": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [("", _("Choose a kind"))] + list(Kind.choices)
        self.fields["country"].choices = _country_choices()
        self.fields["consent"].required = True
        self.fields["consent"].label = _(
            "I agree that Efus stores these details to process this application and contact me about it."
        )
        self.fields["consent"].error_messages["required"] = _("Please agree to the processing of these details.")
        for name in ("authority_name", "kind", "country", "contact_name", "role", "email"):
            self.fields[name].required = True

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        allowed = set("0123456789+-. ()/")
        if phone and (set(phone) - allowed or sum(char.isdigit() for char in phone) < 6):
            raise forms.ValidationError(_("Enter a phone number of digits, spaces and an optional +."))
        return phone


class DirectoryFilterForm(DescribedErrorsMixin, forms.Form):
    """The directory's filters, read from the address so a filtered list can be shared."""

    q = forms.CharField(label=_("Search by name"), required=False, max_length=MAX_QUERY_LENGTH)
    country = forms.ChoiceField(label=_("Country"), required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    exco = forms.BooleanField(label=_("Executive Committee only"), required=False)
    letter = forms.ChoiceField(required=False, choices=[("", "")] + [(letter, letter) for letter in LETTERS])

    def __init__(self, data, country_counts):
        super().__init__(data)
        countries = sorted(((code, country_name(code), count) for code, count in country_counts), key=_by_name)
        self.fields["country"].choices = [("", _("All countries"))] + [
            (code, f"{name} ({count})") for code, name, count in countries
        ]
        self.fields["kind"].choices = [("", _("All kinds"))] + list(Kind.choices)

    def filters(self):
        """The valid filters; an invalid one (an unknown country in a shared link) is ignored."""
        self.is_valid()
        return {name: value for name, value in getattr(self, "cleaned_data", {}).items() if value}


def _by_name(row):
    return fold(row[1])


class ImportForm(forms.Form):
    """The CSV file staff upload to create or update member authorities."""

    file = forms.FileField(label=_("CSV file"), help_text=_("UTF-8, with the columns of the export."))

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is larger than 5 MB."))
        if not uploaded.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Choose a .csv file."))
        return uploaded.read()
