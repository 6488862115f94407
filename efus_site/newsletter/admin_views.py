"""Admin screens of an issue: previews per language, a test send, sending now or later, progress, pause."""

import datetime

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from efus_site.core.outbox import enqueue

from . import sending
from .emails import personalise, render_issue
from .models import Mailing, NewsletterIssuePage, Subscriber
from .tasks import send_newsletter, send_test_issue

SEND_PERMISSION = "newsletter.add_mailing"


class TestSendForm(forms.Form):
    language = forms.ChoiceField(label=gettext_lazy("Language"), choices=settings.LANGUAGES)


class ScheduleForm(forms.Form):
    send_at = forms.DateTimeField(
        label=gettext_lazy("Send at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text=gettext_lazy("Leave empty to send now."),
    )

    def clean_send_at(self):
        value = self.cleaned_data["send_at"]
        if value and value < timezone.now() - datetime.timedelta(minutes=5):
            raise forms.ValidationError(_("Choose a time in the future, or leave it empty to send now."))
        return value


def _issue(page_id):
    return get_object_or_404(NewsletterIssuePage, pk=page_id)


@permission_required(SEND_PERMISSION, raise_exception=True)
def issue_sending(request, page_id):
    """The issue's sending screen: previews, test send, send or schedule, progress, pause and resume."""
    issue = _issue(page_id)
    mailing = Mailing.objects.filter(issue=issue).first()
    test_form = TestSendForm(initial={"language": settings.LANGUAGE_CODE})
    schedule_form = ScheduleForm()
    counts = sending.progress(issue)
    languages = [
        {"code": code, "name": name, "translated": issue.has_language(code), "counts": counts.get(code)}
        for code, name in settings.LANGUAGES
    ]
    audience = Subscriber.objects.mailable().values_list("language", "topics")
    context = {
        "issue": issue,
        "mailing": mailing,
        "languages": languages,
        "test_form": test_form,
        "schedule_form": schedule_form,
        "audience": sum(1 for _language, topics in audience if issue.wants(topics)),
        "running": mailing is not None and mailing.status == Mailing.Status.SENDING,
        "statuses": Mailing.Status,
    }
    return TemplateResponse(request, "newsletter/admin/issue_sending.html", context)


@permission_required(SEND_PERMISSION, raise_exception=True)
def issue_progress(request, page_id):
    """The sending screen's figures as JSON: static/js/admin/newsletter_progress.js follows a send with them."""
    issue = _issue(page_id)
    mailing = Mailing.objects.filter(issue=issue).first()
    return JsonResponse(
        {
            "status": mailing.status if mailing else None,
            "status_label": str(mailing.get_status_display()) if mailing else "",
            "languages": sending.progress(issue),
        }
    )


@permission_required(SEND_PERMISSION, raise_exception=True)
def issue_preview(request, page_id, language):
    """The email as a subscriber of that language receives it (HTML, or ?format=text)."""
    issue = _issue(page_id)
    if language not in dict(settings.LANGUAGES):
        raise Http404
    links = {"preferences": "#preferences", "unsubscribe": "#unsubscribe", "one_click": "#unsubscribe"}
    subject, text, html = personalise(render_issue(issue, language), links)
    if request.GET.get("format") == "text":
        return HttpResponse(f"{subject}\n\n{text}", content_type="text/plain; charset=utf-8")
    return HttpResponse(html)


@require_POST
@permission_required(SEND_PERMISSION, raise_exception=True)
def issue_action(request, page_id, action):
    """The buttons of the sending screen."""
    issue = _issue(page_id)
    back = redirect("newsletter_issue_sending", page_id)
    if action == "test":
        form = TestSendForm(request.POST)
        if form.is_valid() and request.user.email:
            enqueue(send_test_issue, issue.pk, form.cleaned_data["language"], request.user.email)
            messages.success(request, _("A test is on its way to %(email)s.") % {"email": request.user.email})
        else:
            messages.error(request, _("Your account has no email address to send the test to."))
        return back
    if action == "send":
        return _schedule(request, issue, back)
    mailing = get_object_or_404(Mailing, issue=issue)
    if action == "pause":
        sending.pause(mailing)
        messages.success(request, _("Sending is paused."))
    elif action == "resume" and sending.resume(mailing):
        enqueue(send_newsletter, mailing.pk)
        messages.success(request, _("Sending goes on."))
    return back


def _schedule(request, issue, back):
    if not issue.live:
        messages.error(request, _("Publish the issue before sending it: the email links to its page."))
        return back
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("send_at", [])))
        return back
    send_at = form.cleaned_data["send_at"] or timezone.now()
    mailing = sending.schedule(issue, send_at, request.user.email)
    if mailing.status != Mailing.Status.SCHEDULED:
        messages.error(request, _("This issue has already been sent or is being sent."))
    elif send_at <= timezone.now():
        sending.start(mailing)
        enqueue(send_newsletter, mailing.pk)
        messages.success(request, _("Sending has started."))
    else:
        messages.success(request, _("The issue will be sent at the chosen time."))
    return back
