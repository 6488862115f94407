"""Translation units of any model registered with modeltranslation: discovery, reading and writing.

A unit is one segment of one field of one object, in one target language. Its id names all of it:
`core.standardpage:12:body.<block id>.items.<item id>.heading` (letters, digits, `.:-_` only, so it
is a valid XLIFF 2.0 NMTOKEN).
"""

from dataclasses import dataclass
from functools import cache

from django.conf import settings
from django.db import models
from modeltranslation.translator import translator
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from . import segments as seg

STREAM = "stream"
# Columns wagtail-modeltranslation translates that are addresses, not prose.
NOT_PROSE = {"slug", "url_path"}


def source_language():
    """The language every translation starts from."""
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    """The languages translated into."""
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def column(name, language):
    """The column modeltranslation stores a field's text in for a language."""
    return f"{name}_{language.replace('-', '_')}"


@dataclass(frozen=True)
class TranslatedField:
    """A translated field of a model: its name, kind (text, rich, stream), label and block."""

    name: str
    kind: str
    label: str
    block: object = None


def _kind(model_field):
    if isinstance(model_field, StreamField):
        return STREAM
    if isinstance(model_field, RichTextField):
        return seg.RICH
    if isinstance(model_field, (models.SlugField, models.URLField, models.EmailField)):
        return None
    if isinstance(model_field, (models.CharField, models.TextField)):
        return seg.TEXT
    return None


@cache
def translated_fields(model):
    """The prose fields of a model that modeltranslation translates, in the model's field order."""
    names = set(translator.get_options_for_model(model).get_field_names()) - NOT_PROSE
    found = []
    for model_field in model._meta.get_fields():
        if model_field.name not in names or not getattr(model_field, "editable", False):
            continue
        kind = _kind(model_field)
        if kind:
            block = model_field.stream_block if kind == STREAM else None
            found.append(TranslatedField(model_field.name, kind, str(model_field.verbose_name), block))
    return tuple(found)


@cache
def translated_models():
    """Every concrete model with translated prose: specific page types first, then the others."""
    found = [
        model
        for model in translator.get_registered_models(abstract=False)
        if model is not Page and not model._meta.proxy and translated_fields(model)
    ]
    return sorted(found, key=lambda model: (not issubclass(model, Page), model._meta.label_lower))


def model_key(model):
    """The short name of a model in unit ids and forms."""
    return model._meta.label_lower


def model_for_key(key):
    """The translated model of that key, or None."""
    return next((model for model in translated_models() if model_key(model) == key), None)


def editable_object(obj):
    """The version of an object staff edit: a page's latest draft, or the row itself."""
    if isinstance(obj, Page) and obj.has_unpublished_changes:
        return obj.get_latest_revision_as_object()
    return obj


def raw_value(obj, name, kind, language):
    """A field's stored value in a language, as segments reads it."""
    value = getattr(obj, column(name, language), None)
    if kind == STREAM:
        return list(value.get_prep_value()) if value else []
    return value or ""


# Compared by identity: units are keys while a file is applied.
@dataclass(eq=False)
class Unit:
    """One segment of one field of one object, with its source and its translation so far."""

    id: str
    field: TranslatedField
    key: str
    kind: str
    source: str
    target: str
    note: str
    tags: dict
    #: The segment's place in the translation's own blocks, when their ids are not the source's.
    own_key: str = None


def object_units(obj, language):
    """The units of an object in a target language, in field and block order."""
    return units_by_language(obj, [language])[language]


def units_by_language(obj, languages):
    """{language: units} of an object, reading the source once."""
    source = source_language()
    prefix = f"{model_key(type(obj))}:{obj.pk}"
    found = {language: [] for language in languages}
    for field in translated_fields(type(obj)):
        source_segments = seg.segments(field.kind, raw_value(obj, field.name, field.kind, source), field.block)
        if not source_segments:
            continue
        by_key = {segment.key: segment for segment in source_segments}
        for language in languages:
            target_value = raw_value(obj, field.name, field.kind, language)
            targets = {s.key: s for s in seg.segments(field.kind, target_value, field.block, reference=by_key)}
            for segment in source_segments:
                target = targets.get(segment.key)
                tags = {**(target.tags if target else {}), **segment.tags}
                path = " › ".join((field.label, *segment.labels))
                unit_id = f"{prefix}:{field.name}" + (f".{segment.key}" if segment.key else "")
                text = target.text if target else ""
                own_key = target.own_key if target else None
                unit = Unit(unit_id, field, segment.key, segment.kind, segment.text, text, path, tags, own_key)
                found[language].append(unit)
    return found


def apply_units(obj, language, texts, units):
    """Write {unit id: tagged text} into obj's columns for a language; return the names of fields changed.

    A StreamField left empty in that language is first given the source's blocks with their texts
    emptied, so ids and every non-text value are the source's. Raises seg.MissingPath or
    seg.MarkupError, having changed nothing on obj.
    """
    by_field = {}
    for unit in units:
        if unit.id in texts and texts[unit.id] != unit.target:
            by_field.setdefault(unit.field.name, (unit.field, {}))[1][unit] = texts[unit.id]
    new_values = {}
    for field, by_unit in by_field.values():
        current = raw_value(obj, field.name, field.kind, language)
        if field.kind == STREAM and not current:
            current = seg.blank(raw_value(obj, field.name, field.kind, source_language()), field.block)
            changes = {unit.key: (text, unit.tags) for unit, text in by_unit.items()}
        else:
            changes = {unit.own_key or unit.key: (text, unit.tags) for unit, text in by_unit.items()}
        new_texts = {key: text for key, (text, _tags) in changes.items()}
        tags = {key: unit_tags for key, (_text, unit_tags) in changes.items()}
        new_values[field.name] = seg.write(field.kind, current, new_texts, tags, field.block)
    for name, value in new_values.items():
        setattr(obj, column(name, language), value)
    return list(new_values)
