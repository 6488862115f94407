"""The main journeys, in a real browser against a real server."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from efus_site.core.demo.loader import read_data
from members.demo.loader import DATA as MEMBERS_DATA
from press.demo.loader import DATA as PRESS_DATA
from tests.browser.conftest import MAIL_DIR, STAFF

pytestmark = pytest.mark.browser

ABOUT = read_data("about")
ABOUT_FR = ABOUT["title"]["fr"]
ABOUT_EN = ABOUT["title"]["en"]
GOVERNANCE = read_data("governance", MEMBERS_DATA)
PRESS_PAGE = read_data("press-page", PRESS_DATA)
RELEASES = read_data("releases", PRESS_DATA)
#: How long a preview may take to follow what the editor typed.
PREVIEW_UPDATE_MS = 15_000


def log_in_as_staff(page):
    page.goto("/admin/login/")
    page.fill("input[name=username]", STAFF[0])
    page.fill("input[name=password]", STAFF[1])
    page.get_by_role("button", name=re.compile("Sign in")).click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


def test_visitor_switches_to_french_and_back_on_the_same_page(page):
    page.goto("/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")

    page.get_by_role("navigation", name="Choose a language").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    expect(page.locator("h1")).to_have_text(read_data("home")["hero_title"]["fr"])

    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name=ABOUT_FR).click()
    expect(page).to_have_url(re.compile(f"/fr/{ABOUT['slug']['fr']}/$"))
    expect(page.locator("h1")).to_have_text(ABOUT_FR)

    page.get_by_role("navigation", name="Choisir une langue").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.locator("h1")).to_have_text(ABOUT_EN)
    assert page.problems == []


def test_staff_edits_a_french_title_and_the_public_page_shows_it(page):
    log_in_as_staff(page)

    page.goto("/admin/pages/search/?q=Governance")
    page.get_by_role("link", name="Governance", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.locator("button.locale-toggle", has_text="fr").click()
    page.fill("input[name=title_fr]", "Gouvernance d'Efus")
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator("footer").get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")

    public = page.context.browser.new_page(base_url=page.url.split("/admin/")[0])
    governance_slug = GOVERNANCE["slug"]["fr"]
    public.goto(f"/fr/{ABOUT['slug']['fr']}/{governance_slug}/")
    expect(public.locator("h1")).to_have_text("Gouvernance d'Efus")
    public.close()


def test_keyboard_user_opens_the_mobile_menu_and_switches_language(page):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto("/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()

    toggle = page.get_by_role("button", name="Menu")
    expect(page.get_by_role("navigation", name="Main menu")).to_be_hidden()
    toggle.focus()
    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    menu_link = page.get_by_role("navigation", name="Main menu").get_by_role("link", name=ABOUT_EN)
    expect(menu_link).to_be_visible()
    page.keyboard.press("Tab")
    expect(menu_link).to_be_focused()
    outline = menu_link.evaluate("element => getComputedStyle(element).outlineStyle")
    assert outline not in ("none", "")

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_be_focused()

    page.keyboard.press("Enter")
    french = page.get_by_role("navigation", name="Choose a language").get_by_role("link", name="Français")
    french.focus()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    assert page.problems == []


def test_editor_sees_the_user_bar_under_the_strict_policy_with_nothing_to_fix(page):
    log_in_as_staff(page)
    page.goto(f"/fr/{ABOUT['slug']['fr']}/")
    expect(page.locator("wagtail-userbar")).to_have_count(1)
    csp = page.evaluate("() => fetch(location.href).then(r => r.headers.get('content-security-policy'))")
    assert "unsafe-inline" not in csp
    page.wait_for_timeout(1500)  # the content checker runs once the page has loaded
    # Wagtail logs the checker's findings as console errors; a refused script would show there too.
    assert page.problems == []


def test_visitor_filters_the_directory_by_country_in_french_and_opens_a_profile(page):
    page.goto("/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Nos membres").click()
    expect(page).to_have_url(re.compile(r"/fr/membres/$"))
    expect(page.locator(".members__counts")).to_contain_text("figurent dans notre annuaire, sur un réseau d’environ")

    page.get_by_label("Pays").select_option("BE")
    page.get_by_role("button", name="Afficher les membres").click()
    expect(page).to_have_url(re.compile(r"/fr/membres/\?.*country=BE"))
    expect(page.locator(".members__result")).to_contain_text("correspondent à ces filtres")
    countries = page.locator(".authority-card__meta").all_inner_texts()
    assert countries and all("Belgique" in text for text in countries)
    # The filtered list is an address that can be shared: opened afresh, it shows the same.
    page.goto(page.url)
    expect(page.get_by_label("Pays")).to_have_value("BE")

    expect(page.locator(".authority-list").get_by_role("link", name="Liège", exact=True)).to_be_visible()
    # The map's dot for Liège is a link of its own, named and reached from the keyboard.
    dot = page.locator(".members-map").get_by_role("link", name="Liège", exact=True)
    dot.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    expect(dot).to_be_focused()
    expect(dot.locator("circle")).to_have_css("stroke", "rgb(179, 65, 14)")  # the focus colour, seen from afar
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/membres/liege/$"))
    expect(page.locator("h1")).to_have_text("Liège")
    expect(page.locator(".facts")).to_contain_text("Belgique")
    page.get_by_role("navigation", name="Choisir une langue").get_by_role("link", name="Deutsch").click()
    expect(page).to_have_url(re.compile(r"/de/mitglieder/liege/$"))
    expect(page.locator("h1")).to_have_text("Lüttich")
    assert page.problems == []


def test_visitor_filters_the_library_in_french_and_downloads_the_french_file(page):
    page.goto("/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name="Ressources").click()
    expect(page).to_have_url(re.compile(r"/fr/ressources/$"))

    page.get_by_role("combobox", name="Thème").select_option("drogues")
    page.get_by_role("combobox", name="Langue").select_option("fr")
    page.get_by_role("button", name="Afficher les ressources").click()
    expect(page).to_have_url(re.compile(r"/fr/ressources/\?.*theme=drogues"))
    expect(page.locator(".library__result")).to_contain_text("correspondent à ces filtres")
    # The filtered list is an address that can be shared: opened afresh, it shows the same.
    page.goto(page.url)
    expect(page.get_by_role("combobox", name="Langue")).to_have_value("fr")

    title = re.compile(r"^Fiche pratique\s: la réduction des risques dans les festivals$")
    page.get_by_role("link", name=title).click()
    expect(page.locator("h1")).to_have_text(title)
    first_file = page.locator(".resource__file a").first
    expect(first_file).to_have_text("Français")
    # Wagtail sends a PDF to be shown in the browser (WAGTAILDOCS_INLINE_CONTENT_TYPES), not as a download.
    with page.expect_response(re.compile(r"/files/fr/$")) as answer:
        first_file.click()
    assert answer.value.status == 200
    assert answer.value.headers["content-type"] == "application/pdf"


def test_visitor_searches_in_french_from_the_footer_and_follows_a_result(page):
    page.goto("/fr/")
    page.get_by_label("Rechercher sur le site").fill("GOUVERNANCE")
    page.get_by_label("Rechercher sur le site").press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/search/\?q=GOUVERNANCE$"))
    expect(page.get_by_label("Rechercher", exact=True)).to_have_value("GOUVERNANCE")
    expect(page.locator(".search__status")).to_contain_text("pour «\u00a0GOUVERNANCE\u00a0»")
    first = page.locator(".search-result__title a").first
    expect(first.locator("mark")).to_have_text("Gouvernance")
    first.click()
    expect(page).to_have_url(re.compile(rf"/fr/.*/{GOVERNANCE['slug']['fr']}/$"))
    expect(page.locator("h1")).to_contain_text(GOVERNANCE["title"]["fr"])
    assert page.problems == []


def test_applicant_corrects_a_mistake_by_keyboard_and_gets_a_confirmation(page):
    page.goto("/fr/membres/adherer/")
    page.get_by_label("Nom de la collectivité").fill("Ville de Lyon")
    page.get_by_label("E-mail").fill("camille.martin@")
    page.get_by_label("E-mail").press("Enter")  # submits the form from the keyboard
    summary = page.locator("#form-errors")
    expect(summary).to_contain_text("Veuillez corriger")
    expect(page.get_by_label("Nom de la collectivité")).to_have_value("Ville de Lyon")

    page.get_by_label("Type").select_option("city")
    page.get_by_label("Pays").select_option("FR")
    page.get_by_label("Personne à contacter").fill("Camille Martin")
    page.get_by_label("Fonction").fill("Chargée de prévention")
    page.get_by_label("E-mail").fill("camille.martin@example.org")
    consent = page.get_by_role("checkbox")
    consent.focus()
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    page.get_by_role("button", name="Envoyer la candidature").press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/membres/adherer/merci/$"))
    expect(page.locator("h1")).to_have_text("Candidature envoyée")
    assert page.problems == []


def blocked_frames(page):
    """Console errors of a frame the browser refused to show (CSP frame-ancestors, X-Frame-Options)."""
    return [problem for problem in page.problems if "frame" in problem.lower() and "refused" in problem.lower()]


def test_editor_previews_a_page_in_the_language_being_edited(page):
    log_in_as_staff(page)
    page.goto(f"/admin/pages/search/?q={ABOUT_EN}")
    page.get_by_role("link", name=ABOUT_EN, exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("html")).to_have_attribute("lang", "en")
    expect(preview.locator("h1")).to_have_text(ABOUT_EN)

    # Showing the French fields shows the French preview; what is typed there appears in it.
    page.locator("button.locale-toggle", has_text="fr").click()
    expect(page.get_by_label("Preview mode")).to_have_value("fr")
    expect(preview.locator("html")).to_have_attribute("lang", "fr")
    expect(preview.locator("h1")).to_have_text(ABOUT_FR)
    page.fill("input[name=title_fr]", "Efus en bref (brouillon)")
    # The panel refreshes after the editor pauses typing and the preview is posted: slow on a busy machine.
    expect(preview.locator("h1")).to_have_text("Efus en bref (brouillon)", timeout=PREVIEW_UPDATE_MS)

    # Any language can also be chosen in the panel.
    page.get_by_label("Preview mode").select_option("de")
    expect(preview.locator("html")).to_have_attribute("lang", "de")
    expect(preview.locator("h1")).to_have_text(ABOUT["title"]["de"])
    assert blocked_frames(page) == []


def test_editor_previews_a_member_authority_profile(page):
    log_in_as_staff(page)
    page.goto("/admin/snippets/members/memberauthority/?country=BE")
    page.get_by_role("link", name="Liège", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/snippets/members/memberauthority/edit/\d+/$"))

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1")).to_have_text("Liège")
    expect(preview.locator(".facts")).to_contain_text("Belgium")

    page.get_by_label("Preview mode").select_option("de")
    expect(preview.locator("html")).to_have_attribute("lang", "de")
    expect(preview.locator("h1")).to_have_text("Lüttich")
    expect(preview.locator(".facts")).to_contain_text("Belgien")
    assert blocked_frames(page) == []


def test_images_show_under_the_production_like_settings(page):
    """The server runs the README's production-like command: test settings, DEBUG off, SERVE_MEDIA on."""
    page.goto(f"/en/{ABOUT['slug']['en']}/")
    sources = page.locator("main img").evaluate_all("images => images.map(image => image.currentSrc || image.src)")
    assert sources
    for source in sources:
        response = page.request.get(source)
        assert response.status == 200, source
        assert response.headers["content-type"].startswith("image/"), source
    assert page.problems == []


def test_journalist_opens_the_french_press_room_filters_a_year_and_downloads_an_attachment(page):
    press_fr = PRESS_PAGE["title"]["fr"]
    page.goto("/fr/")
    page.get_by_role("navigation", name="Menu principal").get_by_role("link", name=press_fr).click()
    expect(page).to_have_url(re.compile(f"/fr/{PRESS_PAGE['slug']['fr']}/$"))
    expect(page.locator("h1")).to_have_text(press_fr)

    page.get_by_role("navigation", name="Communiqués de presse par année").get_by_role("link", name="2022").click()
    expect(page).to_have_url(re.compile(r"\?year=2022$"))
    declaration = RELEASES[1]
    page.get_by_role("link", name=declaration["title"]["fr"]).click()
    expect(page).to_have_url(re.compile(f"/fr/{PRESS_PAGE['slug']['fr']}/{declaration['slug']['fr']}/$"))
    expect(page.locator("h1")).to_have_text(declaration["title"]["fr"])
    expect(page.locator(".release__dateline")).to_contain_text("23 novembre 2022")

    with page.expect_download() as download:
        page.locator(".release__attachments").get_by_role("link", name=declaration["attachment"]).click()
    assert download.value.suggested_filename.endswith(".pdf")
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    assert page.problems == []


def _newest_mail_to(address):
    for path in sorted(MAIL_DIR.glob("*.log"), key=lambda path: path.stat().st_mtime, reverse=True):
        text = path.read_text(encoding="utf-8", errors="replace")
        if f"To: {address}" in text:
            return text
    return ""


def test_reader_subscribes_in_portuguese_confirms_from_the_email_changes_topics_and_unsubscribes(page):
    page.goto("/pt/boletim/")
    page.get_by_label("Endereço de e-mail").first.fill("ana.silva@example.org")
    page.get_by_label(re.compile("Aceito que o Efus guarde")).first.check()
    page.locator("main").get_by_role("button", name="Subscrever").click()
    expect(page).to_have_url(re.compile(r"/pt/boletim/thanks/$"))
    expect(page.locator("h1")).to_have_text("Verifique a sua caixa de correio")

    email = ""
    for _ in range(50):
        email = _newest_mail_to("ana.silva@example.org")
        if email:
            break
        page.wait_for_timeout(100)
    assert "Para confirmar, abra esta ligação nos próximos sete dias" in email
    link = re.search(r"http://\S+(/pt/boletim/confirm/\S+/)", email).group(1)
    page.goto(link)
    page.get_by_role("button", name="Confirmar a minha subscrição").click()
    expect(page.get_by_role("status")).to_contain_text("A sua subscrição está confirmada")

    page.get_by_role("link", name="Escolher a sua língua e os seus temas").click()
    expect(page.get_by_label("Eventos")).to_be_checked()
    page.get_by_label("Eventos").uncheck()
    page.get_by_role("button", name="Guardar as minhas preferências").click()
    expect(page.get_by_role("status")).to_have_text("As suas preferências foram guardadas.")
    expect(page.get_by_label("Eventos")).not_to_be_checked()
    expect(page.get_by_label("Notícias")).to_be_checked()

    page.locator("main").get_by_role("link", name="Cancelar a subscrição").click()
    page.locator("main").get_by_role("button", name="Cancelar a subscrição").click()
    expect(page.get_by_role("status")).to_contain_text("cancelou a subscrição")
    assert page.problems == []
