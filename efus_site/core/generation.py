"""The content generation: a number that moves on whenever anything visitors see changes.

Cached pages, menus, settings, site lookups and view restrictions are keyed by it, so moving it
on makes all of them stale at once, in every language and every process.

Cached values are keyed by the release too (settings.RELEASE_ID), and `migrate` starts a new
generation: values cached by one release of the code are never read by the next, whose templates
and data shapes may differ. The counter itself is shared, so a publication made through a web
worker of the old release during a rolling deploy still reaches the new one.

A value cached for one generation never changes, which allows two shortcuts: a request reads the
generation from the shared cache once, and each process keeps the values of the current
generation in memory instead of asking the shared cache for them on every request. It keeps them
pickled and hands out fresh copies, so nothing one request sets on a cached page or site is seen
by the next. A large value that no caller changes (the search's vocabulary) is kept as it is
instead, with `cached_constant()`: unpickling it on every request would cost more than using it.
"""

import pickle
import secrets

from asgiref.local import Local
from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save

_MISSING = object()
#: Bound on the values one process keeps for the current generation.
LOCAL_LIMIT = 1000

_request = Local()
_local = {"generation": None, "values": {}}
_constants = {"generation": None, "values": {}}


GENERATION_KEY = "content:generation"


def read_counter(key):
    """A shared counter's value (the generation, or an app's own version), started at random when missing."""
    value = cache.get(key)
    if value is None:
        # A random start: after the shared cache is flushed, no process still holds values for it.
        start = secrets.randbelow(10**12) + 1
        cache.add(key, start, None)
        value = cache.get(key, start)
    return value


def advance_counter(key):
    """Move a shared counter on, making whatever was cached under its old value stale."""
    try:
        cache.incr(key)
    except ValueError:
        cache.set(key, secrets.randbelow(10**12) + 1, None)


def generation():
    """The current generation, read once per request."""
    if not getattr(_request, "active", False):
        return read_counter(GENERATION_KEY)
    if getattr(_request, "value", None) is None:
        _request.value = read_counter(GENERATION_KEY)
    return _request.value


def advance():
    """Start a new generation, making every cached copy stale."""
    advance_counter(GENERATION_KEY)
    _request.value = None


def content_changed(sender=None, **kwargs):
    """Anything a page shows has changed: every cached copy is stale, now and again at commit.

    Advancing now makes this request's own later reads fresh; advancing again at commit discards
    what a concurrent request cached from the old rows in between. Bulk writes, which send no
    signal, call it themselves.
    """
    advance()
    transaction.on_commit(advance)


#: The models registered with track_content().
TRACKED_MODELS = set()


def track_content(model):
    """Register a model whose rows pages show: saving or deleting one starts a new generation.

    Call it once per model, in the module that defines it (it returns the model, so it also works
    as a class decorator). Bulk writes to the model call content_changed() themselves.
    """
    label = model._meta.label
    post_save.connect(content_changed, sender=model, dispatch_uid=f"content-saved-{label}")
    post_delete.connect(content_changed, sender=model, dispatch_uid=f"content-deleted-{label}")
    TRACKED_MODELS.add(model)
    return model


def cached(name, compute, timeout=3600, keep_none=True):
    """compute()'s value for the current generation: from this process, the shared cache, or computed.

    keep_none=False leaves a None result uncached: for lookups keyed by what visitors type, where
    storing every miss would let anyone fill the cache.
    """
    current = generation()
    if _local["generation"] != current:
        _local["generation"], _local["values"] = current, {}
    key = f"{name}:{settings.RELEASE_ID}:{current}"
    pickled = _local["values"].get(key)
    if pickled is not None:
        return pickle.loads(pickled)  # noqa: S301 - written by this process a moment ago
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        if value is None and not keep_none:
            return None
        cache.set(key, value, timeout)
    if len(_local["values"]) < LOCAL_LIMIT:
        _local["values"][key] = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return value


class GenerationMiddleware:
    """Read the generation at most once per request, however many cached values the request uses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.active, _request.value = True, None
        try:
            return self.get_response(request)
        finally:
            _request.active, _request.value = False, None


def cached_constant(name, compute, timeout=3600):
    """cached() for a large value no caller changes (tuples, frozensets, dicts only read): the same object each time."""
    current = generation()
    if _constants["generation"] != current:
        _constants["generation"], _constants["values"] = current, {}
    key = f"{name}:{settings.RELEASE_ID}:{current}"
    value = _constants["values"].get(key, _MISSING)
    if value is _MISSING:
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = compute()
            cache.set(key, value, timeout)
        _constants["values"][key] = value
    return value
