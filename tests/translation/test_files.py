"""XLIFF 2.0, XLIFF 1.2 and PO: export, import back, and files that must change nothing."""

import polib
import pytest
from lxml import etree

from efus_site.core.blocks import BaseStreamBlock
from efus_site.core.factories import StandardPageFactory
from efus_site.core.models import StandardPage
from efus_site.translation import files
from efus_site.translation import segments as seg
from efus_site.translation.models import MachineTranslation
from efus_site.translation.store import mark_machine
from efus_site.translation.units import object_units

from .conftest import reverse_words

FORMATS = ["xliff20", "xliff12", "po"]
BLOCK = BaseStreamBlock()


def fresh(page):
    return StandardPage.objects.get(pk=page.pk)


def fill_targets(data, file_format, rule):
    """Play the translator: set every unit's target to rule(source)."""
    if file_format == "po":
        po = polib.pofile(data.decode())
        for entry in po:
            entry.msgstr = rule(entry.msgid)
        return str(po).encode()
    root = etree.fromstring(data)
    ns = {"x": etree.QName(root).namespace}
    path = ".//x:segment" if file_format == "xliff20" else ".//x:trans-unit"
    for holder in root.iterfind(path, ns):
        source = holder.find("x:source", ns)
        target = holder.find("x:target", ns)
        if target is None:
            target = etree.SubElement(holder, f"{{{ns['x']}}}target")
        tagged = files._tagged_content(source, "test")
        # A translator's tool writes XLIFF 2.0's own inline elements (pc, ph) back.
        new = files._inline("t", rule(tagged), ns["x"], file_format == "xliff20")
        target.text = new.text
        target[:] = list(new)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def state(page):
    page = fresh(page)
    return {
        "body_fr": list(page.body_fr.get_prep_value()) if page.body_fr else [],
        "intro_fr": page.intro_fr,
        "title_fr": page.title_fr,
        "revisions": page.revisions.count(),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", FORMATS)
def test_export_translate_import_changes_every_text_and_no_other_value(nested_page, file_format):
    data = files.export([nested_page], "fr", file_format)
    changed = files.import_file(fill_targets(data, file_format, reverse_words), "fr")
    assert set(changed[next(iter(changed))]) == {"title", "intro", "body"}
    page = fresh(nested_page)
    assert page.title_fr == "nabrU ytiruces"
    assert page.intro_fr == "yhW seitic tca rehtegot."
    source, target = list(page.body_en.get_prep_value()), list(page.body_fr.get_prep_value())
    source_texts = {s.key: s.text for s in seg.segments("stream", source, BLOCK)}
    target_texts = {s.key: s.text for s in seg.segments("stream", target, BLOCK)}
    assert source_texts.keys() == target_texts.keys()
    for key, text in source_texts.items():
        assert target_texts[key] == reverse_words(text) != text
    assert seg.blank(target, BLOCK) == seg.blank(source, BLOCK)
    assert target[1]["value"].startswith('<p>sufE saw dednuof ni <b>7891</b> dna sknil <a href="https://efus.eu/en/">')
    # What the French now reads is the live page's, through a published revision.
    assert page.live and not page.has_unpublished_changes


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["xliff20", "po"])
def test_a_translated_page_exported_and_imported_back_is_unchanged(nested_page, file_format):
    files.import_file(fill_targets(files.export([nested_page], "fr", file_format), file_format, reverse_words), "fr")
    before = state(nested_page)
    data = files.export([fresh(nested_page)], "fr", file_format)
    assert files.import_file(data, "fr") == {}
    assert state(nested_page) == before


@pytest.mark.django_db
def test_the_export_carries_source_existing_translation_and_a_note(nested_page):
    StandardPage.objects.filter(pk=nested_page.pk).update(intro_fr="Pourquoi les villes agissent ensemble.")
    data = files.export([fresh(nested_page)], "fr", "xliff20")
    root = etree.fromstring(data)
    ns = {"x": files.XLIFF20}
    assert root.get("srcLang") == "en" and root.get("trgLang") == "fr"
    unit = root.find(f".//x:unit[@id='core.standardpage:{nested_page.pk}:intro']", ns)
    assert unit.findtext("x:segment/x:source", namespaces=ns) == "Why cities act together."
    assert unit.findtext("x:segment/x:target", namespaces=ns) == "Pourquoi les villes agissent ensemble."
    link = root.find(f".//x:unit[@id='core.standardpage:{nested_page.pk}:body.acc-1.items.item-1.body']", ns)
    assert link.findtext("x:notes/x:note", namespaces=ns) == "body › Accordion 3 › Items › Accordion item 1 › Text"
    assert etree.tostring(link.find("x:segment/x:source", ns), encoding=str).count("<pc ") == 2
    po = polib.pofile(files.export([fresh(nested_page)], "fr", "po").decode())
    entry = po.find(f"core.standardpage:{nested_page.pk}:intro", by="msgctxt")
    assert (entry.msgid, entry.msgstr, po.metadata["Language"]) == (
        "Why cities act together.",
        "Pourquoi les villes agissent ensemble.",
        "fr",
    )


@pytest.mark.django_db
def test_a_valid_file_changes_exactly_its_units(nested_page):
    data = files.export([nested_page], "fr", "po")
    po = polib.pofile(data.decode())
    for entry in po:
        entry.msgstr = "Pourquoi agir ensemble." if entry.msgctxt.endswith(":intro") else ""
    files.import_file(str(po).encode(), "fr")
    page = fresh(nested_page)
    assert page.intro_fr == "Pourquoi agir ensemble."
    assert page.title_fr in ("", None) and not page.body_fr


@pytest.mark.django_db
def test_importing_a_persons_translation_clears_the_machine_mark(nested_page):
    StandardPage.objects.filter(pk=nested_page.pk).update(intro_fr="Machine")
    mark_machine(fresh(nested_page), "fr", ["intro"])
    po = polib.pofile(files.export([fresh(nested_page)], "fr", "po").decode())
    po.find(f"core.standardpage:{nested_page.pk}:intro", by="msgctxt").msgstr = "Relu par une personne."
    files.import_file(str(po).encode(), "fr")
    assert not MachineTranslation.objects.exists()


def _bad_files(page):
    good = files.export([page], "fr", "xliff20")
    po = polib.pofile(files.export([page], "fr", "po").decode())
    for entry in po:
        entry.msgstr = reverse_words(entry.msgid)
    changed_source = str(po).replace("Why cities act together.", "Why cities acted together.", 1)
    unknown = str(po).replace(f":{page.pk}:intro", f":{page.pk}:nonsense", 1)
    assert changed_source != str(po) and unknown != str(po)
    for entry in po:
        if entry.msgctxt.endswith("body.p-1"):
            entry.msgstr = entry.msgstr.replace('<g id="2">7891</g>', '<g id="9">7891</g>')
    return {
        "malformed XML": (good[:-40], "not well-formed"),
        "not XLIFF": (b"<?xml version='1.0'?><html/>", "not an XLIFF"),
        "wrong language": (fill_targets(good, "xliff20", reverse_words), "not “de”"),
        "changed source": (changed_source.encode(), "source text changed"),
        "unknown unit": (unknown.encode(), "is unknown"),
        "broken tags": (str(po).encode(), "not in the source"),
        "garbage": (b"\xff\xfe\x00garbage", "not a readable PO"),
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    "case",
    ["malformed XML", "not XLIFF", "wrong language", "changed source", "unknown unit", "broken tags", "garbage"],
)
def test_a_bad_file_names_the_problem_and_changes_nothing(nested_page, case):
    data, message = _bad_files(nested_page)[case]
    language = "de" if case == "wrong language" else "fr"
    before = state(nested_page)
    with pytest.raises(files.ImportProblems) as raised:
        files.import_file(data, language)
    assert message in str(raised.value)
    assert state(nested_page) == before


@pytest.mark.django_db
def test_one_bad_unit_among_good_ones_changes_nothing(nested_page):
    po = polib.pofile(files.export([nested_page], "fr", "po").decode())
    for entry in po:
        entry.msgstr = reverse_words(entry.msgid)
    po[-1].msgctxt = "core.standardpage:999999:intro"
    before = state(nested_page)
    with pytest.raises(files.ImportProblems) as raised:
        files.import_file(str(po).encode(), "fr")
    assert "core.standardpage:999999:intro" in str(raised.value)
    assert state(nested_page) == before


@pytest.mark.django_db
def test_units_read_the_pages_latest_draft(nested_page):
    draft = fresh(nested_page)
    draft.intro = "A newer draft introduction."
    draft.save_revision()
    units = {unit.id: unit for unit in object_units(fresh(nested_page).get_latest_revision_as_object(), "fr")}
    assert units[f"core.standardpage:{nested_page.pk}:intro"].source == "A newer draft introduction."


@pytest.mark.django_db
def test_a_translation_built_by_hand_with_its_own_block_ids_is_exported_and_updated_in_place(nested_page):
    from .test_segments import _with_other_ids

    italian = _with_other_ids(list(fresh(nested_page).body_en.get_prep_value()))
    italian[0]["value"]["text"] = "Città che aiutano città"
    StandardPage.objects.filter(pk=nested_page.pk).update(body_it=italian)
    po = polib.pofile(files.export([fresh(nested_page)], "it", "po").decode())
    heading = po.find(f"core.standardpage:{nested_page.pk}:body.h-1.text", by="msgctxt")
    assert heading.msgstr == "Città che aiutano città"
    for entry in po:
        entry.msgstr = reverse_words(entry.msgid)
    files.import_file(str(po).encode(), "it")
    body = list(fresh(nested_page).body_it.get_prep_value())
    assert [block["id"] for block in body] == [block["id"] for block in italian]
    assert body[0]["value"]["text"] == "seitiC gnipleh seitic"


def schema_errors(data):
    """What the OASIS schema of the file's XLIFF version finds wrong with it."""
    root = etree.fromstring(data)
    schema = files.xliff_schema(etree.QName(root).namespace)
    schema.validate(root)
    return [f"{error.line}: {error.message}" for error in schema.error_log]


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["xliff20", "xliff12"])
def test_every_exported_xliff_file_is_valid_against_the_oasis_schema(nested_page, file_format):
    other = StandardPageFactory(title="Second page", intro="A plain introduction.")
    empty = files.export([nested_page, other], "fr", file_format)
    assert schema_errors(empty) == []
    files.import_file(fill_targets(empty, file_format, reverse_words), "fr")
    translated = files.export([fresh(nested_page), other], "fr", file_format)
    assert "sufE saw dednuof" in translated.decode()
    assert schema_errors(translated) == []


@pytest.mark.django_db
@pytest.mark.parametrize("file_format", ["xliff20", "xliff12"])
def test_a_file_that_breaks_the_schema_names_its_line_and_changes_nothing(nested_page, file_format):
    root = etree.fromstring(fill_targets(files.export([nested_page], "fr", file_format), file_format, reverse_words))
    ns = {"x": etree.QName(root).namespace}
    for unit in root.iterfind(".//x:unit" if file_format == "xliff20" else ".//x:trans-unit", ns):
        unit.tail = "\n"  # one unit a line, as translators' tools write them
    holder = root.findall(".//x:segment" if file_format == "xliff20" else ".//x:target", ns)[-1]
    holder.set("state", "done")  # not a state either version knows; everything else is importable
    data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    line = etree.fromstring(data).find(".//*[@state='done']").sourceline
    assert line > 2
    before = state(nested_page)
    with pytest.raises(files.ImportProblems) as raised:
        files.import_file(data, "fr")
    assert raised.value.problems[0] == "The file does not follow the XLIFF schema:"
    assert raised.value.problems[1].startswith(f"line {line}: ")
    assert "'done'" in raised.value.problems[1]
    assert state(nested_page) == before


def test_the_schemas_and_xml_xsd_they_import_load_from_the_app(monkeypatch):
    files.xliff_schema.cache_clear()
    asked = []
    resolve = files._LocalSchemas.resolve
    monkeypatch.setattr(
        files._LocalSchemas, "resolve", lambda self, url, *args: asked.append(url) or resolve(self, url, *args)
    )
    try:
        for namespace in files.SCHEMA_FILES:
            files.xliff_schema(namespace)
    finally:
        files.xliff_schema.cache_clear()
    # Both schemas import xml.xsd from w3.org: the resolver serves the app's copy instead.
    assert asked.count("http://www.w3.org/2001/xml.xsd") == 2
    assert (files.SCHEMA_DIR / "xml.xsd").is_file()
