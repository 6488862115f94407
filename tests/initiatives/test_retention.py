"""Retention: drafts never sent go after 90 days, rejected submissions after a year, files with them."""

import datetime
import os

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from initiatives.factories import InitiativeSubmissionFactory
from initiatives.models import InitiativeSubmission, SubmissionAttachment
from initiatives.retention import forget_old_submissions
from initiatives.tasks import forget_old_submissions as task

from .conftest import PDF

pytestmark = pytest.mark.django_db
NOW = timezone.make_aware(datetime.datetime(2024, 6, 1, 12))


def aged(days, **fields):
    submission = InitiativeSubmissionFactory(**fields)
    InitiativeSubmission.objects.filter(pk=submission.pk).update(updated_at=NOW - datetime.timedelta(days=days))
    return submission


def test_old_drafts_and_old_rejections_go_the_rest_stays(settings):
    old_draft = aged(91, state="draft", submitted_at=None)
    attachment = SubmissionAttachment(submission=old_draft, name="a.pdf", size=len(PDF))
    attachment.file.save("a.pdf", ContentFile(PDF), save=True)
    stored = attachment.file.path
    recent_draft = aged(89, state="draft", submitted_at=None)
    old_rejection = aged(400, state="rejected", decided_at=NOW - datetime.timedelta(days=366))
    recent_rejection = aged(400, state="rejected", decided_at=NOW - datetime.timedelta(days=364))
    old_but_waiting = aged(400, state="new", submitted_at=NOW - datetime.timedelta(days=400))
    # Sent once, then sent back for changes and left: not a draft never completed.
    sent_back = aged(200, state="changes_requested", submitted_at=NOW - datetime.timedelta(days=200))

    assert forget_old_submissions(now=NOW) == 2
    assert set(InitiativeSubmission.objects.values_list("pk", flat=True)) == {
        recent_draft.pk,
        recent_rejection.pk,
        old_but_waiting.pk,
        sent_back.pk,
    }
    assert not old_rejection.__class__.objects.filter(pk=old_rejection.pk).exists()
    assert not os.path.exists(stored)
    # A second run, as beat may start it twice: nothing more to do.
    assert forget_old_submissions(now=NOW) == 0


def test_the_daily_task_runs_the_clean_up():
    aged(10_000, state="draft", submitted_at=None)
    assert task.delay().get() == 1
    assert task.delay().get() == 0
