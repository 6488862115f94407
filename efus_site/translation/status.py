"""How far every page and translated snippet is translated, per language: the dashboard's service."""

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .store import marks_by_object
from .units import target_languages, translated_models, units_by_language

COMPLETE, MACHINE, PARTLY, MISSING = "complete", "machine", "partly", "missing"
STATES = {
    COMPLETE: _("Complete"),
    MACHINE: _("Machine translation, to review"),
    PARTLY: _("Partly translated"),
    MISSING: _("Missing"),
}
#: Wagtail's page paths grow by four characters a level: a section (a child of the home page) is level 3.
SECTION_PATH = 12


@dataclass
class Row:
    """One page or snippet and its state in each language."""

    obj: object
    model: type
    states: dict
    section: object = None
    machine_fields: dict = field(default_factory=dict)

    @property
    def type_name(self):
        """The model's name, as staff know it."""
        return str(self.model._meta.verbose_name)


def language_state(units, machine_fields):
    """The state of one object in one language, from its units and the fields a machine filled."""
    if not units:
        return COMPLETE
    filled = [unit for unit in units if unit.target]
    if not filled:
        return MISSING
    if len(filled) < len(units):
        return PARTLY
    return MACHINE if machine_fields else COMPLETE


def same_in_every_language(model):
    """Names of a model's fields that may stay empty in a language (TRANSLATION_SAME_IN_EVERY_LANGUAGE)."""
    prefix = f"{model._meta.label_lower}."
    return {
        entry.removeprefix(prefix) for entry in settings.TRANSLATION_SAME_IN_EVERY_LANGUAGE if entry.startswith(prefix)
    }


def object_states(obj, languages=None, marks=None):
    """{language: state} of one object; marks are its (field, language) machine marks."""
    languages = languages or target_languages()
    marks = marks if marks is not None else marks_by_object().get(_mark_key(obj), set())
    units = units_by_language(obj, languages)
    same = same_in_every_language(type(obj))
    return {
        language: language_state(
            # A proper name left empty reads as the English one: it is neither missing nor translated.
            [unit for unit in units[language] if unit.target or unit.field.name not in same],
            {name for name, lang in marks if lang == language},
        )
        for language in languages
    }


def _mark_key(obj):
    return (ContentType.objects.get_for_model(obj, for_concrete_model=False).pk, str(obj.pk))


def sections():
    """The site's sections: the home pages' children, for the filter."""
    return list(Page.objects.filter(depth=3).order_by("path").only("id", "title", "path"))


def model_choices():
    """(key, name) of every translated model, for the type filter."""
    return [
        (model._meta.label_lower, str(model._meta.verbose_name_plural).capitalize()) for model in translated_models()
    ]


def rows(section=None, language=None, state=None, model_key=None):
    """The dashboard's rows and totals {language: {state: count}} for the filters given.

    One query per translated model, whatever the number of rows.
    """
    languages = target_languages()
    marks = marks_by_object()
    section_by_path = {page.path: page for page in sections()}
    content_types = ContentType.objects.get_for_models(*translated_models(), for_concrete_models=False)
    found = []
    for model in translated_models():
        if model_key and model._meta.label_lower != model_key:
            continue
        is_page = issubclass(model, Page)
        if section is not None and not is_page:
            continue
        objects = model.objects.all()
        if is_page:
            objects = objects.filter(depth__gt=1).order_by("path")
            if section is not None:
                objects = objects.filter(path__startswith=section.path)
        else:
            objects = objects.order_by("pk")
        content_type_id = content_types[model].pk
        for obj in objects:
            object_marks = marks.get((content_type_id, str(obj.pk)), set())
            states = object_states(obj, languages, object_marks)
            by_language = {}
            for name, lang in object_marks:
                by_language.setdefault(lang, []).append(name)
            section_page = section_by_path.get(obj.path[:SECTION_PATH]) if is_page else None
            found.append(Row(obj, model, states, section_page, by_language))
    totals = {lang: dict.fromkeys(STATES, 0) for lang in languages}
    for row in found:
        for lang, row_state in row.states.items():
            totals[lang][row_state] += 1
    if state:
        found = [row for row in found if (row.states[language] == state if language else state in row.states.values())]
    return found, totals
