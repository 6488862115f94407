"""Admin screens for importing member authorities from CSV: upload, preview, apply."""

import secrets

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.core.cache import cache
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from .. import csv_import
from ..forms import ImportForm

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
    messages.success(
        request,
        _("Import done: %(created)s authorities added, %(updated)s updated.")
        % {"created": len(report.creates), "updated": len(report.updates)},
    )
    return redirect("wagtailsnippets_members_memberauthority:list")
