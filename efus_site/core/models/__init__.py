"""Core models, split by concern."""

from .images import CustomImage, CustomRendition
from .mixins import TeaserMixin, ThemedMixin
from .navigation import FooterMenuItem, MainMenuItem, NavigationSettings
from .outbox import QueuedTask
from .pages import BasePage, HomePage, StandardPage, ThemesIndexPage
from .search import SearchWithoutResults
from .settings import SiteSettings
from .themes import Theme

__all__ = [
    "BasePage",
    "CustomImage",
    "CustomRendition",
    "FooterMenuItem",
    "HomePage",
    "MainMenuItem",
    "NavigationSettings",
    "QueuedTask",
    "SearchWithoutResults",
    "SiteSettings",
    "StandardPage",
    "TeaserMixin",
    "Theme",
    "ThemedMixin",
    "ThemesIndexPage",
]
