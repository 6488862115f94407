"""The network's forms: accepting an invitation, inviting colleagues, posting, replying, reporting, profiles."""

import os

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from efus_site.core.models import Theme
from efus_site.core.public_forms import DescribedErrorsMixin, HoneypotFormMixin
from efus_site.core.uploads import check_document_content

from .languages import SPOKEN
from .models import AuthorityChange, MemberProfile, PostKind

ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024


class AcceptInvitationForm(DescribedErrorsMixin, forms.Form):
    """The invited person's name and a password of their choice."""

    name = forms.CharField(label=_("Your name"), max_length=150)
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters, not only digits, not a common password."),
    )
    password2 = forms.CharField(
        label=_("Password again"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def __init__(self, *args, email="", **kwargs):
        super().__init__(*args, **kwargs)
        self.email = email

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first)
            except ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class InviteColleagueForm(DescribedErrorsMixin, HoneypotFormMixin, forms.Form):
    """A coordinator invites a colleague of their own authority."""

    email = forms.EmailField(label=_("Their email address"))
    name = forms.CharField(label=_("Their name"), max_length=150, required=False)
    language = forms.ChoiceField(label=_("Language of the invitation"), choices=settings.LANGUAGES)


class PostForm(DescribedErrorsMixin, HoneypotFormMixin, forms.Form):
    """A new post: what kind, a title, its themes, the text and one optional attachment."""

    kind = forms.ChoiceField(label=_("What is it?"), choices=PostKind.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=_("Title"), max_length=200)
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    body = forms.CharField(
        label=_("Text"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Leave a blank line between paragraphs; start a line with “- ” for a list. Web addresses become links."
        ),
    )
    attachment = forms.FileField(
        label=_("Attachment (optional)"),
        required=False,
        help_text=_("One file: %(types)s, %(size)s at most. Members only can download it.")
        % {"types": ", ".join(settings.WAGTAILDOCS_EXTENSIONS), "size": filesizeformat(ATTACHMENT_MAX_BYTES)},
    )

    def clean_attachment(self):
        """The file's type is read from its content, not its name; too large or disguised files are refused."""
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        extension = os.path.splitext(upload.name)[1].lstrip(".").lower()
        if extension not in settings.WAGTAILDOCS_EXTENSIONS:
            raise ValidationError(_("This type of file is not accepted."))
        if upload.size > ATTACHMENT_MAX_BYTES:
            raise ValidationError(_("The file is too large."))
        check_document_content(upload, extension)
        return upload


class ReplyForm(DescribedErrorsMixin, HoneypotFormMixin, forms.Form):
    """A reply to a post."""

    body = forms.CharField(label=_("Your reply"), max_length=20000, widget=forms.Textarea(attrs={"rows": 6}))


class ReportForm(DescribedErrorsMixin, HoneypotFormMixin, forms.Form):
    """Why a post should be looked at by staff."""

    reason = forms.CharField(label=_("What is wrong with this post?"), max_length=1000, widget=forms.Textarea)


class ProfileForm(DescribedErrorsMixin, forms.ModelForm):
    """A member's own profile, themes, emails and what the directory shows."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you speak"), choices=SPOKEN, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = MemberProfile
        fields = [
            "name",
            "role",
            "themes",
            "languages",
            "followed_themes",
            "frequency",
            "language",
            "in_directory",
            "show_role",
            "show_themes",
            "show_languages",
            "show_email",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "followed_themes": forms.CheckboxSelectMultiple,
            "frequency": forms.RadioSelect,
        }
        help_texts = {
            "frequency": _("You also get an email for each reply to your posts, unless you choose “No emails”.")
        }


class AuthorityChangeForm(DescribedErrorsMixin, forms.ModelForm):
    """A coordinator's proposed changes to their authority's public record."""

    class Meta:
        model = AuthorityChange
        fields = ["website", "representative", "description", "note"]
        widgets = {"website": forms.URLInput}


class DeleteAccountForm(DescribedErrorsMixin, forms.Form):
    """Confirming the deletion, and whether the posts go too."""

    confirm = forms.BooleanField(label=_("I want to delete my account and my profile"))
    with_posts = forms.BooleanField(
        label=_("Delete my posts and replies too"),
        required=False,
        help_text=_("Otherwise they stay in the exchange, signed “Former member”."),
    )
