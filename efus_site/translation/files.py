"""Translator files: XLIFF 1.2, XLIFF 2.0 and PO export of units, and their all-or-nothing import."""

import functools
import re
from html import escape, unescape
from pathlib import Path

import polib
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from lxml import etree

from . import segments as seg
from .store import clear_marks, save_translated
from .units import apply_units, editable_object, model_for_key, object_units, source_language, target_languages

XLIFF12 = "urn:oasis:names:tc:xliff:document:1.2"
XLIFF20 = "urn:oasis:names:tc:xliff:document:2.0"
FORMATS = {
    "xliff20": ("xlf", "application/xliff+xml"),
    "xliff12": ("xlf", "application/xliff+xml"),
    "po": ("po", "text/x-gettext-translation"),
}
UNIT_ID = re.compile(
    r"^(?P<model>[a-z0-9_]+\.[a-z0-9_]+):(?P<pk>\d+):(?P<field>[A-Za-z0-9_]+)(\.(?P<key>[A-Za-z0-9_.:-]+))?$"
)
#: The OASIS schemas each version is checked against, shipped with the app (see schemas/README.md).
SCHEMA_DIR = Path(__file__).resolve().parent / "schemas"
SCHEMA_FILES = {XLIFF12: "xliff-core-1.2-strict.xsd", XLIFF20: "xliff_core_2.0.xsd"}
#: Schema errors listed to the translator; the rest are counted.
SCHEMA_ERRORS_SHOWN = 10
#: XLIFF 2.0's inline elements are 1.2's under other names.
INLINE_20 = {"g": "pc", "x": "ph"}
INLINE_BACK = {"g": "g", "x": "x", "pc": "g", "ph": "x"}


class ImportProblems(Exception):
    """A file that cannot be imported; `problems` says why, one line each."""

    def __init__(self, problems):
        super().__init__("; ".join(problems))
        self.problems = problems


class _LocalSchemas(etree.Resolver):
    """Serves xml.xsd, which both schemas import from w3.org, from the copy shipped here."""

    def resolve(self, url, public_id, context):
        if url and url.rsplit("/", 1)[-1] == "xml.xsd":
            return self.resolve_filename(str(SCHEMA_DIR / "xml.xsd"), context)
        return None


@functools.cache
def xliff_schema(namespace):
    """The compiled OASIS schema of an XLIFF namespace; nothing is fetched from the network."""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_LocalSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMA_DIR / SCHEMA_FILES[namespace]), parser))


def schema_problems(root):
    """What makes an XLIFF document break its version's schema, one line each, naming the line."""
    schema = xliff_schema(etree.QName(root).namespace)
    if schema.validate(root):
        return []
    errors = list(schema.error_log)
    problems = [_("The file does not follow the XLIFF schema:")]
    problems += [
        _("line %(line)s: %(message)s") % {"line": error.line, "message": error.message}
        for error in errors[:SCHEMA_ERRORS_SHOWN]
    ]
    if len(errors) > SCHEMA_ERRORS_SHOWN:
        more = len(errors) - SCHEMA_ERRORS_SHOWN
        problems.append(ngettext("and %(count)s more error.", "and %(count)s more errors.", more) % {"count": more})
    return problems


def as_tagged(unit_kind, text):
    """A unit's text in the tagged form files carry: rich text's is already; plain text is escaped."""
    return text if unit_kind == seg.RICH else escape(text, quote=False)


# --- Export ----------------------------------------------------------------------------------------


def export(objects, language, file_format):
    """The units of objects in a target language as a file (bytes)."""
    groups = [(obj, object_units(obj, language)) for obj in objects]
    if file_format == "po":
        return _export_po(groups, language)
    return _export_xliff(groups, language, file_format)


def _inline(parent_tag, tagged, namespace, version20):
    element = etree.fromstring(f'<{parent_tag} xmlns="{namespace}">{tagged}</{parent_tag}>')
    if version20:
        for child in element.iter():
            name = etree.QName(child).localname
            if name in INLINE_20:
                child.tag = f"{{{namespace}}}{INLINE_20[name]}"
    return element


def _export_xliff(groups, language, file_format):
    version20 = file_format == "xliff20"
    namespace = XLIFF20 if version20 else XLIFF12
    ns = f"{{{namespace}}}"
    if version20:
        root = etree.Element(ns + "xliff", nsmap={None: namespace}, version="2.0")
        root.set("srcLang", source_language())
        root.set("trgLang", language)
    else:
        root = etree.Element(ns + "xliff", nsmap={None: namespace}, version="1.2")
    for index, (obj, units) in enumerate(groups, start=1):
        original = f"{obj._meta.label_lower}:{obj.pk}"
        if version20:
            file_element = etree.SubElement(root, ns + "file", id=f"f{index}", original=original)
            notes = etree.SubElement(file_element, ns + "notes")
            etree.SubElement(notes, ns + "note").text = str(obj)
            container = file_element
        else:
            file_element = etree.SubElement(
                root,
                ns + "file",
                original=original,
                datatype="html",
                **{"source-language": source_language(), "target-language": language},
            )
            header = etree.SubElement(file_element, ns + "header")
            etree.SubElement(header, ns + "note").text = str(obj)
            container = etree.SubElement(file_element, ns + "body")
        for unit in units:
            source = _inline("source", as_tagged(unit.kind, unit.source), namespace, version20)
            target = _inline("target", as_tagged(unit.kind, unit.target), namespace, version20)
            if version20:
                element = etree.SubElement(container, ns + "unit", id=unit.id)
                notes = etree.SubElement(element, ns + "notes")
                etree.SubElement(notes, ns + "note", category="location").text = unit.note
                segment = etree.SubElement(element, ns + "segment", state="translated" if unit.target else "initial")
                segment.append(source)
                if unit.target:
                    segment.append(target)
            else:
                element = etree.SubElement(container, ns + "trans-unit", id=unit.id)
                element.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                element.append(source)
                target.set("state", "translated" if unit.target else "needs-translation")
                element.append(target)
                etree.SubElement(element, ns + "note").text = unit.note
    # No pretty printing: it would add whitespace inside sources made only of inline tags.
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def _export_po(groups, language):
    po = polib.POFile(wrapwidth=0)
    po.metadata = {
        "Project-Id-Version": "Efus website",
        "Language": language,
        "X-Source-Language": source_language(),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    for obj, units in groups:
        for unit in units:
            po.append(
                polib.POEntry(msgctxt=unit.id, msgid=unit.source, msgstr=unit.target, comment=f"{obj}: {unit.note}")
            )
    return str(po).encode()


# --- Import ----------------------------------------------------------------------------------------


def _tagged_content(element, unit_id):
    """An XLIFF source or target element's content in the tagged form."""
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        if not isinstance(child.tag, str):
            parts.append(escape(child.tail or "", quote=False))
            continue
        name = INLINE_BACK.get(etree.QName(child).localname)
        if name == "g":
            parts.append(f'<g id="{escape(child.get("id", ""))}">{_tagged_content(child, unit_id)}</g>')
        elif name == "x":
            parts.append(f'<x id="{escape(child.get("id", ""))}"/>')
        else:
            raise ImportProblems(
                [
                    _("Unit %(unit)s: unexpected element <%(tag)s>.")
                    % {"unit": unit_id, "tag": etree.QName(child).localname}
                ]
            )
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


def _read_xliff(data):
    """(source language, target language, [(unit id, source, target or None)]) of an XLIFF file."""
    try:
        root = etree.fromstring(data, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as error:
        raise ImportProblems([_("The file is not well-formed XML: %(error)s") % {"error": error}]) from error
    namespace = etree.QName(root).namespace
    if etree.QName(root).localname != "xliff" or namespace not in (XLIFF12, XLIFF20):
        raise ImportProblems([_("The file is not an XLIFF 1.2 or 2.0 file.")])
    problems = schema_problems(root)
    if problems:
        raise ImportProblems(problems)
    ns = {"x": namespace}
    units = []
    if namespace == XLIFF20:
        languages = {(root.get("srcLang"), root.get("trgLang"))}
        for element in root.iterfind(".//x:unit", ns):
            source = element.find("x:segment/x:source", ns)
            target = element.find("x:segment/x:target", ns)
            units.append(_read_unit(element.get("id"), source, target))
    else:
        languages = {(file.get("source-language"), file.get("target-language")) for file in root.iterfind("x:file", ns)}
        for element in root.iterfind(".//x:trans-unit", ns):
            units.append(_read_unit(element.get("id"), element.find("x:source", ns), element.find("x:target", ns)))
    if len(languages) != 1:
        raise ImportProblems([_("The file mixes several languages.")])
    source_lang, target_lang = languages.pop()
    return source_lang, target_lang, units


def _read_unit(unit_id, source, target):
    if not unit_id or source is None:
        raise ImportProblems([_("A unit has no id or no source: the file is incomplete.")])
    return unit_id, _tagged_content(source, unit_id), None if target is None else _tagged_content(target, unit_id)


def _read_po(data):
    try:
        po = polib.pofile(data.decode("utf-8"))
    except (UnicodeDecodeError, OSError, ValueError) as error:
        raise ImportProblems([_("The file is not a readable PO file: %(error)s") % {"error": error}]) from error
    units = []
    for entry in po:
        if not entry.msgctxt:
            raise ImportProblems([_("An entry has no context naming its unit: the file was not exported here.")])
        units.append((entry.msgctxt, entry.msgid, entry.msgstr or None))
    return po.metadata.get("X-Source-Language", source_language()), po.metadata.get("Language"), units


def read(data):
    """(source language, target language, [(unit id, source, target)]) of an XLIFF or PO file."""
    head = data.lstrip()[:200]
    if head.startswith((b"<", b"\xef\xbb\xbf<")):
        return _read_xliff(data)
    return _read_po(data)


def _file_texts(unit, source, target):
    """A file unit's source and target compared with the unit's, in the unit's own form."""
    if unit.kind == seg.RICH:
        return source, target
    return unescape_plain(source), None if target is None else unescape_plain(target)


def unescape_plain(tagged):
    """Plain text back from its tagged form; tags in plain text are refused."""
    if "<" in tagged:
        raise seg.MarkupError(_("plain text cannot hold tags"))
    return unescape(tagged)


def import_file(data, language):
    """Check a whole file, then write its translations; return {object: [fields changed]}.

    Raises ImportProblems naming every problem found, having changed nothing.
    """
    source_lang, target_lang, file_units = read(data)
    problems = []
    if target_lang != language:
        problems.append(
            _("The file is for the language “%(found)s”, not “%(expected)s”.")
            % {"found": target_lang, "expected": language}
        )
    if source_lang != source_language():
        problems.append(
            _("The file's source language is “%(found)s”, not “%(expected)s”.")
            % {"found": source_lang, "expected": source_language()}
        )
    if language not in target_languages():
        problems.append(_("“%(language)s” is not a language pages are translated into.") % {"language": language})
    if not file_units:
        problems.append(_("The file holds no units."))
    if problems:
        raise ImportProblems(problems)
    objects, seen, plan = {}, set(), {}
    for unit_id, source, target in file_units:
        problem = _check_unit(unit_id, source, target, language, objects, seen, plan)
        if problem:
            problems.append(problem)
    if problems:
        raise ImportProblems(problems)
    return _apply(plan, language)


def _check_unit(unit_id, source, target, language, objects, seen, plan):
    if unit_id in seen:
        return _("Unit %(unit)s appears twice.") % {"unit": unit_id}
    seen.add(unit_id)
    match = UNIT_ID.match(unit_id)
    model = model_for_key(match["model"]) if match else None
    if model is None:
        return _("Unit %(unit)s is unknown: it names no translated page or snippet.") % {"unit": unit_id}
    object_key = (match["model"], int(match["pk"]))
    if object_key not in objects:
        obj = model.objects.filter(pk=object_key[1]).first()
        obj = editable_object(obj) if obj is not None else None
        objects[object_key] = (obj, {unit.id: unit for unit in object_units(obj, language)} if obj else {})
    obj, units = objects[object_key]
    if obj is None:
        return _("Unit %(unit)s names a page or snippet that no longer exists.") % {"unit": unit_id}
    unit = units.get(unit_id)
    if unit is None:
        return _("Unit %(unit)s is unknown: its field or block is no longer in %(object)s.") % {
            "unit": unit_id,
            "object": obj,
        }
    try:
        source, target = _file_texts(unit, source, target)
        if target and unit.kind == seg.RICH:
            seg.untag_html(target, unit.tags)  # only to refuse broken or unknown tags now
    except seg.MarkupError as error:
        return _("Unit %(unit)s: %(error)s.") % {"unit": unit_id, "error": error}
    if source != unit.source:
        return _("Unit %(unit)s: its source text changed since the export; export the page again.") % {"unit": unit_id}
    if target:
        plan.setdefault(object_key, (obj, units, {}))[2][unit_id] = target
    return None


def _apply(plan, language):
    changed = {}
    try:
        with transaction.atomic():
            for obj, units, texts in plan.values():
                fields = apply_units(obj, language, texts, list(units.values()))
                if fields:
                    save_translated(obj)
                    clear_marks(obj, language, fields)
                    changed[obj] = fields
    except (seg.MissingPath, seg.MarkupError) as error:
        raise ImportProblems(
            [
                _("The translation no longer matches the page's blocks (%(where)s); nothing was changed.")
                % {"where": error}
            ]
        ) from error
    return changed
