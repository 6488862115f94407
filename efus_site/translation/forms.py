"""Admin forms of translation jobs: the dashboard's filters, export, import and machine translation."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .status import STATES, model_choices, sections
from .units import model_for_key, target_languages

FILE_FORMATS = [("xliff20", _("XLIFF 2.0")), ("xliff12", _("XLIFF 1.2")), ("po", _("PO (gettext)"))]
MAX_FILE_BYTES = 10 * 1024 * 1024


def language_choices():
    """The languages translated into, with their names."""
    names = dict(settings.LANGUAGES)
    return [(code, names[code]) for code in target_languages()]


def section_choices():
    """The sections, by id."""
    return [(str(page.pk), page.title) for page in sections()]


class FilterForm(forms.Form):
    """The dashboard's filters; each may be left on "all"."""

    section = forms.ChoiceField(label=_("Section"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    state = forms.ChoiceField(label=_("State"), required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("All"))]
        self.fields["section"].choices = every + section_choices()
        self.fields["language"].choices = every + language_choices()
        self.fields["state"].choices = every + list(STATES.items())
        self.fields["type"].choices = every + model_choices()


class SelectionForm(forms.Form):
    """Pages and snippets ticked on the dashboard, and what to do with them."""

    items = forms.MultipleChoiceField(
        label=_("Pages and snippets"), error_messages={"required": _("Tick at least one page or snippet.")}
    )
    language = forms.ChoiceField(label=_("Language of the file"))
    file_format = forms.ChoiceField(label=_("File format"), choices=FILE_FORMATS, initial="xliff20")
    languages = forms.MultipleChoiceField(
        label=_("Languages to machine-translate into"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, items=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["items"].choices = [(item, item) for item in items]
        self.fields["language"].choices = language_choices()
        self.fields["languages"].choices = language_choices()


class ImportForm(forms.Form):
    """A translated file to import."""

    file = forms.FileField(label=_("Translated file"), help_text=_("An XLIFF (.xlf) or PO (.po) file exported here."))
    language = forms.ChoiceField(label=_("Language of the translation"))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = language_choices()

    def clean_file(self):
        """Refuse files too large to be a page's texts."""
        upload = self.cleaned_data["file"]
        if upload.size > MAX_FILE_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB: export fewer pages at once."))
        return upload


class SectionJobForm(forms.Form):
    """Machine-translate a whole section, and snippets of some types."""

    section = forms.ChoiceField(label=_("Section"), required=False)
    snippet_types = forms.MultipleChoiceField(
        label=_("Snippets of these types"), required=False, widget=forms.CheckboxSelectMultiple
    )
    languages = forms.MultipleChoiceField(
        label=_("Languages"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["section"].choices = [("", _("None"))] + section_choices()
        self.fields["snippet_types"].choices = [
            (key, name) for key, name in model_choices() if not issubclass(model_for_key(key), Page)
        ]
        self.fields["languages"].choices = language_choices()

    def clean(self):
        """Ask for a section or a snippet type."""
        data = super().clean()
        if not data.get("section") and not data.get("snippet_types"):
            raise forms.ValidationError(_("Choose a section or a type of snippet."))
        return data
