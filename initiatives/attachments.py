"""A draft's files: checked and stored as soon as they arrive, so a mistake elsewhere in the form loses none."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from .models import SubmissionAttachment
from .uploads import MAX_ATTACHMENTS, clean_attachment


def update(submission, uploaded_files, remove_ids):
    """Remove the files asked to be removed, store the new ones that pass; return the messages for the others."""
    for attachment in submission.attachments.filter(pk__in=[pk for pk in remove_ids if str(pk).isdigit()]):
        delete(attachment)
    errors = []
    room = MAX_ATTACHMENTS - submission.attachments.count()
    for uploaded in uploaded_files:
        if not uploaded.name and not uploaded.size:
            continue
        if room <= 0:
            errors.append(
                _("“%(name)s” was not added: an initiative has %(count)s files at most.")
                % {"name": uploaded.name, "count": MAX_ATTACHMENTS}
            )
            continue
        try:
            name, content = clean_attachment(uploaded)
        except ValidationError as error:
            errors.extend(error.messages)
            continue
        attachment = SubmissionAttachment(submission=submission, name=name, size=content.size)
        attachment.file.save(name, content, save=False)
        attachment.save()
        room -= 1
    return errors


def delete(attachment):
    """Delete an attachment and its file."""
    attachment.file.delete(save=False)
    attachment.delete()
