"""When content changes: a new content generation for every cache, and a CDN purge in every language."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import advance
from .i18n import full_urls_in_all_languages
from .models import CustomImage, FooterMenuItem, MainMenuItem, NavigationSettings, SiteSettings


def content_changed(**kwargs):
    """Anything a page shows has changed: every cached copy is stale, now and again at commit.

    Advancing now makes this request's own later reads fresh; advancing again at commit discards
    what a concurrent request cached from the old rows in between.
    """
    advance()
    transaction.on_commit(advance)


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(content_changed, dispatch_uid=f"core-content-changed-{id(signal)}")

# A restriction changes who may see cached pages; a site change moves every address; documents
# show their title and size in pages.
WATCHED_MODELS = (
    NavigationSettings,
    MainMenuItem,
    FooterMenuItem,
    SiteSettings,
    CustomImage,
    get_document_model(),
    PageViewRestriction,
    Site,
)
for model in WATCHED_MODELS:
    post_save.connect(content_changed, sender=model, dispatch_uid=f"core-saved-{model.__name__}")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"core-deleted-{model.__name__}")


@receiver(post_save, dispatch_uid="core-alias-created")
def alias_saved(sender, instance, **kwargs):
    """An alias page borrows its source's view restrictions, which the cached lookup does not follow."""
    if isinstance(instance, Page) and instance.alias_of_id:
        content_changed()


@receiver([page_published, page_unpublished], dispatch_uid="core-purge-cdn")
def purge_cdn_in_all_languages(sender, instance, **kwargs):
    """Ask the CDN to forget the page under each language's address."""
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

        urls = list(full_urls_in_all_languages(instance).values())
        transaction.on_commit(lambda: purge_urls_from_cache(urls))
