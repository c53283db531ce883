"""TIM007 changed-since-dated: a page that was right on its date about a status that has changed
since ("NICE's guideline CG127 is the one your GP follows", dated March 2019: NG136 replaced it that
August).

TIM005 reads the same rows of the knowledge base (relation `superseded`) for a page dated after the
change, where the page was wrong when written. A page dated before the change was right then, and
readers still find it: for an editor keeping an archive or a researcher auditing old pages the
statement needs review, so it is reported as a note, never as an error of the writer's. An undated
page is TIM005's (judged against today).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from mslint.analysis.dates import judged_against_today, parse_today, reference_date
from mslint.model import Hit, RuleDocs, Severity
from mslint.rules.superseded import SupersededStatus, since_date


class ChangedSinceDated(SupersededStatus):
    code, name = "TIM007", "changed-since-dated"
    setting = "This article is dated 14 June 2012."
    summary = "A status stated correctly for the page's date has changed since (a medicine's sale, a vaccine " \
              "or screening schedule, a guideline): the page needs review"
    docs = RuleDocs(
        what="Notes a statement that was true on the page's own date but describes a status that changed "
        "afterwards, according to the dated changes of the knowledge base (the rows TIM005 reads): a "
        "medicine then on prescription only that pharmacies now sell, a vaccine or screening programme since "
        "changed, a guideline since replaced. Reported as info: the writer was right, the page is out of "
        "date. Told as history, asked or denied, it is left alone; a page with no date is TIM005's.",
        why="Health pages stay online and keep being found years after the rules they describe change; a "
        "reader cannot tell that a correct page from 2012 no longer holds (JAMA currency benchmark, DISCERN "
        "question 4). An editor reviewing an archive needs to know which pages went stale and why.",
        bad=("You'll need a prescription from your GP for ellaOne.",),
        good=("Until last year, ellaOne was hard to get.",
              "The HPV vaccine is offered to all children in Year 8."),
        better="Review the page: bring it up to date, or mark it as archived with the date the advice changed.",
    )

    @cached_property
    def meta(self):
        return replace(super().meta, severity=Severity.INFO)

    def check(self, document, unit, options):
        view, found = self.statements(document, unit)
        if not found or judged_against_today(document):
            return
        today = parse_today(str(options.get("today", "")))
        reference, described = reference_date(document, today)
        reported: set[int] = set()  # one statement, one finding
        for fact, match in found:
            since = since_date(fact.since)
            if not reference < since <= today or not reported.isdisjoint(range(match.first, match.last + 1)):
                continue
            reported.update(range(match.first, match.last + 1))
            start, end = view.tokens[match.mark_first].start, view.tokens[match.mark_last].end
            yield Hit(start, end, f"Changed since {described}: in {fact.since} this stopped being true; review "
                      f"the page. {fact.says} [{fact.id}]", severity=Severity.INFO,
                      stance=view.stance(match.first, match.last, match.own))
