"""As a superuser, every admin screen answers: no 500, and no 404 for what exists.

Nothing here names a model or an app. The walk reads Wagtail's registries, so a new app's snippets, model
viewsets, page types, settings and custom admin views join it by being registered:

- every model viewset (snippets included): its listing plain, searched and with each filter, its create form,
  and each of its views of one object (edit, inspect, history, usage, delete…) for a row made by a factory;
- every chooser: plain and searched;
- every page type: its create form under a page that allows it, and each admin view of one page for a page
  made by its factory, with the explorer listing of its parent (searched, filtered);
- every setting, for the default site;
- every model Wagtail links to an edit screen (images and documents too), for a row;
- every admin address that takes no argument (the `register_admin_urls` hooks' views among them),
  plain, searched and filtered.

A project model shown in the admin without a factory in its app's `factories.py` fails the walk, named.
"""

import importlib
from pathlib import Path

import django_filters
import factory.django
import pytest
from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import RoutePattern
from treebeard.mp_tree import MP_Node
from wagtail.admin.admin_url_finder import AdminURLFinder, finder_classes
from wagtail.admin.viewsets import viewsets as registered_viewsets
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.contrib.settings.registry import registry as settings_registry
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
#: Answers that mean the screen is broken, or that something which exists was not found.
BROKEN = {404, 500}
LANGUAGE_PREFIXES = tuple(f"/{code}/admin/" for code, _name in settings.LANGUAGES)
#: Admin views that answer 404 or 500 on purpose, when walked as this walk does.
NOT_WALKED = {
    "wagtailadmin_error_test": "Wagtail's /admin/failwhale/ raises, to test error reporting",
    "wagtailadmin_block_preview": "needs a block's id in its query string (tests/core/test_blocks.py)",
    "convert_alias": "only an alias page can be converted into an ordinary page",
}


def is_project_model(model):
    path = Path(apps.get_app_config(model._meta.app_label).path)
    # Installed packages may live inside the project too (a .venv in the checkout).
    return ROOT in path.parents and "site-packages" not in path.parts


def model_factories():
    """{model: factory} for every factory defined in an installed app's `factories` module."""
    found = {}
    for config in apps.get_app_configs():
        name = f"{config.name}.factories"
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise
            continue
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, factory.django.DjangoModelFactory)
                and value.__module__ == name
                and value._meta.model is not None
            ):
                found.setdefault(value._meta.get_model_class(), value)
    return found


class Walk:
    """A superuser's client that remembers every broken answer instead of stopping at the first."""

    def __init__(self, client, home):
        self.client = client
        self.home = home
        self.factories = model_factories()
        self.failures = []
        self.visited = 0

    def get(self, url, **params):
        self.visited += 1
        try:
            with transaction.atomic():  # a failed query must not break the requests after it (PostgreSQL)
                response = self.client.get(url, params)
        except Exception as error:  # the report names every crash, not only the first
            self.failures.append(f"{url} {params or ''}: {type(error).__name__}: {error}")
            return None
        if response.status_code in BROKEN:
            self.failures.append(f"{url} {params or ''}: {response.status_code}")
        elif response.status_code == 302 and response["Location"].startswith(LANGUAGE_PREFIXES):
            # How Django's LocaleMiddleware hid a 404 outside the language prefixes.
            self.failures.append(f"{url} {params or ''}: 404, redirected to {response['Location']}")
        return response

    def report(self):
        assert self.visited, "the walk visited nothing"
        assert not self.failures, f"{len(self.failures)} of {self.visited} admin screens failed:\n" + "\n".join(
            self.failures
        )

    # Objects

    def instance(self, model):
        """A row of the model: made by its factory, or for Wagtail's own models the first that exists."""
        if issubclass(model, BaseSiteSetting):
            return model.for_site(self.home.get_site())
        if issubclass(model, BaseGenericSetting):
            return model.load()
        if model in self.factories:
            if issubclass(model, Page):
                return self.page(model)
            return self.factories[model]()
        if is_project_model(model):
            module = model._meta.app_config.name.replace(".", "/")
            pytest.fail(f"{model._meta.label} has no factory: add one to {module}/factories.py")
        # The root of a tree (the root collection) has no edit screen.
        rows = model._default_manager.all()
        return (rows.filter(depth__gt=1) if issubclass(model, MP_Node) else rows).first()

    def page(self, model):
        existing = model.objects.first()
        if existing is not None and not model.can_create_at(existing.get_parent()):
            return existing  # a page there may be only one of, such as the home page
        parent = self.parent_for(model)
        assert parent is not None, f"{model._meta.label}: no page may hold it"
        return self.factories[model](parent=parent)

    def parent_for(self, model):
        """A page the model may be created under, making one if none exists yet."""
        # Under the home page's tree first: the root holds only sites' home pages.
        for page in [*Page.objects.filter(depth__gt=1).order_by("path").specific(), Page.get_first_root_node()]:
            if model.can_create_at(page):
                return page
        for parent_model in model.allowed_parent_page_models():
            if parent_model is not Page and parent_model in self.factories:
                parent = self.page(parent_model)
                if model.can_create_at(parent):
                    return parent
        return None

    # Screens

    def listing(self, url, search=None, found_url=None):
        """A listing, searched, and with each of its filters set to a value it offers."""
        response = self.get(url)
        if response is None or response.status_code != 200:
            return
        if search:
            searched = self.get(url, q=search)
            answered = searched is not None and searched.status_code == 200
            if found_url and answered and found_url not in searched.content.decode():
                self.failures.append(f"{url}?q={search}: does not find {found_url}")
        filters = response.context.get("filters") if response.context else None
        for name, value in filter_values(filters):
            self.get(url, **{name: value})

    def object_views(self, namespace, patterns, key):
        """Each view of the namespace that takes only the object's key, for this object."""
        for name in single_argument_patterns(patterns):
            self.get(reverse(f"{namespace}:{name}", args=[key]))


def filter_values(filterset):
    """(parameter, value) pairs: one choice each filter offers, so that each filter is applied once."""
    if not isinstance(filterset, django_filters.FilterSet):
        return
    form = filterset.form
    for name, field in form.fields.items():
        widget_names = getattr(field.widget, "widgets_names", None)
        if widget_names:  # a range, e.g. dates "from" and "to"
            yield f"{name}{widget_names[0]}", "2020-01-01"
            continue
        choices = [value for value in flat_choices(getattr(field, "choices", [])) if value not in ("", None)]
        if choices:
            value = choices[0]
            yield name, str(getattr(value, "value", value))
        elif field.__class__.__name__ in ("BooleanField", "NullBooleanField"):
            yield name, "true"


def flat_choices(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):  # a group of choices
            yield from (inner for inner, _label in label)
        else:
            yield value


def single_argument_patterns(patterns):
    """Names of the URL patterns that take one argument: the object's key."""
    for pattern in patterns:
        if (
            isinstance(pattern, URLPattern)
            and pattern.name not in NOT_WALKED
            and pattern.name
            and len(pattern.pattern.converters) == 1
        ):
            yield pattern.name


def admin_urls():
    return next(
        entry
        for entry in get_resolver().url_patterns
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/"
    )


def namespace_patterns(namespace, resolver=None):
    """The URL patterns of an admin namespace, such as the page views' "wagtailadmin_pages"."""
    for entry in (resolver or admin_urls()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == namespace:
                return entry.url_patterns
            if found := namespace_patterns(namespace, entry):
                return found
    return None


def plain_admin_paths():
    """Every admin address that takes no argument, from the URL configuration Wagtail built."""
    admin = admin_urls()

    def walk(patterns, prefix):
        for entry in patterns:
            if not isinstance(entry.pattern, RoutePattern) or entry.pattern.converters:
                continue  # regular expressions are the catch-all 404; converters need an object
            route = prefix + str(entry.pattern)
            if isinstance(entry, URLResolver):
                yield from walk(entry.url_patterns, route)
            elif entry.name not in NOT_WALKED:
                yield route

    return sorted(set(walk(admin.url_patterns, "/admin/")))


def model_viewsets():
    return [viewset for viewset in registered_viewsets.viewsets if isinstance(viewset, ModelViewSet)]


@pytest.fixture
def walk(admin_client, home):
    admin_client.get(reverse("wagtailadmin_home"))  # builds the admin URLs, which registers the viewsets
    return Walk(admin_client, home)


def test_every_model_viewset_lists_searches_filters_creates_and_edits(walk):
    viewsets = model_viewsets()
    assert any(is_project_model(viewset.model) for viewset in viewsets)
    for viewset in viewsets:
        instance = walk.instance(viewset.model)
        names = {pattern.name for pattern in viewset.get_urlpatterns()}
        # Search must find a project's row; Wagtail's own listings may search other fields than str().
        found = instance is not None and is_project_model(viewset.model)
        edit_url = reverse(viewset.get_url_name("edit"), args=[instance.pk]) if found else None
        list_name = "list" if "list" in names else "index"
        search = str(instance).split()[0] if instance else "a"
        for name in (list_name, f"{list_name}_results"):
            if name in names:
                walk.listing(reverse(viewset.get_url_name(name)), search=search, found_url=edit_url)
        if "add" in names:
            walk.get(reverse(viewset.get_url_name("add")))
        if instance is not None:
            walk.object_views(viewset.url_namespace, viewset.get_urlpatterns(), instance.pk)
    walk.report()


def test_every_chooser_lists_and_searches(walk):
    choosers = [viewset for viewset in registered_viewsets.viewsets if isinstance(viewset, ChooserViewSet)]
    assert choosers
    for viewset in choosers:
        model = apps.get_model(viewset.model) if isinstance(viewset.model, str) else viewset.model
        instance = walk.instance(model) if model else None
        search = str(instance).split()[0] if instance else "a"
        for name in ("choose", "choose_results"):
            url = reverse(viewset.get_url_name(name))
            walk.get(url)
            walk.get(url, q=search)
    walk.report()


def creatable_page_models():
    return [model for model in get_page_models() if model.is_creatable]


def test_every_page_type_has_a_create_form(walk):
    for model in creatable_page_models():
        parent = walk.parent_for(model)
        if parent is None and model.max_count and model.objects.count() >= model.max_count:
            continue  # the one allowed exists already (the home page): there is nothing to create
        assert parent is not None, f"{model._meta.label}: no page may hold it"
        walk.get(reverse("wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]))
        walk.get(reverse("wagtailadmin_pages:add_subpage", args=[parent.pk]))
    walk.report()


def test_every_page_type_edits_and_lists(walk):
    page_patterns = namespace_patterns("wagtailadmin_pages")
    for model in creatable_page_models():
        page = walk.instance(model)
        walk.object_views("wagtailadmin_pages", page_patterns, page.pk)
        parent = page.get_parent()
        search = page.title.split()[0]
        walk.listing(reverse("wagtailadmin_explore", args=[parent.pk]), search=search)
        walk.listing(reverse("wagtailadmin_explore", args=[page.pk]))
    walk.listing(reverse("wagtailadmin_pages:search"), search="a")
    walk.report()


def test_every_setting_has_an_edit_form(walk):
    site = walk.home.get_site()
    assert list(settings_registry)
    for model in settings_registry:
        meta = model._meta
        if issubclass(model, BaseSiteSetting):
            walk.get(reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name, site.pk]))
        walk.get(reverse("wagtailsettings:edit", args=[meta.app_label, meta.model_name]))
    walk.report()


def test_every_admin_address_without_arguments_answers_searched_and_filtered(walk):
    paths = plain_admin_paths()
    assert reverse("members_import") in paths  # a register_admin_urls hook's view
    for path in paths:
        walk.listing(path, search="a")  # a search or a filter that is not a listing's is ignored
    walk.report()


def admin_edited_models():
    """Concrete models Wagtail links to an edit screen: pages, snippets, images, documents, users…"""
    return [
        model
        for model in apps.get_models()
        if finder_classes.get_by_type(model) is not None and not (issubclass(model, Page) and not model.is_creatable)
    ]


def test_every_model_with_an_admin_edit_screen_opens_it(walk, admin_user):
    finder = AdminURLFinder(admin_user)
    models = admin_edited_models()
    assert {"core.CustomImage", "wagtaildocs.Document"} <= {model._meta.label for model in models}
    for model in models:
        instance = walk.instance(model)
        if instance is None:
            continue  # one of Wagtail's own models, and none exists
        url = finder.get_edit_url(instance)
        if url is None:
            walk.failures.append(f"{model._meta.label}: no edit screen for {instance!r}")
        else:
            walk.get(url)
    walk.report()


def test_a_project_model_without_a_factory_fails_the_walk_by_name(walk):
    model = next(viewset.model for viewset in model_viewsets() if is_project_model(viewset.model))
    del walk.factories[model]
    with pytest.raises(pytest.fail.Exception, match=model._meta.label):
        walk.instance(model)
