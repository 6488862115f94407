"""Demo content of the initiatives platform: COVID-19, its section, initiatives members shared and a queue."""

import datetime
from pathlib import Path

from django.utils import timezone

from efus_site.core.demo.loader import DemoLoader, read_data, stream_in, translated
from efus_site.core.models import MainMenuItem, NavigationSettings, Theme
from members.models import MemberAuthority

from ..models import Crisis, InitiativePage, InitiativesIndexPage, InitiativeSubmission
from ..moderation import free_slug

DATA = Path(__file__).with_name("data")
TEXT = ("summary", "description", "target_groups", "partners", "results")


def load(home, about, log):
    """Create what is missing: the crisis, the section, its initiatives and the moderation queue."""
    data = read_data("section", DATA)
    created = 0
    crisis = Crisis.objects.filter(slug=data["crisis"]["slug"]).first()
    if crisis is None:
        crisis = Crisis.objects.create(
            slug=data["crisis"]["slug"], started=data["crisis"]["started"], **translated("name", data["crisis"]["name"])
        )
        created += 1
    section = InitiativesIndexPage.objects.filter(crisis=crisis).first()
    if section is None:
        section = _section(home, crisis, data)
        created += 1
        log(f"Created {section.url_path}")
    created += _initiatives(section, log)
    if not InitiativeSubmission.objects.exists():
        created += _queue(section)
    return created


def _section(home, crisis, data):
    section = InitiativesIndexPage(
        crisis=crisis,
        listing_image=DemoLoader().image(23, data["title"]["en"]),
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("share_intro", data["share_intro"]),
    )
    for code in ("en", "fr"):
        setattr(section, f"body_{code}", stream_in(data["body"], code))
    home.add_child(instance=section)
    section.save_revision().publish()
    navigation = NavigationSettings.for_site(home.get_site())
    MainMenuItem.objects.create(setting=navigation, page=section, sort_order=navigation.main_menu_items.count())
    return section


def _initiatives(section, log):
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    existing = set(InitiativePage.objects.child_of(section).values_list("title_en", flat=True))
    created = 0
    for item in read_data("initiatives", DATA):
        if item["title"] in existing or item["authority"] not in authorities:
            continue
        authority = authorities[item["authority"]]
        language = item["language"]
        page = InitiativePage(
            crisis=section.crisis,
            authority=authority,
            authority_name=authority.name_en,
            country=authority.country,
            authority_kind=authority.kind,
            original_language=language,
            slug=free_slug(section, item["title"]),
            start_date=item["start"],
            end_date=item.get("end"),
            links=authority.website or "",
            # Published when the initiative was shared: a few weeks after it started.
            first_published_at=timezone.make_aware(datetime.datetime.combine(item["start"], datetime.time(10)))
            + datetime.timedelta(days=21),
        )
        for code in {"en", language}:
            setattr(page, f"title_{code}", item["title"])
            for field in TEXT:
                setattr(page, f"{field}_{code}", " ".join(str(item.get(field, "")).split()))
        page.title = item["title"]
        section.add_child(instance=page)
        page.themes = [themes[slug] for slug in item["themes"] if slug in themes]
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} shared initiatives.")
    return created


def _queue(section):
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    now = timezone.now()
    for item in read_data("queue", DATA):
        authority = authorities.get(item.get("authority", ""))
        submission = InitiativeSubmission.objects.create(
            crisis=section.crisis,
            section=section,
            state=item["state"],
            authority=authority,
            authority_name=authority.name_en if authority else item["authority_name"],
            country=authority.country if authority else item["country"],
            authority_kind=authority.kind if authority else item["kind"],
            contact_name=item["contact_name"],
            role=item["role"],
            email=item["email"],
            consent=True,
            language=item["language"],
            title=item.get("title", ""),
            summary=" ".join(item.get("summary", "").split()),
            description=" ".join(item.get("description", "").split()),
            start_date=item.get("start"),
            end_date=item.get("end"),
            reason=" ".join(item.get("reason", "").split()),
            submitted_at=None if item["state"] == "draft" else now,
        )
        submission.themes.set([themes[slug] for slug in item.get("themes", []) if slug in themes])
    return len(read_data("queue", DATA))
