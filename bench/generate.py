"""Fill a database with the demo site plus content at a realistic scale.

Usage: DJANGO_SETTINGS_MODULE=... python -m bench.generate [--scale N] [--news N] [--authorities N]

Scale 1 is today's Efus: the demo site, a news section of 10,000 pages (so the site search's
index holds more than 10,000 items, the size issue #11 measures it at), 250 member
authorities and 500 press releases on the demo's themes. Each feature app adds its own
generator here as it lands (resources, initiatives, events), at the figures of issue #3. --authorities sets the number
of member authorities on its own (the directory is also measured at 2,500), --news the number
of news items (the smoke run makes 600: page 50 of the listing is its last). Every page is in the
site search's index: `--news 10000` gives it more than 10,000 items.
"""

import argparse
import time

import django

NEWS_PAGES = 10_000
AUTHORITIES = 250
#: Press releases besides the demo's: about forty a year over a dozen years.
PRESS_RELEASES = 500
RESOURCES = 500
#: What news items are about, in English and French: a search for one finds a tenth of them.
TOPICS = [
    ("nightlife", "vie nocturne"),
    ("prevention", "prévention"),
    ("radicalisation", "radicalisation"),
    ("public spaces", "espaces publics"),
    ("drugs", "drogues"),
    ("victims", "victimes"),
    ("cybersecurity", "cybersécurité"),
    ("sport events", "événements sportifs"),
    ("gender", "genre"),
    ("mediation", "médiation"),
]
COUNTRIES = ["FR", "BE", "DE", "IT", "ES", "PT", "PL", "NL", "GR", "SE", "LV", "HU", "CY", "LU", "HR", "SI"]


def add_authorities(wanted):
    """Bring the member authorities to `wanted`, adding or removing generated ones (16 countries)."""
    from decimal import Decimal

    from members.models import MemberAuthority

    existing = MemberAuthority.objects.count()
    if existing > wanted:
        # A reused database may hold the larger directory of an earlier run's last phase.
        extra = [f"municipality-{number:04d}" for number in range(wanted, existing)]
        MemberAuthority.objects.filter(slug__in=extra).delete()
        return MemberAuthority.objects.count()
    new = []
    for number in range(existing, wanted):
        authority = MemberAuthority(
            name_en=f"Municipality {number:04d}",
            name_fr=f"Commune {number:04d}",
            slug=f"municipality-{number:04d}",
            kind="city" if number % 5 else "region",
            country=COUNTRIES[number % len(COUNTRIES)],
            population=10_000 + 137 * number,
            member_since=1987 + number % 38,
            latitude=Decimal(36 + number % 30) + Decimal("0.25"),
            longitude=Decimal(-8 + number % 40) + Decimal("0.5"),
            description_en="A generated member authority for the benchmark.",
        )
        authority.refresh_search_fields()
        new.append(authority)
    MemberAuthority.objects.bulk_create(new, batch_size=500)
    return MemberAuthority.objects.count()


def add_news(news, wanted):
    """Bring the news section to `wanted` generated items (never removes any).

    What add_child does, without Page.full_clean: wagtail-modeltranslation's slug check there loads
    every sibling in every language, which makes adding thousands of siblings quadratic.
    """
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Page
    from wagtail.search.backends import get_search_backends

    from efus_site.core.models import StandardPage

    children = Page.objects.child_of(news).order_by("path")
    existing, previous = children.count(), children.last()
    depth = news.depth + 1
    created = []
    # Indexed for the site search in bulk below, not one page at a time as each is saved.
    post_save.disconnect(post_save_signal_handler, sender=StandardPage)
    try:
        for number in range(existing, wanted):
            topic, topic_fr = TOPICS[number % len(TOPICS)]
            page = StandardPage(
                title=f"News item {number}: {topic}",
                title_fr=f"Actualité {number} : {topic_fr}",
                slug=f"news-{number}",
                intro=f"Local and regional authorities exchanged their practices in urban security: {topic}.",
                intro_fr=f"Des collectivités ont échangé leurs pratiques de sécurité urbaine : {topic_fr}.",
                listing_summary="A short summary of the news item for cards and search results.",
                live=True,
                depth=depth,
                path=previous._inc_path() if previous else StandardPage._get_path(news.path, depth, 1),
            )
            page.save(clean=False)
            created.append(page)
            previous = page
    finally:
        post_save.connect(post_save_signal_handler, sender=StandardPage)
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(created), 500):
            backend.add_bulk(StandardPage, created[start : start + 500])
    Page.objects.filter(pk=news.pk).update(numchild=children.count())


def add_press_releases(press_room, wanted):
    """Bring the press room to `wanted` releases (the demo's included), dated a week apart, each on a theme.

    Saved as add_news saves its items, without add_child's Page.full_clean.
    """
    import datetime

    from django.utils import timezone
    from wagtail.models import Page

    from efus_site.core.models import Theme
    from press.models import PressReleasePage

    themes = list(Theme.objects.all())
    children = Page.objects.child_of(press_room).order_by("path")
    existing, previous = children.count(), children.last()
    depth = press_room.depth + 1
    for number in range(existing, wanted):
        date = datetime.date(2012, 1, 2) + datetime.timedelta(weeks=number)
        page = PressReleasePage(
            title=f"Press release {number}",
            title_fr=f"Communiqué {number}",
            slug=f"press-release-{number}",
            date=date,
            dateline="Paris",
            standfirst="Local and regional authorities met to share what works in urban security.",
            live=True,
            first_published_at=timezone.make_aware(datetime.datetime.combine(date, datetime.time(10))),
            depth=depth,
            path=previous._inc_path() if previous else PressReleasePage._get_path(press_room.path, depth, 1),
        )
        page.save(clean=False)
        if themes:
            page.themes.set([themes[number % len(themes)]])
            page.save(clean=False)
        previous = page
    Page.objects.filter(pk=press_room.pk).update(numchild=children.count())
    return children.count()


def add_resources(wanted):
    """Bring the resources library to `wanted` resources, adding generated ones over ten years and every theme.

    Like add_news, without Page.full_clean; the themes are linked in one bulk insert.
    """
    import datetime

    from wagtail.models import Page

    from efus_site.core.models import Theme
    from resources.models import ResourceIndexPage, ResourcePage, ResourceType

    library = ResourceIndexPage.objects.get()
    children = Page.objects.child_of(library).order_by("path")
    existing, previous = children.count(), children.last()
    depth = library.depth + 1
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    types = ResourceType.values
    links = []
    for number in range(existing, wanted):
        page = ResourcePage(
            title=f"Resource {number}",
            title_fr=f"Ressource {number}",
            slug=f"resource-{number}",
            resource_type=types[number % len(types)],
            date=datetime.date(2016 + number % 10, 1 + number % 12, 1 + number % 28),
            summary="What local and regional authorities learnt, in short.",
            summary_fr="Ce que les collectivités ont appris, en bref.",
            live=True,
            depth=depth,
            path=previous._inc_path() if previous else ResourcePage._get_path(library.path, depth, 1),
        )
        page.save(clean=False)
        previous = page
        for offset in range(2 if theme_ids else 0):
            links.append(
                ResourcePage.themes.through(
                    resourcepage_id=page.pk, theme_id=theme_ids[(number + offset) % len(theme_ids)]
                )
            )
    ResourcePage.themes.through.objects.bulk_create(links, batch_size=500, ignore_conflicts=True)
    Page.objects.filter(pk=library.pk).update(numchild=children.count())
    return children.count()


def generate(scale, authorities=None, news_pages=None, press=None, resources=None):
    """Create what is missing of the benchmark data set; return counts by kind."""
    from django.db import connection
    from wagtail.models import Page
    from wagtail.search.models import IndexEntry

    from efus_site.core.demo.loader import DemoLoader
    from efus_site.core.models import HomePage, StandardPage
    from press.models import PressIndexPage

    DemoLoader().run()
    home = HomePage.objects.get()
    news = StandardPage.objects.child_of(home).filter(slug_en="news").first()
    if news is None:
        news = home.add_child(
            instance=StandardPage(
                title="News",
                title_fr="Actualités",
                slug="news",
                slug_fr="actualites",
                show_child_pages=True,
                intro="Latest news from the network.",
            )
        )
    add_news(news, news_pages or NEWS_PAGES * scale)
    if home.news_source_id != news.pk:
        home.news_source = news
        home.save_revision().publish()
    counts = {
        "member authorities": add_authorities(authorities or AUTHORITIES * scale),
        "press releases": add_press_releases(PressIndexPage.objects.get(), press or PRESS_RELEASES * scale),
        "resources": add_resources(resources or RESOURCES * scale),
        "pages": Page.objects.count(),
        "news pages": Page.objects.child_of(news).count(),
        "indexed for search": IndexEntry.objects.count(),
    }
    # A live database's planner statistics come from autovacuum; freshly bulk-loaded tables have none
    # yet, and without them PostgreSQL plans the search as a nested loop over every page.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply every amount (default 1)")
    parser.add_argument("--authorities", type=int, help=f"member authorities (default {AUTHORITIES} × scale)")
    parser.add_argument("--news", type=int, help=f"news items (default {NEWS_PAGES:,} × scale)")
    parser.add_argument("--press", type=int, help=f"press releases (default {PRESS_RELEASES} × scale)")
    parser.add_argument("--resources", type=int, help=f"resources (default {RESOURCES} × scale)")
    arguments = parser.parse_args()
    django.setup()
    started = time.monotonic()
    counts = generate(arguments.scale, arguments.authorities, arguments.news, arguments.press, arguments.resources)
    print(f"Generated in {time.monotonic() - started:.0f} s: {counts}")


if __name__ == "__main__":
    main()
