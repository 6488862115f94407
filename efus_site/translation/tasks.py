"""Celery tasks of translation jobs."""

from celery import shared_task

from efus_site.core.outbox import enqueue


@shared_task
def run_translation_job(job_id):
    """Work on a machine translation job for one slice, and queue the next slice if there is more."""
    from .jobs import run_job

    if not run_job(job_id):
        enqueue(run_translation_job, job_id)
