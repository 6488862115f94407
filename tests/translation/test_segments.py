"""Segments: extraction and write-back keep block structure, ids and every non-text value."""

import copy

import pytest

from efus_site.core.blocks import BaseStreamBlock
from efus_site.translation import segments as seg

from .conftest import RICH, nested_body, reverse_words

BLOCK = BaseStreamBlock()


def texts_blanked(raw):
    return seg.blank(raw, BLOCK)


def test_every_text_of_the_nested_body_is_a_segment_and_nothing_else():
    found = {s.key: s for s in seg.segments("stream", nested_body(), BLOCK)}
    assert set(found) == {
        "h-1.text",
        "p-1",
        "acc-1.title",
        "acc-1.items.item-1.heading",
        "acc-1.items.item-1.body",
        "acc-1.items.item-2.heading",
        "acc-1.items.item-2.body",
        "kf-1.title",
        "kf-1.items.fig-1.label",
        "kf-1.items.fig-2.label",
        "cta-1.title",
        "cta-1.text",
        "cta-1.button_label",
        "t-1.caption",
        "t-1.cell-0-0",
        "t-1.cell-0-1",
        "t-1.cell-1-0",
        "t-1.cell-1-1",
        "t-1.cell-2-0",
    }
    # Figures, choices, the mailto address and the empty cell are not language.
    assert found["acc-1.items.item-1.body"].labels == ("Accordion 3", "Items", "Accordion item 1", "Text")
    assert found["h-1.text"].text == "Cities helping cities"


def test_rich_text_markup_is_protected_as_numbered_tags():
    tagged, tags = seg.tag_html(RICH)
    assert tagged == (
        '<g id="1">Efus was founded in <g id="2">1987</g> and links <g id="3">European cities</g> &amp; regions.</g>'
        '<g id="4"><g id="5">Prevention <g id="6">first</g></g><g id="7">Security as a public good</g></g>'
    )
    assert tags["3"] == ('<a href="https://efus.eu/en/">', "</a>")
    assert seg.untag_html(tagged, tags) == RICH


def test_a_translation_with_tags_moved_keeps_the_sources_links():
    source, tags = seg.tag_html('<p>Read <a id="7" linktype="page">this</a> and <b>that</b></p>')
    translated = '<g id="1"><g id="3">Cela</g> et lisez <g id="2">ceci</g></g>'
    assert seg.untag_html(translated, tags) == '<p><b>Cela</b> et lisez <a id="7" linktype="page">ceci</a></p>'
    # The translation read back numbers its tags as the source does, whatever their order.
    html = seg.untag_html(translated, tags)
    assert seg.tag_html(html, tags)[0] == translated
    assert source.startswith('<g id="1">')


@pytest.mark.parametrize(
    "bad",
    ['<g id="1">unclosed', '<g id="9">unknown</g>', "<b>not ours</b>", "a < b"],
)
def test_broken_markup_is_refused(bad):
    _tagged, tags = seg.tag_html("<p>text</p>")
    with pytest.raises(seg.MarkupError):
        seg.untag_html(bad, tags)


def test_void_tags_and_line_breaks_survive():
    html = "<p>One<br/>two</p>"
    tagged, tags = seg.tag_html(html)
    assert tagged == '<g id="1">One<x id="2"/>two</g>'
    assert seg.untag_html(tagged, tags) == html


def test_writing_reversed_texts_changes_every_text_and_no_other_value():
    raw = nested_body()
    original = copy.deepcopy(raw)
    found = seg.segments("stream", raw, BLOCK)
    texts = {s.key: reverse_words(s.text) for s in found}
    tags = {s.key: s.tags for s in found}
    written = seg.write("stream", raw, texts, tags, BLOCK)
    assert raw == original, "the source value is not modified in place"
    again = {s.key: s.text for s in seg.segments("stream", written, BLOCK)}
    for segment in found:
        assert again[segment.key] == reverse_words(segment.text) != segment.text
    assert texts_blanked(written) == texts_blanked(original)
    assert [block["id"] for block in written] == [block["id"] for block in original]
    assert written[3]["value"]["items"][0]["value"]["value"] == "1987"
    assert written[4]["value"]["link"] == "mailto:contact@efus.eu"
    assert (
        written[2]["value"]["items"][0]["value"]["body"] == '<p>ynA <a linktype="page" id="3">lacol ytirohtua</a>.</p>'
    )


def test_writing_the_same_texts_back_changes_nothing():
    raw = nested_body()
    found = seg.segments("stream", raw, BLOCK)
    written = seg.write("stream", raw, {s.key: s.text for s in found}, {s.key: s.tags for s in found}, BLOCK)
    assert written == raw


def test_a_missing_place_is_refused():
    with pytest.raises(seg.MissingPath):
        seg.write("stream", nested_body(), {"gone-1.text": "x"}, {}, BLOCK)


def test_blank_empties_texts_and_keeps_everything_else():
    blanked = seg.blank(nested_body(), BLOCK)
    assert blanked[0] == {"type": "heading", "id": "h-1", "value": {"text": "", "level": "h2"}}
    assert blanked[5]["value"]["data"][2] == ["", None]
    assert blanked[3]["value"]["items"][1]["value"] == {"value": "250", "label": ""}
    assert seg.segments("stream", blanked, BLOCK) == []


def test_plain_and_rich_fields_are_one_segment():
    assert [s.text for s in seg.segments("text", "Why cities act", None)] == ["Why cities act"]
    assert seg.segments("text", "", None) == []
    assert seg.segments("text", "https://efus.eu", None) == []
    assert seg.write("rich", "<p>a</p>", {"": '<g id="1">b</g>'}, {"": {"1": ("<p>", "</p>")}}) == "<p>b</p>"


def _with_other_ids(raw):
    """The same blocks as a translation built by hand: same types and order, ids of its own."""
    other = copy.deepcopy(raw)
    for index, item in enumerate(other):
        item["id"] = f"own-{index}"
        for child in (item["value"] or {}).get("items", []) if isinstance(item["value"], dict) else []:
            child["id"] = f"own-{child['id']}"
    return other


def test_a_translation_with_blocks_of_its_own_is_matched_by_position_and_type():
    source = {s.key: s for s in seg.segments("stream", nested_body(), BLOCK)}
    translation = _with_other_ids(nested_body())
    translation[0]["value"]["text"] = "Des villes qui aident des villes"
    matched = {s.key: s for s in seg.segments("stream", translation, BLOCK, reference=source)}
    assert matched.keys() == source.keys()
    assert matched["h-1.text"].text == "Des villes qui aident des villes"
    assert matched["h-1.text"].own_key == "own-0.text"
    assert matched["acc-1.items.item-2.heading"].own_key == "own-2.items.own-item-2.heading"
    written = seg.write("stream", translation, {"own-0.text": "Villes"}, {}, BLOCK)
    assert written[0] == {"type": "heading", "id": "own-0", "value": {"text": "Villes", "level": "h2"}}


def test_blocks_of_another_type_at_the_same_place_are_not_matched():
    source = {s.key: s for s in seg.segments("stream", nested_body(), BLOCK)}
    translation = [{"type": "quote", "id": "q", "value": {"text": "Une citation", "attribution": "", "role": ""}}]
    assert seg.segments("stream", translation, BLOCK, reference=source) == []
