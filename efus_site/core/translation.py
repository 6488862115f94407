"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    CustomImage,
    FooterMenuItem,
    HomePage,
    MainMenuItem,
    SiteSettings,
    StandardPage,
    Theme,
    ThemesIndexPage,
)


@register(CustomImage)
class CustomImageTranslationOptions(TranslationOptions):
    fields = ("alt_text",)


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = (
        "listing_summary",
        "hero_title",
        "hero_text",
        "key_figures_title",
        "key_figures",
        "join_title",
        "join_text",
        "join_button",
        "body",
    )


@register(StandardPage)
class StandardPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro", "body")


@register(MainMenuItem)
class MainMenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(FooterMenuItem)
class FooterMenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(SiteSettings)
class SiteSettingsTranslationOptions(TranslationOptions):
    fields = ("postal_address",)


@register(Theme)
class ThemeTranslationOptions(TranslationOptions):
    fields = ("name", "slug", "description")


@register(ThemesIndexPage)
class ThemesIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")
