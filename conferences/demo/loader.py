"""Demo content: the series with its eight editions, the 2024 programme and speakers, the events, then the
declarations, projects and history page (records.py)."""

import datetime
from pathlib import Path

from django.utils import timezone

from efus_site.core.demo.loader import read_data, translated
from efus_site.core.models import MainMenuItem, NavigationSettings, Theme
from members.models import MemberAuthority

from ..models import (
    FIGURE_FIELDS,
    ConferenceEditionPage,
    ConferencesIndexPage,
    EventPage,
    EventsIndexPage,
    Session,
    Speaker,
)
from .records import load_records

DATA = Path(__file__).with_name("data")
PROGRAMME_EDITION = "brussels-2024"


def load(home, about, log):
    """Create what is missing; a second run creates nothing."""
    created = 0
    series = ConferencesIndexPage.objects.first()
    if series is None:
        series = _section(home, ConferencesIndexPage, read_data("series", DATA))
        created += 1
        log(f"Created {series.url_path}")
    created += _editions(series, log)
    created += _programme(log)
    section = EventsIndexPage.objects.first()
    if section is None:
        section = _section(home, EventsIndexPage, read_data("events", DATA)["page"])
        created += 1
        log(f"Created {section.url_path}")
    created += _events(section, log)
    created += load_records(home, about, log)
    # The home page's "Upcoming events" come from the events section.
    home.refresh_from_db()
    if home.events_source_id is None:
        home.events_source = section
        home.save_revision().publish()
    return created


def _section(home, model, data):
    page = model(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    navigation = NavigationSettings.for_site(home.get_site())
    MainMenuItem.objects.create(setting=navigation, page=page, sort_order=navigation.main_menu_items.count())
    return page


def _published_on(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def _editions(series, log):
    existing = set(ConferenceEditionPage.objects.values_list("slug_en", flat=True))
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    created = 0
    for data in read_data("series", DATA)["editions"]:
        if data["slug"] in existing:
            continue
        start, end = data["dates"]
        page = ConferenceEditionPage(
            number=data["number"],
            start_date=start,
            end_date=end,
            time_zone=data.get("time_zone", "Europe/Paris"),
            slug=data["slug"],
            slug_en=data["slug"],
            figures_expected=data.get("figures_expected", False),
            capacity=data.get("capacity"),
            **translated("title", data["title"]),
            **translated("host_name", data["host"]),
            **translated("intro", data["intro"]),
            **translated("listing_summary", data["intro"]),
            **translated("partners", data.get("partners", {})),
            **translated("patronage", data.get("patronage", {})),
            **translated("practical_information", data.get("practical", {})),
            **{name: value for name, value in data.get("figures", {}).items() if name in FIGURE_FIELDS},
        )
        page.hosts = [authorities[slug] for slug in data["hosts"] if slug in authorities]
        page.first_published_at = _published_on(start - datetime.timedelta(days=180))
        series.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} conference editions.")
    return created


def _programme(log):
    edition = ConferenceEditionPage.objects.filter(slug_en=PROGRAMME_EDITION).first()
    if edition is None or Session.objects.filter(edition=edition).exists():
        return 0
    data = read_data("programme-2024", DATA)
    speakers = {}
    for person in data["speakers"]:
        speaker = Speaker.objects.filter(name=person["name"]).first()
        if speaker is None:
            speaker = Speaker.objects.create(
                name=person["name"], organisation=person["organisation"], **translated("role", person["role"])
            )
        speakers[person["key"]] = speaker
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    rooms = data["rooms"]
    for item in data["sessions"]:
        session = Session.objects.create(
            edition=edition,
            kind=item["kind"],
            day=edition.start_date + datetime.timedelta(days=item["day"]),
            start_time=datetime.time.fromisoformat(item["start"]),
            end_time=datetime.time.fromisoformat(item["end"]),
            capacity=item.get("capacity"),
            **translated("title", item["title"]),
            **translated("description", item["description"]),
            **translated("room", rooms[item["room"]]),
        )
        session.speakers.set([speakers[key] for key in item.get("speakers", [])])
        session.moderators.set([speakers[key] for key in item.get("moderators", [])])
        session.themes.set([themes[slug] for slug in item.get("themes", []) if slug in themes])
    log(f"Created the {edition.title} programme: {len(data['sessions'])} sessions, {len(speakers)} speakers.")
    return len(data["sessions"]) + len(speakers)


def _events(section, log):
    existing = set(EventPage.objects.values_list("slug_en", flat=True))
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    today = timezone.localdate()
    created = 0
    for data in read_data("events", DATA)["events"]:
        if data["slug"] in existing:
            continue
        if "in_days" in data:
            start = today + datetime.timedelta(days=data["in_days"])
            end = today + datetime.timedelta(days=data.get("end_in_days", data["in_days"]))
        else:
            start, end = data["date"], data.get("end_date", data["date"])
        times = [datetime.time.fromisoformat(value) for value in data.get("times", [])] or [None, None]
        page = EventPage(
            kind=data["kind"],
            start_date=start,
            end_date=end,
            start_time=times[0],
            end_time=times[1],
            time_zone=data.get("time_zone", "Europe/Paris"),
            online=data.get("online", False),
            place_en=data.get("place", ""),
            capacity=data.get("capacity"),
            registration_open=data.get("registration_open", False),
            slug=data["slug"],
            slug_en=data["slug"],
            **translated("title", data["title"]),
            **translated("intro", data["intro"]),
        )
        if data.get("recording"):
            page.recording_en = [("video", {"url": data["recording"], "title": data["title"]["en"]})]
        page.themes = [themes[slug] for slug in data["themes"] if slug in themes]
        page.organisers = [authorities[slug] for slug in data.get("organisers", []) if slug in authorities]
        page.first_published_at = _published_on(min(start, today) - datetime.timedelta(days=30))
        section.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} events.")
    return created
