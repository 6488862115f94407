"""When content changes: drop cached menus and pages, and purge the CDN in every language."""

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .i18n import full_urls_in_all_languages
from .models import CustomImage, FooterMenuItem, MainMenuItem, NavigationSettings, SiteSettings
from .navigation import clear_menu_cache
from .pagecache import invalidate_all


def content_changed(**kwargs):
    """Anything a page shows has changed: cached menus and cached pages are stale."""
    site_ids = list(Site.objects.values_list("pk", flat=True))
    clear_menu_cache(site_ids)
    SiteSettings.clear_cache(site_ids)
    invalidate_all()


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(content_changed, dispatch_uid=f"core-content-changed-{id(signal)}")

# A restriction changes who may see cached pages; a site change moves every address.
for model in (NavigationSettings, MainMenuItem, FooterMenuItem, SiteSettings, CustomImage, PageViewRestriction, Site):
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

        purge_urls_from_cache(list(full_urls_in_all_languages(instance).values()))
