"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import ConferenceEditionPage, ConferencesIndexPage, EventPage, EventsIndexPage, Session, Speaker


@register(ConferencesIndexPage)
class ConferencesIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(ConferenceEditionPage)
class ConferenceEditionPageTranslationOptions(TranslationOptions):
    fields = (
        "listing_summary",
        "host_name",
        "venue",
        "partners",
        "patronage",
        "intro",
        "body",
        "video_messages",
        "practical_information",
    )


@register(EventsIndexPage)
class EventsIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(EventPage)
class EventPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "place", "intro", "body", "recording", "materials")


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "room", "description")


@register(Speaker)
class SpeakerTranslationOptions(TranslationOptions):
    fields = ("role", "biography")
