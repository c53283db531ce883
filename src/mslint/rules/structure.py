"""Structure (STR): what scraping and careless editing leave in an article.

STR001 title-repeated-in-body: the title again as the first line of the body.
STR002 scraped-image-text: alt text, captions, credits and logo labels left as lines of prose
("Illustration of a neuron", "Clinic logo", "Photo of ...", "Image: ...", "Credit: ...").
STR003 misplaced-heading: headings that name the paragraph before them rather than the one after
(every heading shifted by one), found by content-word overlap with light stemming.
STR004 empty-section: a heading followed at once by a heading of the same or a higher level.
STR005 missing-author: no author, by-line or responsible organisation (JAMA authorship).

Lines: in plain text and Markdown a block may hold several source lines (a scraped header often
runs "Title / Title / Clinic logo" with no blank line between); STR001 and STR002 look at each
source line of a block. HTML source line breaks are not visual lines, so there a block is one line.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from mslint.model import Hit, RuleDocs, RuleMeta, Severity
from mslint.rule import Rule
from mslint import patterns

JAMA_AUTHORSHIP = ("JAMA benchmarks (Silberg, Lundberg & Musacchio, JAMA 1997;277:1244): authorship - authors, "
                   "their affiliations and credentials")
HONCODE_1 = "HONcode principle 1 (authoritative): the qualifications of the authors are stated"
WCAG_ALT = "W3C WCAG 2.1, success criterion 1.1.1: alt text belongs to the image, not to the running text"
DISCERN_3 = "DISCERN (Charnock 1999) question 3: is it relevant - is the information presented clearly"

# A word may start only where a run of word characters, apostrophes and hyphens starts: without
# the look-behind, a search restarts inside a long run with no letter (100,000 dashes) at every
# character, and each restart reads to the run's end (quadratic time).
_WORD = patterns.compile(r"(?<![\w'’-])[\w'’-]*\w[\w'’-]*")
_NORMALISE = patterns.compile(r"[\W_]+")


def _normal(text: str) -> str:
    return _NORMALISE.sub(" ", text.casefold()).strip()


def block_lines(document, block) -> list[tuple[int, int]]:
    """Text spans of the source lines of a block (trimmed); one span for HTML."""
    text = document.text
    if document.format == "html":
        return [(block.start, block.end)]
    cuts = []
    for i in range(block.start, block.end):
        char = text[i]
        if char == "\n" or char == "\r":
            cuts.append(i)
        elif char == " " and i in document.raw_widths:  # a folded line break reads as a space
            raw = document.raw_start(i)
            if raw < len(document.source) and document.source[raw] in "\r\n":
                cuts.append(i)
    spans, start = [], block.start
    for cut in cuts:
        spans.append((start, cut))
        start = cut + 1
    spans.append((start, block.end))
    out = []
    for lo, hi in spans:
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if hi > lo:
            out.append((lo, hi))
    return out


def heading_level(document, block) -> int:
    """The level of a heading the writer marked as one (Markdown/HTML, or `#` in plain text); 0 otherwise.

    A title counts only when it is a plain-text `##` (or deeper) heading: the text reader calls the
    first heading-like line the title whatever its level.
    """
    if not block.is_heading:
        return 0
    if document.format != "text":
        return 0 if block.kind == "title" else block.level
    raw = document.raw_start(block.start)
    line_start = max(document.source.rfind("\n", 0, raw), document.source.rfind("\r", 0, raw)) + 1
    prefix = document.source[line_start:raw].strip()
    level = len(prefix) if prefix and set(prefix) == {"#"} else 0
    return 0 if block.kind == "title" and level <= 1 else level


# -- STR001 -----------------------------------------------------------------------------------

FIRST_BODY_BLOCKS = 3  # how far into the body a repeated title is looked for


class TitleRepeated(Rule):
    meta = RuleMeta(
        code="STR001",
        name="title-repeated-in-body",
        category="structure",
        # A note, not a warning: a title printed twice is untidy, not a reason to doubt the health
        # content, and in text scraped from news pages it is usually the scraper's doing.
        severity=Severity.INFO,
        scope="document",
        summary="The title is repeated as the first line of the body",
        docs=RuleDocs(
            what="Flags a line at the start of the body that repeats the title word for word (case and punctuation "
            "aside): the front matter or HTML `<title>`, the first heading, or an HTML `<h1>`. Only the first few "
            "blocks of the body are looked at. An HTML `<h1>` or a Markdown heading that matches the `<title>` or "
            "front matter title is normal and is not flagged. A note (severity info): it says nothing about the "
            "health content, and in text scraped from news sites the repeat is usually the scraper's.",
            why="A title printed twice is the mark of a page copied or scraped without editing. It costs nothing "
            "to fix and readers take it as a sign of carelessness - about the content, too.",
            bad=(
                "Stem cell therapy for multiple sclerosis\n\nStem cell therapy for multiple sclerosis\n\n"
                "Our clinic offers a new approach.",
            ),
            good=(
                "Stem cell therapy for multiple sclerosis\n\nStem cell therapy is being studied in trials. "
                "Ask your neurologist about them.",
            ),
            better="Delete the repeated line; keep the title only once, as the title.",
        ),
        references=(DISCERN_3, "HONcode principle 8: clear presentation, editorial content kept apart from page furniture"),
    )

    def check(self, document, unit, options):
        text = document.text
        titles = set()
        if document.metadata.get("title"):
            titles.add(_normal(str(document.metadata["title"])))
        blocks = document.blocks
        for block in blocks:
            if block.kind == "title":
                titles.add(_normal(text[block.start : block.end]))
        if document.format == "html":
            first_h1 = next((b for b in blocks if b.kind == "heading" and b.level == 1), None)
            if first_h1 is not None:
                titles.add(_normal(text[first_h1.start : first_h1.end]))
        titles.discard("")
        if not titles:
            return
        seen = 0
        for block in blocks:
            # Front matter summaries (description, subtitle...) sit above the body, not in it.
            if block.kind in ("title", "caption", "summary"):
                continue
            if block.is_heading and document.format != "text":
                continue  # an <h1> or "# Heading" echoing <title> is the page's visible title
            lines = block_lines(document, block)
            if lines and _normal(text[lines[0][0] : lines[0][1]]) in titles:
                yield Hit(lines[0][0], lines[0][1], "The title is repeated as the first line of the body")
                return
            seen += 1
            if seen >= FIRST_BODY_BLOCKS:
                return


# -- STR002 -----------------------------------------------------------------------------------

# Singular media nouns: alt text names one image ("Illustration of a neuron"); a plural line
# ("Images of the brain help doctors") is more likely a heading or a sentence.
_MEDIA = (r"(?:stock\s+)?(?:photo(?:graph)?|image|picture|pic|illustration|drawing|diagram|graphic|infographic|"
          r"screenshot|rendering|icon|portrait|headshot|banner|thumbnail|video\s+still|artist['’]?s\s+impression|"
          r"3D\s+render)")
# "Illustration of a neuron", "Photo of smiling patient in the clinic garden", "Image showing ..."
_MEDIA_OF = patterns.compile(rf"(?:(?:a|an)\s+)?{_MEDIA}\s+(?:of|showing|shows|depicting)\s+\S.*", regex.IGNORECASE)
# "Clinic logo", "NeoRegen logo", "Facebook icon"
_LOGO = patterns.compile(r"(?:[\w&'’.+-]+\s+){0,4}(?:logo|logotype|wordmark|icon|badge|seal)(?:\s+(?:image|graphic|icon))?",
                      regex.IGNORECASE)
# "Image: Getty", "Credit: J. Smith/Alamy", "Photo credit: ...", "Alt text: ..."
_LABEL = patterns.compile(
    r"(?:image|photo(?:graph)?|picture|illustration|graphic|video|credit|credits|(?:photo|image|picture|header)\s+"
    r"(?:credit|source|courtesy)|caption|alt(?:\s+text)?|pictured|main\s+image|hero\s+image)\s*:\s*(?P<value>\S.*)",
    regex.IGNORECASE,
)
_STOCK = patterns.compile(r"(?:(?:photo|image|picture)\s*)?(?:©|\(c\)|copyright)?\s*(?:Getty\s+Images|Shutterstock|iStock(?:photo)?|"
                       r"Alamy|Adobe\s+Stock|Unsplash|Pexels|Dreamstime|Depositphotos)(?:\s*/\s*\S+)?", regex.IGNORECASE)
# A label has no verb and nobody speaking: "Credit: we accept all cards" is a sentence.
_SENTENCE_WORDS = patterns.compile(
    r"\b(?:is|are|was|were|be|has|have|had|can|could|will|would|may|might|must|should|does|do|did|help|helps|"
    r"show|make|makes|we|you|i|our|your|my|their)\b", regex.IGNORECASE)
_POSSESSIVE_START = patterns.compile(r"(?:our|my|your|their|his|her|its|how|why|what|about)\b", regex.IGNORECASE)
MAX_LABEL_VALUE_WORDS = 8
MAX_LABEL_WORDS = 14
_TERMINAL = patterns.compile(r"[.!?…]\s*$")


_CREDITS = frozenset({"an image credit", "an image label or credit line"})


def scraped_label(line: str) -> str | None:
    """What kind of page furniture a whole line is, or None for ordinary prose."""
    stripped = line.strip().strip("*_[]()")
    if not stripped or len(_WORD.findall(stripped)) > MAX_LABEL_WORDS or not stripped[0].isupper() and stripped[0] != "©":
        return None
    label = _LABEL.fullmatch(stripped)
    if label:
        value = label.group("value")
        if len(_WORD.findall(value)) <= MAX_LABEL_VALUE_WORDS and not _SENTENCE_WORDS.search(value):
            return "an image label or credit line"
        return None
    if _STOCK.fullmatch(stripped.rstrip(".")):
        return "an image credit"
    if _TERMINAL.search(stripped) or _SENTENCE_WORDS.search(stripped) or _POSSESSIVE_START.match(stripped):
        return None  # a sentence or a heading, not a label
    if _MEDIA_OF.fullmatch(stripped):
        return "image alt text or a caption"
    if _LOGO.fullmatch(stripped) and len(_WORD.findall(stripped)) <= 5:
        return "a logo label"
    return None


class ScrapedImageText(Rule):
    meta = RuleMeta(
        code="STR002",
        name="scraped-image-text",
        category="structure",
        severity=Severity.WARNING,
        scope="document",
        summary="Image alt text, a caption, a credit or a logo label left in the body as a line of prose",
        docs=RuleDocs(
            what="Flags a line of the body that is page furniture rather than prose: image alt text or a caption "
            "(\"Illustration of a neuron\", \"Photo of smiling patient in the clinic garden\"), a logo label "
            "(\"Clinic logo\"), an image or credit line (\"Image: ...\", \"Credit: ...\", \"Photo: Getty Images\"; a credit "
            "is only a note, severity info: it is clutter, not text the reader mistakes for the article's). "
            "The whole line must be the label: short, no sentence punctuation, starting with a capital. Real "
            "image alt text and figure captions (Markdown `![...]`, HTML `alt`, `<figcaption>`) are where they "
            "belong and are not flagged.",
            why="Copy-pasted or scraped pages keep the text of images that the reader of the original never saw as "
            "text. It interrupts the article, and an \"illustration of a neuron\" with no illustration tells the "
            "reader the content was copied without being read.",
            bad=(
                "Clinic logo\n\nWelcome to our clinic.",
                "Photo of smiling patient in the clinic garden\n\nOur patients come from all over the world.",
                "Image: Getty Images\n\nStem cells are being studied in trials.",
            ),
            good=(
                "The clinic's logo shows a tree.\n\nWelcome to our clinic.",
                "A photo of the clinic garden hangs in the waiting room.",
                "![Illustration of a neuron](neuron.png)\n\nNerve cells carry signals.",
            ),
            better="Delete the line, or restore the image with the text as its alt attribute or caption.",
        ),
        references=(WCAG_ALT, DISCERN_3),
    )

    def check(self, document, unit, options):
        blocks = document.blocks
        for index, block in enumerate(blocks):
            # Captions are alt text in its place; an HTML <title> or Markdown "# Title" is no label,
            # but plain text makes any short first line its "title".
            # Front matter and <meta> summaries are metadata written as such, never left-overs.
            if block.kind in ("caption", "table-cell", "summary") or (block.kind == "title" and document.format != "text"):
                continue
            # A credit or caption line right by a real image ("![...](a.jpg)" then "*Photo: Getty*") is
            # the image's caption, not a left-over.
            if (index > 0 and blocks[index - 1].kind == "caption") or (
                    index + 1 < len(blocks) and blocks[index + 1].kind == "caption"):
                continue
            yield from self._lines(document, block)

    def _lines(self, document, block):
        text = document.text
        lines = block_lines(document, block)
        for index, (lo, hi) in enumerate(lines):
            line = text[lo:hi]
            if index + 1 < len(lines) and not _TERMINAL.search(line):
                following = text[lines[index + 1][0] : lines[index + 1][1]]
                if following[:1].islower():
                    continue  # wrapped prose: the sentence goes on
            if index > 0 and document.format == "markdown":
                previous = text[lines[index - 1][0] : lines[index - 1][1]]
                if not _TERMINAL.search(previous) and not scraped_label(previous) and len(_WORD.findall(previous)) > 8:
                    continue  # the middle of a wrapped sentence
            what = scraped_label(line)
            if what:
                # A credit line ("Getty Images", "Photo: J. Smith") is harmless clutter: a note.
                severity = Severity.INFO if what in _CREDITS else None
                yield Hit(lo, hi, f"Left-over page furniture: \"{line.strip()}\" looks like {what}, not prose",
                          severity=severity)


# -- STR003 -----------------------------------------------------------------------------------

STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before being below between
    both but by can could did do does doing down during each few for from further had has have having he her here
    hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
    our ours out over own same she should so some such than that the their theirs them then there these they this
    those through to too under until up very was we were what when where which while who whom why will with would
    you your yours new one two three may might must shall us get gets got make makes made use used using know
    need needs many much well way ways thing things really
    """.split()
)
_SUFFIXES = ("ational", "ization", "isation", "ations", "ation", "ments", "ment", "ings", "ing", "ness", "ies", "ied",
             "ers", "er", "est", "ed", "es", "ly", "s")


@lru_cache(maxsize=16384)  # articles repeat their words; stemming each occurrence again is waste
def stem(word: str) -> str:
    word = word.casefold().strip("'’-")
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("y") or word.endswith("e"):
        word = word[:-1] or word
    return word


def content_stems(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text) if w.casefold() not in STOPWORDS and len(w) > 2 and not w.isdigit()}


PROSE = frozenset({"paragraph", "list-item", "quote", "table-cell"})
MIN_HEADINGS = 3
MIN_SHIFTED = 2


def _sections(document):
    """[(heading index or None, [prose block indices])] in order."""
    sections: list[tuple[int | None, list[int]]] = [(None, [])]
    for index, block in enumerate(document.blocks):
        if block.kind == "heading":
            sections.append((index, []))
        elif block.kind in PROSE:
            sections[-1][1].append(index)
    return sections


class MisplacedHeading(Rule):
    meta = RuleMeta(
        code="STR003",
        name="misplaced-heading",
        category="structure",
        severity=Severity.WARNING,
        scope="document",
        summary="Headings that name the section before them, not the one after (headings shifted by one)",
        docs=RuleDocs(
            what="Compares the content words of each heading (stop words dropped, light stemming, words found in "
            "most sections ignored) with the section before it and the section after it. A heading whose words "
            "appear in the section before it (at least half of them) and not at all in the section after it "
            "seems to sit after the paragraph it names. To stay clear of coincidences the rule needs a "
            "pattern: at least two such headings, and at least two thirds of the headings it could judge.",
            why="When a page is scraped or re-flowed, headings can slip past their paragraphs: every section then "
            "sits under the wrong title, and a reader looking for the risks finds the costs. Readers skim "
            "headings to find what they need.",
            bad=(
                "# Stem cells and MS\n\n"
                "Transplants reset the immune system with chemotherapy before the stem cells are returned.\n\n"
                "## How the transplant works\n\n"
                "Infections, infertility and early menopause are the main risks, and a few people die.\n\n"
                "## Risks and infections\n\n"
                "A transplant costs between 40,000 and 120,000 dollars, and insurers rarely pay.\n\n"
                "## Costs and insurers\n\n"
                "Ask your neurologist whether you are eligible.\n",
            ),
            good=(
                "# Stem cells and MS\n\n"
                "Ask your neurologist whether you are eligible.\n\n"
                "## How the transplant works\n\n"
                "Transplants reset the immune system with chemotherapy before the stem cells are returned.\n\n"
                "## Risks and infections\n\n"
                "Infections, infertility and early menopause are the main risks, and a few people die.\n\n"
                "## Costs and insurers\n\n"
                "A transplant costs between 40,000 and 120,000 dollars, and insurers rarely pay.\n",
            ),
            better="Move each heading above the section it names.",
        ),
        references=(DISCERN_3, "HHS Plain Language Guidelines: use informative headings that match their sections"),
    )

    def check(self, document, unit, options):
        text = document.text
        blocks = document.blocks
        sections = _sections(document)
        if sum(1 for h, _ in sections if h is not None) < MIN_HEADINGS:
            return
        words = [set().union(*(content_stems(text[blocks[i].start : blocks[i].end]) for i in body)) if body else set()
                 for _, body in sections]
        frequency: dict[str, int] = {}
        for stems in words:
            for s in stems:
                frequency[s] = frequency.get(s, 0) + 1
        common = {s for s, n in frequency.items() if n > max(1, len(sections) // 2)}
        judged, shifted = 0, []
        for k in range(1, len(sections)):
            heading_index = sections[k][0]
            before, after = words[k - 1], words[k]
            if not before or not after:
                continue
            heading = content_stems(text[blocks[heading_index].start : blocks[heading_index].end]) - common
            if not heading:
                continue
            judged += 1
            in_before = len(heading & before) / len(heading)
            in_after = len(heading & after) / len(heading)
            if in_before >= 0.5 and in_after == 0:
                shifted.append(heading_index)
        if len(shifted) >= MIN_SHIFTED and 3 * len(shifted) >= 2 * judged:
            for index in shifted:
                block = blocks[index]
                yield Hit(block.start, block.end, "This heading matches the section before it, not the one after it: "
                          "it seems to sit below the text it names")


# -- STR004 -----------------------------------------------------------------------------------


class EmptySection(Rule):
    meta = RuleMeta(
        code="STR004",
        name="empty-section",
        category="structure",
        severity=Severity.WARNING,
        scope="heading",
        summary="A heading with nothing under it: the next heading follows at once",
        docs=RuleDocs(
            what="Flags a heading immediately followed by another heading of the same or a higher level (an `##` "
            "followed by `##` or `#`), so that its section is empty. A sub-heading after a heading (`##` then `###`) "
            "is normal. In plain text only `#` headings count, as other heading-like lines carry no level.",
            why="An empty section promises information the article does not give - often the very section a reader "
            "needs (\"The risks\", \"What happens after treatment?\"). It usually means text was lost in copying or "
            "a section was never written.",
            bad=("## The risks\n\n## Costs and access\n\nTreatment is funded in some countries.",),
            good=(
                "## The risks\n\nInfections are common in the first months.\n\n## Costs and access\n\n"
                "Treatment is funded in some countries.",
                "## Treatment\n\n### How it works\n\nYour own stem cells are collected first.",
            ),
            better="Write the section, or remove its heading.",
        ),
        references=(DISCERN_3, "HealthNewsReview.org criterion 3: harms must be explained, not merely announced"),
    )

    def check(self, document, unit, options):
        if unit.block is None:
            return
        block = document.blocks[unit.block]
        level = heading_level(document, block)
        if not level:
            return
        following = document.blocks[unit.block + 1] if unit.block + 1 < len(document.blocks) else None
        next_level = heading_level(document, following) if following is not None else 0
        if not next_level or next_level > level:
            return
        yield Hit(block.start, block.end, f"Empty section: \"{document.text[block.start:block.end]}\" is followed "
                  "directly by the next heading")


# -- STR005 -----------------------------------------------------------------------------------

AUTHOR_KEYS = ("author", "authors", "byline", "creator", "writer", "reviewer", "reviewed_by", "reviewed-by",
               "medically_reviewed_by", "contributor", "contributors", "organization", "organisation", "publisher")
_BYLINE = patterns.compile(
    r"(?:^|(?<=[\s(*_|]))(?:by|author(?:s|ed)?\s*:|written\s+by|words\s+by|reported\s+by|reviewed\s+by|"
    r"medically\s+reviewed\s+by|fact[\s-]checked\s+by|edited\s+by|compiled\s+by|prepared\s+by|produced\s+by|"
    r"(?:published|posted|updated|issued|written|reviewed)\b[^.\n]{0,40}?\bby)\s+(?:the\s+|dr\.?\s+|prof\.?\s+)?[A-Z]",
)
_BYLINE_START = patterns.compile(r"^\W*(?:by|written\s+by|author(?:s)?\s*:)\s", regex.IGNORECASE)
_ISSUER = patterns.compile(
    r"(?:^|\s)(?:(?:patient\s+)?information\s+(?:from|by)|a\s+(?:research\s+)?(?:briefing|guide|leaflet|factsheet|"
    r"fact\s+sheet)\s+(?:from|by))\s+(?:the\s+)?[A-Z]",
    regex.IGNORECASE,
)
HEAD_BLOCKS = 8
TAIL_BLOCKS = 6
MIN_ARTICLE_WORDS = 50


def has_author(document) -> bool:
    metadata = document.metadata or {}
    if any(metadata.get(key) for key in AUTHOR_KEYS):
        return True
    blocks = document.blocks
    candidates = blocks[:HEAD_BLOCKS] + blocks[max(HEAD_BLOCKS, len(blocks) - TAIL_BLOCKS) :]
    for block in candidates:
        line = document.text[block.start : block.end]
        if _BYLINE.search(line) or _BYLINE_START.match(line) or _ISSUER.search(line):
            return True
    return False


class MissingAuthor(Rule):
    meta = RuleMeta(
        code="STR005",
        name="missing-author",
        category="structure",
        severity=Severity.INFO,
        scope="document",
        summary="The article names no author, reviewer or responsible organisation",
        docs=RuleDocs(
            what="Flags an article of at least 50 words with no `author` in front matter or HTML meta and no "
            "by-line near its top or bottom (\"By ...\", \"Written by ...\", \"Reviewed by ...\", \"Posted ... by "
            "...\", \"Patient information from ...\"). One finding, on the title (or the first line). It does not "
            "judge whether the author is qualified.",
            why="Readers weigh health information by who wrote it. Authorship - authors, affiliations and "
            "credentials - is the first of the four JAMA benchmarks for credible health information, and HONcode "
            "asks that authors' qualifications be given.",
            bad=(
                "Stem cell transplants for MS\n\nA hospital team in the north of England has begun offering "
                "stem-cell transplants to more people with multiple sclerosis. The treatment uses chemotherapy to "
                "reset the immune system before rebuilding it from the patient's own stem cells. Doctors say the "
                "procedure suits people with very active relapsing MS, and that its risks need careful discussion.",
            ),
            good=(
                "Stem cell transplants for MS\n\nBy Marta Lindgren, medical correspondent\n\nA hospital team in the "
                "north of England has begun offering stem-cell transplants to more people with multiple sclerosis. "
                "The treatment uses chemotherapy to reset the immune system before rebuilding it from the patient's "
                "own stem cells. Doctors say the procedure suits people with very active relapsing MS.",
            ),
            better="Add a by-line with the author's role (\"By Dr Jane Smith, neurologist\"), or `author:` in the "
            "front matter; name the reviewing clinician for medical content.",
        ),
        references=(JAMA_AUTHORSHIP, HONCODE_1),
    )

    def check(self, document, unit, options):
        if not document.blocks or has_author(document):
            return
        if sum(len(_WORD.findall(document.text, b.start, b.end)) for b in document.blocks) < MIN_ARTICLE_WORDS:
            return
        block = next((b for b in document.blocks if b.kind == "title"), document.blocks[0])
        yield Hit(block.start, block.end, "No author: the article names no author, reviewer or responsible "
                  "organisation (add a by-line with credentials)")


def structure_rules():
    return [TitleRepeated(), ScrapedImageText(), MisplacedHeading(), EmptySection(), MissingAuthor()]
