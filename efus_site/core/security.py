"""Security headers: a nonce-based Content-Security-Policy and a Permissions-Policy on every response."""

import secrets

from django.conf import settings

VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com"
PERMISSIONS_POLICY = (
    'accelerometer=(), autoplay=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com"), '
    "camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)


def public_policy(nonce, frame_ancestors="'none'"):
    """Strict policy for the public site: scripts only from here or with this response's nonce, framed by nobody."""
    media = " ".join(settings.CSP_EXTRA_MEDIA_SOURCES)
    return "; ".join(
        [
            "default-src 'self'",
            f"script-src 'self' 'nonce-{nonce}'",
            "style-src 'self'",
            f"img-src 'self' data: {media}".strip(),
            "font-src 'self'",
            "connect-src 'self'",
            f"frame-src {VIDEO_FRAMES}",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


def admin_policy(nonce, frame_ancestors="'none'"):
    """The Wagtail admin relies on inline scripts and styles; it frames only the views that allow it."""
    media = " ".join(settings.CSP_EXTRA_MEDIA_SOURCES)
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            f"img-src 'self' data: blob: {media}".strip(),
            "font-src 'self' data:",
            "connect-src 'self'",
            f"frame-src 'self' {VIDEO_FRAMES}",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            f"frame-ancestors {frame_ancestors}",
        ]
    )


class SecurityHeadersMiddleware:
    """Give each request a fresh nonce and each response its CSP and Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(18)
        response = self.get_response(request)
        if is_staff_preview(request):
            # The admin's preview panel frames the page: same origin only, everything else as strict.
            response["Content-Security-Policy"] = public_policy(request.csp_nonce, frame_ancestors="'self'")
            response["X-Frame-Options"] = "SAMEORIGIN"
        # A view that sets its own policy (Wagtail's document view sends "default-src 'none'") keeps it.
        elif "Content-Security-Policy" not in response:
            if request.path.startswith("/admin/"):
                # The admin frames its preview error page and block previews, views Wagtail marks SAMEORIGIN.
                framed = response.get("X-Frame-Options") == "SAMEORIGIN"
                response["Content-Security-Policy"] = admin_policy(
                    request.csp_nonce, frame_ancestors="'self'" if framed else "'none'"
                )
            else:
                # Public pages keep the strict policy for editors too: Wagtail's user bar has no inline script.
                response["Content-Security-Policy"] = public_policy(request.csp_nonce)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def is_staff_preview(request):
    """A preview that Wagtail's preview views render for a logged-in editor.

    Wagtail marks the made-up request it sends through the middleware for a preview with is_dummy
    (PreviewableMixin.make_preview_request); no request from a browser carries that attribute.
    """
    user = getattr(request, "user", None)
    return (
        getattr(request, "is_dummy", False)
        and user is not None
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
    )


def csp_nonce(request):
    """Template context: the nonce to put on any inline script."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
