"""Demo content of the resources library: the shared themes, the library and its resources with their files."""

import datetime
from pathlib import Path

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction

from efus_site.core.demo.loader import read_data, translated
from efus_site.core.models import MainMenuItem, NavigationSettings, Theme
from efus_site.core.pdf import minimal_pdf

from ..access import MEMBERS_COLLECTION, MEMBERS_GROUP
from ..models import ResourceFile, ResourceIndexPage, ResourcePage

DATA = Path(__file__).with_name("data")
DEMO_DOCUMENT_PREFIX = "Demo – "


def load(home, about, log):
    """Create what is missing: the members-only collection, the library and its resources."""
    created = 0
    # The core's demo creates Efus' themes before any app's demo loads.
    themes = {theme.slug_en: theme for theme in Theme.objects.all()}
    private = members_collection()
    library = ResourceIndexPage.objects.first()
    if library is None:
        data = read_data("library", DATA)
        library = ResourceIndexPage(
            **translated("title", data["title"]),
            **translated("slug", data["slug"]),
            **translated("intro", data["intro"]),
            **translated("listing_summary", data["intro"]),
        )
        home.add_child(instance=library)
        library.save_revision().publish()
        navigation = NavigationSettings.for_site(home.get_site())
        MainMenuItem.objects.create(setting=navigation, page=library, sort_order=navigation.main_menu_items.count())
        created += 1
        log(f"Created {library.url_path}")
    existing = set(ResourcePage.objects.child_of(library).values_list("slug_en", flat=True))
    resources = [item for item in read_data_list("resources") if item["slug"] not in existing]
    for item in resources:
        _resource(library, item, themes, private)
    if resources:
        log(f"Created {len(resources)} resources.")
    return created + len(resources)


def read_data_list(name):
    import yaml

    return yaml.safe_load((DATA / f"{name}.yaml").read_text(encoding="utf-8"))


def members_collection():
    """The document collection only members may open (Wagtail checks it when serving a document)."""
    collection = Collection.objects.filter(name=MEMBERS_COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=MEMBERS_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.get_or_create(name=MEMBERS_GROUP)[0])
    return collection


def _resource(library, item, themes, private):
    page = ResourcePage(
        slug_en=item["slug"],
        slug=item["slug"],
        resource_type=item["type"],
        date=item["date"] if isinstance(item["date"], datetime.date) else datetime.date.fromisoformat(item["date"]),
        authors=item.get("authors", ""),
        members_only=item.get("members_only", False),
        **translated("title", item["title"]),
        **translated("summary", item["summary"]),
    )
    for code in ("en", "fr"):
        paragraphs = [paragraph[code] for paragraph in item.get("body", []) if paragraph.get(code)]
        setattr(page, f"body_{code}", [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs])
    page.themes = [themes[slug] for slug in item["themes"]]
    for language in item["files"]:
        title = item["title"].get(language) or item["title"]["en"]
        document = Document(title=f"{DEMO_DOCUMENT_PREFIX}{item['slug']} ({language})")
        if page.members_only:
            document.collection = private
        document.file.save(f"{item['slug']}-{language}.pdf", ContentFile(minimal_pdf(title)), save=False)
        document.save()
        page.files.add(ResourceFile(language=language, document=document))
    library.add_child(instance=page)
    page.save_revision().publish()


def reset():
    """What the page tree's reset leaves: the demo documents (their pages go with the tree)."""
    for document in Document.objects.filter(title__startswith=DEMO_DOCUMENT_PREFIX):
        document.file.delete(save=False)
        document.delete()
