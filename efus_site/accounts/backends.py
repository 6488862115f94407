"""Finding the account by its email address in any case, as allauth's login form gives it."""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend


class EmailBackend(ModelBackend):
    """Django's backend, taking allauth's `email` credential and matching the address whatever its case.

    Accounts added in the admin keep the capitals they were typed with (J.Dupont@efus.eu), which
    allauth's own backend, comparing lower-cased addresses exactly, would not find. An address two
    accounts share logs nobody in.
    """

    def authenticate(self, request, username=None, password=None, email=None, **kwargs):
        login = email or username
        if not login or password is None:
            return None
        matches = list(get_user_model()._default_manager.filter(email__iexact=login.strip())[:2])
        user = matches[0] if len(matches) == 1 else None
        if user is None:
            # Run the password hasher once, so an unknown address takes as long as a wrong password.
            get_user_model()().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None
