"""Public pages of the newsletter: the form to subscribe, and the pages its signed links open.

The pages behind signed links are never cached (their address is a secret of one subscriber) and
carry an ordinary CSRF token; the subscription form, cached like any page, uses the cacheable one.
"""

import base64

from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import lazy
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from efus_site.core.cards import as_cards
from efus_site.core.outbox import enqueue
from efus_site.core.pagination import paginate
from efus_site.core.public_forms import client_address, within_rate_limit
from efus_site.core.routing import public_only

from . import emails, subscriptions
from .forms import CONSENT_TEXT, PreferencesForm, SubscribeForm
from .models import ALL_TOPICS, Delivery, NewsletterIssuePage, NewsletterPage, Subscriber
from .tasks import send_subscription_note
from .tokens import CONFIRM, MANAGE, BadLink, make_token

ISSUES_PER_PAGE = 12
#: A transparent GIF of one pixel: the open-tracking image.
TRANSPARENT_GIF = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")
#: The query parameter of the preferences page after a save.
SAVED = "saved"

BAD_LINK_MESSAGES = {
    "expired": lambda: _("This link has expired. Subscribe again from the form below to receive a new one."),
    "invalid": lambda: _(
        "This link is not valid: it may have been cut or changed. Copy the whole link from the email."
    ),
    "gone": lambda: _("This link is no longer valid: a newer email replaced it, or the subscription was erased."),
}


def _suffix(page, name, **kwargs):
    return lazy(lambda: page.reverse_subpage(name, kwargs=kwargs or None), str)()


def _render(page, request, template, title, status=200, private=False, **extra):
    context = page.get_context(request)
    context.update(subpage_title=title, **extra)
    response = TemplateResponse(request, template, context, status=status)
    if private:
        # An address holding a subscriber's token: never kept by the page cache or a proxy.
        add_never_cache_headers(response)
    return response


def subscribe(page, request):
    """The form; on a valid post record the request and email the confirmation link."""
    form = SubscribeForm(request.POST or None, initial={"language": get_language(), "topics": ALL_TOPICS})
    status = 200
    if request.method == "POST":
        thanks = page.get_url(request) + page.reverse_subpage("thanks")
        if not within_rate_limit(request, "newsletter", settings.FORM_POSTS_PER_HOUR, 3600):
            status = 429
            form.add_error(None, _("You have sent this form many times in a short while. Please try again later."))
        elif form.is_bot():
            return HttpResponseRedirect(thanks)
        elif form.is_valid():
            data = form.cleaned_data
            subscriber, note = subscriptions.subscribe(
                data["email"], data["language"], data["topics"], str(CONSENT_TEXT), client_address(request)
            )
            # A confirmed subscriber keeps their language: the note and its links are in it.
            section_url = _section_url(page, request, subscriber.language)
            enqueue(send_subscription_note, subscriber.pk, subscriber.key, section_url, note)
            return HttpResponseRedirect(thanks)
    issues = public_only(NewsletterIssuePage.objects.child_of(page).live()).order_by("-first_published_at")
    paginator_page = paginate(request, issues, ISSUES_PER_PAGE)
    return _render(
        page,
        request,
        "newsletter/newsletter_page.html",
        None,
        status=status,
        form=form,
        issues=as_cards(paginator_page.object_list) if paginator_page.object_list else [],
        issues_page=paginator_page,
    )


def _section_url(page, request, language):
    """The section's address in the subscriber's language: their links open the site in it."""
    with translation.override(language):
        return page.get_full_url(request)


def thanks(page, request):
    return _render(page, request, "newsletter/thanks.html", _("Check your inbox"), route_suffix=_suffix(page, "thanks"))


def _bad_link(page, request, error):
    return _render(
        page,
        request,
        "newsletter/bad_link.html",
        _("This link does not work"),
        status=400,
        private=True,
        message=BAD_LINK_MESSAGES[error.reason](),
        form=SubscribeForm(initial={"language": get_language(), "topics": ALL_TOPICS}),
    )


def confirm(page, request, token):
    """A button to confirm (mail scanners that open links do not press it); the post confirms."""
    try:
        subscriber = subscriptions.subscriber_from_link(token, CONFIRM)
    except BadLink as error:
        return _bad_link(page, request, error)
    status = subscriber.status
    if request.method == "POST":
        status = subscriptions.confirm(subscriber)
        done = True
    else:
        done = status != Subscriber.Status.PENDING
    return _render(
        page,
        request,
        "newsletter/confirm.html",
        _("Confirm your subscription"),
        private=True,
        subscriber=subscriber,
        done=done,
        subscription_status=status,
        preferences_url=_link(page, request, "preferences", make_token(subscriber, MANAGE)),
        route_suffix=_suffix(page, "confirm", token=token),
    )


def _link(page, request, name, token):
    return page.get_url(request) + page.reverse_subpage(name, kwargs={"token": token})


def preferences(page, request, token):
    """Language, topics and pause; and the way to unsubscribe or erase everything."""
    try:
        subscriber = subscriptions.subscriber_from_link(token, MANAGE)
    except BadLink as error:
        return _bad_link(page, request, error)
    initial = {"language": subscriber.language, "topics": subscriber.topics, "paused": subscriber.paused}
    form = PreferencesForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        subscriptions.update_preferences(subscriber, data["language"], data["topics"], data["paused"])
        # The page again, in the language just chosen.
        with translation.override(data["language"]):
            return HttpResponseRedirect(_link(page, request, "preferences", token) + f"?{SAVED}=1")
    return _render(
        page,
        request,
        "newsletter/preferences.html",
        _("Your newsletter preferences"),
        private=True,
        form=form,
        saved=request.method == "GET" and SAVED in request.GET,
        subscriber=subscriber,
        unsubscribe_url=_link(page, request, "unsubscribe", token),
        erase_url=_link(page, request, "erase", token),
        route_suffix=_suffix(page, "preferences", token=token),
    )


def unsubscribe(page, request, token):
    """A button to leave the list; the post takes the address off it."""
    try:
        subscriber = subscriptions.subscriber_from_link(token, MANAGE)
    except BadLink as error:
        return _bad_link(page, request, error)
    if request.method == "POST":
        subscriptions.unsubscribe(subscriber)
    return _render(
        page,
        request,
        "newsletter/unsubscribe.html",
        _("Unsubscribe"),
        private=True,
        done=subscriber.status == Subscriber.Status.UNSUBSCRIBED,
        subscriber=subscriber,
        preferences_url=_link(page, request, "preferences", token),
        route_suffix=_suffix(page, "unsubscribe", token=token),
    )


def erase(page, request, token):
    """A button to erase the subscription; the post deletes everything stored about the address."""
    try:
        subscriber = subscriptions.subscriber_from_link(token, MANAGE)
    except BadLink as error:
        return _bad_link(page, request, error)
    if request.method == "POST":
        subscriptions.erase(subscriber)
        return HttpResponseRedirect(page.get_url(request) + page.reverse_subpage("erased"))
    return _render(
        page,
        request,
        "newsletter/erase.html",
        _("Erase your data"),
        private=True,
        subscriber=subscriber,
        route_suffix=_suffix(page, "erase", token=token),
    )


def erased(page, request):
    return _render(
        page, request, "newsletter/erased.html", _("Your data is erased"), route_suffix=_suffix(page, "erased")
    )


#: The views behind each sub-address, by the name of its route (addresses.WORDS).
VIEWS = {
    "thanks": thanks,
    "confirm": confirm,
    "preferences": preferences,
    "unsubscribe": unsubscribe,
    "erase": erase,
    "erased": erased,
}


def legacy(page, request, token=None):
    """A first-release English address: a visit moves to the translated one, a form posted to it is handled."""
    # The legacy words are the routes' names: "confirm" in /pt/boletim/confirm/<token>/.
    name = request.path.removeprefix(page.get_url(request)).split("/")[0]
    if request.method not in ("GET", "HEAD"):
        return VIEWS[name](page, request, token) if token else VIEWS[name](page, request)
    target = page.get_url(request) + page.reverse_subpage(name, kwargs={"token": token} if token else None)
    if request.GET:
        target += f"?{request.GET.urlencode()}"
    response = HttpResponseRedirect(target)
    if token:
        add_never_cache_headers(response)
    return response


@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def one_click_unsubscribe(request, token):
    """RFC 8058: a mail client POSTs "List-Unsubscribe=One-Click" here, with no cookie, token or script.

    A GET (someone opening the address) leads to the unsubscribe page with its button instead.
    """
    if request.method == "POST":
        subscriber = subscriptions.unsubscribe_by_link(token)
        # The answer (which a mail program may show) in the subscriber's language.
        with translation.override(subscriber.language if subscriber else get_language()):
            response = HttpResponse(
                _("You are unsubscribed from the Efus newsletter.") if subscriber else _("This link is not valid."),
                status=200 if subscriber else 400,
                content_type="text/plain; charset=utf-8",
            )
            response["Content-Language"] = translation.get_language()
    else:
        response = _redirect_to_unsubscribe_page(token)
    add_never_cache_headers(response)
    return response


@require_http_methods(["GET", "HEAD"])
def open_pixel(request, token):
    """The open-tracking image of an issue that counts opens: records the delivery's first open, answers a 1×1 GIF."""
    delivery_id = emails.delivery_from_pixel(token)
    if delivery_id is not None and request.method == "GET":
        Delivery.objects.filter(pk=delivery_id, opened_at__isnull=True, issue__track_opens=True).update(
            opened_at=timezone.now()
        )
    response = HttpResponse(TRANSPARENT_GIF, content_type="image/gif")
    add_never_cache_headers(response)
    return response


def _redirect_to_unsubscribe_page(token):
    page = NewsletterPage.objects.live().first()
    try:
        subscriber = subscriptions.subscriber_from_link(token, MANAGE)
    except BadLink:
        subscriber = None
    if page is None:
        return HttpResponse(status=404)
    with translation.override(subscriber.language if subscriber else settings.LANGUAGE_CODE):
        return HttpResponseRedirect(page.get_url() + page.reverse_subpage("unsubscribe", kwargs={"token": token}))
