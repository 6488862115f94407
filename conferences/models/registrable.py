"""What an edition and an event share: registration on the site, its seats and its routes."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import path


class RegistrableMixin(models.Model):
    """Registration through the site's form: open or closed, with a number of seats."""

    registration_open = models.BooleanField(
        _("registration open"), default=False, help_text=_("Untick to close registration; the form then says so.")
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Beyond this, people join a waiting list. Empty: no limit.")
    )

    registration_panels = [
        MultiFieldPanel([FieldPanel("registration_open"), FieldPanel("capacity")], heading=_("Registration"))
    ]

    class Meta:
        abstract = True

    @path("register/", name="register")
    def register(self, request):
        """The registration form."""
        from ..views.registration import register

        return register(self, request)

    @path("register/sent/", name="registered")
    def registered(self, request):
        """What a registrant sees once the form is sent."""
        from ..views.registration import registered

        return registered(self, request)

    @path("registration/<str:token>/", name="manage_registration")
    def manage_registration(self, request, token):
        """The registrant's own page, from the signed link in their email: change or cancel."""
        from ..views.registration import manage

        return manage(self, request, token)

    def registration_start(self):
        """The instant the registration is for (the reminder is sent two days before)."""
        raise NotImplementedError

    def is_taking_registrations(self):
        """True while the site's form takes registrations."""
        return self.registration_open and self.live
