"""URL configuration: admin and utilities at the root, every page under a language prefix."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from efus_site.accounts import documents as private_documents
from efus_site.accounts import views as account_views
from efus_site.core import views as core_views

handler500 = "efus_site.core.views.server_error"

urlpatterns = [
    # The admin's login is the site's (allauth, with its second factor and lockout).
    path("admin/login/", account_views.admin_login, name="admin_login"),
    path("admin/", include(wagtailadmin_urls)),
    re_path(r"^documents/(\d+)/(.*)$", private_documents.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path("healthz/", core_views.healthz, name="healthz"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("csrf-token/", core_views.csrf_token, name="csrf_token"),
    path("", include("efus_site.newsletter.urls")),
]

if settings.SERVE_MEDIA:
    # Images only: documents are always served by Wagtail's view, which checks privacy.
    urlpatterns += [re_path(r"^media/(?P<path>.+)$", core_views.media_image, name="media_image")]

urlpatterns += i18n_patterns(
    path("search/", core_views.search, name="search"),
    path("accounts/", include("allauth.urls")),
    path("network/", include("members.network.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
