"""The series index, an edition's page and its programme, and the home page while registration is open."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conferences.factories import ConferenceEditionPageFactory, SessionFactory, SpeakerFactory
from conferences.models import ConferenceEditionPage, ConferencesIndexPage
from efus_site.core.factories import CustomImageFactory
from efus_site.core.models import HomePage
from members.factories import MemberAuthorityFactory

from .conftest import session

pytestmark = pytest.mark.django_db


def test_creation_rules():
    assert ConferencesIndexPage.parent_page_types == ["core.HomePage"]
    assert ConferenceEditionPage.parent_page_types == ["conferences.ConferencesIndexPage"]
    assert ConferencesIndexPage.max_count == 1


def test_index_lists_editions_side_by_side_with_figures(client, series, edition):
    ConferenceEditionPageFactory(
        parent=series,
        title="Nice 2021",
        slug_en="nice-2021",
        number=7,
        start_date=datetime.date(2021, 10, 20),
        end_date=datetime.date(2021, 10, 22),
        host_name_en="Nice",
        participants=700,
        countries=27,
        continents=4,
    )
    html = client.get("/en/conferences/").content.decode()
    assert html.index("Brussels 2024") < html.index("Nice 2021")  # newest first
    assert '<th scope="col">Participants</th>' in html
    assert "<td>700</td>" in html and "<td>27</td>" in html and "(expected)" in html


def test_index_in_french(client, series, edition):
    html = client.get("/fr/conferences/").content.decode()
    assert 'lang="fr"' in html and "Bruxelles 2024" in html and "Participants" in html


def test_index_empty_state(client, series):
    assert "No edition has been published yet." in client.get("/en/conferences/").content.decode()


def test_edition_page_shows_figures_hosts_and_programme(client, edition, workshops):
    authority = MemberAuthorityFactory(name_en="Brussels-Capital Region", slug="brussels-capital-region")
    edition.hosts.add(authority)
    edition.save_revision().publish()
    html = client.get("/en/conferences/brussels-2024/").content.decode()
    assert "Expected figures" in html and "800" in html
    assert "Drugs and public space" in html and "Ana Torres" in html and "Moderated by:" in html
    assert "Jan Peeters" in html and '"@type": "Event"' in html
    assert list(authority.hosted_conferences.all()) == [edition]


def test_programme_by_type_groups_sessions(client, edition, workshops):
    session(
        edition, title_en="Opening plenary", kind="plenary", start_time=datetime.time(9), end_time=datetime.time(10)
    )
    html = client.get("/en/conferences/brussels-2024/?by=type").content.decode()
    assert html.index("Plenary session</h3>") < html.index("Workshop</h3>")
    assert html.index("Opening plenary") < html.index("Drugs and public space")


def test_programme_in_french(client, edition, workshops):
    html = client.get("/fr/conferences/bruxelles-2024/").content.decode()
    assert "Drogues et espace public" in html and 'lang="fr"' in html


def test_programme_values_are_kept_per_language(client, edition, workshops):
    """English first, then French with the English values in the cache: the French page stays French."""
    english = client.get("/en/conferences/brussels-2024/?by=type").content.decode()
    french = client.get("/fr/conferences/bruxelles-2024/?by=type").content.decode()
    day = edition.start_date
    assert f'<time datetime="{day:%Y-%m-%d}">Wednesday 20 March</time>' in english
    assert f'<time datetime="{day:%Y-%m-%d}">mercredi 20 mars</time>' in french
    assert '<span class="session__kind">Atelier</span>' in french and "Workshop" not in french
    speaker = workshops[0].speakers.get()
    assert f'<a href="#speaker-{speaker.pk}">Ana Torres</a>' in french and f'id="speaker-{speaker.pk}"' in french


def test_video_messages_load_nothing_until_clicked(client, edition):
    edition.video_messages_en = [("video", {"url": "https://www.youtube.com/watch?v=abcdefghijk", "title": "Welcome"})]
    edition.save_revision().publish()
    html = client.get("/en/conferences/brussels-2024/").content.decode()
    assert "<iframe" not in html and "youtube-nocookie.com/embed/abcdefghijk" in html
    assert 'href="https://www.youtube.com/watch?v=abcdefghijk"' in html


def _queries(client, url):
    """Queries of a cold render (empty cache), once renditions and Django's own caches exist."""
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_edition_query_count_does_not_grow_with_sessions_or_speakers(client, edition):
    first = session(edition)
    first.speakers.add(SpeakerFactory(photo=CustomImageFactory()))
    first.moderators.add(SpeakerFactory(photo=CustomImageFactory()))
    few = _queries(client, "/en/conferences/brussels-2024/")
    for _ in range(10):
        extra = SessionFactory(edition=edition, day=edition.start_date)
        extra.speakers.add(SpeakerFactory(photo=CustomImageFactory()), SpeakerFactory())
        extra.moderators.add(SpeakerFactory(photo=CustomImageFactory()))
    assert _queries(client, "/en/conferences/brussels-2024/") == few


def test_index_query_count_does_not_grow_with_editions(client, series, edition):
    few = _queries(client, "/en/conferences/")
    for _ in range(5):
        ConferenceEditionPageFactory(parent=series).hosts.add(MemberAuthorityFactory())
    assert _queries(client, "/en/conferences/") == few


def test_upcoming_edition_leads_home_page_while_registration_is_open(client, edition):
    html = client.get("/en/").content.decode()
    assert "Register for the conference" in html and "/en/conferences/brussels-2024/register/" in html
    edition.registration_open = False
    edition.save_revision().publish()
    assert "Register for the conference" not in client.get("/en/").content.decode()


def test_past_edition_does_not_lead_home_page(client, series):
    ConferenceEditionPageFactory(
        parent=series,
        start_date=datetime.date(2021, 10, 20),
        end_date=datetime.date(2021, 10, 22),
        registration_open=True,
    )
    assert HomePage.objects.count() == 1
    assert "Register for the conference" not in client.get("/en/").content.decode()
