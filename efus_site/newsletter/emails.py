"""The newsletter's emails: confirmation notes and issues, each with one-click unsubscribe (RFC 8058).

An issue is rendered once per language with placeholders where each subscriber's own links go; the
sender fills them in per message, so rendering and CSS inlining cost nothing per subscriber.
"""

import css_inline
from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html

from efus_site.core.cards import CARD_RENDITION
from efus_site.core.i18n import full_urls_in_all_languages

from . import addresses
from .models import Subscriber
from .tokens import CONFIRM, MANAGE, make_token

PREFERENCES_PLACEHOLDER = "%%PREFERENCES_URL%%"
UNSUBSCRIBE_PLACEHOLDER = "%%UNSUBSCRIBE_URL%%"
#: Where the open-tracking image goes, in an issue that staff had count its opens (nothing otherwise).
OPEN_PIXEL_PLACEHOLDER = "%%OPEN_PIXEL%%"
OPEN_SALT = "efus.newsletter.open"
INLINER = css_inline.CSSInliner(keep_style_tags=False, load_remote_stylesheets=False)


def one_line(text):
    """A subject on one line, whatever was typed: the mail library refuses line breaks in headers."""
    return " ".join(text.split())


def one_click_url(token):
    """The address mail clients POST "List-Unsubscribe=One-Click" to, outside the language prefixes."""
    return settings.SITE_URL + reverse("newsletter_one_click", args=[token])


def subscriber_links(subscriber, section_url, language):
    """The signed links every email to this subscriber carries, to the pages in their language."""
    return {
        **issue_links(subscriber, section_url, language),
        "confirm": section_url + addresses.route("confirm", language, make_token(subscriber, CONFIRM)),
    }


def issue_links(subscriber, section_url, language, delivery_id=None):
    """The links of an issue's email: preferences, unsubscribe, one-click, and the open-tracking image if asked."""
    manage = make_token(subscriber, MANAGE)
    links = {
        "preferences": section_url + addresses.route("preferences", language, manage),
        "unsubscribe": section_url + addresses.route("unsubscribe", language, manage),
        "one_click": one_click_url(manage),
    }
    if delivery_id is not None:
        links["open_pixel"] = open_pixel(delivery_id)
    return links


def open_pixel(delivery_id):
    """The image that records an open of one delivery, served by the site itself (views.open_pixel)."""
    token = signing.Signer(salt=OPEN_SALT).sign(str(delivery_id))
    url = settings.SITE_URL + reverse("newsletter_open", args=[token])
    return format_html('<img src="{}" width="1" height="1" alt="" style="display: block; border: 0;">', url)


def delivery_from_pixel(token):
    """The delivery id an open-tracking image names, or None if the token was altered."""
    try:
        return int(signing.Signer(salt=OPEN_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None


def unsubscribe_headers(links):
    return {"List-Unsubscribe": f"<{links['one_click']}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}


def build_message(subject, text, html, recipient, links, connection=None, language=None):
    """An email with its plain-text part, its HTML part if any, and the unsubscribe headers."""
    headers = unsubscribe_headers(links)
    if language:
        headers["Content-Language"] = language
    message = EmailMultiAlternatives(
        one_line(subject), text, settings.DEFAULT_FROM_EMAIL, [recipient], headers=headers, connection=connection
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def send_subscription_note(subscriber_id, key, section_url, template):
    """The confirmation link (template "confirm") or "you are already subscribed" ("already").

    False when the subscriber is gone or subscribed again since (a newer note is on its way).
    """
    subscriber = Subscriber.objects.filter(pk=subscriber_id, key=key).first()
    if subscriber is None:
        return False
    links = subscriber_links(subscriber, section_url, subscriber.language)
    context = {"subscriber": subscriber, "links": links}
    with translation.override(subscriber.language):
        subject = render_to_string(f"newsletter/emails/{template}_subject.txt", context)
        text = render_to_string(f"newsletter/emails/{template}_body.txt", context)
        connection = get_connection(settings.NEWSLETTER_EMAIL_BACKEND)
        build_message(subject, text, "", subscriber.email, links, connection, subscriber.language).send()
    return True


def _item(page, language):
    """What the email shows of a page: its teaser, its address in the language and its card image."""
    image = getattr(page, "listing_image", None)
    rendition = image.get_rendition(CARD_RENDITION) if image else None
    return {
        "title": page.title,
        "text": getattr(page, "teaser_text", ""),
        "url": page.get_full_url(),
        "image_url": (settings.SITE_URL + rendition.url if rendition.url.startswith("/") else rendition.url)
        if rendition
        else "",
        "image_alt": image.default_alt_text if image else "",
        "type": page.specific_class._meta.verbose_name if page.specific_class else "",
    }


def render_issue(issue, language):
    """(subject, plain text, HTML) of an issue in a language, with placeholders for the subscriber's links.

    Without a translation the issue goes out in English, said so in the subscriber's language.
    """
    with translation.override(language):
        context = {
            "issue": issue,
            "language": language,
            "translated": issue.has_language(language),
            "items": [_item(page, language) for page in issue.item_pages()],
            "web_url": issue.get_full_url(),
            "preferences_url": PREFERENCES_PLACEHOLDER,
            "unsubscribe_url": UNSUBSCRIBE_PLACEHOLDER,
            "open_pixel": OPEN_PIXEL_PLACEHOLDER if issue.track_opens else "",
            "site_url": settings.SITE_URL,
        }
        subject = one_line(issue.title)
        text = render_to_string("newsletter/emails/issue.txt", context)
        html = INLINER.inline(render_to_string("newsletter/emails/issue.html", context))
    return subject, text, html


def personalise(rendered, links):
    """The rendered issue with one subscriber's links in place of the placeholders."""
    subject, text, html = rendered

    def fill(value):
        return value.replace(PREFERENCES_PLACEHOLDER, links["preferences"]).replace(
            UNSUBSCRIBE_PLACEHOLDER, links["unsubscribe"]
        )

    return subject, fill(text), fill(html).replace(OPEN_PIXEL_PLACEHOLDER, links.get("open_pixel", ""))


def section_urls(issue):
    """{language: address of the newsletter section}, where every link of an issue's emails starts."""
    return full_urls_in_all_languages(issue.get_parent().specific)


def send_test(issue, language, recipient):
    """The issue in a language to one address (staff checking it), with links that lead nowhere."""
    links = {
        "preferences": issue.get_full_url(),
        "unsubscribe": issue.get_full_url(),
        "one_click": issue.get_full_url(),
    }
    subject, text, html = personalise(render_issue(issue, language), links)
    connection = get_connection(settings.NEWSLETTER_EMAIL_BACKEND)
    build_message(subject, text, html, recipient, links, connection, language).send()
