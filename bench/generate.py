"""Fill a database with the demo site plus content at a realistic scale.

Usage: DJANGO_SETTINGS_MODULE=... python -m bench.generate [--scale N]

Scale 1 is today's Efus: the demo site and a news section of 2,000 pages. Each feature
app adds its own generator here as it lands (member authorities, press releases,
resources, initiatives, events), at the figures of issue #3.
"""

import argparse
import time

import django

NEWS_PAGES = 2000


def generate(scale):
    """Create what is missing of the benchmark data set; return counts by kind."""
    from wagtail.models import Page

    from efus_site.core.demo.loader import DemoLoader
    from efus_site.core.models import HomePage, StandardPage

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
    wanted = NEWS_PAGES * scale
    existing = news.get_children().count()
    for number in range(existing, wanted):
        news.add_child(
            instance=StandardPage(
                title=f"News item {number}",
                title_fr=f"Actualité {number}",
                slug=f"news-{number}",
                intro="Local and regional authorities exchanged their practices in urban security.",
                listing_summary="A short summary of the news item for cards and search results.",
                live=True,
            )
        )
    if home.news_source_id != news.pk:
        home.news_source = news
        home.save_revision().publish()
    return {"pages": Page.objects.count(), "news pages": news.get_children().count()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply every amount (default 1)")
    arguments = parser.parse_args()
    django.setup()
    started = time.monotonic()
    counts = generate(arguments.scale)
    print(f"Generated in {time.monotonic() - started:.0f} s: {counts}")


if __name__ == "__main__":
    main()
