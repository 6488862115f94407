"""Views outside the page tree: health check, robots.txt and the server error page."""

from django.db import connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.templatetags.static import static
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    """Answer 200 when the database answers, 503 otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
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
    """A post without a valid token: offer to send it again, keeping everything that was typed."""
    fields = [(name, value) for name, value in request.POST.lists() if name != "csrfmiddlewaretoken"]
    resubmit = [(name, value) for name, values in fields for value in values]
    return render(request, "csrf_failure.html", {"resubmit": resubmit, "action": request.path}, status=403)


def server_error(request):
    """The 500 page, in the visitor's language, built without touching the database."""
    return render(request, "500.html", status=500)
