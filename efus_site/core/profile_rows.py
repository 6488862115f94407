"""The rows a member authority's profile reads back through the related managers other apps add, per generation."""

from django.utils.translation import get_language

from .generation import cached


def profile_rows(manager, build):
    """build()'s rows as a list, cached per content generation, authority and language when read from one.

    manager is a related manager (authority.hosted_conferences…): its instance is the authority whose
    profile is rendered. Read any other way (no saved instance), the rows are built each time.
    """
    instance = getattr(manager, "instance", None)
    if instance is None or instance.pk is None:
        return list(build())
    relation = getattr(manager, "source_field_name", None) or manager.field.name  # many-to-many, or foreign key
    key = f"core:profile:{manager.model._meta.label_lower}:{relation}:{instance.pk}:{get_language()}"
    return cached(key, lambda: list(build()))
