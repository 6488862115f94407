"""How allauth behaves on this site: no open sign-up (people are invited), sessions sized to the account."""

from allauth.account.adapter import DefaultAccountAdapter

from .sessions import start_session_clock


class AccountAdapter(DefaultAccountAdapter):
    """Accounts come from invitations only; each login starts a session as long as the account may keep one."""

    def is_open_for_signup(self, request):
        """Nobody signs up alone: staff or a coordinator invite them (members.network.invitations)."""
        return False

    def login(self, request, user):
        """Log in, then give the session its length: 2 weeks, or 12 hours for staff."""
        super().login(request, user)
        start_session_clock(request, user)
