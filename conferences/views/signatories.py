"""Admin screens: a declaration's signatories imported from a CSV file (upload, preview, apply)."""

import secrets

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from .. import signatories_import
from ..models import DeclarationPage

PREVIEW_SECONDS = 3600
MAX_BYTES = 2 * 1024 * 1024


class SignatoriesFileForm(forms.Form):
    """The CSV file of signatories staff upload."""

    file = forms.FileField(label=gettext_lazy("CSV file"), help_text=gettext_lazy("UTF-8, with the columns below."))

    def clean_file(self):
        uploaded = self.cleaned_data["file"]
        if uploaded.size > MAX_BYTES:
            raise forms.ValidationError(_("The file is larger than 2 MB."))
        if not uploaded.name.lower().endswith((".csv", ".txt")):
            raise forms.ValidationError(_("Choose a .csv file."))
        return uploaded.read()


def _editable_declaration(request, page_id):
    page = get_object_or_404(DeclarationPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return page


def _preview_key(request, page, token):
    return f"conferences:signatories-import:{request.user.pk}:{page.pk}:{token}"


def import_upload(request, page_id):
    """Upload a CSV file of signatories and see what it would add, or every reason it cannot be applied."""
    page = _editable_declaration(request, page_id)
    form = SignatoriesFileForm(request.POST or None, request.FILES or None)
    context = {
        "form": form,
        "declaration": page,
        "columns": signatories_import.COLUMNS,
        "page_title": _("Import signatories"),
        "header_icon": "upload",
    }
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data["file"]
        report = signatories_import.check(page.get_latest_revision_as_object(), data)
        context.update(report=report, errors_shown=report.errors[: signatories_import.MAX_ERRORS_SHOWN])
        if report.ok:
            token = secrets.token_urlsafe(16)
            # The file waits in the cache between the preview and the click on "Add them".
            cache.set(_preview_key(request, page, token), data, PREVIEW_SECONDS)
            context["token"] = token
    return TemplateResponse(request, "conferences/admin/signatories_import.html", context)


@require_POST
def import_apply(request, page_id):
    """Add the previewed signatories: every row, or none if anything is wrong now."""
    page = _editable_declaration(request, page_id)
    key = _preview_key(request, page, request.POST.get("token", ""))
    data = cache.get(key)
    if data is None:
        messages.error(request, _("This preview has expired. Upload the file again."))
        return redirect("conferences_signatories_import", page.pk)
    report, published = signatories_import.apply(page, data, request.user)
    if not report.ok:
        messages.error(request, _("Nothing was imported: the file no longer matches the declaration. Check it again."))
        return redirect("conferences_signatories_import", page.pk)
    cache.delete(key)
    added = ngettext("%(count)s signatory added", "%(count)s signatories added", len(report.rows)) % {
        "count": len(report.rows)
    }
    if published:
        messages.success(request, _("%(added)s and published.") % {"added": added})
    else:
        messages.success(request, _("%(added)s in a draft: publish the page to show them.") % {"added": added})
    return redirect("wagtailadmin_pages:edit", page.pk)
