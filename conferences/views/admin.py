"""Staff screens: check a registrant in, mail everyone with a seat in a session."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from efus_site.core.outbox import enqueue

from .. import registration as service
from ..forms import SessionMessageForm
from ..models import Registration, Session, SessionChoice, Status
from ..tasks import mail_session_registrants


@require_POST
@permission_required("conferences.change_registration", raise_exception=True)
def check_in(request, pk):
    """Mark a registrant as arrived (or, posted again with undo, as not arrived)."""
    registration = get_object_or_404(Registration, pk=pk)
    registration.checked_in_at = None if request.POST.get("undo") else timezone.now()
    registration.save(update_fields=["checked_in_at"])
    if registration.checked_in_at:
        messages.success(request, _("%(name)s is checked in.") % {"name": registration.name})
    else:
        messages.success(request, _("%(name)s is no longer checked in.") % {"name": registration.name})
    return redirect(request.POST.get("next") or "wagtailsnippets_conferences_registration:list")


@require_POST
@permission_required("conferences.change_registration", raise_exception=True)
def cancel(request, pk):
    """Cancel a registration for the registrant: the waiting lists move up and everyone concerned is told."""
    registration = get_object_or_404(Registration, pk=pk)
    service.cancel(registration)
    messages.success(request, _("The registration of %(name)s is cancelled.") % {"name": registration.name})
    return redirect(request.POST.get("next") or "wagtailsnippets_conferences_registration:list")


@permission_required("conferences.change_registration", raise_exception=True)
def mail_session(request, pk):
    """Write to everyone with a seat in a session."""
    session = get_object_or_404(Session.objects.select_related("edition"), pk=pk)
    recipients = SessionChoice.objects.filter(
        session=session, status=Status.CONFIRMED, registration__status=Status.CONFIRMED
    ).count()
    form = SessionMessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        enqueue(mail_session_registrants, session.pk, form.cleaned_data["subject"], form.cleaned_data["body"])
        messages.success(
            request,
            ngettext(
                "The message is being sent to %(count)d registrant.",
                "The message is being sent to %(count)d registrants.",
                recipients,
            )
            % {"count": recipients},
        )
        return redirect("wagtailsnippets_conferences_session:list")
    return TemplateResponse(
        request,
        "conferences/admin/mail_session.html",
        {
            "session": session,
            "form": form,
            "recipients": recipients,
            "header_title": _("Write to a session's registrants"),
        },
    )
