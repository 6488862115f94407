"""schema.org NewsArticle data for a release, as JSON safe to put inside a <script> element."""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language

# What json_script escapes: nothing in the data can close the script element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def news_article(page, request):
    """The release as a NewsArticle: headline, dates, summary, language, address and publisher."""
    url = page.get_full_url(request) if page.pk else ""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": page.standfirst,
        "datePublished": page.date.isoformat(),
        "inLanguage": get_language(),
        "publisher": {
            "@type": "Organization",
            "name": "Efus – European Forum for Urban Security",
            "url": "https://efus.eu",
        },
        "author": {"@type": "Organization", "name": "Efus"},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if url:
        data["url"] = url
        data["mainEntityOfPage"] = url
    if page.dateline:
        data["dateline"] = page.dateline
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
