"""Saving translated objects, and the marks on fields a machine filled."""

import json

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from .models import MachineTranslation, text_hash
from .units import raw_value, translated_fields


def fingerprint(obj, field, language):
    """A fingerprint of a field's value in a language, to tell whether someone changed it."""
    value = raw_value(obj, field.name, field.kind, language)
    return text_hash(value if isinstance(value, str) else json.dumps(value, sort_keys=True))


def save_translated(obj):
    """Save an object after writing translations: a page as a new revision, published if it was up to date."""
    if not isinstance(obj, Page):
        obj.save()
        return
    publish = obj.live and not obj.has_unpublished_changes
    revision = obj.save_revision(clean=False)
    if publish:
        revision.publish()


def _marks(obj):
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    return MachineTranslation.objects.filter(content_type=content_type, object_id=str(obj.pk))


def mark_machine(obj, language, names, job=None):
    """Mark fields a machine just filled in a language: "machine translation, to review"."""
    content_type = ContentType.objects.get_for_model(obj, for_concrete_model=False)
    fields = {field.name: field for field in translated_fields(type(obj))}
    for name in names:
        MachineTranslation.objects.update_or_create(
            content_type=content_type,
            object_id=str(obj.pk),
            field=name,
            language=language,
            defaults={"value_hash": fingerprint(obj, fields[name], language), "job": job},
        )


def clear_marks(obj, language, names):
    """A person wrote these fields: they are no longer machine translations."""
    _marks(obj).filter(language=language, field__in=names).delete()


def clear_edited_marks(obj):
    """Drop the marks of fields whose value a person changed since the machine wrote it."""
    fields = {field.name: field for field in translated_fields(type(obj))}
    edited = [
        mark.pk
        for mark in _marks(obj)
        if mark.field not in fields or fingerprint(obj, fields[mark.field], mark.language) != mark.value_hash
    ]
    if edited:
        MachineTranslation.objects.filter(pk__in=edited).delete()
    return len(edited)


def marks_by_object(content_type_ids=None):
    """{(content type id, object id): {(field, language), …}} of the fields awaiting review."""
    rows = MachineTranslation.objects.values_list("content_type_id", "object_id", "field", "language")
    if content_type_ids is not None:
        rows = rows.filter(content_type_id__in=content_type_ids)
    found = {}
    for content_type_id, object_id, field, language in rows:
        found.setdefault((content_type_id, object_id), set()).add((field, language))
    return found
