"""Views outside the page tree: health check, robots.txt and the server error page."""

import posixpath

from django.conf import settings
from django.db import connection
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.cache import patch_cache_control
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.static import serve


@never_cache
@require_GET
def healthz(request):
    """Answer 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # any database failure means unhealthy
        return HttpResponse("database unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def robots_txt(request):
    """Keep crawlers out of the admin and point them at the sitemap."""
    sitemap_url = request.build_absolute_uri("/sitemap.xml")
    body = f"User-agent: *\nDisallow: /admin/\nSitemap: {sitemap_url}\n"
    return HttpResponse(body, content_type="text/plain")


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says; send them to the SVG icon."""
    return HttpResponsePermanentRedirect(static("img/favicon.svg"))


@never_cache
@require_GET
def csrf_token(request):
    """A CSRF token (and its cookie) for forms on pages served from the page cache."""
    return JsonResponse({"token": get_token(request)})


def csrf_failure(request, reason=""):
    """A post whose security token was missing or stale.

    A visitor's own public form gets a page that sends what they typed again. Anything else (a post
    from another site, or to the admin) gets a plain refusal: offering to resend it would turn a
    forged request into a one-click one.
    """
    context = {"resubmit": None, "action": request.get_full_path()}
    if _is_own_public_form(request):
        context["resubmit"] = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken" and "password" not in name.lower()
            for value in values
        ]
    response = render(request, "csrf_failure.html", context, status=403)
    patch_cache_control(response, no_store=True, private=True)
    return response


def _is_own_public_form(request):
    origin = request.headers.get("Origin") or request.headers.get("Referer") or ""
    own_origin = f"{request.scheme}://{request.get_host()}"
    public_path = request.path.startswith(tuple(f"/{code}/" for code, _name in settings.LANGUAGES))
    return public_path and (origin == own_origin or origin.startswith(own_origin + "/"))


@require_GET
def media_image(request, path):
    """Uploaded images, for setups where Django serves them (never documents, whatever the path says)."""
    normalised = posixpath.normpath(path)
    if not normalised.startswith(("images/", "original_images/")):
        raise Http404
    return serve(request, normalised, document_root=settings.MEDIA_ROOT)


def server_error(request):
    """The 500 page, in the visitor's language, built without touching the database."""
    return render(request, "500.html", status=500)


@require_GET
def search(request):
    """The site search: pages, records from feature apps, facets, excerpts and "did you mean"."""
    from .outbox import enqueue
    from .pagination import paginate
    from .search import RESULTS_PER_PAGE, fill, read_query, suggestions
    from .search import search as run_search
    from .tasks import record_search

    query = read_query(request.GET)
    results = run_search(query)
    page_obj = paginate(request, results.hits, RESULTS_PER_PAGE)
    fill(page_obj.object_list, query.words, request)
    # A search counts once, on its first page: a visitor reading on is not searching again.
    if query.words and request.GET.get("page", "1") in ("", "1"):
        # Counted by a worker: the counters' row locks would queue visitors searching the same words.
        enqueue(record_search, query.text, bool(results.hits))
    context = {
        "query": query,
        "results": results,
        "page_obj": page_obj,
        "suggestions": suggestions(query) if query.words and not results.hits else [],
    }
    response = render(request, "core/search.html", context)
    patch_cache_control(response, private=True)
    return response
