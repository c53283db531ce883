"""`--scorecard` with text or concise output: a compact checklist per article.

    article.md: 1 of 2 applicable criteria satisfactory
      ✓ Costs                  3:14  The price is given.  (TST101)
      ✗ Harms                  1:1   No harm of the treatment is named.  (TST103)
      – Novelty                      Nothing new is claimed.  (TST109)

One line per criterion: the verdict's mark, the criterion's short name, where its first piece
of evidence is (line:column), the rule's one-sentence reason and the rule's code (for --explain).
Colour goes through rich, which drops it for pipes and when NO_COLOR is set.
"""

from __future__ import annotations

from mslint.output.criteria import CRITERIA_TEXT, VERDICT_MARKS, score_text, short_name

STYLES = {"satisfactory": "green", "not-satisfactory": "bold red", "not-applicable": "dim"}
NAME_WIDTH = max(len(name) for name, _ in CRITERIA_TEXT.values())


def render(report, rules) -> str:
    from rich.console import Console
    from rich.text import Text

    cards = [result.scorecard for result in report.results if result.scorecard is not None]
    console = Console(highlight=False, soft_wrap=True)
    with console.capture() as capture:
        for index, card in enumerate(cards):
            if index:
                console.print()
            head = Text(card.path, style="bold")
            head.append(f": {score_text(card)}")
            console.print(head)
            positions = {key: _first_position(verdict) for key, verdict in card.verdicts.items()}
            width = max((len(position) for position in positions.values()), default=0)
            for key, verdict in card.verdicts.items():
                mark = VERDICT_MARKS[verdict.verdict][0]
                line = Text("  ")
                line.append(mark, style=STYLES[verdict.verdict])
                position = f"{positions[key]:<{width}}  " if width else ""
                line.append(f" {short_name(key):<{NAME_WIDTH}}  {position}{verdict.why}")
                line.append(f"  ({verdict.rule})", style="dim")
                console.print(line)
    return capture.get()


def _first_position(verdict) -> str:
    if not verdict.evidence:
        return ""
    first = verdict.evidence[0]
    return f"{first.line}:{first.column}"
