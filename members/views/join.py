"""The public "join the network" form: validation, spam protection, storage and the emails."""

from html import unescape

from django.conf import settings
from django.http import HttpResponsePermanentRedirect, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.functional import lazy
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from efus_site.core.models import SiteSettings
from efus_site.core.outbox import enqueue
from efus_site.core.public_forms import within_rate_limit

from ..forms import MembershipApplicationForm
from ..tasks import confirm_application, notify_staff_of_application


def staff_address(page, request):
    """Where the section's applications are announced: its own address, else the site's contact address."""
    if page.notification_email:
        return page.notification_email
    site = Site.find_for_request(request)
    return (SiteSettings.for_site(site).email if site else "") or settings.DEFAULT_FROM_EMAIL


def join(page, request):
    """Show the form; on a valid post store the application, queue the emails and confirm.

    A post with the honeypot filled in is sent to the same confirmation, so a bot learns nothing,
    but nothing is stored or sent.
    """
    form = MembershipApplicationForm(request.POST or None)
    status = 200
    if request.method == "POST":
        thanks = page.get_url(request) + page.reverse_subpage("join_thanks")
        if not within_rate_limit(request, "join", settings.FORM_POSTS_PER_HOUR, 3600):
            status = 429
            form.add_error(None, _("You have sent this form many times in a short while. Please try again later."))
        elif form.is_bot():
            return HttpResponseRedirect(thanks)
        elif form.is_valid():
            application = form.save(commit=False)
            application.language = get_language()
            application.save()
            # The task gets the address now: the notification module never looks pages up.
            enqueue(notify_staff_of_application, application.pk, staff_address(page, request))
            enqueue(confirm_application, application.pk)
            return HttpResponseRedirect(thanks)
    context = page.get_context(request)
    context.update(
        form=form,
        route_suffix=_translated_suffix(page, "join"),
        subpage_title=_("Join the network"),
        subpage_description=_description(
            page.join_intro,
            _("How a local or regional authority applies to join Efus, the European Forum for Urban Security."),
        ),
    )
    return TemplateResponse(request, "members/join.html", context, status=status)


def join_thanks(page, request):
    """Confirmation once an application is sent."""
    context = page.get_context(request)
    context.update(
        route_suffix=_translated_suffix(page, "join_thanks"),
        subpage_title=_("Application sent"),
        subpage_description=_description(
            page.join_thanks, _("Thank you. We have received your application and will contact you soon.")
        ),
    )
    return TemplateResponse(request, "members/join_thanks.html", context)


def legacy(page, request, name):
    """A sub-address of the first release (English in every language): sent on to the translated one.

    A form posted there (a page opened before the addresses were translated) is still taken in,
    so nothing typed is lost.
    """
    if name == "join" and request.method == "POST":
        return join(page, request)
    target = page.get_url(request) + page.reverse_subpage(name)
    if request.META.get("QUERY_STRING"):
        target += f"?{request.META['QUERY_STRING']}"
    return HttpResponsePermanentRedirect(target)


def _translated_suffix(page, name):
    """The sub-route in whichever language is active when it is read: the switcher reads it in each one."""
    return lazy(lambda: page.reverse_subpage(name), str)()


def _description(rich_text, fallback):
    """A meta description from the page's own text, else a sentence of our own."""
    text = " ".join(unescape(strip_tags(rich_text or "")).split())
    return Truncator(text).chars(160) if text else fallback
