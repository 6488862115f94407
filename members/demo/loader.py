"""Demo content of the members app: real member authorities, the members section and the governance page."""

from decimal import Decimal
from pathlib import Path

from efus_site.core.demo.loader import read_data, stream_in, translated
from efus_site.core.models import MainMenuItem, NavigationSettings

from ..models import GovernancePage, MemberAuthority, MembersIndexPage
from .authorities import AUTHORITIES, FORUMS

DATA = Path(__file__).with_name("data")
REPRESENTATIVES = {
    "liege": {
        "en": "Willy Demeyer, Mayor",
        "fr": "Willy Demeyer, bourgmestre",
        "de": "Willy Demeyer, Bürgermeister",
        "it": "Willy Demeyer, sindaco",
        "es": "Willy Demeyer, alcalde",
        "pt": "Willy Demeyer, burgomestre",
    },
    "nice": {
        "en": "Christian Estrosi, Mayor",
        "fr": "Christian Estrosi, maire",
        "de": "Christian Estrosi, Bürgermeister",
        "it": "Christian Estrosi, sindaco",
        "es": "Christian Estrosi, alcalde",
        "pt": "Christian Estrosi, presidente da Câmara",
    },
}


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


def _authorities(log):
    existing = set(MemberAuthority.objects.values_list("slug", flat=True))
    created = 0
    for data in [*FORUMS, *AUTHORITIES]:
        if data["slug"] in existing:
            continue
        authority = MemberAuthority(
            slug=data["slug"],
            kind=data["kind"],
            country=data["country"],
            population=data["population"],
            website=data["website"],
            member_since=data["member_since"],
            status=data["status"],
            exco_role=data["exco_role"],
            exco_from=data["exco_from"],
            exco_to=data["exco_to"],
            latitude=Decimal(str(data["latitude"])),
            longitude=Decimal(str(data["longitude"])),
            **translated("name", data["name"]),
            **translated("description", data["description"]),
            **translated("representative", REPRESENTATIVES.get(data["slug"], {})),
        )
        authority.save()
        created += 1
    forums = dict(MemberAuthority.objects.filter(kind="forum").values_list("slug", "pk"))
    for data in AUTHORITIES:
        if data["slug"] not in existing and data["national_forum"]:
            MemberAuthority.objects.filter(slug=data["slug"]).update(national_forum=forums[data["national_forum"]])
    if created:
        log(f"Created {created} member authorities.")
    return created


def _members_page(home):
    data = read_data("members-page", DATA)
    index = MembersIndexPage(
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
