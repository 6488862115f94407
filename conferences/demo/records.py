"""Demo content: the declarations with their signatories, the EU projects with their partners, the history page."""

import datetime

from django.conf import settings
from django.utils import timezone

from efus_site.core.demo.loader import read_data, translated
from efus_site.core.models import Theme
from members.models import MemberAuthority

from ..models import (
    ConferenceEditionPage,
    DeclarationPage,
    DeclarationsIndexPage,
    EventPage,
    NetworkHistoryPage,
    ProjectPage,
    ProjectPartner,
    ProjectsIndexPage,
    Signatory,
)

LANGUAGES = [code for code, _name in settings.LANGUAGES]
PROJECT_OUTPUTS = {
    "pactesur": [
        "pactesur-fears-in-public-spaces-after-lockdown",
        "pactesur-protecting-public-spaces-keeping-them-open",
        "pactesur-local-police-and-crowded-places",
        "brussels-declaration-public-spaces",
    ]
}
PROJECT_EVENTS = {"pactesur": ["pactesur-closing-event"]}


def load_records(home, about, log):
    """Create what is missing (projects first: a declaration may name one); a second run creates nothing."""
    from .loader import DATA, _section  # the loader calls this module last

    projects_data = read_data("projects", DATA)
    declarations_data = read_data("declarations", DATA)
    created = 0
    projects = ProjectsIndexPage.objects.first()
    if projects is None:
        projects = _section(home, ProjectsIndexPage, projects_data["page"])
        created += 1
        log(f"Created {projects.url_path}")
    created += _projects(projects, projects_data["projects"], log)
    declarations = DeclarationsIndexPage.objects.first()
    if declarations is None:
        declarations = _section(home, DeclarationsIndexPage, declarations_data["page"])
        created += 1
        log(f"Created {declarations.url_path}")
    created += _declarations(declarations, declarations_data["declarations"], log)
    if about is not None and not NetworkHistoryPage.objects.exists():
        history = _page(NetworkHistoryPage, projects_data["history"])
        about.add_child(instance=history)
        history.save_revision().publish()
        created += 1
        log(f"Created {history.url_path}")
    return created


def _page(model, data, **fields):
    return model(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **fields,
    )


def _published_on(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10)))


def _figures(items):
    """The results StreamField of each language: [("figure", {value, label})]."""
    return {
        f"results_{code}": [("figure", {"value": item["value"], "label": item["label"][code]}) for item in items]
        for code in LANGUAGES
        if items and all(item["label"].get(code) for item in items)
    }


def _projects(section, items, log):
    existing = set(ProjectPage.objects.values_list("slug_en", flat=True))
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    from resources.models import ResourcePage  # the library's demo loads before this one

    created = 0
    for data in items:
        if data["slug"] in existing:
            continue
        start, end = data["dates"]
        page = ProjectPage(
            slug=data["slug"],
            slug_en=data["slug"],
            acronym=data["acronym"],
            programme=data["programme"],
            grant_number=data.get("grant_number", ""),
            start_date=start,
            end_date=end,
            budget=data.get("budget"),
            website=data.get("website", ""),
            **{f"title_{code}": data["acronym"] for code in LANGUAGES},
            **translated("full_name", data["full_name"]),
            **translated("intro", data["intro"]),
            **translated("listing_summary", data["intro"]),
            **translated("objectives", data.get("objectives", {})),
            **_figures(data.get("results", [])),
        )
        page.themes = [themes[slug] for slug in data.get("themes", []) if slug in themes]
        page.outputs = list(ResourcePage.objects.filter(slug_en__in=PROJECT_OUTPUTS.get(data["slug"], [])))
        page.events = list(EventPage.objects.filter(slug_en__in=PROJECT_EVENTS.get(data["slug"], [])))
        page.partners = [
            ProjectPartner(
                sort_order=order,
                authority=authorities.get(partner.get("authority")),
                organisation=partner.get("organisation", ""),
                country=partner.get("country") or getattr(authorities.get(partner.get("authority")), "country", ""),
                role=partner["role"],
            )
            for order, partner in enumerate(data["partners"])
            if partner.get("organisation") or partner.get("authority") in authorities
        ]
        page.first_published_at = _published_on(start)
        section.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} EU projects.")
    return created


def _declarations(section, items, log):
    existing = set(DeclarationPage.objects.values_list("slug_en", flat=True))
    authorities = MemberAuthority.objects.in_bulk(field_name="slug")
    editions = {page.slug_en: page for page in ConferenceEditionPage.objects.all()}
    projects = {page.slug_en: page for page in ProjectPage.objects.all()}
    created = 0
    for data in items:
        if data["slug"]["en"] in existing:
            continue
        page = DeclarationPage(
            slug=data["slug"]["en"],
            adopted_on=data["adopted_on"],
            edition=editions.get(data.get("edition")),
            project=projects.get(data.get("project")),
            **translated("slug", data["slug"]),
            **translated("title", data["title"]),
            **translated("place", data["place"]),
            **translated("intro", data["intro"]),
            **translated("listing_summary", data["intro"]),
            **translated("text", data.get("text", {})),
        )
        page.signatories = [
            Signatory(
                sort_order=order,
                authority=authorities.get(signatory.get("authority")),
                organisation=signatory.get("organisation", ""),
                signed_by=signatory.get("signed_by", ""),
                signed_on=signatory.get("signed_on"),
            )
            for order, signatory in enumerate(data["signatories"])
            if signatory.get("organisation") or signatory.get("authority") in authorities
        ]
        page.first_published_at = _published_on(data["adopted_on"])
        section.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} declarations.")
    return created
