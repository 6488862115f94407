"""The site's URLs plus a trivial view: the framework floor the pages are compared with."""

from django.http import HttpResponse
from django.urls import path

from efus_site.urls import urlpatterns as site_urlpatterns


def trivial(request):
    """The least Django can do: a fixed response through the full middleware stack."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial), *site_urlpatterns]
