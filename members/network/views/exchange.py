"""The experience exchange: the list and its search, a thread, new posts, replies, helpful marks, reports."""

from django.contrib import messages
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from efus_site.core.models import Theme
from efus_site.core.pagination import paginate

from .. import exchange, snapshots
from ..access import members_only
from ..forms import PostForm, ReplyForm, ReportForm
from ..models import Post, Reply
from ..richtext import to_plain_text
from .common import allowed_to_post, render_area

PER_PAGE = 20


@members_only
def post_list(request):
    """Every visible post, newest first; filtered by theme, or searched."""
    query = request.GET.get("q", "").strip()[:200]
    theme = Theme.objects.filter(slug_en=request.GET.get("theme", "")).first()
    posts = exchange.listing(themes=[theme] if theme else None, query=query)
    page = paginate(request, posts, PER_PAGE)
    page.object_list = [snapshots.PostEntry.of(post) for post in page.object_list]
    context = {
        "page_obj": page,
        "query": query,
        "theme": theme,
        "themes": Theme.objects.all(),
    }
    return render_area(request, "network/post_list.html", _("Experience exchange"), context)


@members_only
def new_post(request):
    """Write a post; the followers of its themes hear of it."""
    form = PostForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not allowed_to_post(request, "post"):
            return render_area(request, "network/post_form.html", _("New post"), {"form": form}, status=429)
        if form.is_valid():
            if form.is_bot():
                return HttpResponseRedirect(request.path)
            data = form.cleaned_data
            post = exchange.create_post(
                request.user, data["kind"], data["title"], data["themes"], data["body"], data["attachment"]
            )
            messages.success(request, _("Your post is published."))
            return HttpResponseRedirect(post.get_absolute_url())
    return render_area(request, "network/post_form.html", _("New post"), {"form": form})


def _visible_post(pk):
    post = get_object_or_404(Post.objects.select_related("author__network_profile__authority"), pk=pk)
    if post.hidden:
        raise Http404
    return post


@members_only
def post_detail(request, pk):
    """A post and its replies; members reply here."""
    form = ReplyForm(request.POST or None)
    if request.method == "POST":
        post = _visible_post(pk)
        if not allowed_to_post(request, "reply"):
            return HttpResponseRedirect(request.path)
        if form.is_valid() and not form.is_bot():
            if exchange.add_reply(post, request.user, form.cleaned_data["body"]) is None:
                messages.error(request, _("This post is locked: it takes no more replies."))
            else:
                messages.success(request, _("Your reply is published."))
            return HttpResponseRedirect(request.path + "#replies")
    thread = snapshots.thread(pk)
    if thread is None:
        raise Http404
    context = {"post": thread, "form": form, "is_author": thread.author_id == request.user.pk}
    return render_area(request, "network/post_detail.html", thread.title, context)


@members_only
def edit_post(request, pk):
    """The author corrects their post's title and text; nobody else may."""
    post = _visible_post(pk)
    if post.author_id != request.user.pk:
        raise Http404
    initial = {"kind": post.kind, "title": post.title, "themes": post.themes.all(), "body": to_plain_text(post.body)}
    form = PostForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid() and not form.is_bot():
        exchange.update_post(post, form.cleaned_data)
        messages.success(request, _("Your post is updated."))
        return HttpResponseRedirect(post.get_absolute_url())
    return render_area(request, "network/post_form.html", _("Edit your post"), {"form": form, "post": post})


@require_POST
@members_only
def mark_helpful(request, pk):
    """The post's author marks (or unmarks) a reply as helpful."""
    reply = get_object_or_404(Reply.objects.select_related("post"), pk=pk, hidden=False, post__hidden=False)
    if not exchange.toggle_helpful(reply, request.user):
        raise Http404
    return HttpResponseRedirect(reply.post.get_absolute_url() + f"#reply-{reply.pk}")


@members_only
def report_post(request, pk):
    """A member tells staff what is wrong with a post."""
    post = _visible_post(pk)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if not form.is_bot() and allowed_to_post(request, "report"):
            exchange.report(post, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Thank you: Efus' staff will look at this post."))
        return HttpResponseRedirect(post.get_absolute_url())
    return render_area(request, "network/report_form.html", _("Report a post"), {"form": form, "post": post})
