"""axe-core finds no WCAG 2.1 AA (and 2.2 AA) violation on any public page type, narrow or wide,
nor in the main content of the translation screens of the admin."""

import json

import pytest

from conferences.demo.loader import DATA as CONFERENCES_DATA
from efus_site.core.demo.loader import read_data
from efus_site.newsletter.addresses import route as newsletter_route
from efus_site.newsletter.demo.loader import DATA as NEWSLETTER_DATA
from members.addresses import JOIN, THANKS
from members.demo.loader import DATA as MEMBERS_DATA
from press.demo.loader import DATA as PRESS_DATA
from resources.demo.loader import DATA as RESOURCES_DATA
from tests.browser.conftest import AXE, run_on_live_site

# One worker of a parallel run serves the demo site to the browser, once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
WIDTHS = [320, 1280]
ABOUT = read_data("about")
GOVERNANCE = read_data("governance", MEMBERS_DATA)
MEMBERS_PAGE = read_data("members-page", MEMBERS_DATA)
PRESS_PAGE = read_data("press-page", PRESS_DATA)
RELEASE = read_data("releases", PRESS_DATA)[1]
THEMES = read_data("themes")
LIBRARY = read_data("library", RESOURCES_DATA)
INITIATIVE = "des-espaces-publics-reamenages-pour-le-deconfinement"
SERIES = read_data("series", CONFERENCES_DATA)
EVENTS = read_data("events", CONFERENCES_DATA)
DECLARATIONS = read_data("declarations", CONFERENCES_DATA)
PROJECTS = read_data("projects", CONFERENCES_DATA)
NEWSLETTER = read_data("newsletter", NEWSLETTER_DATA)


def about_path(code, child=None):
    path = f"/{code}/{ABOUT['slug'][code]}/"
    if child is not None:
        path += f"{ABOUT['children'][child]['slug'][code]}/"
    return path


def library_path(code, rest=""):
    return f"/{code}/{LIBRARY['slug'][code]}/{rest}"


def members_path(code, rest=""):
    return f"/{code}/{MEMBERS_PAGE['slug'][code]}/{rest}"


def newsletter_path(code, rest=""):
    return f"/{code}/{NEWSLETTER['slug'][code]}/{rest}"


#: Signed tokens of a reader made on the live site (the demo has no subscribers), made once.
NEWSLETTER_TOKENS = {}


def newsletter_signed_path(code, name):
    """A page behind a signed link (confirm, preferences, unsubscribe, erase) at its address in the language."""
    if not NEWSLETTER_TOKENS:
        printed = run_on_live_site(
            "import json; from efus_site.newsletter.factories import SubscriberFactory; "
            "from efus_site.newsletter.tokens import make_token; "
            "s = SubscriberFactory(email='axe.reader@example.org', status='pending'); "
            "print(json.dumps({'confirm': make_token(s, 'confirm'), 'manage': make_token(s, 'manage')}))"
        )
        NEWSLETTER_TOKENS.update(json.loads(printed.strip().splitlines()[-1]))
    token = NEWSLETTER_TOKENS["confirm" if name == "confirm" else "manage"]
    return newsletter_path(code, newsletter_route(name, code, token))


def press_path(code, rest=""):
    return f"/{code}/{PRESS_PAGE['slug'][code]}/{rest}"


def conferences_path(code, rest=""):
    return f"/{code}/{SERIES['slug'][code]}/{rest}"


def events_path(code, rest=""):
    return f"/{code}/{EVENTS['page']['slug'][code]}/{rest}"


def declarations_path(code, rest=""):
    return f"/{code}/{DECLARATIONS['page']['slug'][code]}/{rest}"


def projects_path(code, rest=""):
    return f"/{code}/{PROJECTS['page']['slug'][code]}/{rest}"


def brussels_declaration(code):
    slugs = DECLARATIONS["declarations"][2]["slug"]
    return declarations_path(code, f"{slugs.get(code, slugs['en'])}/")


def themes_path(code, theme=None):
    path = f"/{code}/{THEMES['page']['slug'][code]}/"
    return path if theme is None else path + f"{THEMES['themes'][theme]['slug'][code]}/"


# One page of each type, and the block-richest content pages.
PAGES = {
    "home": lambda code: f"/{code}/",
    "section with subpage cards": lambda code: about_path(code),
    "services (accordion)": lambda code: about_path(code, 1),
    "manifesto (key figures, quote)": lambda code: about_path(code, 3),
    "contact (calls to action)": lambda code: about_path(code, 5),
    "governance (from the member records)": lambda code: about_path(code) + f"{GOVERNANCE['slug'][code]}/",
    "member directory": lambda code: members_path(code),
    "member directory, filtered": lambda code: members_path(code, "?country=BE&q=li"),
    "member directory, nothing found": lambda code: members_path(code, "?q=atlantis"),
    "member profile": lambda code: members_path(code, "liege/"),
    "application form": lambda code: members_path(code, f"{JOIN[code]}/"),
    "application sent": lambda code: members_path(code, f"{JOIN[code]}/{THANKS[code]}/"),
    "press room": lambda code: press_path(code),
    "press room, one year": lambda code: press_path(code, "?year=2022"),
    "press room, not a year": lambda code: press_path(code, "?year=abc"),
    "press release (attachment, boilerplate, themes)": lambda code: press_path(code, f"{RELEASE['slug'][code]}/"),
    "press kit": lambda code: press_path(code, "kit/"),
    "themes": lambda code: themes_path(code),
    "theme page": lambda code: themes_path(code, 3),
    "resources library": lambda code: library_path(code),
    "resources library, filtered": lambda code: library_path(code, "?theme=drugs&language=fr&year=2019"),
    "resources library, nothing found": lambda code: library_path(code, "?type=video&year=2016"),
    "resource": lambda code: library_path(code, "council-of-europe-covid-19-toolkit/"),
    "resource, members only": lambda code: library_path(code, "pactesur-final-report/"),
    "initiatives platform": lambda code: f"/{code}/covid-19/",
    "initiatives platform, filtered": lambda code: f"/{code}/covid-19/?country=FR&kind=city",
    "initiatives platform, nothing found": lambda code: f"/{code}/covid-19/?country=FI",
    "share an initiative, step 1": lambda code: f"/{code}/covid-19/share/",
    "initiative sent": lambda code: f"/{code}/covid-19/share/sent/",
    "shared initiative (written in another language)": lambda code: f"/{code}/covid-19/{INITIATIVE}/",
    "resume link that cannot be used": lambda code: f"/{code}/covid-19/share/abc/def/ghi/",
    "conference series (figures table)": lambda code: conferences_path(code),
    "conference edition (programme, speakers)": lambda code: conferences_path(code, "brussels-2024/"),
    "conference edition, programme by type": lambda code: conferences_path(code, "brussels-2024/?by=type"),
    "conference edition, past (figures, hosts)": lambda code: conferences_path(code, "nice-2021/"),
    "events, upcoming": lambda code: events_path(code),
    "events, past and filtered": lambda code: events_path(code, "past/?type=task_force&year=2020"),
    "events, nothing found": lambda code: events_path(code, "past/?year=1999"),
    "event": lambda code: events_path(code, "nightlife-task-force-reopening/"),
    "registration form": lambda code: events_path(code, "training-local-safety-audits/register/"),
    "registration closed": lambda code: conferences_path(code, "brussels-2024/register/"),
    "declarations": lambda code: declarations_path(code),
    "declaration (signatories, their map)": brussels_declaration,
    "EU projects": lambda code: projects_path(code),
    "EU projects, filtered": lambda code: projects_path(code, "?country=IT&status=finished"),
    "EU projects, nothing found": lambda code: projects_path(code, "?country=FI"),
    "EU project (partners, results, outputs)": lambda code: projects_path(code, "pactesur/"),
    "network history (timeline)": lambda code: about_path(code) + f"{PROJECTS['history']['slug'][code]}/",
    "member profile with a full history (Nice)": lambda code: members_path(code, "nice/"),
    "newsletter (form, past issues)": lambda code: newsletter_path(code),
    "newsletter issue": lambda code: newsletter_path(code, f"{NEWSLETTER['issue']['slug'][code]}/"),
    "newsletter, check your inbox": lambda code: newsletter_path(code, newsletter_route("thanks", code)),
    "newsletter, link that does not work": lambda code: newsletter_path(code, "confirm/not-a-real-token/"),
    "newsletter, data erased": lambda code: newsletter_path(code, newsletter_route("erased", code)),
    "newsletter, confirm (signed link)": lambda code: newsletter_signed_path(code, "confirm"),
    "newsletter, preferences (signed link)": lambda code: newsletter_signed_path(code, "preferences"),
    "newsletter, unsubscribe (signed link)": lambda code: newsletter_signed_path(code, "unsubscribe"),
    "newsletter, erase (signed link)": lambda code: newsletter_signed_path(code, "erase"),
    "search results": lambda code: f"/{code}/search/?q=liege",
    "search, nothing found (did you mean)": lambda code: f"/{code}/search/?q=gouvernanse",
    "404": lambda code: f"/{code}/no-such-page/",
    "log in": lambda code: f"/{code}/accounts/login/",
    "password reset": lambda code: f"/{code}/accounts/password/reset/",
    "invitation that cannot be used": lambda code: f"/{code}/network/invitation/not-a-token/",
}

# The members' network, logged in as a member of Liège.
NETWORK_PAGES = {
    "network dashboard": "network/",
    "experience exchange": "network/exchange/",
    "experience exchange, searched": "network/exchange/?q=mediators",
    "experience exchange, nothing found": "network/exchange/?q=atlantis",
    "thread with replies": "network/exchange/1/",
    "new post": "network/exchange/new/",
    "report a post": "network/exchange/1/report/",
    "people": "network/people/",
    "profile": "network/profile/",
    "two-factor authentication": "accounts/2fa/",
    "sessions": "accounts/sessions/",
    "change password": "accounts/password/change/",
}


def violations(tab, url, width):
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto(url)
    tab.add_script_tag(path=str(AXE))
    result = tab.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS
    )
    return [
        {"rule": v["id"], "impact": v["impact"], "targets": [node["target"] for node in v["nodes"]][:5]}
        for v in result["violations"]
    ]


@pytest.mark.parametrize("code", ["en", "fr"])
@pytest.mark.parametrize("name", list(PAGES))
def test_no_accessibility_violations(axe_page, name, code):
    url = PAGES[name](code)
    found = {width: violations(axe_page, url, width) for width in WIDTHS}
    assert found == {width: [] for width in WIDTHS}, json.dumps(found, indent=1)


def _scan_at_each_width(tab):
    found = {}
    for width in WIDTHS:
        tab.set_viewport_size({"width": width, "height": 900})
        tab.add_script_tag(path=str(AXE))
        result = tab.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})", TAGS
        )
        found[width] = [violation["id"] for violation in result["violations"]]
    return found


@pytest.mark.parametrize("code", ["en", "fr"])
def test_form_error_page_has_no_violations(axe_page, code):
    """A post whose security token expired: the page that offers to send it again."""
    axe_page.goto(f"/{code}/")
    with axe_page.expect_navigation():
        axe_page.evaluate(
            """() => {
                const form = Object.assign(document.createElement('form'), {method: 'post', action: location.pathname});
                form.append(Object.assign(document.createElement('input'), {name: 'message', value: 'Bonjour'}));
                document.body.append(form);
                form.submit();
            }"""
        )
    assert axe_page.locator("main form button[type=submit]").count() == 1
    assert _scan_at_each_width(axe_page) == {width: [] for width in WIDTHS}


@pytest.mark.parametrize("code", ["en", "fr"])
def test_application_form_with_errors_has_no_violations(axe_page, code):
    axe_page.goto(members_path(code, f"{JOIN[code]}/"))
    axe_page.fill("#id_authority_name", "Ville de Lyon")
    axe_page.fill("#id_email", "not-an-address")
    with axe_page.expect_navigation():
        axe_page.locator("form.form button[type=submit]").click()
    assert axe_page.locator(".form-field__error").count() >= 5
    assert _scan_at_each_width(axe_page) == {width: [] for width in WIDTHS}


@pytest.mark.parametrize("code", ["en", "fr"])
def test_both_steps_of_sharing_an_initiative_with_errors_have_no_violations(axe_page, code):
    axe_page.goto(f"/{code}/covid-19/share/")
    axe_page.fill("#id_authority_name", "Nowhere Town")
    axe_page.fill("#id_email", "not-an-address")
    with axe_page.expect_navigation():
        axe_page.locator("form.form button[type=submit]").click()
    assert axe_page.locator(".form-field__error").count() >= 5
    assert _scan_at_each_width(axe_page) == {width: [] for width in WIDTHS}

    axe_page.fill("#id_authority_name", "Liège")
    axe_page.fill("#id_contact_name", "Jeanne Dupont")
    axe_page.fill("#id_role", "Coordinator")
    axe_page.fill("#id_email", "jeanne@liege.example")
    axe_page.check("#id_consent")
    with axe_page.expect_navigation():
        axe_page.locator("form.form button[type=submit]").click()
    assert "/covid-19/share/" in axe_page.url and axe_page.locator("#id_title").count() == 1
    assert _scan_at_each_width(axe_page) == {width: [] for width in WIDTHS}
    axe_page.fill("#id_end_date", "2020-01-01")
    axe_page.fill("#id_start_date", "2020-03-01")
    with axe_page.expect_navigation():
        axe_page.locator("form.form button[name=send]").click()
    assert axe_page.locator(".form-field__error").count() >= 3
    assert _scan_at_each_width(axe_page) == {width: [] for width in WIDTHS}


ERROR_RED = "rgb(164, 22, 26)"


def test_every_invalid_control_has_the_same_error_style(axe_page):
    """Text inputs, selects and the checkbox in error all show the red mark beside their message."""
    axe_page.goto(members_path("en", "join/"))
    with axe_page.expect_navigation():
        axe_page.locator("form.form button[type=submit]").click()
    styles = axe_page.evaluate(
        """() => [...document.querySelectorAll('.form [aria-invalid="true"]')].map(control => {
            const style = getComputedStyle(control);
            const checkbox = control.type === 'checkbox';
            return [control.id, checkbox ? style.outlineColor : style.borderTopColor,
                    checkbox ? style.outlineWidth : style.borderTopWidth,
                    !!control.closest('.form-field--error'),
                    !!document.getElementById(control.id + '-error')];
        })"""
    )
    ids = [row[0] for row in styles]
    assert {"id_authority_name", "id_email", "id_kind", "id_country", "id_consent"} <= set(ids)
    assert {tuple(row[1:]) for row in styles} == {(ERROR_RED, "2px", True, True)}


def test_the_scan_does_report_a_violation(axe_page):
    """Guard against a scan that silently checks nothing: an image without alt text must be caught."""
    axe_page.goto("/en/")
    axe_page.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/x.png\">')")
    axe_page.add_script_tag(path=str(AXE))
    result = axe_page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", TAGS)
    assert "image-alt" in [violation["id"] for violation in result["violations"]]


@pytest.mark.parametrize(
    "path", ["/admin/translations/", "/admin/translations/?language=fr&state=missing", "/admin/translations/import/"]
)
def test_translation_screens_have_no_violations_in_their_own_content(axe_page, path):
    """The translation screens, logged in as staff: their main content (the admin's menu is Wagtail's own)."""
    from tests.browser.conftest import STAFF

    axe_page.goto("/admin/login/")
    axe_page.fill("input[name=login]", STAFF[0])
    axe_page.fill("input[name=password]", STAFF[1])
    with axe_page.expect_navigation():
        axe_page.locator("main form button[type=submit]").click()
    axe_page.goto(path)
    assert axe_page.locator("#main form").count() >= 1, "the scan must cover our forms"
    found = {}
    for width in WIDTHS:
        axe_page.set_viewport_size({"width": width, "height": 900})
        axe_page.add_script_tag(path=str(AXE))
        result = axe_page.evaluate(
            "tags => axe.run({include: [['#main']]},"
            " {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
            TAGS,
        )
        found[width] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result["violations"]]
    assert found == {width: [] for width in WIDTHS}, json.dumps(found, indent=1)


@pytest.mark.parametrize("code", ["en", "fr"])
def test_the_network_logged_in_has_no_violations(axe_page, network_member, code):
    from tests.browser.conftest import log_in

    log_in(axe_page, *network_member, code=code)
    found = {}
    for name, path in NETWORK_PAGES.items():
        axe_page.goto(f"/{code}/{path}")
        assert axe_page.locator("main").count() == 1, name
        problems = _scan_at_each_width(axe_page)
        if any(problems.values()):
            found[name] = problems
    assert found == {}, json.dumps(found, indent=1)
