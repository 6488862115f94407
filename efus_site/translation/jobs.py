"""Machine pre-translation: fill the empty translations of pages and snippets through an engine.

A job goes through its objects in order. For each, in each language, it sends the source texts whose
translation is empty, in batches, and stores every answer (JobSegment) before writing; a job
killed half way starts again at the item it was on and sends only the texts with no stored answer.
Nothing a person wrote is overwritten: a text is written only where the translation is still
empty at the moment of writing.
"""

import time

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page

from efus_site.core.outbox import enqueue

from .backends import EngineError, get_engine
from .models import JobSegment, TranslationJob, text_hash
from .store import mark_machine, save_translated
from .tasks import run_translation_job
from .units import (
    apply_units,
    editable_object,
    model_for_key,
    model_key,
    source_language,
    translated_models,
    units_by_language,
)

MAX_ERRORS_KEPT = 50
#: How long past its slice a runner's lock lasts, should its worker be killed.
LOCK_MARGIN_SECONDS = 300


def targets_for(pages=(), sections=(), snippets=()):
    """[[model key, pk], …] for some pages, every translated page under some sections, and snippets."""
    page_ids = list(pages)
    for section in sections:
        page_ids += list(Page.objects.descendant_of(section, inclusive=True).values_list("pk", flat=True))
    types = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "content_type_id"))
    models_by_type = {ContentType.objects.get_for_model(model).pk: model for model in translated_models()}
    found = [
        [model_key(models_by_type[types[pk]]), pk] for pk in dict.fromkeys(page_ids) if types.get(pk) in models_by_type
    ]
    return found + [[model_key(type(obj)), obj.pk] for obj in snippets]


def create_job(targets, languages, user=None, description="", engine=None):
    """Record a job and queue it."""
    job = TranslationJob.objects.create(
        targets=targets,
        languages=list(languages),
        created_by=user,
        description=description[:255],
        backend=engine or settings.TRANSLATION_BACKEND,
    )
    enqueue(run_translation_job, job.pk)
    return job


def _load(key, pk):
    model = model_for_key(key)
    obj = model.objects.filter(pk=pk).first() if model else None
    return editable_object(obj) if obj is not None else None


def _record_error(job, message):
    job.errors = [*job.errors, message][-MAX_ERRORS_KEPT:]
    job.save(update_fields=["errors", "updated_at"])


def _translations(job, engine, language, sources):
    """{tagged source: translation} for sources, asking the engine only for those not yet answered."""
    hashes = {text_hash(text): text for text in sources}
    known = dict(
        JobSegment.objects.filter(job=job, language=language, source_hash__in=hashes).values_list(
            "source_hash", "translation"
        )
    )
    missing = [text for digest, text in hashes.items() if digest not in known]
    for batch in engine.batches(missing):
        answers = engine.translate(batch, source_language(), language)
        JobSegment.objects.bulk_create(
            [
                JobSegment(job=job, language=language, source_hash=text_hash(text), translation=answer)
                for text, answer in zip(batch, answers, strict=True)
            ],
            ignore_conflicts=True,
        )
        TranslationJob.objects.filter(pk=job.pk).update(
            characters_sent=F("characters_sent") + sum(len(text) for text in batch),
            segments_translated=F("segments_translated") + len(batch),
        )
        known.update({text_hash(text): answer for text, answer in zip(batch, answers, strict=True)})
    return {text: known[digest] for digest, text in hashes.items()}


def _fill(job, engine, key, pk):
    """Translate one object into the job's languages and save it once; return how many fields were filled."""
    obj = _load(key, pk)
    if obj is None:
        return 0
    answers = {}
    for language, units in units_by_language(obj, job.languages).items():
        empty = [unit.source for unit in units if not unit.target]
        if empty:
            answers[language] = _translations(job, engine, language, empty)
    if not answers:
        return 0
    with transaction.atomic():
        # Read again under lock: a person may have written some of these while the engine worked.
        locked = type(obj).objects.select_for_update().filter(pk=pk).first()
        if locked is None:
            return 0
        obj = editable_object(locked)
        changed = {}
        for language, units in units_by_language(obj, list(answers)).items():
            known = answers[language]
            texts = {unit.id: known[unit.source] for unit in units if not unit.target and unit.source in known}
            changed[language] = apply_units(obj, language, texts, units)
        if any(changed.values()):
            save_translated(obj)
            for language, names in changed.items():
                mark_machine(obj, language, names, job)
    return sum(len(names) for names in changed.values())


def run_job(job_id, seconds=None):
    """Work on a job for about `seconds`; return True when it is finished (or stopped on an error).

    One runner at a time: a second one (a job resumed while it still runs) leaves at once. The
    lock outlives a killed worker by a few minutes only, after which the job can be resumed.
    """
    seconds = settings.TRANSLATION_SLICE_SECONDS if seconds is None else seconds
    lock = f"translation:job-running:{job_id}"
    if not cache.add(lock, True, timeout=seconds + LOCK_MARGIN_SECONDS):
        return True
    try:
        return _run(job_id, seconds)
    finally:
        cache.delete(lock)


def _run(job_id, seconds):
    job = TranslationJob.objects.get(pk=job_id)
    if job.status in (TranslationJob.Status.DONE, TranslationJob.Status.FAILED):
        return True
    job.status = TranslationJob.Status.RUNNING
    job.save(update_fields=["status", "updated_at"])
    engine = get_engine(job.backend or None)
    started = time.monotonic()
    while job.items_done < len(job.targets):
        if time.monotonic() - started > seconds:
            return False
        key, pk = job.targets[job.items_done]
        try:
            filled = _fill(job, engine, key, pk)
        except EngineError as error:
            job.refresh_from_db()
            job.status = TranslationJob.Status.FAILED
            job.finished_at = timezone.now()
            job.errors = [*job.errors, str(error)][-MAX_ERRORS_KEPT:]
            job.save(update_fields=["status", "finished_at", "errors", "updated_at"])
            return True
        except Exception as error:
            job.refresh_from_db()
            _record_error(job, f"{key} {pk}: {error}")
            filled = 0
        TranslationJob.objects.filter(pk=job.pk).update(
            items_done=F("items_done") + 1, fields_filled=F("fields_filled") + filled, updated_at=timezone.now()
        )
        job.refresh_from_db()
    job.status = TranslationJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at", "updated_at"])
    return True


def resume_job(job):
    """Queue a stopped job again; it carries on from the item it was on."""
    TranslationJob.objects.filter(pk=job.pk).update(status=TranslationJob.Status.QUEUED, finished_at=None)
    enqueue(run_translation_job, job.pk)
