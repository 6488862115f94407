"""Machine pre-translation through the fake DeepL and LibreTranslate servers."""

import pytest
from django.test import override_settings

from efus_site.core.models import StandardPage, Theme
from efus_site.translation import jobs
from efus_site.translation.backends import DeepL, EngineBusy, EngineError, LibreTranslate
from efus_site.translation.models import JobSegment, MachineTranslation, TranslationJob
from efus_site.translation.store import clear_edited_marks
from efus_site.translation.units import object_units

from .conftest import reverse_words


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """Create a job and run the task it queues, as a worker would."""

    def create_and_run(*args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            job = jobs.create_job(*args, **kwargs)
        job.refresh_from_db()
        return job

    return create_and_run


def fresh(page):
    return StandardPage.objects.get(pk=page.pk)


@pytest.mark.parametrize("engine_class", [DeepL, LibreTranslate])
def test_each_engine_speaks_its_api(engines, engine_class):
    engine = engine_class()
    texts = ["Cities helping cities", '<g id="1">Read <g id="2">this</g></g>']
    assert engine.translate(texts, "en", "fr") == [reverse_words(text) for text in texts]
    path, payload = engines.requests[-1]
    if engine_class is DeepL:
        assert path == "/v2/translate"
        assert payload["text"] == texts and payload["target_lang"] == "FR" and payload["tag_handling"] == "xml"
    else:
        assert path == "/translate"
        assert payload == {"q": texts, "source": "en", "target": "fr", "format": "html", "api_key": "test-key"}


@pytest.mark.parametrize("engine_class", [DeepL, LibreTranslate])
def test_429_is_retried_with_backoff(engines, engine_class):
    engines.fail_next(429, times=2, retry_after=0)
    assert engine_class().translate(["Hello"], "en", "de") == ["olleH"]
    assert len(engines.requests) == 1


@pytest.mark.parametrize("engine_class", [DeepL, LibreTranslate])
def test_a_persistent_429_or_server_error_gives_up(engines, engine_class):
    engines.fail_next(429, times=10)
    with override_settings(TRANSLATION_MAX_RETRIES=2), pytest.raises(EngineBusy, match="429 3 times"):
        engine_class().translate(["Hello"], "en", "de")
    engines.failures.clear()
    engines.fail_next(503, times=1)
    assert engine_class().translate(["Hello"], "en", "de") == ["olleH"]


@pytest.mark.parametrize(
    ("engine_class", "status", "message"),
    [(DeepL, 456, "Quota exceeded"), (DeepL, 403, "Invalid API key"), (LibreTranslate, 403, "Invalid API key")],
)
def test_refusals_are_not_retried(engines, engine_class, status, message):
    engines.fail_next(status)
    with pytest.raises(EngineError, match=message):
        engine_class().translate(["Hello"], "en", "de")
    assert engines.failures == []


def test_a_wrong_key_is_refused_by_the_fake_as_by_deepl(engines):
    with override_settings(DEEPL_AUTH_KEY="wrong"), pytest.raises(EngineError, match="403"):
        DeepL().translate(["Hello"], "en", "de")


def test_texts_go_in_batches(engines):
    engine = LibreTranslate()
    assert [len(batch) for batch in engine.batches(["a"] * 12)] == [5, 5, 2]
    with override_settings(TRANSLATION_BATCH_CHARACTERS=10):
        assert [len(b) for b in LibreTranslate().batches(["abcdef", "abcdef", "ab"])] == [1, 2]


@pytest.mark.django_db
@pytest.mark.parametrize("engine_name", ["deepl", "libretranslate"])
def test_a_job_fills_every_empty_text_keeping_structure_and_marks_the_fields(nested_page, engines, engine_name, run):
    job = run([["core.standardpage", nested_page.pk]], ["fr", "de"], engine=engine_name)
    assert job.status == TranslationJob.Status.DONE and job.items_done == 1
    page = fresh(nested_page)
    for language in ("fr", "de"):
        assert all(unit.target == reverse_words(unit.source) for unit in object_units(page, language))
    assert [block["id"] for block in page.body_de.get_prep_value()] == [b["id"] for b in page.body_en.get_prep_value()]
    assert set(MachineTranslation.objects.values_list("field", "language")) == {
        (field, language) for field in ("title", "intro", "body") for language in ("fr", "de")
    }
    assert job.characters_sent == sum(len(text) for text in engines.texts) > 0
    assert job.segments_translated == len(engines.texts)
    assert job.fields_filled == 6
    assert all(len(payload.get("text") or payload.get("q")) <= 5 for _path, payload in engines.requests)


@pytest.mark.django_db
def test_a_persons_text_survives_a_machine_job(nested_page, engines, run):
    page = fresh(nested_page)
    page.intro_fr = "Écrit par une personne."
    page.save_revision().publish()
    run([["core.standardpage", nested_page.pk]], ["fr"], engine="deepl")
    page = fresh(nested_page)
    assert page.intro_fr == "Écrit par une personne."
    assert page.title_fr == reverse_words("Urban security")
    assert "Why cities act together." not in engines.texts
    assert not MachineTranslation.objects.filter(field="intro").exists()


@pytest.mark.django_db
def test_a_persons_edit_clears_the_machine_mark_of_that_field_only(nested_page, engines, run):
    run([["core.standardpage", nested_page.pk]], ["fr"], engine="deepl")
    page = fresh(nested_page)
    assert clear_edited_marks(page) == 0
    page.intro_fr = "Relu et corrigé."
    assert clear_edited_marks(page) == 1
    assert set(MachineTranslation.objects.values_list("field", flat=True)) == {"title", "body"}


class Killed(BaseException):
    """A worker dying mid-job (not an Exception: nothing catches it)."""


@pytest.mark.django_db
def test_a_job_killed_mid_way_resumes_without_translating_a_segment_twice(nested_page, home, engines, monkeypatch):
    other = nested_page.copy(to=home, update_attrs={"slug": "copy", "slug_en": "copy", "title": "Urban safety"})
    targets = [["core.standardpage", nested_page.pk], ["core.standardpage", other.pk]]
    job = TranslationJob.objects.create(targets=targets, languages=["fr"], backend="libretranslate")
    calls = []
    real = LibreTranslate.translate

    def dies_on_third_request(self, texts, source, target):
        calls.append(len(texts))
        if len(calls) == 3:
            raise Killed
        return real(self, texts, source, target)

    monkeypatch.setattr(LibreTranslate, "translate", dies_on_third_request)
    with pytest.raises(Killed):
        jobs.run_job(job.pk)
    job.refresh_from_db()
    assert job.status == TranslationJob.Status.RUNNING and job.items_done == 0
    assert JobSegment.objects.filter(job=job).count() == 10  # two batches of five stored before dying
    monkeypatch.setattr(LibreTranslate, "translate", real)
    sent_before = list(engines.texts)
    assert jobs.run_job(job.pk) is True
    job.refresh_from_db()
    assert job.status == TranslationJob.Status.DONE and job.items_done == 2
    # Every text reached the engine once: the copy's texts were already answered, except its new title.
    assert len(engines.texts) == len(set(engines.texts))
    assert not set(sent_before) & set(engines.texts[len(sent_before) :])
    assert reverse_words("Urban safety") in {reverse_words(t) for t in engines.texts}
    for page in (fresh(nested_page), fresh(other)):
        assert all(unit.target == reverse_words(unit.source) for unit in object_units(page, "fr"))


@pytest.mark.django_db
def test_an_engine_refusal_stops_the_job_with_its_message_and_it_can_resume(
    nested_page, engines, run, django_capture_on_commit_callbacks
):
    engines.fail_next(456)
    job = run([["core.standardpage", nested_page.pk]], ["fr"], engine="deepl")
    job.refresh_from_db()
    assert job.status == TranslationJob.Status.FAILED
    assert "456" in job.errors[-1] and "Quota exceeded" in job.errors[-1]
    with django_capture_on_commit_callbacks(execute=True):
        jobs.resume_job(job)
    job.refresh_from_db()
    assert job.status == TranslationJob.Status.DONE


@pytest.mark.django_db
def test_a_slice_ends_and_the_next_one_carries_on(nested_page, engines):
    job = TranslationJob.objects.create(
        targets=[["core.standardpage", nested_page.pk]], languages=["fr", "de", "it"], backend="deepl"
    )
    assert jobs.run_job(job.pk, seconds=-1) is False
    job.refresh_from_db()
    assert job.items_done == 0
    assert jobs.run_job(job.pk) is True


@pytest.mark.django_db
def test_snippets_and_sections_become_targets(nested_page, home, engines, run):
    theme = Theme.objects.create(name="Prevention", slug="prevention", description="Preventing crime.")
    targets = jobs.targets_for(sections=[home], snippets=[theme])
    assert ["core.standardpage", nested_page.pk] in targets and ["core.homepage", home.pk] in targets
    assert targets[-1] == ["core.theme", theme.pk]
    run(targets, ["es"], engine="deepl")
    theme.refresh_from_db()
    assert theme.name_es == "noitneverP" and theme.slug_es in ("", None)


@pytest.mark.django_db
def test_a_second_runner_leaves_a_running_job_alone(nested_page, engines):
    from django.core.cache import cache

    job = TranslationJob.objects.create(
        targets=[["core.standardpage", nested_page.pk]], languages=["fr"], backend="deepl"
    )
    cache.add(f"translation:job-running:{job.pk}", True)
    assert jobs.run_job(job.pk) is True
    assert engines.texts == [] and TranslationJob.objects.get(pk=job.pk).items_done == 0
    cache.clear()
    assert jobs.run_job(job.pk) is True
    assert TranslationJob.objects.get(pk=job.pk).status == TranslationJob.Status.DONE


@pytest.mark.django_db
def test_the_task_queues_its_next_slice_until_the_job_is_done(nested_page, engines, monkeypatch):
    from efus_site.translation import tasks

    queued = []
    monkeypatch.setattr(tasks, "enqueue", lambda task, *args: queued.append((task, args)))
    job = TranslationJob.objects.create(
        targets=[["core.standardpage", nested_page.pk]], languages=["fr"], backend="deepl"
    )
    with override_settings(TRANSLATION_SLICE_SECONDS=-1):
        tasks.run_translation_job(job.pk)
    assert queued == [(tasks.run_translation_job, (job.pk,))]
    tasks.run_translation_job(job.pk)
    assert len(queued) == 1 and TranslationJob.objects.get(pk=job.pk).status == TranslationJob.Status.DONE
