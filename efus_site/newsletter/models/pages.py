"""The newsletter section (the subscription form and the signed-link pages) and its issues.

The routes are thin: the views in views.py do the work. They are imported when a request comes, not
with the models, because they load forms and tasks that loading the models must not.
"""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page

from efus_site.core.cards import CARD_FIELDS
from efus_site.core.generation import track_content
from efus_site.core.models import BasePage

from .. import addresses
from .subscribers import ALL_TOPICS, Topic

SUGGESTION_DAYS = 31
MAX_SUGGESTIONS = 20


class NewsletterPage(RoutablePageMixin, BasePage):
    """The newsletter: the form to subscribe, the pages its signed links lead to, and past issues."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    subpage_types = ["newsletter.NewsletterIssuePage"]
    max_count = 1
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("newsletter section")

    @path("")
    def subscribe(self, request):
        """The subscription form, and the past issues."""
        from .. import views

        return views.subscribe(self, request)

    @path(addresses.pattern("thanks"), name="thanks")
    def thanks(self, request):
        """After subscribing: check your inbox."""
        from .. import views

        return views.thanks(self, request)

    @path(addresses.pattern("confirm"), name="confirm")
    def confirm(self, request, token):
        """The link in the confirmation email."""
        from .. import views

        return views.confirm(self, request, token)

    @path(addresses.pattern("preferences"), name="preferences")
    def preferences(self, request, token):
        """Language, topics and pause, from a signed link."""
        from .. import views

        return views.preferences(self, request, token)

    @path(addresses.pattern("unsubscribe"), name="unsubscribe")
    def unsubscribe(self, request, token):
        """Leave the list, from a signed link."""
        from .. import views

        return views.unsubscribe(self, request, token)

    @path(addresses.pattern("erase"), name="erase")
    def erase(self, request, token):
        """Delete everything stored about the subscriber, from a signed link."""
        from .. import views

        return views.erase(self, request, token)

    @path(addresses.pattern("erased"), name="erased")
    def erased(self, request):
        """After erasure."""
        from .. import views

        return views.erased(self, request)

    @path(addresses.legacy_pattern("thanks"), name="legacy_thanks")
    @path(addresses.legacy_pattern("erased"), name="legacy_erased")
    @path(addresses.legacy_pattern("confirm"), name="legacy_confirm")
    @path(addresses.legacy_pattern("preferences"), name="legacy_preferences")
    @path(addresses.legacy_pattern("unsubscribe"), name="legacy_unsubscribe")
    @path(addresses.legacy_pattern("erase"), name="legacy_erase")
    def legacy(self, request, token=None):
        """A first-release English address under another language: the same page, at its translated address."""
        from .. import views

        return views.legacy(self, request, token)


def suggested_items(issue=None, now=None):
    """Pages published in the last month, newest first: what an issue might list."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=SUGGESTION_DAYS)
    pages = Page.objects.live().public().filter(first_published_at__gte=since).exclude(depth__lte=2)
    pages = pages.not_type(NewsletterPage, NewsletterIssuePage)
    if issue is not None and issue.pk:
        pages = pages.exclude(pk__in=issue.items.values_list("page_id", flat=True))
    return pages.order_by("-first_published_at").specific(defer=True)[:MAX_SUGGESTIONS]


class SuggestedItemsPanel(HelpPanel):
    """The last month's pages, listed in the editor so staff can choose among them."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "newsletter/admin/suggested_items_panel.html")
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["suggestions"] = suggested_items(self.instance)
            return context


class NewsletterIssueForm(WagtailAdminPageForm):
    """The issue's editor form: its topics as checkboxes."""

    topics = forms.MultipleChoiceField(
        label=_("Topics"),
        choices=Topic.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Subscribers of any of these topics receive the issue; none chosen means every subscriber."),
    )


class NewsletterIssuePage(BasePage):
    """One issue: an introduction and chosen pages, mailed to the subscribers of each language."""

    intro = models.TextField(_("introduction"), blank=True, max_length=2000)
    topics = models.JSONField(
        _("topics"),
        default=list,
        blank=True,
        help_text=_("Subscribers of any of these topics receive the issue; none chosen means every subscriber."),
    )
    track_opens = models.BooleanField(
        _("count opens"),
        default=False,
        help_text=_(
            "Adds an invisible image, served by this site, that records when each subscriber first opens the "
            "email. Off unless you turn it on: say so in the privacy notice first."
        ),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        FieldPanel("topics"),
        FieldPanel("track_opens"),
        SuggestedItemsPanel(heading=_("Suggested items (published in the last month)")),
        InlinePanel("items", label=_("Items"), heading=_("Items")),
    ]
    base_form_class = NewsletterIssueForm
    parent_page_types = ["newsletter.NewsletterPage"]
    subpage_types = []
    card_fields = (*CARD_FIELDS, "intro")

    class Meta:
        verbose_name = _("newsletter issue")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = self.item_pages()
        return context

    def item_pages(self):
        """The chosen pages that are still live, in the order staff gave, with their card images."""
        from efus_site.core.cards import with_card_images

        chosen = list(self.items.select_related("page").order_by("sort_order"))
        live = {
            page.pk: page for page in Page.objects.live().filter(pk__in=[item.page_id for item in chosen]).specific()
        }
        return with_card_images([live[item.page_id] for item in chosen if item.page_id in live])

    def wants(self, subscriber_topics):
        """Whether a subscriber of these topics receives this issue."""
        return not self.topics or bool(set(self.topics) & set(subscriber_topics or ALL_TOPICS))

    def has_language(self, code):
        """Whether the issue was written in that language (else it goes out in English)."""
        return code == settings.LANGUAGE_CODE or bool(getattr(self, f"title_{code}", ""))

    def topic_labels(self):
        return [label for value, label in Topic.choices if value in self.topics]


@track_content
class NewsletterItem(Orderable):
    """A page the issue lists, by its teaser."""

    issue = ParentalKey(NewsletterIssuePage, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(Page, verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("item")
        verbose_name_plural = _("items")
