"""What Efus does with a submission: send it for review, publish it as a page, or turn it down."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Collection

from efus_site.core.text import fold

from .models import InitiativePage, InitiativesIndexPage, State
from .models.pages import RESERVED_SLUGS, TEXT_FIELDS

COLLECTION_NAME = "Shared initiatives"


def submit(submission):
    """The submitter sends their draft (or their corrections) for review."""
    submission.state = State.NEW
    submission.submitted_at = timezone.now()
    submission.draft = {}
    submission.save()


def section_for(submission):
    """The live section the initiative goes into: the one it was sent from, else the crisis' first."""
    if submission.section_id and submission.section.live:
        return submission.section
    return InitiativesIndexPage.objects.live().filter(crisis=submission.crisis_id).order_by("pk").first()


@transaction.atomic
def publish(submission):
    """Publish the initiative as a page (or its latest version, if it already has one); return the page.

    Only the initiative is copied: the contact person, their role and address stay on the submission.
    The text goes into the submitter's language and into English, which every other language falls
    back to until an editor translates it.
    """
    page = submission.page
    if page is None:
        section = section_for(submission)
        if section is None:
            raise ValueError("No live initiatives platform to publish the initiative in.")
        page = InitiativePage(slug=free_slug(section, submission.title), crisis_id=submission.crisis_id)
        _copy(submission, page)
        page.first_published_at = timezone.now()
        section.add_child(instance=page)
    else:
        _copy(submission, page)
    page.themes.set(list(submission.themes.all()))
    page.attachments.all().delete()
    for attachment in submission.attachments.all():
        page.attachments.create(document=_document(attachment))
    page.save_revision().publish()
    submission.page = page
    return page


def _copy(submission, page):
    language = submission.language
    page.authority_id = submission.authority_id
    page.authority_name = submission.authority_name
    page.country = submission.country
    page.authority_kind = submission.authority_kind
    page.original_language = language
    page.start_date = submission.start_date
    page.end_date = submission.end_date
    page.links = submission.links
    for field in ("title", *TEXT_FIELDS):
        value = getattr(submission, field)
        for code in {language, "en"}:
            # An editor's English translation is kept when the submitter corrects their own language.
            if code == language or not getattr(page, f"{field}_{code}", ""):
                setattr(page, f"{field}_{code}", value)
    page.title = page.title_en or submission.title


def free_slug(section, title):
    """An address for a new initiative under the section, from its title, that no sibling has."""
    base = slugify(fold(title))[:70] or "initiative"
    if base in RESERVED_SLUGS:
        base = f"{base}-initiative"
    taken = set(section.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def _document(attachment):
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    document = get_document_model()(title=attachment.name, collection=collection)
    with attachment.file.open("rb") as source:
        document.file.save(attachment.name, ContentFile(source.read()), save=False)
    document.save()
    return document


def decide(submission, previous_state):
    """After a reviewer saved the submission: publish or withdraw the page; True if the submitter must be told."""
    changed = submission.state != previous_state
    if submission.state == State.APPROVED:
        publish(submission)
    elif changed and previous_state == State.APPROVED and submission.page_id and submission.page.live:
        submission.page.unpublish()
    if changed and submission.state in (State.APPROVED, State.REJECTED, State.CHANGES_REQUESTED):
        submission.decided_at = timezone.now()
        submission.save(update_fields=["decided_at", "page"])
        return True
    submission.save(update_fields=["page"])
    return False
