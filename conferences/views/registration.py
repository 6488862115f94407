"""Registration on the site: the form, the confirmation, and the registrant's own page to change or cancel."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from efus_site.core.public_forms import within_rate_limit
from members.network.prefill import member_details

from .. import registration as service
from ..forms import ChangeSessionsForm, RegistrationForm
from ..models import CHOSEN_KINDS, ConferenceEditionPage, Session, Status
from ..tokens import registration_for_token


def choosable_sessions(page):
    """The workshops and field visits a registrant of an edition chooses; None for an event."""
    if not isinstance(page, ConferenceEditionPage):
        return None
    return Session.objects.filter(edition=page, kind__in=CHOSEN_KINDS).order_by("day", "start_time", "pk")


def register(page, request):
    """Show the form; on a valid post register (a seat or the waiting list) and confirm."""
    sessions = choosable_sessions(page)
    # A logged-in member finds their name, address and authority filled in (issue #13).
    form = RegistrationForm(request.POST or None, sessions=sessions, initial=member_details(request.user))
    status = 200
    if request.method == "POST" and page.is_taking_registrations():
        sent = page.get_url(request) + page.reverse_subpage("registered")
        if not within_rate_limit(request, "register", settings.FORM_POSTS_PER_HOUR, 3600):
            status = 429
            form.add_error(None, _("You have sent this form many times in a short while. Please try again later."))
        elif form.is_bot():
            return HttpResponseRedirect(sent)
        elif form.is_valid():
            chosen = [session.pk for session in form.cleaned_data.get("sessions", [])]
            registration, _created = service.register(page, form.registration_fields(), chosen, get_language())
            return HttpResponseRedirect(f"{sent}?waiting=1" if registration.status == Status.WAITING else sent)
    context = page.get_context(request)
    context.update(
        form=form,
        open=page.is_taking_registrations(),
        seats_left=service.seats_left(page),
        route_suffix="register/",
        subpage_title=_("Register"),
        subpage_description=_("Register for %(title)s.") % {"title": page.title},
    )
    return TemplateResponse(request, "conferences/register.html", context, status=status)


def registered(page, request):
    """Once the form is sent: a seat, or a place on the waiting list."""
    context = page.get_context(request)
    context.update(
        waiting=request.GET.get("waiting") == "1",
        route_suffix="register/sent/",
        subpage_title=_("Registration sent"),
    )
    return TemplateResponse(request, "conferences/registered.html", context)


def manage(page, request, token):
    """The registrant's page: their seat or place, their sessions to change, and a button to cancel."""
    registration = registration_for_token(token, page)
    if registration is None:
        context = page.get_context(request)
        context.update(subpage_title=_("Link not valid"))
        return TemplateResponse(request, "conferences/manage_invalid.html", context, status=404)
    sessions = choosable_sessions(page)
    chosen = registration.choices.exclude(status=Status.CANCELLED).select_related("session")
    initial = {"sessions": [choice.session_id for choice in chosen]}
    form = ChangeSessionsForm(
        request.POST if request.POST.get("action") == "change" else None, sessions=sessions, initial=initial
    )
    message = ""
    if request.method == "POST" and registration.status != Status.CANCELLED:
        if request.POST.get("action") == "cancel":
            service.cancel(registration)
            message = _("Your registration is cancelled. We have sent you an email to confirm it.")
        elif form.is_valid() and sessions is not None:
            service.change_sessions(registration, [session.pk for session in form.cleaned_data["sessions"]])
            message = _("Your choice of sessions is saved. We have sent you an email with your programme.")
        registration.refresh_from_db()
        chosen = registration.choices.exclude(status=Status.CANCELLED).select_related("session")
    context = page.get_context(request)
    context.update(
        registration=registration,
        choices=list(chosen),
        form=form,
        message=message,
        subpage_title=_("Your registration"),
        route_suffix=f"registration/{token}/",
    )
    response = TemplateResponse(request, "conferences/manage.html", context)
    # A personal page: never cached, never indexed.
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    return response
