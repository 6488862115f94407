"""Text segments of a field's value, and their write-back, keeping structure, ids and non-text values.

Pure functions over a field's raw value: a string, rich text HTML, or a StreamField's raw data
(the JSON Wagtail stores). Blocks are recognised by type, never by name, so any StreamField works.
Rich text's markup is protected as XLIFF 1.2-style inline tags: `<g id="1">…</g>` for an element
with content, `<x id="2"/>` for an empty one; the tags' attributes (link targets, ids) stay on our side.
"""

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser

from lxml import etree
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock

VOID_TAGS = {"br", "hr", "img", "embed", "wbr", "input"}
# Addresses and codes look like text to a CharBlock but are not language: they are never sent.
NOT_LANGUAGE = re.compile(r"^\s*(https?://|mailto:|tel:|/|#|www\.)\S*\s*$", re.IGNORECASE)

TEXT, RICH = "text", "rich"


class MarkupError(ValueError):
    """A translated rich text whose tags cannot be put back."""


class MissingPath(KeyError):
    """A segment whose place no longer exists in the value written to."""


@dataclass
class Segment:
    """One translatable text: its place in the field, its kind, and its text (tagged for rich text)."""

    key: str
    labels: tuple
    kind: str
    text: str
    tags: dict = field(default_factory=dict)
    #: Where a translation's segment sits in its own value, when its blocks' ids are not the source's.
    own_key: str = None


def is_language(text):
    """Whether a string holds words to translate (not empty, a figure or an address)."""
    return bool(text) and any(char.isalpha() for char in text) and not NOT_LANGUAGE.match(text)


class _Tokens(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tokens = []

    def handle_starttag(self, tag, attrs):
        kind = "void" if tag in VOID_TAGS else "start"
        self.tokens.append((kind, tag, self.get_starttag_text()))

    def handle_startendtag(self, tag, attrs):
        self.tokens.append(("void", tag, self.get_starttag_text()))

    def handle_endtag(self, tag):
        self.tokens.append(("end", tag, f"</{tag}>"))

    def handle_data(self, data):
        self.tokens.append(("data", None, data))


def _xml_escape(text):
    return escape(text, quote=False)


def tag_html(html, reference=None):
    """Rich text HTML as tagged text and its tag map {id: (opening, closing)}.

    With a `reference` map (the source's), identical tags take the reference's ids, so a
    translation's link keeps the number its source link has whatever the word order.
    """
    parser = _Tokens()
    parser.feed(html or "")
    parser.close()
    unused = {}
    for tag_id, pair in (reference or {}).items():
        unused.setdefault(pair, []).append(tag_id)
    next_id = max((int(tag_id) for tag_id in reference or {}), default=0) + 1
    tags, out, stack = {}, [], []

    def take(pair):
        nonlocal next_id
        if unused.get(pair):
            return unused[pair].pop(0)
        tag_id = str(next_id)
        next_id += 1
        return tag_id

    for index, (kind, tag, text) in enumerate(parser.tokens):
        if kind == "data":
            out.append(_xml_escape(text))
        elif kind == "start" and _closes(parser.tokens, index):
            pair = (text, f"</{tag}>")
            tag_id = take(pair)
            tags[tag_id] = pair
            stack.append(tag)
            out.append(f'<g id="{tag_id}">')
        elif kind == "end" and stack and stack[-1] == tag:
            stack.pop()
            out.append("</g>")
        else:
            pair = (text, "")
            tag_id = take(pair)
            tags[tag_id] = pair
            out.append(f'<x id="{tag_id}"/>')
    return "".join(out), tags


def _closes(tokens, index):
    """Whether the start tag at index has its matching end tag (well nested)."""
    tag, depth = tokens[index][1], 0
    for kind, other, _text in tokens[index + 1 :]:
        if kind == "start" and other == tag:
            depth += 1
        elif kind == "end" and other == tag:
            if depth == 0:
                return True
            depth -= 1
    return False


def _safe_parser():
    # Translated text comes from files and engines: no entities resolved, nothing fetched.
    return etree.XMLParser(resolve_entities=False, no_network=True)


def untag_html(tagged, tags):
    """Tagged text back to HTML through the tag map; unknown or malformed tags raise MarkupError."""
    try:
        root = etree.fromstring(f"<root>{tagged}</root>", parser=_safe_parser())
    except etree.XMLSyntaxError as error:
        raise MarkupError(f"the markup is not well formed ({error})") from error
    return _untag_children(root, tags)


def _untag_children(element, tags):
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction: dropped
            parts.append(escape(child.tail or "", quote=False))
            continue
        tag_id = child.get("id")
        if child.tag not in ("g", "x") or tag_id not in tags:
            raise MarkupError(f'the tag <{child.tag} id="{tag_id}"> is not in the source')
        opening, closing = tags[tag_id]
        if child.tag == "g":
            parts.append(opening + _untag_children(child, tags) + closing)
        else:
            parts.append(opening)
        parts.append(escape(child.tail or "", quote=False))
    return "".join(parts)


def visible_text(tagged):
    """The words of a tagged text, without its tags (to decide whether it needs translating)."""
    return re.sub(r"<[^>]+>", "", tagged)


# --- Walking a StreamField's raw data --------------------------------------------------------------


def _label(block, fallback):
    return str(getattr(block, "label", None) or fallback)


def walk(block, value, path, labels, visit):
    """Return value with each text leaf replaced by visit(path, labels, kind, text) (None keeps it)."""
    if isinstance(block, TableBlock):
        return _walk_table(value, path, labels, visit)
    if isinstance(block, blocks.StreamBlock):
        return _walk_stream(block, value, path, labels, visit)
    if isinstance(block, blocks.ListBlock):
        return _walk_list(block, value, path, labels, visit)
    if isinstance(block, blocks.StructBlock):
        if not isinstance(value, dict):
            return value
        new = dict(value)
        for name, child in block.child_blocks.items():
            if name in value:
                new[name] = walk(child, value[name], (*path, name), (*labels, _label(child, name)), visit)
        return new
    if isinstance(block, blocks.RichTextBlock):
        return _leaf(RICH, value, path, labels, visit)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        return _leaf(TEXT, value, path, labels, visit)
    return value


def _leaf(kind, value, path, labels, visit):
    if not isinstance(value, str):
        return value
    replaced = visit(path, labels, kind, value)
    return value if replaced is None else replaced


def _walk_stream(block, value, path, labels, visit):
    new = []
    for index, item in enumerate(value or []):
        child = block.child_blocks.get(item.get("type")) if isinstance(item, dict) else None
        if child is None:
            new.append(item)
            continue
        step = item.get("id") or str(index)
        label = f"{_label(child, item['type'])} {index + 1}"
        new.append({**item, "value": walk(child, item.get("value"), (*path, step), (*labels, label), visit)})
    return new


def _walk_list(block, value, path, labels, visit):
    new = []
    for index, item in enumerate(value or []):
        label = f"{_label(block.child_block, 'item')} {index + 1}"
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            step = item.get("id") or str(index)
            inner = walk(block.child_block, item["value"], (*path, step), (*labels, label), visit)
            new.append({**item, "value": inner})
        else:
            new.append(walk(block.child_block, item, (*path, str(index)), (*labels, label), visit))
    return new


def _walk_table(value, path, labels, visit):
    if not isinstance(value, dict):
        return value
    new = dict(value)
    caption = value.get("table_caption")
    if isinstance(caption, str):
        new["table_caption"] = _leaf(TEXT, caption, (*path, "caption"), (*labels, "caption"), visit)
    rows = []
    for row_index, row in enumerate(value.get("data") or []):
        cells = []
        for col_index, cell in enumerate(row or []):
            step = f"cell-{row_index}-{col_index}"
            cells.append(
                _leaf(TEXT, cell, (*path, step), (*labels, f"row {row_index + 1} cell {col_index + 1}"), visit)
            )
        rows.append(cells)
    if "data" in value:
        new["data"] = rows
    return new


# --- A field's segments and their write-back -------------------------------------------------------


def segments(kind, value, block=None, reference=None):
    """The translatable segments of a field's raw value, in order.

    kind is "text", "rich" or "stream" (with its StreamBlock). With `reference` (the source's
    segments by key), the value is a translation: its segments are matched to the source's by
    block ids, or, for blocks whose ids differ (a translation built by hand), by position and
    block type; rich text tags are numbered as the source's are.
    """
    leaves = []

    def collect(path, labels, leaf_kind, text):
        leaves.append((".".join(path), labels, leaf_kind, text))

    if kind == "stream":
        walk(block, value or [], (), (), collect)
    else:
        collect((), (), RICH if kind == RICH else TEXT, value or "")
    if reference is None:
        found = [_segment(key, labels, leaf_kind, text) for key, labels, leaf_kind, text in leaves]
        return [segment for segment in found if is_language(visible_text(segment.text))]
    return _matched(leaves, reference)


def _segment(key, labels, leaf_kind, text, tags=None, own_key=None):
    if leaf_kind == RICH:
        tagged, tag_map = tag_html(text, tags)
        return Segment(key, labels, RICH, tagged, tag_map, own_key)
    return Segment(key, labels, TEXT, text, {}, own_key)


def _matched(leaves, reference):
    by_labels = {segment.labels: key for key, segment in reference.items()}
    taken = {key for key, *_rest in leaves if key in reference}
    found = []
    for key, labels, leaf_kind, text in leaves:
        own_key = None
        if key not in reference:
            source_key = by_labels.get(labels)
            if source_key is None or source_key in taken:
                continue
            taken.add(source_key)
            key, own_key = source_key, key
        found.append(_segment(key, labels, leaf_kind, text, reference[key].tags, own_key))
    return found


def write(kind, value, texts, tags_by_key, block=None):
    """The value with the segments named in texts ({key: tagged text}) replaced; the rest untouched.

    tags_by_key gives each rich segment's tag map. A key that names no place in value raises MissingPath.
    """
    pending = dict(texts)

    def replace(path, labels, leaf_kind, text):
        key = ".".join(path)
        if key not in pending:
            return None
        new = pending.pop(key)
        return untag_html(new, tags_by_key.get(key, {})) if leaf_kind == RICH else new

    if kind == "stream":
        result = walk(block, value or [], (), (), replace)
    else:
        result = replace((), (), RICH if kind == RICH else TEXT, value or "")
        result = value if result is None else result
    if pending:
        raise MissingPath(", ".join(sorted(pending)))
    return result


def blank(value, block):
    """A StreamField's raw data with every translatable text emptied: the frame a translation fills."""

    def empty(path, labels, leaf_kind, text):
        if leaf_kind == RICH:
            return "" if is_language(visible_text(tag_html(text)[0])) else None
        return "" if is_language(text) else None

    return walk(block, value or [], (), (), empty)
