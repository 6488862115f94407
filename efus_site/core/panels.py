"""Admin panels shared by the apps."""

from django.utils.translation import gettext
from wagtail.admin.panels import FieldPanel


class YesNoFieldPanel(FieldPanel):
    """A yes/no field that, read-only, says "Yes" or "No" in the editor's language rather than "True"."""

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return gettext("Yes") if value else gettext("No")
        return super().format_value_for_display(value)
