"""How allauth behaves on this site: no open sign-up (people are invited), sessions sized to the account."""

from types import SimpleNamespace

from allauth.account.adapter import DefaultAccountAdapter
from wagtail.models import Site

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

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's emails greet and sign as the site ("Hello from Efus!"), not as the request's host name.

        Without Django's sites framework allauth names the site after the host; Wagtail's site record
        has the name staff gave it.
        """
        request = context.get("request")
        site = Site.find_for_request(request) if request is not None else None
        named = SimpleNamespace(
            name=(site.site_name if site and site.site_name else "Efus"),
            domain=getattr(context.get("current_site"), "domain", ""),
        )
        return super().render_mail(template_prefix, email, {**context, "current_site": named}, headers)
