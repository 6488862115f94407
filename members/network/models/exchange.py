"""The experience exchange: posts (a request for experience, or a practice shared), replies, reports, deliveries."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index
from wagtail.search.queryset import SearchableQuerySetMixin

#: The rich text features a post's body keeps; everything else is stripped (members.network.richtext).
BODY_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class PostKind(models.TextChoices):
    REQUEST = "request", _("Request for experience")
    PRACTICE = "practice", _("Shared practice")


class PostQuerySet(SearchableQuerySetMixin, models.QuerySet):
    def visible(self):
        """Posts members see: not hidden by staff."""
        return self.filter(hidden=False)


class Post(index.Indexed, ClusterableModel):
    """A member's question to the network, or a practice they share."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_posts",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=PostKind.choices, default=PostKind.REQUEST)
    title = models.CharField(_("title"), max_length=200)
    themes = models.ManyToManyField("core.Theme", verbose_name=_("themes"), related_name="network_posts")
    body = RichTextField(_("body"), features=BODY_FEATURES)
    attachments = models.ManyToManyField(
        "wagtaildocs.Document", verbose_name=_("attachments"), blank=True, related_name="network_posts"
    )
    created_at = models.DateTimeField(_("posted"), default=timezone.now, db_index=True)
    hidden = models.BooleanField(_("hidden"), default=False, help_text=_("Hidden posts are shown to nobody but staff."))
    locked = models.BooleanField(_("locked"), default=False, help_text=_("Nobody can reply to a locked post."))
    #: When the post's notifications were queued: the digest and the per-post emails skip it afterwards.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = PostQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("body"),
        index.FilterField("hidden"),
        index.FilterField("created_at"),
    ]
    panels = [
        FieldPanel("title"),
        FieldPanel("kind"),
        FieldPanel("themes"),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("hidden"), FieldPanel("locked")], heading=_("Moderation")),
        InlinePanel("replies", heading=_("Replies"), label=_("reply")),
    ]

    class Meta:
        verbose_name = _("exchange post")
        verbose_name_plural = _("exchange posts")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        from django.urls import reverse  # models import no URL configuration at load time

        return reverse("network_post", args=[self.pk])


class Reply(models.Model):
    """An answer to a post; the post's author may mark it helpful."""

    # A ParentalKey: staff moderate a post's replies on the post's own edit screen.
    post = ParentalKey(Post, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="network_replies",
    )
    body = RichTextField(_("reply"), features=BODY_FEATURES)
    created_at = models.DateTimeField(_("posted"), default=timezone.now)
    helpful = models.BooleanField(_("marked helpful"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    #: When the post's author was told of the reply: set as the email goes, so it goes once.
    notified_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [FieldPanel("body"), FieldPanel("helpful"), FieldPanel("hidden")]

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.post} – {self.created_at:%Y-%m-%d}"


class PostReport(models.Model):
    """A member tells staff a post breaks the rules."""

    post = models.ForeignKey(Post, verbose_name=_("post"), on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reported by"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(_("reported"), default=timezone.now)
    handled = models.BooleanField(_("handled"), default=False)

    panels = [FieldPanel("post", read_only=True), FieldPanel("reason", read_only=True), FieldPanel("handled")]

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        ordering = ["handled", "-created_at"]

    def __str__(self):
        return f"{self.post}: {self.reason[:60]}"


class Delivery(models.Model):
    """One follower told about one post (by its own email or a digest): the row is written before sending.

    Unique per person and post, so a task that runs twice (a worker killed mid-batch, then the
    task handed to another) finds the row and sends nothing again.
    """

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="deliveries")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [models.UniqueConstraint(fields=["post", "recipient"], name="network_one_delivery_per_post")]

    def __str__(self):
        return f"{self.post} → {self.recipient}"
