"""The two-step form to share an initiative: a draft saved at each step, a signed link to come back.

Step 1 stores who is sharing and emails a link; step 2 lives at that link, so a closed browser or
an expired session loses nothing. Every post of step 2 keeps what was typed and the files that
passed their checks, valid or not.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Site

from efus_site.core.generation import cached
from efus_site.core.models import SiteSettings
from efus_site.core.outbox import enqueue
from efus_site.core.public_forms import within_rate_limit
from efus_site.core.text import fold
from members.models import MemberAuthority

from .. import attachments, moderation
from ..forms import StepOneForm, StepTwoForm, typed_values
from ..models import InitiativeSubmission
from ..tasks import notify_staff_of_submission, send_resume_link
from ..tokens import LinkError, make_token, read_token

#: Step 2 is posted several times by one person (corrections, drafts), and only with a signed link.
STEP_TWO_POSTS_FACTOR = 5


def _rate_limited(request, email="", scope="initiatives", factor=1):
    """True once this address, or this email, has posted the step too often this hour."""
    if not within_rate_limit(request, scope, settings.FORM_POSTS_PER_HOUR * factor, 3600):
        return True
    if email:
        key = f"ratelimit:{scope}-email:{fold(email)[:200]}"
        if not cache.add(key, 1, 3605):
            try:
                count = cache.incr(key)
            except ValueError:
                return False
            return count is not None and count > settings.FORM_POSTS_PER_HOUR * factor
    return False


def member_names():
    """Current members' names in the visitor's language, A–Z, for the authority field's suggestions."""
    language = get_language()
    return cached(
        f"initiatives:member-names:{language}",
        lambda: list(
            MemberAuthority.objects.current().order_by(f"sort_name_{language}").values_list("name", flat=True)
        ),
    )


def continue_path(page, request, submission):
    """The address of step 2 for this submission, in the active language."""
    return page.get_url(request) + page.reverse_subpage("share_continue", args=make_token(submission).split("/"))


def step_one(page, request):
    """Who shares: on a valid post, save the draft, email the link to finish later and go on to step 2."""
    form = StepOneForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if _rate_limited(request, request.POST.get("email", "")):
            status = 429
            form.add_error(None, _("You have sent this form many times in a short while. Please try again later."))
        elif form.is_bot():
            return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("share_sent"))
        elif form.is_valid():
            submission = form.save(commit=False)
            submission.crisis_id = page.crisis_id
            submission.section = page
            submission.language = get_language()
            submission.save()
            path = continue_path(page, request, submission)
            enqueue(send_resume_link, submission.pk, request.build_absolute_uri(path))
            return HttpResponseRedirect(path + "?new=1")
    context = page.get_context(request)
    context.update(
        form=form,
        step=1,
        member_names=member_names(),
        route_suffix="share/",
        subpage_title=_("Share an initiative: who you are"),
        subpage_description=_("Step 1 of 2: the authority sharing the initiative and the person Efus may write to."),
    )
    return TemplateResponse(request, "initiatives/share_step_one.html", context, status=status)


def step_two(page, request, token):
    """What the initiative is: reached from the emailed link; sent for review on a valid post."""
    try:
        data = read_token(token)
    except LinkError as error:
        return _link_problem(page, request, str(error))
    submission = InitiativeSubmission.objects.filter(pk=data["id"]).first()
    if submission is None:
        return _link_problem(page, request, _("This link is not valid any more: the draft it led to was deleted."))
    if not submission.is_editable:
        return _link_problem(
            page,
            request,
            _("This initiative has already been sent to Efus with this link, which cannot be used again."),
        )
    status, saved = 200, False
    if request.method == "POST":
        form = StepTwoForm(request.POST, request.FILES, instance=submission)
        if _rate_limited(request, submission.email, "initiatives-step-two", STEP_TWO_POSTS_FACTOR):
            status = 429
            form.add_error(None, _("You have sent this form many times in a short while. Please try again later."))
        elif form.is_bot():
            return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("share_sent"))
        else:
            file_errors = attachments.update(submission, request.FILES.getlist("files"), request.POST.getlist("remove"))
            InitiativeSubmission.objects.filter(pk=submission.pk).update(draft=typed_values(request.POST))
            if "save_draft" in request.POST:
                return HttpResponseRedirect(request.path + "?saved=1")
            valid = form.is_valid()
            for message in file_errors:
                form.add_error("files", message)
            if valid and not file_errors:
                form.save()
                moderation.submit(submission)
                enqueue(
                    notify_staff_of_submission,
                    submission.pk,
                    _staff_address(page, request),
                    _admin_url(request, submission),
                )
                return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("share_sent"))
    else:
        form = StepTwoForm(instance=submission, initial=submission.draft or None)
        saved = request.GET.get("saved") == "1"
    context = page.get_context(request)
    context.update(
        form=form,
        step=2,
        submission=submission,
        attachments=list(submission.attachments.all()),
        saved=saved,
        new=request.GET.get("new") == "1",
        route_suffix=f"share/{token}/",
        subpage_title=_("Share an initiative: what you did"),
        subpage_description=_("Step 2 of 2: the initiative itself, its dates, partners, results and files."),
    )
    response = TemplateResponse(request, "initiatives/share_step_two.html", context, status=status)
    # The address holds the key to the draft: never cached, never sent to other sites.
    response["Cache-Control"] = "private, no-store"
    response["Referrer-Policy"] = "same-origin"
    return response


def sent(page, request):
    """Confirmation once an initiative is sent for review."""
    context = page.get_context(request)
    context.update(
        route_suffix="share/sent/",
        subpage_title=_("Initiative sent"),
        subpage_description=_("Thank you: Efus reviews each initiative before it is published."),
    )
    return TemplateResponse(request, "initiatives/share_sent.html", context)


def _link_problem(page, request, message):
    context = page.get_context(request)
    context.update(
        message=message,
        share_url=page.get_url(request) + page.reverse_subpage("share"),
        route_suffix="share/",
        subpage_title=_("This link cannot be used"),
    )
    response = TemplateResponse(request, "initiatives/share_link_problem.html", context, status=400)
    response["Cache-Control"] = "private, no-store"
    return response


def _staff_address(page, request):
    if page.notification_email:
        return page.notification_email
    site = Site.find_for_request(request)
    return (SiteSettings.for_site(site).email if site else "") or settings.DEFAULT_FROM_EMAIL


def _admin_url(request, submission):
    return request.build_absolute_uri(
        reverse("wagtailsnippets_initiatives_initiativesubmission:edit", args=[submission.pk])
    )
