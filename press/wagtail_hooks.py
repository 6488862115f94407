"""Admin for the texts every release shares; the press room's demo content."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import PressBoilerplate, PressContact


class PressBoilerplateViewSet(SnippetViewSet):
    model = PressBoilerplate
    icon = "doc-full"
    menu_label = _("“About Efus” paragraph")
    list_display = ["heading"]
    search_fields = [f"{field}_{code}" for field in ("heading", "text") for code, _name in settings.LANGUAGES]
    ordering = ["pk"]


class PressContactViewSet(SnippetViewSet):
    model = PressContact
    icon = "user"
    menu_label = _("Press contacts")
    list_display = ["name", "role", "email", "phone", "sort_order"]
    search_fields = ["name", "email"]
    ordering = ["sort_order", "pk"]


class PressViewSetGroup(SnippetViewSetGroup):
    items = (PressBoilerplateViewSet, PressContactViewSet)
    menu_icon = "comment"
    menu_label = _("Press room")
    menu_order = 260


register_snippet(PressViewSetGroup)


@hooks.register("load_demo_content")
def load_demo_press(home, about, log):
    from .demo.loader import load

    return load(home, about, log)


@hooks.register("reset_demo_content")
def reset_demo_press():
    from .demo.loader import DEMO_FILE_PREFIX

    PressBoilerplate.objects.all().delete()
    PressContact.objects.all().delete()
    get_document_model().objects.filter(file__contains=DEMO_FILE_PREFIX).delete()
