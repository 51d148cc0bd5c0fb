"""Facebook's HTML export (FORMATS §2.9): records and profile rows, with the standard html.parser.

Class names are generated and changed around 2022, so they are only a first guess:
  old (2018 → ~2021): item `pam _3-95 _2pi0`, title `_2lel`, content `_2let`, date `_2lem`;
  new (2022 →): item `_a6-g`, title `_a6-h`, content `_a6-p`, date `_a72d` (footer `_a6-o`).
When neither set is present, items are found by structure: each text line that is a whole date
closes one item, whose other lines are its title (a heading, or the first line) and content.
Dates are zone-less local strings, read as America/Toronto time (see _facebook_dates).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from html.parser import HTMLParser

from footprint.platforms._facebook_dates import date_in_line, parse_html_date

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
_SKIP = {"script", "style", "head", "title", "noscript", "template"}
_BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption", "figure",
          "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "nav",
          "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
ITEM_CLASSES = ({"_a6-g"}, {"pam", "_3-95"}, {"_2pi0"})  # any one set, all its classes present
TITLE_CLASSES = {"_a6-h", "_2lel"}
CONTENT_CLASSES = {"_a6-p", "_2let"}
DATE_CLASSES = {"_a72d", "_2lem", "_a6-o"}
_OPAQUE_LINK = "facebook.com/dyi/"  # footer redirect links, not content (FORMATS §2.9)


@dataclass
class Node:
    """One element: tag, classes, attributes and children (Nodes or text)."""

    tag: str
    classes: frozenset[str] = frozenset()
    attrs: dict[str, str] = field(default_factory=dict)
    children: list["Node | str"] = field(default_factory=list)
    parent: "Node | None" = field(default=None, repr=False)

    def walk(self):
        """This node and every descendant element, in document order."""
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.walk()

    def lines(self) -> list[str]:
        """Visible text split where blocks and <br> break it, whitespace folded, empty lines dropped."""
        parts: list[str] = []
        self._text(parts)
        return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]

    def _text(self, parts: list[str]) -> None:
        if self.tag in _SKIP:
            return
        block = self.tag in _BLOCK
        if block or self.tag == "br":
            parts.append("\n")
        for child in self.children:
            if isinstance(child, Node):
                child._text(parts)
            else:
                parts.append(child)
        if block:
            parts.append("\n")

    def links(self) -> list[str]:
        """http(s) links in this subtree, in order, without Facebook's opaque footer redirects."""
        found = []
        for node in self.walk():
            href = node.attrs.get("href", "")
            if node.tag == "a" and href.startswith(("http://", "https://")) and _OPAQUE_LINK not in href and href not in found:
                found.append(href)
        return found


class _Builder(HTMLParser):
    """A forgiving tree builder: unclosed tags are closed by their ancestors' end tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        values = {k: v or "" for k, v in attrs}
        node = Node(tag, frozenset(values.get("class", "").split()), values, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.stack.pop()

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    """The document tree (html.parser only: no new dependency)."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root


@dataclass
class HtmlItem:
    """One record of an HTML page: title, content lines, links and the (local-time) date."""

    title: str
    lines: list[str]
    links: list[str]
    created_at: datetime | None


def _has(node: Node, classes: set[str]) -> bool:
    return bool(node.classes & classes)


def _is_item(node: Node) -> bool:
    return any(s <= node.classes for s in ITEM_CLASSES)


def _first(node: Node, classes: set[str]) -> Node | None:
    return next((n for n in node.walk() if n is not node and _has(n, classes)), None)


def _known_items(root: Node) -> list[Node]:
    """Innermost elements carrying a known item class set (old or new markup)."""
    items = [n for n in root.walk() if _is_item(n)]
    return [n for n in items if not any(m is not n and _is_item(m) for m in n.walk())]


def _content_lines(node: Node) -> list[str]:
    """Content lines without the "Updated …" date lines the new markup puts inside the content."""
    return [line for line in node.lines() if date_in_line(line) is None]


def _from_known(node: Node) -> HtmlItem:
    """An item of the old or new markup; missing parts fall back to the item's lines."""
    title_node, content_node = _first(node, TITLE_CLASSES), _first(node, CONTENT_CLASSES)
    when = None
    for date_node in (n for n in node.walk() if _has(n, DATE_CLASSES)):
        when = next((d for d in map(date_in_line, date_node.lines()) if d), None)
        if when:
            break
    title = " ".join(title_node.lines()) if title_node else ""
    if content_node is not None:
        lines = _content_lines(content_node)
    else:
        lines = [line for line in _content_lines(node) if line != title]
    if when is None:
        when = next((d for d in map(date_in_line, node.lines()) if d), None)
    return HtmlItem(title, lines, node.links(), when)


def _date_leaves(root: Node) -> list[Node]:
    """Elements whose whole visible text is one date (and that hold no smaller such element)."""
    leaves = []
    for node in root.walk():
        if node.tag in _SKIP or node is root:
            continue
        lines = node.lines()
        if len(lines) == 1 and parse_html_date(lines[0]) and not any(parse_html_date(" ".join(c.lines())) for c in node.walk() if c is not node and c.lines()):
            leaves.append(node)
    return leaves


def _structural_items(root: Node) -> list[HtmlItem]:
    """Unknown class names: climb from each date to the largest ancestor holding only that date."""
    leaves = _date_leaves(root)
    owner: dict[int, int] = {}
    for leaf in leaves:
        for ancestor in _ancestors(leaf):
            owner[id(ancestor)] = owner.get(id(ancestor), 0) + 1
    items = []
    for leaf in leaves:
        box = leaf
        for ancestor in _ancestors(leaf):
            if owner[id(ancestor)] > 1 or ancestor.tag in ("body", "html", "#root"):
                break
            box = ancestor
        heading = next((n for n in box.walk() if n.tag in _HEADINGS), None)
        lines = [line for line in _content_lines(box)]
        title = " ".join(heading.lines()) if heading else (lines[0] if len(lines) > 1 else "")
        if title and title in lines:
            lines.remove(title)
        items.append(HtmlItem(title, lines, box.links(), parse_html_date(leaf.lines()[0])))
    return items


def _ancestors(node: Node):
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent


def html_items(root: Node) -> tuple[list[HtmlItem], str]:
    """Every record of a page and how they were found ("classes" or "structure")."""
    known = _known_items(root)
    if known:
        return [_from_known(n) for n in known], "classes"
    return _structural_items(root), "structure"


def profile_rows(root: Node) -> list[tuple[str, str]]:
    """(label, value) pairs of a profile page: table rows, item blocks, or two-part elements."""
    rows: list[tuple[str, str]] = []
    for tr in (n for n in root.walk() if n.tag == "tr"):
        cells = [c for c in tr.children if isinstance(c, Node) and c.tag in ("td", "th")]
        if len(cells) >= 2 and cells[0].lines():
            label = " ".join(cells[0].lines())
            rows.extend((label, v) for c in cells[1:] for v in c.lines())
    if rows:
        return rows
    for node in _known_items(root):
        title_node, content_node = _first(node, TITLE_CLASSES), _first(node, CONTENT_CLASSES)
        if title_node is not None and content_node is not None:
            rows.extend((" ".join(title_node.lines()), v) for v in content_node.lines())
    if rows:
        return rows
    return _pairs(root)


def _pairs(root: Node) -> list[tuple[str, str]]:
    """Structural fallback: an element with exactly two children, a short label and a value."""
    rows = []
    for node in root.walk():
        kids = [c for c in node.children if isinstance(c, Node) and c.lines()]
        if len(kids) != 2 or any(isinstance(c, str) and c.strip() for c in node.children):
            continue
        label_lines, value_lines = kids[0].lines(), kids[1].lines()
        nested = any(n is not kids[0] and n.tag in _BLOCK for n in kids[0].walk())
        if len(label_lines) == 1 and len(label_lines[0]) <= 60 and not nested and len(kids[1].lines()) >= 1:
            if any(n is not kids[1] and len([c for c in n.children if isinstance(c, Node) and c.lines()]) == 2 for n in kids[1].walk()):
                continue  # a wrapper of further pairs: its pairs are taken instead
            rows.extend((label_lines[0], v) for v in value_lines)
    return rows
