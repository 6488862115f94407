"""When content changes: a new content generation for every cache, and a CDN purge in every language."""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_migrate, post_save
from django.dispatch import receiver
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import advance, content_changed, track_content
from .i18n import full_urls_in_all_languages

for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(content_changed, dispatch_uid=f"core-content-changed-{id(signal)}")

# Wagtail's models that pages show: a restriction changes who may see cached pages, a site change
# moves every address, documents show their title and size, promotions lead the search's results.
# The core's own models register themselves where they are defined.
for model in (get_document_model(), PageViewRestriction, Site, SearchPromotion):
    track_content(model)


@receiver(post_migrate, dispatch_uid="core-migrated")
def migrated(sender, **kwargs):
    """A migration may change what cached values hold: start a new generation."""
    advance()


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
