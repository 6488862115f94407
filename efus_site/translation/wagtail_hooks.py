"""Admin menu and screens of translation jobs; machine marks cleared by a person's edit and shown in the editor."""

from django.contrib import messages
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import views
from .status import MACHINE, MISSING, PARTLY, STATES, object_states
from .store import clear_edited_marks
from .units import translated_models


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("translations/", views.dashboard, name="translation_dashboard"),
        path("translations/import/", views.import_translation, name="translation_import"),
        path("translations/jobs/", views.job_list, name="translation_jobs"),
        path("translations/jobs/<int:job_id>/resume/", views.resume, name="translation_job_resume"),
    ]


class TranslationMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(views.PERMISSION)


@hooks.register("register_admin_menu_item")
def register_translation_menu_item():
    return TranslationMenuItem(
        gettext_lazy("Translations"), reverse("translation_dashboard"), icon_name="globe", order=260
    )


def _is_translated(obj):
    return type(obj) in translated_models()


@hooks.register("load_demo_content")
def load_demo_translations(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_translations():
    from .models import MachineTranslation, TranslationJob

    MachineTranslation.objects.all().delete()
    TranslationJob.objects.all().delete()


@hooks.register("after_edit_page")
def page_edited_by_a_person(request, page):
    """A field a person changed is no longer a machine translation to review."""
    page = page.specific
    if _is_translated(page):
        clear_edited_marks(page.get_latest_revision_as_object())


@hooks.register("after_edit_snippet")
def snippet_edited_by_a_person(request, instance):
    """A field a person changed is no longer a machine translation to review."""
    if _is_translated(instance):
        clear_edited_marks(instance)


def _show_state(request, obj):
    if request.method != "GET" or not _is_translated(obj):
        return
    states = object_states(obj)
    waiting = [code for code, state in states.items() if state in (MACHINE, PARTLY, MISSING)]
    if waiting:
        summary = ", ".join(f"{code.upper()}: {STATES[states[code]]}" for code in waiting)
        messages.info(request, _("Translation: %(summary)s.") % {"summary": summary})
    else:
        messages.info(request, _("Translation: complete in every language."))


@hooks.register("before_edit_page")
def show_translation_state_of_page(request, page):
    """The page's translation state in each language, at the top of its editor."""
    specific = page.specific
    _show_state(request, specific.get_latest_revision_as_object() if specific.has_unpublished_changes else specific)


@hooks.register("before_edit_snippet")
def show_translation_state_of_snippet(request, instance):
    """The snippet's translation state in each language, at the top of its editor."""
    _show_state(request, instance)
