"""Page types: the abstract base, the home page, the general content page and the themes section."""

from django.conf import settings
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.search import index
from wagtail.url_routing import RouteResult

from ..blocks import BaseStreamBlock, KeyFigureBlock
from ..cards import CARD_FIELDS, as_cards
from ..generation import cached
from ..i18n import full_urls_in_all_languages
from ..pagination import paginate
from ..preview import LanguagePreviewMixin
from ..routing import all_pages_route_by_default, page_at, public_only, view_restrictions_for
from ..text import folded_in_all_languages, stems_in_all_languages, text_in_language
from .images import CustomImage
from .mixins import TeaserMixin
from .themes import Theme

LISTING_LIMIT = 3
CHILDREN_PER_PAGE = 12


def live_children_for_listing(page, limit):
    """The newest live, public children of a page, ready for cards."""
    return as_cards(public_only(page.get_children().live()).order_by("-first_published_at")[:limit])


SOCIAL_RENDITION = "fill-1200x630"
# Each page type's search_text_fields(), read for every search result shown.
_search_text_fields = {}


def _language_suffixes():
    """ "" and each language's column suffix ("_en", "_fr"…), as wagtail-modeltranslation names them."""
    return ["", *(f"_{code.replace('-', '_')}" for code, _name in settings.LANGUAGES)]


def sitemap_entries(locations, lastmod, suffix=""):
    """Sitemap entries for one address in every language ({code: URL}), each naming the others."""
    locations = {code: url + suffix for code, url in locations.items()}
    alternates = [{"lang_code": code, "location": url} for code, url in locations.items()]
    alternates.append({"lang_code": "x-default", "location": locations[settings.LANGUAGE_CODE]})
    return [{"location": url, "lastmod": lastmod, "alternates": alternates} for url in locations.values()]


class BasePage(LanguagePreviewMixin, TeaserMixin, Page):
    """Abstract base for every public page, previewed in each language."""

    promote_panels = [*Page.promote_panels, *TeaserMixin.teaser_panels]
    #: Image fields the page template shows, with the renditions it asks for: fetched together and cached.
    page_images = {"listing_image": [SOCIAL_RENDITION]}
    #: Fields a card of this page reads (components/card.html, teaser_text): listings load only these.
    card_fields = CARD_FIELDS

    #: True for a page type only members may read: the site search never shows one.
    members_only = False
    #: Fields only members may read: never indexed, never shown in a search excerpt.
    members_only_fields = ()

    class Meta:
        abstract = True

    @classmethod
    def get_search_fields(cls):
        """The model's search fields without its members-only ones, plus every language's text, folded.

        Wagtail indexes a translated field in one language only; these two hold all six, accents
        and case folded, so "liege" finds Liège and a French word finds the page from /fr/.
        """
        private = {f"{name}{suffix}" for name in cls.members_only_fields for suffix in _language_suffixes()}
        fields = [field for field in super().get_search_fields() if field.field_name not in private]
        return [
            *fields,
            index.SearchField("search_index_title", boost=3),
            index.SearchField("search_index_text"),
            index.SearchField("search_index_stems"),
        ]

    @classmethod
    def search_text_fields(cls):
        """The public fields whose text the search indexes and quotes in its excerpts (worked out once per type)."""
        if cls not in _search_text_fields:
            _search_text_fields[cls] = cls._public_text_fields()
        return _search_text_fields[cls]

    @classmethod
    def _public_text_fields(cls):
        names = ["listing_summary", "search_description"]
        # wagtail-modeltranslation adds each language's column (body_fr…): the base name reads them all.
        translated = {f"{name}{suffix}" for name in names for suffix in _language_suffixes()[1:]}
        for field in super().get_search_fields():
            name = field.field_name
            if isinstance(field, index.SearchField) and name not in ("title", *names, *cls.members_only_fields):
                translated |= {f"{name}{suffix}" for suffix in _language_suffixes()[1:]}
                names.append(name)
        names = [name for name in names if name not in translated and not name.startswith("title_")]
        return [name for name in dict.fromkeys(names) if not callable(getattr(cls, name, None))]

    def search_index_title(self):
        """The title in every language, folded."""
        return folded_in_all_languages(self, ["title"])

    def search_index_text(self):
        """The public text in every language, folded."""
        return folded_in_all_languages(self, self.search_text_fields())

    def search_index_stems(self):
        """The title's and text's stems, each language's by its own stemmer: "villes" finds "ville"."""
        return stems_in_all_languages(self, ["title", *self.search_text_fields()])

    def search_excerpt_text(self, code):
        """The public text in one language, for the search's excerpt."""
        return text_in_language(self, self.search_text_fields(), code)

    def get_context(self, request, *args, **kwargs):
        """Attach the page's own images with their renditions, from the generation's cache."""
        context = super().get_context(request, *args, **kwargs)
        wanted = {getattr(self, f"{field}_id") for field in self.page_images} - {None}
        if wanted:
            images = cached(f"core:page-images:{self.pk}:{sorted(wanted)}", lambda: self._fetch_page_images(wanted))
            for field in self.page_images:
                setattr(self, field, images.get(getattr(self, f"{field}_id")))
        return context

    def _fetch_page_images(self, wanted):
        """The wanted images by id, each carrying the renditions its fields ask for (made now if missing)."""
        filters = sorted({spec for specs in self.page_images.values() for spec in specs})
        images = CustomImage.objects.filter(id__in=wanted).prefetch_renditions(*filters).in_bulk()
        for field, specs in self.page_images.items():
            image = images.get(getattr(self, f"{field}_id"))
            for spec in specs if image else []:
                # Made now, a rendition joins the prefetched ones the cache keeps.
                image.get_rendition(spec)
        return images

    def get_url_parts(self, request=None):
        """Wagtail's (site id, root URL, path); in development the root URL is the request's own.

        The demo site's address is SITE_URL's, port 8000: served on another (`make run PORT=8001`),
        the sitemap and other full addresses would point at the wrong one.
        """
        parts = super().get_url_parts(request)
        if settings.DEBUG and request is not None and parts and parts[1]:
            site = Site.find_for_request(request)
            if site is not None and site.pk == parts[0]:
                parts = (parts[0], f"{request.scheme}://{request.get_host()}", parts[2])
        return parts

    def get_sitemap_urls(self, request=None):
        """One sitemap entry per language, each naming the others as alternates."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        return sitemap_entries(full_urls_in_all_languages(self, request), lastmod)

    def get_view_restrictions(self):
        """The restrictions on this page and its ancestors (a QuerySet, as the admin expects).

        The cached list says which apply, so a page without any costs no query at all.
        """
        restriction_ids = view_restrictions_for(self)
        if restriction_ids is None:
            return super().get_view_restrictions()
        if not restriction_ids:
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(pk__in=restriction_ids)

    def get_home_items(self, limit=LISTING_LIMIT):
        """Pages to feature on the home page when this page is chosen as a source."""
        return live_children_for_listing(self, limit)


class HomePage(BasePage):
    """The site's front page: who Efus is, key figures, what is new, and an invitation to join."""

    hero_title = models.CharField(_("hero title"), max_length=120)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=400)
    hero_image = models.ForeignKey(
        "core.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_figures_title = models.CharField(_("key figures title"), max_length=120, blank=True)
    key_figures = StreamField([("figure", KeyFigureBlock())], verbose_name=_("key figures"), blank=True, max_num=6)
    news_source = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("latest news from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The section whose newest pages appear under “Latest news”."),
    )
    events_source = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("upcoming events from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The section whose coming events appear under “Upcoming events”."),
    )
    join_title = models.CharField(_("join title"), max_length=120, blank=True)
    join_text = models.TextField(_("join text"), blank=True, max_length=400)
    join_button = models.CharField(_("join button label"), max_length=60, blank=True)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("join page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("more content"), blank=True)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_title"), FieldPanel("hero_text"), FieldPanel("hero_image")], heading=_("Hero")
        ),
        MultiFieldPanel([FieldPanel("key_figures_title"), FieldPanel("key_figures")], heading=_("Key figures")),
        MultiFieldPanel(
            [PageChooserPanel("news_source"), PageChooserPanel("events_source")], heading=_("News and events")
        ),
        MultiFieldPanel(
            [
                FieldPanel("join_title"),
                FieldPanel("join_text"),
                FieldPanel("join_button"),
                PageChooserPanel("join_page"),
            ],
            heading=_("Call to join"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("hero_text"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    page_images = {"hero_image": ["fill-960x640"], "listing_image": [SOCIAL_RENDITION]}

    class Meta:
        verbose_name = _("home page")

    def route_by_address(self, request, path_components):
        """Find the page by its address in one query, instead of loading every child at every level.

        Installed as HomePage.route by CoreConfig.ready(), after modeltranslation has put its own
        route() on every translated page model; that one remains the fallback.
        """
        if path_components and all_pages_route_by_default():
            found = page_at(self, path_components)
            if found is not None:
                page, remaining = found
                if isinstance(page, RoutablePageMixin):
                    return page.route(request, remaining)
                if not remaining:
                    if page.live:
                        return RouteResult(page)
                    raise Http404
        return Page.route(self, request, path_components)

    def get_context(self, request, *args, **kwargs):
        """Add the latest news and upcoming events from the chosen sections, and what feature apps add."""
        context = super().get_context(request, *args, **kwargs)
        context["news_section"], context["latest_news"] = self._items_from(self.news_source_id)
        context["events_section"], context["upcoming_events"] = self._items_from(self.events_source_id)
        # Feature apps stand on the core, which imports none of them: they add to the page by hook.
        for extend in hooks.get_hooks("extend_home_page_context"):
            extend(request, context)
        return context

    @staticmethod
    def _items_from(source_id):
        """The chosen section (for its link) and its home items, cached per generation like every listing."""

        def items():
            source = Page.objects.filter(pk=source_id, live=True).first()
            return (source, source.specific.get_home_items()) if source else (None, [])

        return cached(f"core:home-items:{source_id}", items) if source_id else (None, [])


class StandardPage(BasePage):
    """A general content page (who we are, governance, services, statutes...)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    show_child_pages = models.BooleanField(
        _("list subpages"), default=False, help_text=_("Show the subpages as cards below the body.")
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("show_child_pages")]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        """Add the subpages when the editor asked for them."""
        context = super().get_context(request, *args, **kwargs)
        if self.show_child_pages:
            # The cards are cached per generation (any publish starts a new one), the HTML is not.
            key = f"core:children:{self.pk}"
            children = public_only(self.get_children().live())
            page = paginate(request, children, CHILDREN_PER_PAGE, count=cached(f"{key}:count", children.count))
            page.object_list = cached(f"{key}:{page.number}", lambda: as_cards(page.object_list))
            context["child_pages"] = page
        return context


class ThemesIndexPage(RoutablePageMixin, BasePage):
    """Efus' themes (/en/themes/), with a page per theme listing everything on it across page types."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("themes section")

    @path("")
    def themes_index(self, request):
        """Every theme."""
        from ..theme_views import themes_index

        return themes_index(self, request)

    @path("<slug:slug>/", name="theme")
    def theme(self, request, slug):
        """Everything on one theme, newest first."""
        from ..theme_views import theme

        return theme(self, request, slug)

    def get_sitemap_urls(self, request=None):
        """The list of themes and each theme's page, in every language at that language's address."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        locations = full_urls_in_all_languages(self, request)
        entries = sitemap_entries(locations, lastmod)
        for theme in Theme.objects.all():
            entries += sitemap_entries(
                {code: f"{url}{theme.slug_in(code)}/" for code, url in locations.items()}, lastmod
            )
        return entries


def themes_page():
    """The live themes section, if there is one (cached: pages on themes link to it)."""
    return cached("core:themes-page", lambda: ThemesIndexPage.objects.live().first())
