"""Demo content of the press room: the press room page, its kit, the shared texts and the releases."""

import datetime
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model

from efus_site.core.demo.loader import read_data, stream_in, translated
from efus_site.core.demo_images import draw_city_pattern
from efus_site.core.models import MainMenuItem, NavigationSettings, Theme
from efus_site.core.pdf import minimal_pdf

from ..models import (
    PressBoilerplate,
    PressContact,
    PressIndexPage,
    PressKitItem,
    PressReleaseAttachment,
    PressReleasePage,
)

DATA = Path(__file__).with_name("data")
#: The demo's documents are stored under file names starting with this, so a reset can find them.
DEMO_FILE_PREFIX = "demo-press-"
LOGO_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80" role="img" aria-label="Efus">'
    '<rect width="240" height="80" fill="#00467f"/>'
    '<text x="120" y="54" font-family="sans-serif" font-size="40" font-weight="700" fill="#fff" '
    'text-anchor="middle">Efus</text></svg>'
)


def load(home, about, log):
    """Create what is missing: the shared texts, the press room with its kit, and the releases."""
    created = _shared_texts()
    index = PressIndexPage.objects.first()
    if index is None:
        index = _press_page(home)
        created += 1
        log(f"Created {index.url_path}")
        navigation = NavigationSettings.for_site(home.get_site())
        MainMenuItem.objects.create(setting=navigation, page=index, sort_order=navigation.main_menu_items.count())
    created += _releases(index, log)
    # The home page's "Latest news" come from the press room.
    home.refresh_from_db()
    if home.news_source_id is None:
        home.news_source = index
        home.save_revision().publish()
    return created


def _document(title, filename, content):
    """A demo document, created once per title."""
    document_model = get_document_model()
    document = document_model.objects.filter(title=title, file__contains=DEMO_FILE_PREFIX).first()
    if document is None:
        # Sized now, as the admin's upload does: otherwise the first page showing it would save it.
        document = document_model(
            title=title, file=ContentFile(content, name=DEMO_FILE_PREFIX + filename), file_size=len(content)
        )
        document.save()
    return document


def _shared_texts():
    data = read_data("press-page", DATA)
    created = 0
    if not PressBoilerplate.objects.exists():
        PressBoilerplate.objects.create(
            **translated("heading", data["boilerplate"]["heading"]), **translated("text", data["boilerplate"]["text"])
        )
        created += 1
    if not PressContact.objects.exists():
        for order, contact in enumerate(data["contacts"]):
            PressContact.objects.create(
                name=contact["name"],
                email=contact["email"],
                phone=contact["phone"],
                sort_order=order,
                **translated("role", contact["role"]),
            )
            created += 1
    return created


def _press_page(home):
    data = read_data("press-page", DATA)
    index = PressIndexPage(
        **translated("title", data["title"]),
        **translated("slug", data["slug"]),
        **translated("intro", data["intro"]),
        **translated("listing_summary", data["intro"]),
        **translated("kit_intro", data["kit_intro"]),
    )
    boilerplate = data["boilerplate"]["text"]["en"]
    index.kit_items = [
        PressKitItem(
            document=_document("Efus logo", "efus-logo.svg", LOGO_SVG.encode()), caption_en="SVG, for screen and print"
        ),
        PressKitItem(
            document=_document("Photo – a European city square", "efus-city-square.jpg", draw_city_pattern(7)),
            caption_en="Illustration, free to use with the credit “Efus”",
        ),
        PressKitItem(document=_document("About Efus (text)", "about-efus.txt", boilerplate.encode())),
    ]
    home.add_child(instance=index)
    index.save_revision().publish()
    return index


def _release_data():
    """The two releases in six languages and the archive in English and French, oldest first."""
    releases = read_data("releases", DATA)
    for release in read_data("archive", DATA):
        release["slug"] = {code: slugify(title) for code, title in release["title"].items()}
        releases.append(release)
    return sorted(releases, key=lambda release: release["date"])


def _releases(index, log):
    existing = set(PressReleasePage.objects.values_list("slug_en", flat=True))
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    created = 0
    for data in _release_data():
        if data["slug"]["en"] in existing:
            continue
        page = PressReleasePage(
            date=data["date"],
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("dateline", data["dateline"]),
            **translated("standfirst", data["standfirst"]),
        )
        for code in data["slug"]:
            setattr(page, f"body_{code}", stream_in(data.get("body", []), code))
        page.themes = [themes[slug] for slug in data.get("themes", []) if slug in themes]
        if data.get("attachment"):
            document = _document(
                data["attachment"],
                f"{data['slug']['en']}.pdf",
                minimal_pdf(data["attachment"], [data["title"]["en"][:90], "Efus - European Forum for Urban Security"]),
            )
            page.attachments = [PressReleaseAttachment(document=document)]
        # Published on its date, so "newest first" follows the releases' own dates everywhere.
        page.first_published_at = timezone.make_aware(datetime.datetime.combine(data["date"], datetime.time(10)))
        index.add_child(instance=page)
        page.save_revision().publish()
        created += 1
    if created:
        log(f"Created {created} press releases.")
    return created
