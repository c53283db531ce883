"""TIM005 superseded-status: something that was true until a known date, said as current in a
document dated after it ("ellaOne is only available on prescription" in 2016: it has been sold in
pharmacies since 2015; "girls get the Cervarix jab at school" after the 2012 switch to Gardasil).

The changes are rows of the knowledge base (relation `superseded`, with the date in `since`, the
sources, and the wordings of the old state in `contradicted-by`), so a new change is a new row. The
document's date is its own (metadata, dateline, a "Published" line: mslint.analysis.dates); a document
with none is judged against today (the `today` option fixes it), as a note only, because it may have
been written before the change. A statement before the change is history, not news: a document dated
before `since` is left alone, and so is a sentence told in the past ("until 2015 you needed a
prescription").
"""

from __future__ import annotations

import datetime as dt

from mslint.analysis.article import analyse
from mslint.analysis.dates import judged_against_today, parse_today, reference_date
from mslint.analysis.stance import HEDGED
from mslint.model import Hit, RuleDocs, Severity
from mslint.rules.facts import NOT_ASSERTED, WordedFactRule


def since_date(since: str) -> dt.date:
    """The first day of the change: "2015" is 1 January 2015, "2015-03" is 1 March 2015."""
    parts = [int(part) for part in since.split("-")]
    return dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


class SupersededStatus(WordedFactRule):
    relation = "superseded"
    code, name = "TIM005", "superseded-status"
    category = "timeliness"
    silenced = NOT_ASSERTED | {HEDGED}
    setting = "This article is dated 14 June 2016."
    default_options = {"today": ""}
    summary = "A status that changed at a known date (a medicine's sale, a vaccine or screening schedule, a " \
              "licence) is stated as it was before, in a document dated after the change"
    docs = RuleDocs(
        what="Flags a statement of how things stood before a dated change, in a document dated after it: a "
        "medicine said to need a prescription after it went on pharmacy sale (ellaOne since 2015, the "
        "levonorgestrel morning-after pill), a vaccine or screening programme described as it was before it "
        "changed (Cervarix in schools after 2012, the HPV jab for girls only after boys were added in 2019, "
        "cervical screening from 20 in England), a treatment called the only one after others were licensed. "
        "The changes are rows of the knowledge base with their dates and sources. A document dated before the "
        "change, a sentence told in the past, a question or a denial are left alone; a document with no date "
        "of its own is judged against today, as a note.",
        why="A reader acts on what a page says is true now: told a pharmacy cannot help, a woman may wait for "
        "a GP appointment and miss the window in which emergency contraception works best. Health pages stay "
        "online for years after the rules they describe change (JAMA currency benchmark, DISCERN question 4).",
        bad=("You'll need a prescription from your GP for ellaOne.",
             "Girls are offered the Cervarix jab at school in Year 8."),
        good=("Until 2015 ellaOne was only available on prescription; now pharmacists can supply it.",
              "The HPV vaccine is offered to all children in Year 8."),
        better="Say how things stand on the page's date, and date the page: \"Pharmacists can supply ellaOne "
        "without a prescription (since 2015).\"",
    )

    def statements(self, document, unit):
        """The sentence and the old statuses it states, each (fact, match), in text order."""
        view = analyse(document).sentence_at(unit.start)
        if view is None:
            return None, []
        live = {fact.id for fact in self.live_facts(document)}
        return view, sorted(self.patterns.matches(view, live), key=lambda pair: (pair[1].first, -pair[1].last))

    def check(self, document, unit, options):
        view, found = self.statements(document, unit)
        if not found:  # most sentences: no need to work out the document's date
            return
        reference, described = reference_date(document, parse_today(str(options.get("today", ""))))
        undated = judged_against_today(document)
        reported: set[int] = set()  # one statement, one finding
        for fact, match in found:
            if reference < since_date(fact.since) or not reported.isdisjoint(range(match.first, match.last + 1)):
                continue
            reported.update(range(match.first, match.last + 1))
            start, end = view.tokens[match.mark_first].start, view.tokens[match.mark_last].end
            yield Hit(start, end, f"Out of date for {described}: this changed in {fact.since}. {fact.says} [{fact.id}]",
                      severity=Severity.INFO if undated else Severity.WARNING,
                      stance=view.stance(match.first, match.last, match.own))
