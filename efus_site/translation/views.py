"""Admin screens: the translation dashboard, file export and import, and machine translation jobs."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Page

from efus_site.core.pagination import paginate

from . import files, jobs, status
from .backends import configured_engine_name
from .forms import FilterForm, ImportForm, SectionJobForm, SelectionForm
from .models import TranslationJob
from .units import editable_object, model_for_key, model_key

PERMISSION = "translation_jobs.translate_content"
ROWS_PER_PAGE = 50
JOBS_PER_PAGE = 20


def _item(obj):
    return f"{model_key(type(obj))}:{obj.pk}"


def _objects(items):
    """The objects named "model:pk" in the order given, skipping any that no longer exist."""
    found = []
    for item in items:
        key, _sep, pk = item.rpartition(":")
        model = model_for_key(key)
        obj = model.objects.filter(pk=pk).first() if model and pk.isdigit() else None
        if obj is not None:
            found.append(obj)
    return found


@permission_required(PERMISSION, raise_exception=True)
def dashboard(request):
    """Every page and translated snippet by language, filterable, with totals and links to the editors."""
    if request.method == "POST":
        return _act_on_selection(request)
    # Its own ids: the export form below has a "language" field too.
    filters = FilterForm(request.GET or None, auto_id="filter_%s")
    chosen = filters.cleaned_data if filters.is_valid() else {}
    section = Page.objects.filter(pk=chosen["section"]).first() if chosen.get("section") else None
    found, totals = status.rows(section, chosen.get("language"), chosen.get("state"), chosen.get("type"))
    page = paginate(request, found, ROWS_PER_PAGE)
    finder = AdminURLFinder(request.user)
    for row in page:
        row.item = _item(row.obj)
        row.edit_url = (
            reverse("wagtailadmin_pages:edit", args=[row.obj.pk])
            if isinstance(row.obj, Page)
            else finder.get_edit_url(row.obj)
        )
        row.cells = [
            (code, row.states[code], status.STATES[row.states[code]], sorted(row.machine_fields.get(code, [])))
            for code in totals
        ]
    languages = [(code, name) for code, name in SelectionForm().fields["language"].choices]
    return TemplateResponse(
        request,
        "translation/dashboard.html",
        {
            "filters": filters,
            "page_obj": page,
            "languages": languages,
            "totals": [(name, [totals[code][state] for state in status.STATES]) for code, name in languages],
            "state_names": list(status.STATES.values()),
            "selection": SelectionForm(),
            "engine": configured_engine_name(),
            "page_title": _("Translations"),
            "header_icon": "globe",
        },
    )


def _act_on_selection(request):
    items = request.POST.getlist("items")
    form = SelectionForm(request.POST, items=items)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(request.get_full_path())
    objects = _objects(form.cleaned_data["items"])
    if request.POST.get("action") == "machine":
        languages = form.cleaned_data["languages"]
        if not languages or not configured_engine_name():
            messages.error(
                request,
                _("Choose the languages to machine-translate into.")
                if configured_engine_name()
                else _("No machine translation engine is configured."),
            )
            return redirect(request.get_full_path())
        targets = [[model_key(type(obj)), obj.pk] for obj in objects]
        description = ngettext("%(count)s page or snippet", "%(count)s pages and snippets", len(targets)) % {
            "count": len(targets)
        }
        jobs.create_job(targets, languages, user=request.user, description=description)
        messages.success(request, _("Machine translation queued: the empty fields fill in as it runs."))
        return redirect("translation_jobs")
    language, file_format = form.cleaned_data["language"], form.cleaned_data["file_format"]
    data = files.export([editable_object(obj) for obj in objects], language, file_format)
    extension, content_type = files.FORMATS[file_format]
    name = f"efus-{language}-{objects[0].pk if len(objects) == 1 else 'selection'}.{extension}"
    response = HttpResponse(data, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@permission_required(PERMISSION, raise_exception=True)
def import_translation(request):
    """Import a translated XLIFF or PO file: all of it, or nothing with every problem named."""
    form = ImportForm(request.POST or None, request.FILES or None)
    problems = []
    if request.method == "POST" and form.is_valid():
        try:
            changed = files.import_file(form.cleaned_data["file"].read(), form.cleaned_data["language"])
        except files.ImportProblems as error:
            problems = error.problems
        else:
            count = sum(len(fields) for fields in changed.values())
            messages.success(
                request,
                ngettext(
                    "Imported into %(objects)s page or snippet; fields changed: %(fields)s.",
                    "Imported into %(objects)s pages or snippets; fields changed: %(fields)s.",
                    len(changed),
                )
                % {"fields": count, "objects": len(changed)},
            )
            return redirect("translation_dashboard")
    return TemplateResponse(
        request,
        "translation/import.html",
        {"form": form, "problems": problems, "page_title": _("Import a translation"), "header_icon": "upload"},
    )


@permission_required(PERMISSION, raise_exception=True)
def job_list(request):
    """Machine translation jobs with their progress, errors and characters sent; a form for whole sections."""
    form = SectionJobForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not configured_engine_name():
            messages.error(request, _("No machine translation engine is configured."))
            return redirect("translation_jobs")
        section = Page.objects.filter(pk=form.cleaned_data["section"]).first() if form.cleaned_data["section"] else None
        snippets = [
            obj for key in form.cleaned_data["snippet_types"] for obj in model_for_key(key).objects.order_by("pk")
        ]
        targets = jobs.targets_for(sections=[section] if section else [], snippets=snippets)
        description = section.title if section else ", ".join(form.cleaned_data["snippet_types"])
        jobs.create_job(targets, form.cleaned_data["languages"], user=request.user, description=description)
        messages.success(request, _("Machine translation queued: the empty fields fill in as it runs."))
        return redirect("translation_jobs")
    page = paginate(request, TranslationJob.objects.select_related("created_by"), JOBS_PER_PAGE)
    return TemplateResponse(
        request,
        "translation/jobs.html",
        {
            "form": form,
            "page_obj": page,
            "engine": configured_engine_name(),
            "page_title": _("Machine translation"),
            "header_icon": "globe",
        },
    )


@require_POST
@permission_required(PERMISSION, raise_exception=True)
def resume(request, job_id):
    """Queue a stopped job again: it carries on where it stopped."""
    job = get_object_or_404(TranslationJob, pk=job_id)
    jobs.resume_job(job)
    messages.success(request, _("The job carries on where it stopped."))
    return redirect("translation_jobs")
