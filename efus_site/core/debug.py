"""Development: the site's own 404 page at public addresses, where DEBUG would show Django's."""

from django.conf import settings
from django.http import Http404
from django.views.defaults import page_not_found


class PublicNotFoundMiddleware:
    """With DEBUG on, a missing public page shows the translated 404 page visitors get.

    Django's technical 404 page is unstyled under the site's Content-Security-Policy and is not what
    visitors see. Every other error (500s, 404s outside the language prefixes) keeps Django's debug page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        public = request.path.startswith(tuple(f"/{code}/" for code, _name in settings.LANGUAGES))
        if settings.DEBUG and public and isinstance(exception, Http404):
            return page_not_found(request, exception)
        return None
