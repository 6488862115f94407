"""What every release shares, edited once: the "About Efus" paragraph and the press contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from efus_site.core.generation import cached, track_content


@track_content
class PressBoilerplate(models.Model):
    """The "About Efus" paragraph printed at the foot of every release and in the press kit."""

    heading = models.CharField(_("heading"), max_length=100, default="About Efus")
    text = models.TextField(_("text"), max_length=1500)

    panels = [FieldPanel("heading"), FieldPanel("text")]

    class Meta:
        verbose_name = _("“About Efus” paragraph")
        verbose_name_plural = _("“About Efus” paragraphs")
        ordering = ["pk"]

    def __str__(self):
        return self.heading


@track_content
class PressContact(models.Model):
    """Someone journalists can call or write to, shown on every release and in the press kit."""

    name = models.CharField(_("name"), max_length=100)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("email"),
        FieldPanel("phone"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name


def shared_press_texts():
    """The boilerplate (the first one, if several) and the contacts, cached per generation."""
    return cached(
        "press:shared-texts",
        lambda: (PressBoilerplate.objects.first(), list(PressContact.objects.all())),
    )
