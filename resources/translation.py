"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ResourceIndexPage, ResourcePage


@register(ResourceIndexPage)
class ResourceIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(ResourcePage)
class ResourcePageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "summary", "body")
