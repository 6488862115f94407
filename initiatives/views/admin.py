"""Moderation in the admin: the edit form is where a reviewer corrects, approves, rejects or asks for changes."""

import mimetypes

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.snippets.views.snippets import EditView, InspectView

from efus_site.core.outbox import enqueue

from .. import moderation
from ..models import InitiativeSubmission, State, SubmissionAttachment
from ..tasks import tell_outcome
from ..tokens import make_token

#: What must be there before an initiative is published.
REQUIRED_TO_APPROVE = ("title", "summary", "description", "start_date")


class SubmissionAdminForm(WagtailAdminModelForm):
    """Refuses a decision the submitter could not understand: a refusal needs a reason, an approval an initiative."""

    def clean(self):
        cleaned = super().clean()
        state = cleaned.get("state")
        if state in (State.REJECTED, State.CHANGES_REQUESTED) and not cleaned.get("reason", "").strip():
            self.add_error("reason", _("Write the message the submitter will receive."))
        if state == State.APPROVED:
            for name in REQUIRED_TO_APPROVE:
                if not cleaned.get(name):
                    self.add_error(name, _("Needed before the initiative is published."))
            if not cleaned.get("themes"):
                self.add_error("themes", _("Needed before the initiative is published."))
        if state == State.APPROVED and moderation.section_for(self.instance) is None:
            raise ValidationError(_("Publish an initiatives platform for this crisis first: the page goes under it."))
        return cleaned


class SubmissionEditView(EditView):
    """Saving a new decision publishes or withdraws the page and emails the submitter in their language."""

    def save_instance(self):
        previous = InitiativeSubmission.objects.values_list("state", flat=True).get(pk=self.object.pk)
        submission = super().save_instance()
        if moderation.decide(submission, previous):
            enqueue(tell_outcome, submission.pk, submission.state, outcome_url(submission))
        return submission


class SubmissionInspectView(InspectView):
    """The submission as sent, with links to download its files (to reviewers only)."""

    def get_consent_display_value(self):
        return _("Yes") if self.object.consent else _("No")

    def get_files_display_value(self):
        links = [
            (reverse("initiatives_attachment", args=[attachment.pk]), attachment.name)
            for attachment in self.object.attachments.all()
        ]
        return format_html_join(mark_safe("<br>"), '<a href="{}">{}</a>', links) if links else "–"

    def get_field_label(self, field_name, field):
        return _("Files") if field_name == "files" else super().get_field_label(field_name, field)


def outcome_url(submission):
    """The address the outcome email gives, in the submitter's language: the page, or the link to correct."""
    with translation.override(submission.language):
        if submission.state == State.APPROVED and submission.page_id:
            return submission.page.get_full_url() or ""
        section = moderation.section_for(submission)
        if submission.state == State.CHANGES_REQUESTED and section is not None:
            url = section.get_full_url() or ""
            return url + section.reverse_subpage("share_continue", args=make_token(submission).split("/"))
    return ""


@permission_required("initiatives.change_initiativesubmission", raise_exception=True)
def attachment(request, pk):
    """A submitted file, to reviewers only: drafts' files are never served to the public."""
    item = get_object_or_404(SubmissionAttachment, pk=pk)
    content_type = mimetypes.guess_type(item.name)[0] or "application/octet-stream"
    response = FileResponse(item.file.open("rb"), content_type=content_type, as_attachment=True, filename=item.name)
    response["X-Content-Type-Options"] = "nosniff"
    return response
