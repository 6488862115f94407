"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import (
    ConferenceEditionPage,
    ConferencesIndexPage,
    DeclarationPage,
    DeclarationsIndexPage,
    EventPage,
    EventsIndexPage,
    NetworkHistoryPage,
    ProjectPage,
    ProjectsIndexPage,
    Session,
    Speaker,
)


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


@register(DeclarationsIndexPage)
class DeclarationsIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(DeclarationPage)
class DeclarationPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "place", "intro", "text", "documents")


@register(ProjectsIndexPage)
class ProjectsIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")


@register(ProjectPage)
class ProjectPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "full_name", "intro", "objectives", "results")


@register(NetworkHistoryPage)
class NetworkHistoryPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro")
