"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import CustomImage, FooterMenuItem, HomePage, MainMenuItem, SiteSettings, StandardPage


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("alt_text",)


@register(HomePage)
class HomePageTR(TranslationOptions):
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
class StandardPageTR(TranslationOptions):
    fields = ("listing_summary", "intro", "body")


@register(MainMenuItem)
class MainMenuItemTR(TranslationOptions):
    fields = ("label",)


@register(FooterMenuItem)
class FooterMenuItemTR(TranslationOptions):
    fields = ("label",)


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("postal_address",)
