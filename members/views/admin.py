"""Admin screens: the CSV import (upload, preview, apply), the authorities' search and the member record
staff create from an accepted application."""

import secrets

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets import HeaderButton
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import CreateView, EditView, IndexView, InspectView

from .. import csv_import
from ..forms import ImportForm
from ..models import ApplicationStatus, MemberAuthority, MembershipApplication
from ..models.authorities import RESERVED_SLUGS

PREVIEW_SECONDS = 3600
PREVIEW_ROWS = 100
IMPORT_PERMISSIONS = ["members.add_memberauthority", "members.change_memberauthority"]


def _preview_key(request, token):
    return f"members:import:{request.user.pk}:{token}"


@permission_required(IMPORT_PERMISSIONS, raise_exception=True)
def import_upload(request):
    """Upload a CSV file and see what it would change, or every reason it cannot be applied."""
    form = ImportForm(request.POST or None, request.FILES or None)
    context = {
        "form": form,
        "columns": csv_import.COLUMNS,
        "page_title": _("Import member authorities"),
        "header_icon": "upload",
    }
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"]
        report = csv_import.check(data)
        rows = [(row, True) for row in report.creates] + [(row, False) for row in report.updates]
        context.update(report=report, preview=rows[:PREVIEW_ROWS])
        context["errors_shown"] = report.errors[: csv_import.MAX_ERRORS_SHOWN]
        context["summary"] = _("Once applied: %(added)s, %(updated)s.") % import_counts(report)
        if report.ok:
            token = secrets.token_urlsafe(16)
            # The file waits in the cache between the preview and the click on "Apply".
            cache.set(_preview_key(request, token), data, PREVIEW_SECONDS)
            context["token"] = token
    return TemplateResponse(request, "members/admin/import.html", context)


@require_POST
@permission_required(IMPORT_PERMISSIONS, raise_exception=True)
def import_apply(request):
    """Apply a previewed file: every row, or none if anything is wrong now."""
    key = _preview_key(request, request.POST.get("token", ""))
    data = cache.get(key)
    if data is None:
        messages.error(request, _("This preview has expired. Upload the file again."))
        return redirect("members_import")
    report = csv_import.apply(data)
    if not report.ok:
        messages.error(request, _("Nothing was imported: the file no longer matches the records. Check it again."))
        return redirect("members_import")
    cache.delete(key)
    messages.success(request, _("Import done: %(added)s, %(updated)s.") % import_counts(report))
    return redirect(MemberAuthority.snippet_viewset.get_url_name("list"))


def import_counts(report):
    """What an import adds and updates, each phrase in its own plural form."""
    added, updated = len(report.creates), len(report.updates)
    return {
        "added": ngettext("%(count)s authority added", "%(count)s authorities added", added) % {"count": added},
        "updated": ngettext("%(count)s authority updated", "%(count)s authorities updated", updated)
        % {"count": updated},
    }


# Member authorities: searched by their folded names in every language, as the public directory does.
# Wagtail's database search backend cannot search named fields on SQLite (wagtail/wagtail#10217) and
# indexed one language's name only; the folded column is kept by save() and the CSV import alike.


class AuthorityIndexView(IndexView):
    def search_queryset(self, queryset):
        return queryset.matching(self.search_query) if self.is_searching else queryset


class AuthoritySearchForm(BaseFilterForm):
    """The chooser's search box (e.g. for an authority's national forum), on the same folded names."""

    q = forms.CharField(
        label=gettext_lazy("Search term"),
        widget=forms.TextInput(attrs={"placeholder": gettext_lazy("Search")}),
        required=False,
    )

    def filter(self, objects):
        objects = super().filter(objects)
        if query := self.cleaned_data.get("q"):
            objects = objects.matching(query)
            self.is_searching = True
            self.search_query = query
        return objects


class AuthorityChooseView(ChooseView):
    filter_form_class = AuthoritySearchForm


class AuthorityChooseResultsView(ChooseResultsView):
    filter_form_class = AuthoritySearchForm


class AuthorityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = AuthorityChooseView
    choose_results_view_class = AuthorityChooseResultsView


# The member record of an accepted application: a button on the application leads to the authority's
# create form, prefilled with what the applicant gave. Nothing is written (or public) until staff save it.

LINK_PERMISSION = "members.change_membershipapplication"


def free_slug(name):
    """The name's address, numbered if another authority has it ("lisboa-2")."""
    base = slugify(name)[:90] or "authority"
    taken = RESERVED_SLUGS | set(MemberAuthority.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def member_record_button(application, user):
    """The button to an accepted application's member record: to create it, or to open it once it exists."""
    if application.status != ApplicationStatus.ACCEPTED:
        return None
    viewset = MemberAuthority.snippet_viewset
    if application.authority_id:
        if not user.has_perm("members.change_memberauthority"):
            return None
        url = reverse(viewset.get_url_name("edit"), args=[application.authority_id])
        return HeaderButton(_("Open member record"), url=url, icon_name="group")
    if not (user.has_perm("members.add_memberauthority") and user.has_perm(LINK_PERMISSION)):
        return None
    url = f"{reverse(viewset.get_url_name('add'))}?application={application.pk}"
    return HeaderButton(_("Create member record"), url=url, icon_name="plus")


class AuthorityCreateView(CreateView):
    """The authority's create form; with ?application=<id>, prefilled from that accepted application."""

    @cached_property
    def application(self):
        pk = self.request.GET.get("application")
        if pk is None:
            return None
        if not self.request.user.has_perm(LINK_PERMISSION):
            raise PermissionDenied
        if not pk.isdigit():
            raise Http404
        return get_object_or_404(MembershipApplication, pk=pk, status=ApplicationStatus.ACCEPTED)

    def get(self, request, *args, **kwargs):
        if (existing := self._already_recorded()) is not None:
            return existing
        if self.application is not None:
            messages.info(
                request,
                _("Prefilled from the application of %(name)s. Check every field: the record is public once saved.")
                % {"name": self.application.authority_name},
            )
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if (existing := self._already_recorded()) is not None:
            return existing
        return super().post(request, *args, **kwargs)

    def _already_recorded(self):
        if self.application is None or not self.application.authority_id:
            return None
        messages.warning(self.request, _("This application already has a member record."))
        return redirect(self.model.snippet_viewset.get_url_name("edit"), self.application.authority_id)

    def get_initial_form_instance(self):
        instance = super().get_initial_form_instance()
        application = self.application
        if application is None:
            return instance
        instance = instance or self.model()
        # The English name is the record's official one, the source of its address.
        instance.name_en = application.authority_name
        instance.slug = free_slug(application.authority_name)
        instance.kind = application.kind
        instance.country = application.country
        instance.population = application.population
        return instance

    def get_add_url(self):
        url = super().get_add_url()
        if self.application is None:
            return url
        return f"{url}{'&' if '?' in url else '?'}application={self.application.pk}"

    def save_instance(self):
        instance = super().save_instance()
        if self.application is not None:
            MembershipApplication.objects.filter(pk=self.application.pk).update(authority=instance)
        return instance

    def get_success_message(self, instance):
        if self.application is None:
            return super().get_success_message(instance)
        return _("“%(name)s” is now a member authority, linked to its application.") % {"name": instance}


class MemberRecordButtonMixin:
    """The application's header gets the button to its member record."""

    @cached_property
    def header_buttons(self):
        button = member_record_button(self.object, self.request.user)
        return [*super().header_buttons, button] if button else list(super().header_buttons)


class ApplicationEditView(MemberRecordButtonMixin, EditView):
    pass


class ApplicationInspectView(MemberRecordButtonMixin, InspectView):
    def get_consent_display_value(self):
        return _("Yes") if self.object.consent else _("No")

    def get_authority_display_value(self):
        return str(self.object.authority) if self.object.authority_id else _("None yet")


class YesNoColumn(BooleanColumn):
    """A tick or a cross, with a translated "Yes" or "No" for screen readers (not "True")."""

    cell_template_name = "members/admin/yes_no_cell.html"
