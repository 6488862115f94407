"""Build the demo site from the data files in demo/data: idempotent, so a second run adds nothing."""

import io
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail import hooks
from wagtail.models import Page, Site

from ..demo_images import draw_city_pattern
from ..models import (
    CustomImage,
    FooterMenuItem,
    HomePage,
    MainMenuItem,
    NavigationSettings,
    SiteSettings,
    StandardPage,
    Theme,
    ThemesIndexPage,
)

LANGS = [code for code, _name in settings.LANGUAGES]
DEMO_ACCOUNTS = {
    "staff": ("staff@efus.local", "efus-staff-demo"),
    "member": ("member@efus.local", "efus-member-demo"),
}
MEMBERS_GROUP = "Members"
DEMO_IMAGE_PREFIX = "Demo – "
DATA = Path(__file__).with_name("data")


def read_data(name, folder=DATA):
    """A demo data file, name.yaml in folder; the child pages it names are read in their place."""
    data = yaml.safe_load((folder / f"{name}.yaml").read_text(encoding="utf-8"))
    if "children" in data:
        data["children"] = [read_data(child, folder) for child in data["children"]]
    return data


def translated(field, values):
    """Spread {lang: text} over field_en, field_fr...; missing languages stay empty and fall back to English."""
    return {f"{field}_{code}": values[code] for code in LANGS if values.get(code)}


def _pick(values, code):
    """The text of a {lang: text} dict in one language, or a plain string as it is."""
    if isinstance(values, dict):
        return values.get(code, "")
    return values


def _heading(value, code):
    text = _pick(value["text"], code)
    return {"text": text, "level": value.get("level", "h2")} if text else None


def _quote(value, code):
    text = _pick(value["text"], code)
    return (
        {"text": text, "attribution": value.get("attribution", ""), "role": _pick(value.get("role", ""), code)}
        if text
        else None
    )


def _key_figures(value, code):
    items = [{"value": item["value"], "label": _pick(item["label"], code)} for item in value["items"]]
    return {"title": _pick(value.get("title", ""), code), "items": items} if all(i["label"] for i in items) else None


def _accordion(value, code):
    items = [{"heading": _pick(i["heading"], code), "body": _pick(i["body"], code)} for i in value["items"]]
    return {"title": _pick(value.get("title", ""), code), "items": items} if all(i["heading"] for i in items) else None


def _call_to_action(value, code):
    title = _pick(value["title"], code)
    if not title:
        return None
    return {
        "title": title,
        "text": _pick(value.get("text", ""), code),
        "button_label": _pick(value["button"], code),
        "page": None,
        "link": value["url"],
    }


def _table(value, code):
    caption = _pick(value["caption"], code)
    if not caption:
        return None
    rows = [[_pick(cell, code) for cell in row] for row in [value["header"], *value["rows"]]]
    return {
        "table_caption": caption,
        "table_header_choice": "row",
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "data": rows,
    }


BLOCK_BUILDERS = {
    "heading": _heading,
    "paragraph": lambda value, code: _pick(value, code) or None,
    "quote": _quote,
    "key_figures": _key_figures,
    "accordion": _accordion,
    "call_to_action": _call_to_action,
    "table": _table,
}


def stream_in(blocks, code):
    """A demo body, [{block type: value}...], as StreamField JSON in one language, leaving out blocks with no text."""
    stream = []
    for block in blocks:
        [(block_type, value)] = block.items()
        built = BLOCK_BUILDERS[block_type](value, code)
        if built:
            stream.append({"type": block_type, "value": built, "id": str(uuid.uuid4())})
    return stream


class DemoLoader:
    """Creates what is missing of the demo site and leaves what exists untouched."""

    def __init__(self, stdout=None):
        self.stdout = stdout
        self.created = 0

    def log(self, message):
        if self.stdout:
            self.stdout.write(message)

    @transaction.atomic
    def run(self, reset=False, with_accounts=False):
        """Load everything; return how many objects were created."""
        if reset:
            self.reset()
        demo = read_data("site")
        home = self.home_page()
        about = self.page_tree(home, read_data("about"), seed=10)
        legal = [self.page_tree(home, read_data(name), seed=90 + index) for index, name in enumerate(demo["legal"])]
        site = home.get_site()
        self.join_link(home, about)
        self.navigation(site, about, legal)
        self.site_settings(site, demo["settings"])
        self.themes(home, read_data("themes"))
        # Feature apps add their demo content (members, press...) by hook: the core imports none of them.
        for load in hooks.get_hooks("load_demo_content"):
            self.created += load(home=home, about=about, log=self.log)
        if with_accounts:
            self.accounts()
        return self.created

    def reset(self):
        """Remove the demo tree, images and menus so the next steps rebuild them."""
        for home in HomePage.objects.all():
            home.delete()
        for reset in hooks.get_hooks("reset_demo_content"):
            reset()
        CustomImage.objects.filter(title__startswith=DEMO_IMAGE_PREFIX).delete()
        Theme.objects.all().delete()
        NavigationSettings.objects.all().delete()
        self.log("Removed the existing demo content.")

    def image(self, seed, title):
        """A generated, decorative illustration (empty alt text), created once per title."""
        title = DEMO_IMAGE_PREFIX + title
        image = CustomImage.objects.filter(title=title).first()
        if image is None:
            drawing = ImageFile(io.BytesIO(draw_city_pattern(seed)), name=f"demo-{seed}.jpg")
            image = CustomImage(title=title, file=drawing)
            image.save()
            self.created += 1
        return image

    def home_page(self):
        """The home page, made the root of the default site."""
        return HomePage.objects.first() or self._create_home()

    def _create_home(self):
        data = read_data("home")
        hero = self.image(1, "Home")
        home = HomePage(
            slug="home",
            hero_image=hero,
            listing_image=hero,
            **translated("title", data["title"]),
            **translated("hero_title", data["hero_title"]),
            **translated("hero_text", data["hero_text"]),
            **translated("key_figures_title", data["key_figures_title"]),
            **translated("join_title", data["join_title"]),
            **translated("join_text", data["join_text"]),
            **translated("join_button", data["join_button"]),
            **translated("search_description", data["seo_description"]),
        )
        for code in LANGS:
            figures = [
                {
                    "type": "figure",
                    "value": {"value": figure["value"], "label": figure["label"][code]},
                    "id": str(uuid.uuid4()),
                }
                for figure in data["key_figures"]
                if figure["label"].get(code)
            ]
            setattr(home, f"key_figures_{code}", figures)
        root = Page.get_first_root_node()
        # Wagtail's own migrations create a placeholder "Welcome" page and a site for it; the demo
        # home replaces both, the site taking the address of SITE_URL (used by the sitemap and CDN purges).
        Site.objects.filter(root_page__content_type__model="page", root_page__depth=2).delete()
        for placeholder in Page.objects.filter(
            depth=2, content_type__model="page", content_type__app_label="wagtailcore"
        ):
            placeholder.delete()
        root.add_child(instance=home)
        home.save_revision().publish()
        address = urlsplit(settings.SITE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": address.hostname, "port": port, "root_page": home, "site_name": "Efus"},
        )
        self.created += 1
        self.log("Created the home page.")
        return home

    def page_tree(self, parent, data, seed):
        """A standard page and its children, created where missing (matched by English slug)."""
        page = StandardPage.objects.child_of(parent).filter(slug_en=data["slug"]["en"]).first()
        if page is None:
            page = StandardPage(
                listing_image=self.image(seed, data["title"]["en"]),
                show_child_pages=bool(data.get("children")),
                **translated("title", data["title"]),
                **translated("slug", data["slug"]),
                **translated("intro", data["intro"]),
                **translated("listing_summary", data["intro"]),
                **translated("search_description", data.get("seo_description", {})),
            )
            for code in LANGS:
                setattr(page, f"body_{code}", stream_in(data.get("body", []), code))
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.log(f"Created {page.url_path}")
        for index, child in enumerate(data.get("children", []), start=1):
            self.page_tree(page, child, seed=seed * 10 + index)
        return page

    def join_link(self, home, about):
        """Until the membership application form exists, the call to join leads to the contact page."""
        if home.join_page_id is None:
            contact = about.get_children().filter(slug_en="contact").first()
            if contact:
                home.join_page = contact
                home.save_revision().publish()
                self.created += 1

    def navigation(self, site, about, legal):
        """Main menu and footer, filled only when empty so editors' changes survive."""
        navigation = NavigationSettings.for_site(site)
        if not navigation.main_menu_items.exists():
            MainMenuItem.objects.create(setting=navigation, page=about, sort_order=0)
            self.created += 1
        if not navigation.footer_menu_items.exists():
            contact = about.get_children().filter(slug_en="contact")
            for order, page in enumerate([*contact, *legal]):
                FooterMenuItem.objects.create(setting=navigation, page=page, sort_order=order)
                self.created += 1

    def site_settings(self, site, data):
        """Contact details from Efus' published documents."""
        site_settings = SiteSettings.for_site(site)
        if not site_settings.email:
            for name, value in data.items():
                # A translated setting, such as the postal address, is given as {lang: text}.
                for field, text in (translated(name, value) if isinstance(value, dict) else {name: value}).items():
                    setattr(site_settings, field, text)
            site_settings.save()
            self.created += 1

    def themes(self, home, data):
        """Efus' themes (matched by English address) and the themes section that lists them."""
        existing = set(Theme.objects.values_list("slug_en", flat=True))
        for order, theme in enumerate(data["themes"]):
            if theme["slug"]["en"] not in existing:
                Theme.objects.create(
                    sort_order=order,
                    **translated("name", theme["name"]),
                    **translated("slug", theme["slug"]),
                    **translated("description", theme.get("description", {})),
                )
                self.created += 1
        if not ThemesIndexPage.objects.exists():
            page = ThemesIndexPage(
                **translated("title", data["page"]["title"]),
                **translated("slug", data["page"]["slug"]),
                **translated("intro", data["page"]["intro"]),
                **translated("listing_summary", data["page"]["intro"]),
            )
            home.add_child(instance=page)
            page.save_revision().publish()
            self.created += 1
            self.log(f"Created {page.url_path}")

    def accounts(self):
        """A staff account for the admin and a member account, for local use only."""
        user_model = get_user_model()
        email, password = DEMO_ACCOUNTS["staff"]
        if not user_model.objects.filter(username=email).exists():
            user_model.objects.create_superuser(
                username=email, email=email, password=password, first_name="Demo", last_name="Staff"
            )
            self.created += 1
        members, _created = Group.objects.get_or_create(name=MEMBERS_GROUP)
        email, password = DEMO_ACCOUNTS["member"]
        if not user_model.objects.filter(username=email).exists():
            member = user_model.objects.create_user(
                username=email, email=email, password=password, first_name="Demo", last_name="Member"
            )
            member.groups.add(members)
            self.created += 1
