"""The main journeys, in a real browser against a real server."""

import json
import re
from pathlib import Path

import pytest
from icalendar import Calendar
from playwright.sync_api import expect

from efus_site.core.demo.loader import read_data
from members.demo.loader import DATA as MEMBERS_DATA
from press.demo.loader import DATA as PRESS_DATA
from tests.browser.conftest import MAIL_DIR, STAFF, run_on_live_site

# One worker of a parallel run serves the demo site to the browser, once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

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
    page.fill("input[name=login]", STAFF[0])
    page.fill("input[name=password]", STAFF[1])
    page.get_by_role("button", name=re.compile("Log in")).click()
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
    page.locator("main").get_by_label("E-mail").fill("camille.martin@")
    page.locator("main").get_by_label("E-mail").press("Enter")  # submits the form from the keyboard
    summary = page.locator("#form-errors")
    expect(summary).to_contain_text("Veuillez corriger")
    expect(page.get_by_label("Nom de la collectivité")).to_have_value("Ville de Lyon")

    page.get_by_label("Type").select_option("city")
    page.get_by_label("Pays").select_option("FR")
    page.get_by_label("Personne à contacter").fill("Camille Martin")
    page.get_by_label("Fonction").fill("Chargée de prévention")
    page.locator("main").get_by_label("E-mail").fill("camille.martin@example.org")
    consent = page.locator("main").get_by_role("checkbox")
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


def _translate_xliff(data):
    """Play the translator: every target becomes its source with each word reversed, tags kept."""
    import copy

    from lxml import etree

    root = etree.fromstring(data)
    ns = {"x": etree.QName(root).namespace}
    for segment in root.iterfind(".//x:segment", ns):
        source = segment.find("x:source", ns)
        old = segment.find("x:target", ns)
        if old is not None:
            segment.remove(old)
        target = copy.deepcopy(source)
        target.tag = f"{{{ns['x']}}}target"
        target.tail = None
        for node in target.iter():
            node.text = node.text and re.sub(r"\w+", lambda m: m.group()[::-1], node.text)
            if node is not target:
                node.tail = node.tail and re.sub(r"\w+", lambda m: m.group()[::-1], node.tail)
        segment.append(target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def test_translator_exports_a_page_as_xliff_imports_it_translated_and_sees_it_complete(page):
    log_in_as_staff(page)
    page.goto("/admin/translations/?type=core.standardpage")
    page.get_by_label(f"Select {ABOUT_EN}", exact=True).check()
    page.get_by_label("Language of the file").select_option("it")
    page.get_by_label("File format").select_option("xliff20")
    with page.expect_download() as download:
        page.get_by_role("button", name="Export file").click()
    data = Path(download.value.path()).read_bytes()
    assert b'trgLang="it"' in data

    page.goto("/admin/translations/import/")
    page.get_by_label("Translated file").set_input_files(
        {"name": "about-it.xlf", "mimeType": "application/xliff+xml", "buffer": _translate_xliff(data)}
    )
    page.get_by_label("Language of the translation").select_option("it")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page).to_have_url(re.compile(r"/admin/translations/$"))
    expect(page.locator(".messages")).to_contain_text("Imported into 1 page or snippet")

    page.goto("/admin/translations/?type=core.standardpage&language=it&state=complete")
    row = page.locator("tr", has=page.get_by_role("link", name=ABOUT_EN, exact=True))
    expect(row.locator("td[data-language=it]")).to_have_text("Complete")


def test_a_french_city_shares_an_initiative_in_two_steps_by_keyboard(page, tmp_path):
    """Step 1 by Tab and typing, step 2 with mistakes corrected, a file kept across them, then sent."""
    page.goto("/fr/covid-19/share/")
    authority = page.get_by_label("Votre collectivité")
    authority.focus()
    page.keyboard.type("Liège")
    for field, text in (("#id_contact_name", "Jeanne Dupont"), ("#id_role", "Coordinatrice"), ("#id_email", "")):
        while not page.locator(field).evaluate("element => element === document.activeElement"):
            page.keyboard.press("Tab")
        page.keyboard.type(text)
    page.keyboard.type("jeanne@liege.example")
    consent = page.get_by_role("checkbox", name=re.compile("J’ai lu la politique"))
    while not consent.evaluate("element => element === document.activeElement"):
        page.keyboard.press("Tab")
    page.keyboard.press("Space")
    expect(consent).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Enregistrer et passer à l’étape 2")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page).to_have_url(re.compile(r"/fr/covid-19/share/[\w-]+/[\w-]+/[\w-]+/\?new=1$"))
    expect(page.get_by_role("status")).to_contain_text("jeanne@liege.example")
    page.get_by_label("Titre").focus()
    page.keyboard.type("Des colis pour les étudiants isolés")
    theme = page.get_by_role("checkbox", name="Jeunesse")
    theme.focus()
    page.keyboard.press("Space")
    page.get_by_label("Description").focus()
    page.keyboard.type("Chaque semaine, des colis ont été livrés dans les résidences universitaires.")
    # Date fields are the browser's own widget, whose parts depend on its locale: set them whole.
    page.get_by_label("Date de début").fill("2020-04-15")
    page.get_by_label("Date de fin").fill("2020-03-01")  # before the start: refused
    leaflet = tmp_path / "affiche.pdf"
    leaflet.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.get_by_label("Pièces jointes").set_input_files(str(leaflet))
    page.get_by_role("button", name="Envoyer à l’Efus pour relecture").press("Enter")

    summary = page.locator("#form-errors")
    expect(summary).to_contain_text("Veuillez corriger les 2 erreurs")
    expect(page.get_by_label("Titre")).to_have_value("Des colis pour les étudiants isolés")
    expect(theme).to_be_checked()
    expect(page.get_by_text("Retirer affiche.pdf")).to_be_visible()
    summary.get_by_role("link").first.press("Enter")
    page.get_by_label("Résumé").focus()
    page.keyboard.type("La ville a livré des colis alimentaires aux étudiants restés seuls.")
    page.get_by_label("Date de fin").fill("2020-06-30")
    page.get_by_role("button", name="Envoyer à l’Efus pour relecture").press("Enter")
    expect(page.locator("#form-errors")).to_have_count(0)
    expect(page).to_have_url(re.compile(r"/fr/covid-19/share/sent/(#.*)?$"))
    expect(page.locator("h1")).to_have_text("Initiative envoyée")


def test_participant_registers_for_a_workshop_in_spanish_gets_the_ics_and_cancels_from_the_link(page):
    # Staff open the 2024 edition's registration in the admin (the demo keeps the past edition closed).
    log_in_as_staff(page)
    page.goto("/admin/pages/search/?q=Brussels+2024")
    page.get_by_role("link", name="Brussels 2024", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    page.locator("input[name=registration_open]").check()
    page.locator("footer").get_by_role("button", name="More actions").click()
    page.locator("footer").get_by_role("button", name="Publish").click()
    expect(page.locator(".messages")).to_contain_text("published")
    page.context.clear_cookies()  # the participant is not logged in

    page.goto("/es/conferencias/brussels-2024/")
    page.get_by_role("link", name="Inscribirse").first.click()
    expect(page).to_have_url(re.compile(r"/es/conferencias/brussels-2024/register/$"))
    page.locator("input[name=name]").fill("Lucía Pérez")
    page.locator("input[name=organisation]").fill("Ayuntamiento de Zaragoza")
    page.locator("main input[name=email]").fill("lucia.perez@example.org")
    page.locator("select[name=country]").select_option("ES")
    page.get_by_label(re.compile("Las drogas en el espacio público")).check()
    # A second workshop at the same time is refused, and nothing typed is lost.
    page.get_by_label(re.compile("Noches más seguras")).check()
    page.locator("main input[name=consent]").check()
    page.get_by_role("button", name="Inscribirse").click()
    expect(page.locator("#form-errors")).to_contain_text("a la misma hora")
    expect(page.locator("input[name=name]")).to_have_value("Lucía Pérez")
    page.get_by_label(re.compile("Noches más seguras")).uncheck()
    page.locator("main input[name=consent]").check()
    page.get_by_role("button", name="Inscribirse").click()
    expect(page).to_have_url(re.compile(r"/register/sent/$"))
    expect(page.locator("h1")).to_have_text("Ya está inscrito")

    # The confirmation as it was sent: in Spanish, with the .ics and the link to change or cancel.
    email = json.loads(
        run_on_live_site(
            "import json; from django.core import mail; from conferences import notifications; "
            "from conferences.models import Registration; "
            "r = Registration.objects.get(email='lucia.perez@example.org'); notifications.confirm(r.pk); "
            "m = mail.outbox[-1]; ics = m.attachments[0][1]; "  # text/calendar comes back as text
            "print(json.dumps({'subject': m.subject, 'body': m.body, 'ics': ics}))"
        )
    )
    assert email["subject"].startswith("Su inscripción:")
    summaries = [str(item["summary"]) for item in Calendar.from_ical(email["ics"]).walk("VEVENT")]
    assert "Las drogas en el espacio público" in summaries
    link = re.search(r"https?://[^/\s]+(/es/\S+/registration/\S+/)", email["body"]).group(1)

    page.goto(link)
    expect(page.locator("h1")).to_have_text("Su inscripción")
    page.get_by_role("button", name="Cancelar mi inscripción").click()
    expect(page.get_by_role("status")).to_contain_text("Su inscripción está cancelada")


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
    expect(page).to_have_url(re.compile(r"/pt/boletim/obrigado/$"))
    expect(page.locator("h1")).to_have_text("Verifique a sua caixa de correio")

    email = ""
    for _ in range(50):
        email = _newest_mail_to("ana.silva@example.org")
        if email:
            break
        page.wait_for_timeout(100)
    assert "Para confirmar, abra esta ligação nos próximos sete dias" in email
    link = re.search(r"http://\S+(/pt/boletim/confirmar/\S+/)", email).group(1)
    page.goto(link)
    page.get_by_role("button", name="Confirmar a minha subscrição").click()
    expect(page.get_by_role("status")).to_contain_text("A sua subscrição está confirmada")

    page.get_by_role("link", name="Escolher a sua língua e os seus temas").click()
    expect(page).to_have_url(re.compile(r"/pt/boletim/preferencias/\S+/$"))
    expect(page.locator("h1")).to_have_text("As suas preferências da newsletter")
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


def test_visitor_filters_the_projects_by_theme_opens_pactesur_and_follows_a_partner_to_its_history(page):
    page.goto("/en/projects/")
    page.get_by_label("Theme").select_option("public-spaces-and-terrorism")
    page.get_by_role("button", name="Show projects").click()
    expect(page).to_have_url(re.compile(r"/en/projects/\?.*theme=public-spaces-and-terrorism"))
    expect(page.locator(".library__result")).to_contain_text("match these filters")
    # The filtered list is an address that can be shared: opened afresh, it shows the same.
    page.goto(page.url)
    expect(page.get_by_label("Theme")).to_have_value("public-spaces-and-terrorism")
    page.get_by_role("link", name="PACTESUR", exact=True).click()
    expect(page).to_have_url(re.compile(r"/en/projects/pactesur/$"))
    expect(page.locator(".edition__facts")).to_contain_text("Internal Security Fund – Police")
    page.get_by_role("link", name="Nice", exact=True).first.click()
    expect(page).to_have_url(re.compile(r"/en/members/nice/$"))
    expect(page.locator("#hosted-conferences-title")).to_have_text("Conferences hosted")
    expect(page.locator("main")).to_contain_text("PACTESUR – Lead partner")
    expect(page.locator("main")).to_contain_text("Brussels Declaration on safer and more inclusive public spaces")
    expect(page.locator("main")).to_contain_text("Security, Democracy and Cities Declaration (Nice, 2021)")
    page.get_by_role("link", name="Brussels Declaration on safer and more inclusive public spaces").click()
    expect(page.locator(".signatories__count")).to_have_text("10 signatories to date.")
    assert page.problems == []


def _totp_code(secret):
    import time

    from allauth.mfa.totp.internal.auth import hotp_value

    return f"{hotp_value(secret, int(time.time()) // 30):06d}"


def test_invited_member_sets_a_password_turns_on_two_factor_reads_a_members_file_replies_and_a_follower_hears(
    page, network_member
):
    token = run_on_live_site(
        "from members.models import MemberAuthority\n"
        "from members.network.models import Invitation\n"
        "i = Invitation.objects.create(email='irene.invited@example.org', name='Irène Invited', "
        "authority=MemberAuthority.objects.get(slug='nice'))\n"
        "print(i.token())"
    ).strip()
    # The invitation: a name and a password, and the member arrives on the dashboard.
    page.goto(f"/en/network/invitation/{token}/")
    expect(page.locator("#id_name")).to_have_value("Irène Invited")
    page.locator("#id_password1").fill("a-fine-password-for-irene")
    page.locator("#id_password2").fill("a-fine-password-for-irene")
    page.get_by_role("button", name="Create my account").click()
    expect(page).to_have_url(re.compile(r"/en/network/$"))
    expect(page.locator("h1")).to_have_text("Welcome, Irène Invited")

    # Two-factor: the password again, then the code of the authenticator app for the secret shown.
    page.goto("/en/accounts/2fa/totp/activate/")
    page.locator("input[name=password]").fill("a-fine-password-for-irene")
    page.locator("main form button[type=submit]").click()
    secret = page.locator("#authenticator_secret").input_value()
    expect(page.locator("img.account-page__qr")).to_have_attribute("src", re.compile(r"^data:image/svg\+xml"))
    page.locator("input[name=code]").fill(_totp_code(secret))
    page.locator("main form button[type=submit]").click()
    page.goto("/en/accounts/2fa/recovery-codes/")
    recovery_code = page.locator("#recovery_codes").input_value().split()[0]

    # Log out, log in: the password, then a second factor (a recovery code: the app's code is used up).
    page.goto("/en/accounts/logout/")
    page.locator("main form button[type=submit]").click()
    page.goto("/en/network/")
    expect(page).to_have_url(re.compile(r"/en/accounts/login/\?next="))
    page.fill("input[name=login]", "irene.invited@example.org")
    page.fill("input[name=password]", "a-fine-password-for-irene")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/accounts/2fa/authenticate/"))
    page.locator("input[name=code]").fill(recovery_code)
    page.get_by_role("button", name="Sign In").click()
    expect(page).not_to_have_url(re.compile(r"/accounts/(login|2fa)/"))
    document = page.context.request.get("/en/resources/pactesur-final-report/files/en/", max_redirects=0)
    assert document.status == 200
    assert document.headers["content-type"] == "application/pdf"
    assert "private" in document.headers["cache-control"]

    # A reply in a thread, then a question in Nightlife, which a demo member follows.
    page.goto("/en/network/exchange/")
    page.get_by_role("link", name=re.compile("night mediators")).first.click()
    page.locator("#id_body").fill("Nice tried mediators with the venues' charter too.")
    page.get_by_role("button", name="Reply", exact=True).click()
    expect(page.locator("#replies")).to_contain_text("Nice tried mediators with the venues' charter too.")
    page.goto("/en/network/exchange/new/")
    page.get_by_role("radio", name="Request for experience").check()
    page.locator("#id_title").fill("Closing times for late-night shops: what worked?")
    page.get_by_role("checkbox", name="Nightlife").check()
    page.locator("#id_body").fill("Our council debates earlier closing times.\n\n- Did it reduce noise complaints?")
    page.get_by_role("button", name="Publish").click()
    expect(page.locator("h1")).to_have_text("Closing times for late-night shops: what worked?")
    emails = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in MAIL_DIR.glob("*.log")
        if "Closing times for late-night shops" in path.read_text(encoding="utf-8", errors="replace")
    ]
    to_follower = [text for text in emails if "To: demo.person1@example.org" in text]
    assert len(to_follower) == 1
    assert "Subject: New on Efus Network: Closing times for late-night shops: what worked?" in to_follower[0]


def test_staff_watch_a_send_progress_without_reloading_the_page(page):
    """The sending screen's figures follow the deliveries as a worker marks them, then the finished state shows."""
    ids = json.loads(
        run_on_live_site(
            "import json; from django.utils import timezone; "
            "from efus_site.newsletter.factories import SubscriberFactory; "
            "from efus_site.newsletter.models import Delivery, Mailing, NewsletterIssuePage; "
            "issue = NewsletterIssuePage.objects.live().first(); "
            "Mailing.objects.filter(issue=issue).delete(); "
            "m = Mailing.objects.create(issue=issue, status='sending', send_at=timezone.now()); "
            "subs = [SubscriberFactory(email=f'watch{n}@example.org', language='fr') for n in range(3)]; "
            "[Delivery.objects.create(issue=issue, subscriber=s, language='fr') for s in subs]; "
            "print(json.dumps({'issue': issue.pk, 'mailing': m.pk}))"
        )
        .strip()
        .splitlines()[-1]
    )
    log_in_as_staff(page)
    page.goto(f"/admin/newsletter/issue/{ids['issue']}/")
    pending, sent = page.locator('[data-count="fr pending"]'), page.locator('[data-count="fr sent"]')
    expect(pending).to_have_text("3")
    expect(sent).to_have_text("0")
    url = page.url
    run_on_live_site(
        "from efus_site.newsletter.models import Delivery; "
        f"Delivery.objects.filter(issue_id={ids['issue']}, subscriber__email__in=['watch0@example.org', "
        "'watch1@example.org']).update(status='sent')"
    )
    expect(sent).to_have_text("2", timeout=10_000)
    expect(pending).to_have_text("1")
    assert page.url == url
    expect(page.locator("[data-progress-refresh]")).to_be_hidden()
    run_on_live_site(
        "from efus_site.newsletter.models import Delivery, Mailing; "
        f"Delivery.objects.filter(issue_id={ids['issue']}).update(status='sent'); "
        f"Mailing.objects.filter(pk={ids['mailing']}).update(status='done')"
    )
    expect(page.locator("p[role=status]")).to_have_text("Status: Done.", timeout=10_000)
    expect(page.locator('[data-count="fr sent"]')).to_have_text("3")
    run_on_live_site(
        "from efus_site.newsletter.models import Mailing, Subscriber; "
        f"Mailing.objects.filter(pk={ids['mailing']}).delete(); "
        "Subscriber.objects.filter(email__startswith='watch').delete()"
    )
    assert page.problems == []
