"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import NewsletterIssuePage, NewsletterPage


@register(NewsletterPage)
class NewsletterPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(NewsletterIssuePage)
class NewsletterIssuePageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")
