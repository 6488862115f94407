"""Demo content of the newsletter: the section with its form, and a first issue of the newest pages."""

from pathlib import Path

from wagtail.models import Page

from efus_site.core.demo.loader import read_data, translated

from ..models import NewsletterIssuePage, NewsletterItem, NewsletterPage

DATA = Path(__file__).with_name("data")
ISSUE_ITEMS = 3


def load(home, about, log):
    """Create the section and its first issue if they are missing; return how many pages were created."""
    if NewsletterPage.objects.exists():
        return 0
    data = read_data("newsletter", DATA)
    section = NewsletterPage(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
    )
    home.add_child(instance=section)
    section.save_revision().publish()
    log(f"Created {section.url_path}")
    newest = Page.objects.live().filter(depth__gt=2).not_type(NewsletterPage).order_by("-first_published_at")
    issue = NewsletterIssuePage(
        **translated("title", data["issue"]["title"]),
        **translated("slug", data["issue"]["slug"]),
        **translated("intro", data["issue"]["intro"]),
        **translated("listing_summary", data["issue"]["intro"]),
    )
    issue.items = [NewsletterItem(page=page, sort_order=order) for order, page in enumerate(newest[:ISSUE_ITEMS])]
    section.add_child(instance=issue)
    issue.save_revision().publish()
    log(f"Created {issue.url_path}")
    return 2
