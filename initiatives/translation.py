"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import Crisis, InitiativePage, InitiativesIndexPage


@register(Crisis)
class CrisisTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(InitiativesIndexPage)
class InitiativesIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro", "body", "share_intro", "privacy_notice")


@register(InitiativePage)
class InitiativePageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "summary", "description", "target_groups", "partners", "results")
