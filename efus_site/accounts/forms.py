"""allauth's forms where the site adds to them."""

from allauth.account.forms import ResetPasswordForm, ResetPasswordKeyForm
from django.contrib.auth import get_user_model

from .lockout import unlock


class AnyCaseResetPasswordForm(ResetPasswordForm):
    """The reset email also reaches accounts added in the admin with capitals in their address.

    allauth looks the address up lower-cased and exactly; the login (backends.EmailBackend) ignores
    case, so the reset must too. An address two accounts share still resets nobody.
    """

    def clean_email(self):
        email = super().clean_email()
        if not self.users:
            matches = list(get_user_model()._default_manager.filter(email__iexact=email.strip(), is_active=True)[:2])
            self.users = matches if len(matches) == 1 else []
        return email


class UnlockingResetPasswordKeyForm(ResetPasswordKeyForm):
    """Setting a new password from the reset email also lifts any login lock on the account."""

    def save(self):
        super().save()
        unlock(self.user.email)
