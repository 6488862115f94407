"""allauth's forms where the site adds to them."""

from allauth.account.forms import ResetPasswordKeyForm

from .lockout import unlock


class UnlockingResetPasswordKeyForm(ResetPasswordKeyForm):
    """Setting a new password from the reset email also lifts any login lock on the account."""

    def save(self):
        super().save()
        unlock(self.user.email)
