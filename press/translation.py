"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import PressBoilerplate, PressContact, PressIndexPage, PressKitItem, PressReleasePage


@register(PressIndexPage)
class PressIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro", "kit_intro")


@register(PressReleasePage)
class PressReleasePageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "dateline", "standfirst", "body")


@register(PressKitItem)
class PressKitItemTranslationOptions(TranslationOptions):
    fields = ("caption",)


@register(PressBoilerplate)
class PressBoilerplateTranslationOptions(TranslationOptions):
    fields = ("heading", "text")


@register(PressContact)
class PressContactTranslationOptions(TranslationOptions):
    fields = ("role",)
