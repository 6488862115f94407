"""schema.org Article data for a shared initiative, as JSON safe to put inside a <script> element."""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# What json_script escapes: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def article(page, request):
    """The initiative as an Article: headline, summary, dates, language, the authority as author."""
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "inLanguage": page.text_language(get_language()),
        "author": {"@type": "Organization", "name": page.authority_name},
        "publisher": {
            "@type": "Organization",
            "name": "Efus – European Forum for Urban Security",
            "url": "https://efus.eu",
        },
        "about": page.crisis.name if page.crisis_id else "",
    }
    if page.first_published_at:
        data["datePublished"] = page.first_published_at.isoformat()
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    url = page.get_full_url(request) if page.pk else ""
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = url
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
