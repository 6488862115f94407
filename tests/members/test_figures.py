"""The network's figures say the same on every page: members listed (from the records) beside the network's size."""

import csv
import re
from pathlib import Path

import pytest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext

from efus_site.core.demo.loader import read_data
from members.demo.loader import DATA
from members.models import MemberAuthority, MembersIndexPage
from members.models.authorities import Kind
from members.models.counts import network_figures
from tests.pages import page_html

# On the shared demo (tests/conftest.py): one worker of a parallel run loads it, once.
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group("demo")]

ROOT = Path(__file__).resolve().parents[2]
FIGURE = re.compile(r'<span class="key-figures__value">([^<]+)</span> <span class="key-figures__label">([^<]+)</span>')


def figures(html):
    """{label: value} of the page's key figures; a label shown twice with two values is a contradiction."""
    found = {}
    for value, label in FIGURE.findall(html):
        assert found.setdefault(label, value) == value, label
    return found


def paths(code):
    about, governance, members = read_data("about"), read_data("governance", DATA), read_data("members-page", DATA)
    return {
        "home": f"/{code}/",
        "about": f"/{code}/{about['slug'][code]}/",
        "governance": f"/{code}/{about['slug'][code]}/{governance['slug'][code]}/",
        "directory": f"/{code}/{members['slug'][code]}/",
    }


@pytest.mark.parametrize("code", ["en", "fr"])
def test_home_about_governance_and_directory_agree_with_each_other_and_with_the_records(
    demo_site, client, settings, code
):
    settings.PAGE_CACHE_SECONDS = 0
    current = MemberAuthority.objects.current()
    listed, countries = current.count(), current.values("country").distinct().count()
    size = MembersIndexPage.objects.get().network_size
    assert (listed, countries, size) == (114, 17, 250)  # README.md says so too
    html = {name: page_html(client, path) for name, path in paths(code).items()}
    with translation.override(code):
        network = network_figures(size)
        size_label = gettext("Members of the network (approx.)")
    assert f"{listed} " in network["summary"] and f" {countries} " in network["summary"] and "250" in network["summary"]
    # One sentence, word for word, wherever the site speaks of its members.
    for name in ("home", "governance", "directory"):
        assert escape(network["summary"]) in html[name], name
    # The key figures: the same label never carries two values, on one page or across pages.
    home, about = figures(html["home"]), figures(html["about"])
    assert home[size_label] == about[size_label] == str(size)
    (size_figure, listed_figure) = network["figures"]
    assert size_figure == (size, size_label) and listed_figure[0] == listed
    assert home[listed_figure[1]] == str(listed)
    for label in home.keys() & about.keys():
        assert home[label] == about[label], label
    # The editors' figures that the records can check: the Executive Committee and the national forums.
    committee_label = read_data("home")["key_figures"][-1]["label"][code]
    seats = MemberAuthority.objects.on_executive_committee().exclude(kind=Kind.FORUM).count()
    assert home[committee_label] == about[committee_label] == str(seats)
    committee = html["governance"].split('id="committee-title"')[1].split("</p>")[0]
    assert f" {seats} " in committee
    forums_label = read_data("about")["body"][1]["key_figures"]["items"][2]["label"][code]
    assert about[forums_label] == str(current.filter(kind=Kind.FORUM).count())
    # No page repeats the old, contradicting counts of countries.
    for name, page in html.items():
        assert not re.search(r"\b1[69] (countries|pays)\b", page), name


def test_the_readme_counts_what_the_demo_loads():
    with (DATA / "authorities.csv").open(encoding="utf-8") as data:
        rows = list(csv.DictReader(data))
    current = [row for row in rows if row["status"] == "member"]
    former = [row for row in rows if row["status"] == "former"]
    forums = [row for row in current if row["kind"] == "forum"]
    readme = " ".join((ROOT / "README.md").read_text(encoding="utf-8").split())
    countries = len({row["country"] for row in current})
    assert f"{len(current)} current member authorities from {countries} countries" in readme
    assert f"{len(current) - len(forums)} cities, regions and organisations plus the {len(forums)} national forums" in (
        readme.replace("six national", "6 national")
    )
    assert f"{len(former)} former members" in readme
