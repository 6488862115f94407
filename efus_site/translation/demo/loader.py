"""Demo content of translation jobs: one page whose Italian a machine filled, and the finished job."""

from pathlib import Path

from django.utils import timezone

from efus_site.core.demo.loader import read_data, stream_in, translated
from efus_site.core.models import StandardPage

from ..models import TranslationJob
from ..store import mark_machine
from ..units import model_key, object_units, target_languages

DATA = Path(__file__).with_name("data")


def load(home, about, log):
    """Create what is missing: the page, the finished job and the marks of the fields it filled."""
    data = read_data("machine-translated-page", DATA)
    created = 0
    # Under "Activities and services": the About section's own pages are its six, in six languages.
    parent = StandardPage.objects.child_of(about).filter(slug_en=data["parent"]).first() or about
    page = StandardPage.objects.child_of(parent).filter(slug_en=data["slug"]["en"]).first()
    if page is None:
        page = _page(parent, data)
        created += 1
        log(f"Created {page.url_path}")
    description = f"{page.title_en} ({data['machine']['language'].upper()})"
    if not TranslationJob.objects.filter(description=description).exists():
        _finished_job(page, description, data["machine"])
        created += 1
    return created


def _body(blocks, code, english):
    """The body in one language with the English blocks' ids, as a machine translation keeps them."""
    body = stream_in(blocks, code)
    if len(body) != len(english):
        return []
    return [{**block, "id": source["id"]} for block, source in zip(body, english, strict=True)]


def _page(parent, data):
    english = stream_in(data["body"], "en")
    page = StandardPage(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        body_en=english,
        **{f"body_{code}": _body(data["body"], code, english) for code in target_languages()},
    )
    parent.add_child(instance=page)
    page.save_revision().publish()
    return StandardPage.objects.get(pk=page.pk)


def _finished_job(page, description, machine):
    """The job that filled the page's Italian, as the dashboard and the jobs screen show a finished one."""
    language = machine["language"]
    units = object_units(page, language)
    fields = list(dict.fromkeys(unit.field.name for unit in units if unit.target))
    job = TranslationJob.objects.create(
        description=description,
        backend=machine["engine"],
        languages=[language],
        targets=[[model_key(StandardPage), page.pk]],
        status=TranslationJob.Status.DONE,
        items_done=1,
        segments_translated=len(units),
        fields_filled=len(fields),
        characters_sent=sum(len(unit.source) for unit in units),
        finished_at=timezone.now(),
    )
    mark_machine(page, language, fields, job)
    return job
