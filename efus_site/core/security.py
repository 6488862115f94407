"""Security headers: a nonce-based Content-Security-Policy and a Permissions-Policy on every response."""

import secrets

from django.conf import settings

VIDEO_FRAMES = "https://www.youtube-nocookie.com https://player.vimeo.com"
PERMISSIONS_POLICY = (
    'accelerometer=(), autoplay=(self "https://www.youtube-nocookie.com" "https://player.vimeo.com"), '
    "camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
    "payment=(), usb=()"
)


def public_policy(nonce):
    """Strict policy for the public site: scripts only from here or with this response's nonce."""
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
            "frame-ancestors 'none'",
        ]
    )


def admin_policy(nonce):
    """The Wagtail admin relies on inline scripts and styles and frames its own previews."""
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
            "frame-ancestors 'self'",
        ]
    )


class SecurityHeadersMiddleware:
    """Give each request a fresh nonce and each response its CSP and Permissions-Policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(18)
        response = self.get_response(request)
        # A view that sets its own policy (Wagtail's document view sends "default-src 'none'") keeps it.
        if "Content-Security-Policy" not in response:
            # Public pages keep the strict policy for editors too: Wagtail's user bar has no inline script.
            policy = admin_policy if request.path.startswith("/admin/") else public_policy
            response["Content-Security-Policy"] = policy(request.csp_nonce)
        response.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


def csp_nonce(request):
    """Template context: the nonce to put on any inline script."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}
