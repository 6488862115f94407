"""The demo shows every translation state: a page machine-translated into Italian and its finished job."""

import pytest
from django.urls import reverse

from efus_site.core.models import StandardPage
from efus_site.translation import status
from efus_site.translation.demo.loader import load
from efus_site.translation.models import MachineTranslation, TranslationJob

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]


def test_the_demo_has_a_machine_translated_page_its_finished_job_and_loads_once(demo_site, admin_client):
    page = StandardPage.objects.get(slug_en="cities-and-the-covid-19-crisis")
    parent = page.get_parent().specific
    assert page.live and (parent.slug_en, parent.get_parent().specific.slug_en) == ("services", "about")
    states = status.object_states(page)
    assert states == {
        "fr": status.COMPLETE,
        "it": status.MACHINE,
        "de": status.PARTLY,
        "es": status.MISSING,
        "pt": status.MISSING,
    }
    assert set(MachineTranslation.objects.filter(object_id=str(page.pk)).values_list("field", "language")) == {
        ("title", "it"),
        ("intro", "it"),
        ("listing_summary", "it"),
        ("body", "it"),
    }
    # The machine kept the English blocks' ids, as a real job does.
    assert [block.id for block in page.body_it] == [block.id for block in page.body_en]
    job = TranslationJob.objects.get()
    assert (job.status, job.languages, job.items_done, job.fields_filled) == ("done", ["it"], 1, 4)
    assert job.segments_translated == 6 and job.characters_sent > 500
    assert set(MachineTranslation.objects.values_list("job", flat=True)) == {job.pk}
    assert "Cities and the COVID-19 crisis (IT)" in admin_client.get(reverse("translation_jobs")).content.decode()
    dashboard = admin_client.get(reverse("translation_dashboard"), {"state": status.MACHINE, "language": "it"})
    assert "Cities and the COVID-19 crisis" in dashboard.content.decode()
    # A second run creates nothing.
    assert load(parent.get_parent().get_parent().specific, parent.get_parent().specific, log=lambda m: None) == 0
    assert TranslationJob.objects.count() == 1 and StandardPage.objects.filter(slug_en=page.slug_en).count() == 1
