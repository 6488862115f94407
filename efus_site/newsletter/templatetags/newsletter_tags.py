"""The footer's short subscription form."""

from django import template
from django.utils.translation import get_language

from efus_site.core.generation import cached

from ..forms import SubscribeForm
from ..models import ALL_TOPICS, NewsletterPage

register = template.Library()


def _section_url():
    page = NewsletterPage.objects.live().only("url_path", "path", "depth", "locale", "slug").first()
    return page.get_url() if page else ""


@register.inclusion_tag("newsletter/components/footer_form.html")
def newsletter_footer_form():
    """Email and consent; the language is the page's and every topic is chosen (changeable later)."""
    url = cached(f"newsletter:section-url:{get_language()}", _section_url)
    return {"url": url, "form": SubscribeForm(), "language": get_language(), "topics": ALL_TOPICS}
