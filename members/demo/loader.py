"""Demo content of the members app: real member authorities, the members section and the governance page."""

import csv
import io
from pathlib import Path

from efus_site.core.demo.loader import DemoLoader, read_data, stream_in, translated
from efus_site.core.models import MainMenuItem, NavigationSettings

from .. import csv_import
from ..models import GovernancePage, MemberAuthority, MembersIndexPage

DATA = Path(__file__).with_name("data")


def load(home, about, log):
    """Create what is missing: the authorities, the members section and the governance page."""
    created = _authorities(log)
    index = MembersIndexPage.objects.first()
    if index is None:
        index = _members_page(home)
        created += 1
        log(f"Created {index.url_path}")
        navigation = NavigationSettings.for_site(home.get_site())
        MainMenuItem.objects.create(setting=navigation, page=index, sort_order=navigation.main_menu_items.count())
        # The core's call to join points at the contact page until the application form exists.
        if home.join_page_id is None or home.join_page.slug_en == "contact":
            home.join_page = index
            home.save_revision().publish()
    if not GovernancePage.objects.exists():
        _governance_page(about)
        created += 1
    return created


def _missing_authorities():
    """authorities.csv (the staff import's format) with only the rows not stored yet, or None when none is missing."""
    header, *rows = csv.reader(io.StringIO((DATA / "authorities.csv").read_text(encoding="utf-8")))
    existing = set(MemberAuthority.objects.values_list("slug", flat=True))
    missing = [row for row in rows if row[header.index("slug")] not in existing]
    if not missing:
        return None
    output = io.StringIO()
    csv.writer(output, lineterminator="\n").writerows([header, *missing])
    return output.getvalue().encode()


def _authorities(log):
    """Import the missing authorities through the staff CSV import; those stored, editors' changes and all, stay."""
    data = _missing_authorities()
    if data is None:
        return 0
    report = csv_import.apply(data)
    if report.errors:
        raise ValueError("The demo authorities do not pass the CSV import: " + " ".join(report.errors))
    # The import reads the representative in English only; the other languages come from their own file.
    created = {values["slug"] for values in report.creates}
    for slug, names in read_data("representatives", DATA).items():
        if slug in created:
            MemberAuthority.objects.filter(slug=slug).update(**translated("representative", names))
    log(f"Created {len(created)} member authorities.")
    return len(created)


def _members_page(home):
    data = read_data("members-page", DATA)
    index = MembersIndexPage(
        network_size=data["network_size"],
        listing_image=DemoLoader().image(20, data["title"]["en"]),
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("join_intro", data["join_intro"]),
        **translated("join_thanks", data["join_thanks"]),
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def _governance_page(about):
    data = read_data("governance", DATA)
    page = GovernancePage(
        listing_image=DemoLoader().image(21, data["title"]["en"]),
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("search_description", data["seo_description"]),
    )
    for code in data["slug"]:
        setattr(page, f"body_{code}", stream_in(data["body"], code))
    about.add_child(instance=page)
    # Third in the About section, after the mission and the services, as in Efus' own site.
    siblings = list(about.get_children())
    if len(siblings) > 3:
        page.move(siblings[1], pos="right")
    page.save_revision().publish()
    return page
