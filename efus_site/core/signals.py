"""Keep cached menus in step with the pages and settings they show."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import FooterMenuItem, MainMenuItem, NavigationSettings
from .navigation import clear_menu_cache


def _clear_all_menus(**kwargs):
    clear_menu_cache(Site.objects.values_list("pk", flat=True))


for signal in (page_published, page_unpublished, post_page_move):
    signal.connect(_clear_all_menus, dispatch_uid=f"core-menu-{signal!r}")


@receiver([post_save, post_delete], sender=NavigationSettings)
@receiver([post_save, post_delete], sender=MainMenuItem)
@receiver([post_save, post_delete], sender=FooterMenuItem)
def clear_menus_on_navigation_change(**kwargs):
    """A menu was edited: drop every cached copy."""
    _clear_all_menus()
