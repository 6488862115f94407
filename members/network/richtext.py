"""A member's text as safe rich text: paragraphs, lists and links from what they typed, nothing else."""

import re
from html import unescape

from django.utils.html import escape, strip_tags
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from .models.exchange import BODY_FEATURES

URL = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)])")
BULLET = re.compile(r"^\s*[-*•]\s+")


def _inline(line):
    """Escape a line and turn its web addresses into links."""
    return URL.sub(r'<a href="\1">\1</a>', escape(line))


def _block(lines):
    if all(BULLET.match(line) for line in lines):
        items = "".join(f"<li>{_inline(BULLET.sub('', line))}</li>" for line in lines)
        return f"<ul>{items}</ul>"
    return "<p>" + "<br/>".join(_inline(line) for line in lines) + "</p>"


def to_rich_text(text):
    """Plain text to Wagtail's rich text: blank lines part paragraphs, "- " starts a list item.

    Everything typed is escaped first; Wagtail's own whitelist then keeps only the body's features,
    so no markup a member types reaches the page.
    """
    blocks = [block.splitlines() for block in re.split(r"\n\s*\n", text.strip().replace("\r\n", "\n"))]
    html = "".join(_block([line for line in lines if line.strip()]) for lines in blocks if any(map(str.strip, lines)))
    return EditorHTMLConverter(features=BODY_FEATURES).to_database_format(html)


def to_plain_text(html):
    """Stored rich text back to the plain text a member edits: the inverse of to_rich_text, near enough."""
    text = re.sub(r"</p>|</ul>|</ol>", "\n\n", html)
    text = re.sub(r"<br\s*/?>", "\n", text)
    text = re.sub(r"<li>", "- ", text)
    text = re.sub(r"</li>", "\n", text)
    return unescape(strip_tags(text)).strip()
