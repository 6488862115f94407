"""Logging in: staff and members give their email address."""

from asgiref.sync import sync_to_async
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm


class EmailOrUsernameBackend(ModelBackend):
    """Django's backend, finding the account by its email address as well as by its username.

    Accounts made by `make run` and `createsuperuser` in the tests have the email address as their
    username; accounts added in the admin may not, so the address is looked up too (when one account has it).
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None or password is None:
            return None
        user = self.find_user(username)
        if user is None:
            # Run the password hasher once, so a wrong address takes as long as a wrong password.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None

    async def aauthenticate(self, request, username=None, password=None, **kwargs):
        return await sync_to_async(self.authenticate)(request, username=username, password=password, **kwargs)

    @staticmethod
    def find_user(login):
        """The account with this username, else the only account with this email address."""
        users = get_user_model()._default_manager
        try:
            return users.get_by_natural_key(login)
        except users.model.DoesNotExist:
            pass
        matches = list(users.filter(email__iexact=login.strip())[:2])
        return matches[0] if len(matches) == 1 else None


class EmailLoginForm(LoginForm):
    """Wagtail's login form, asking for the email address."""

    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _("Your email address and password didn't match. Please try again."),
    }

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        field = self.fields["username"]
        field.label = _("Email address")
        # Room for any address (the username's own limit is 150 characters).
        field.max_length = 254
        field.widget.attrs["maxlength"] = "254"
        field.widget.attrs.update(
            placeholder=_("Enter your email address"), autocomplete="username", inputmode="email", spellcheck="false"
        )
