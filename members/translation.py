"""Fields translated by modeltranslation (one column per language)."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from .models import GovernancePage, MemberAuthority, MembersIndexPage


@register(MemberAuthority)
class MemberAuthorityTranslationOptions(TranslationOptions):
    fields = ("name", "description", "representative", "sort_name")


@register(MembersIndexPage)
class MembersIndexPageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro", "join_intro", "join_thanks")


@register(GovernancePage)
class GovernancePageTranslationOptions(TranslationOptions):
    fields = ("listing_summary", "intro", "body")
