"""The members section (directory, profiles, open data, the form to join) and the governance page.

The routes are thin: the views in members/views/ do the work. They are imported when a request
comes, not with the models, because they load forms and tasks that loading the models must not.
"""

from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField

from efus_site.core.blocks import BaseStreamBlock
from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import cached
from efus_site.core.i18n import full_urls_in_all_languages
from efus_site.core.models import BasePage
from efus_site.core.models.pages import sitemap_entries

from ..addresses import LEGACY_JOIN, LEGACY_THANKS, join_route, thanks_route
from .authorities import ExcoRole, Kind, MemberAuthority
from .counts import network_figures


class MembersIndexPage(RoutablePageMixin, BasePage):
    """The member directory, with a profile per authority under it and the form to join."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    network_size = models.PositiveIntegerField(
        _("members of the whole network (approx.)"),
        null=True,
        blank=True,
        help_text=_(
            "The network's size as Efus publishes it, members without a profile here included (about 250 in 2024). "
            "Shown beside the number of members listed in the directory, which is counted from the records."
        ),
    )
    join_intro = RichTextField(
        _("text above the application form"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    join_thanks = RichTextField(
        _("text after an application is sent"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    notification_email = models.EmailField(
        _("send applications to"),
        blank=True,
        help_text=_("Staff address told of each new application. Empty: the site's contact address."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("network_size"),
        FieldPanel("join_intro"),
        FieldPanel("join_thanks"),
    ]
    settings_panels = [*BasePage.settings_panels, FieldPanel("notification_email")]
    subpage_types = []
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("members section")

    @path("")
    def directory(self, request):
        """The directory: filters, counts, the map and the list."""
        from ..views import directory

        return directory.directory(self, request)

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        """The open data as CSV."""
        from ..views import directory

        return directory.export_csv(self, request)

    @path("export/json/", name="export_json")
    def export_json(self, request):
        """The open data as JSON."""
        from ..views import directory

        return directory.export_json(self, request)

    @path(join_route, name="join")
    def join(self, request):
        """The application form for authorities that want to join, at its address in the visitor's language."""
        from ..views import join

        return join.join(self, request)

    @path(thanks_route, name="join_thanks")
    def join_thanks_view(self, request):
        """Confirmation once an application is sent."""
        from ..views import join

        return join.join_thanks(self, request)

    @path(LEGACY_JOIN, name="legacy_join")
    def legacy_join(self, request):
        """The form's first, English address in another language: moved to the translated one."""
        from ..views import join

        return join.legacy(self, request, "join")

    @path(LEGACY_THANKS, name="legacy_join_thanks")
    def legacy_join_thanks(self, request):
        """The confirmation's first, English address in another language."""
        from ..views import join

        return join.legacy(self, request, "join_thanks")

    @path("<slug:slug>/", name="profile")
    def profile(self, request, slug):
        """One authority's public profile."""
        from ..views import directory

        return directory.profile(self, request, slug)

    def get_sitemap_urls(self, request=None):
        """The directory and every member's profile, in each language."""
        lastmod = self.last_published_at or self.latest_revision_created_at
        locations = full_urls_in_all_languages(self, request)
        entries = sitemap_entries(locations, lastmod)
        for slug in MemberAuthority.objects.current().order_by("sort_name").values_list("slug", flat=True):
            entries += sitemap_entries(locations, lastmod, suffix=f"{slug}/")
        return entries


def members_index():
    """The live members section, if there is one (cached: the home page links to it on every render)."""
    return cached("members:index-page", lambda: MembersIndexPage.objects.live().first())


def governance_records(year):
    """The year's Executive Committee seats and the national forums with their members, A–Z."""
    seats = list(MemberAuthority.objects.on_executive_committee(year).exclude(kind=Kind.FORUM).order_by("sort_name"))
    forums = MemberAuthority.objects.current().filter(kind=Kind.FORUM).order_by("sort_name")
    forums = forums.prefetch_related(
        Prefetch("forum_members", MemberAuthority.objects.current().order_by("sort_name"), to_attr="members")
    )
    return seats, list(forums)


class GovernancePage(BasePage):
    """Who runs Efus, read from the member records: President, Executive Committee, forums, Assembly."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("text before the lists"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("governance page")

    def get_context(self, request, *args, **kwargs):
        """The bodies, each from the member records, in a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        year = timezone.localdate().year
        # A–Z differs by language and seats by year; any change to the records starts a new generation.
        seats, forums = cached(f"members:governance:{get_language()}:{year}", lambda: governance_records(year))
        context.update(
            president=[seat for seat in seats if seat.exco_role == ExcoRole.PRESIDENT],
            vice_presidents=[seat for seat in seats if seat.exco_role == ExcoRole.VICE_PRESIDENT],
            treasurers=[seat for seat in seats if seat.exco_role == ExcoRole.TREASURER],
            committee=seats,
            forums=forums,
            members_page=members_index(),
            year=year,
        )
        context["network"] = network_figures(context["members_page"].network_size if context["members_page"] else None)
        # Each seat links to its profile: the section's address is worked out once, not once a seat.
        context["members_url"] = context["members_page"].get_url(request) if context["members_page"] else ""
        return context
