"""`--format html`: one self-contained HTML report for a file or a folder.

Per article: the scorecard as a checklist, the findings as a list, and the raw source with every
finding (and, on demand, every criterion's evidence) marked at its exact position; a click opens
a side panel with the message, suggestion and the rule's --explain text. A folder adds an
overview table that sorts by any column. The CSS and JS come from report_assets/ and are inlined,
and a Content-Security-Policy forbids every fetch, so the file works from file:// and offline.

Opened with `#selftest`, the page checks itself (see report.js) and writes a JSON verdict into
<pre id="mslint-selftest">: the browser test reads it from the dumped DOM.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from importlib import resources

from mslint.model import Severity
from mslint.output.criteria import VERDICT_MARKS, question, score_text, short_name
from mslint.output.highlight import Span, lines_of_pieces, offset

NEEDS = frozenset({"scorecard", "source"})

# Severity -> (icon, label): an icon and a word beside every colour, for colour-blind readers and print.
SEVERITY_MARKS = {Severity.ERROR: ("✖", "error"), Severity.WARNING: ("▲", "warning"), Severity.INFO: ("●", "info")}
CSP = ("default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
       "base-uri 'none'; form-action 'none'")


def _shown(text: str) -> str:
    """The text as a browser will hold it: an HTML parser drops NUL characters, so show U+FFFD."""
    return text.replace("\0", "\ufffd")


def esc(text: str) -> str:
    """Escaped for element content and quoted attributes. A raw CR would be folded into the LF
    after it by the HTML parser; as a character reference it stays, so positions stay exact."""
    return html.escape(_shown(text), quote=True).replace("\r", "&#13;")


def _asset(name: str) -> str:
    return resources.files("mslint.output").joinpath("report_assets", name).read_text(encoding="utf-8")


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'s' if count != 1 and word != 'info' else ''}"


class _Report:
    """Builds the page; numbers findings and evidence across the whole report."""

    def __init__(self, metas):
        from mslint.output.explain import explain_text

        self.metas = {meta.code: meta for meta in metas}
        self.explain_text = explain_text
        self.data = {"findings": {}, "evidence": {}, "explain": {}}
        self.rows: list[str] = []

    def explain(self, code: str) -> None:
        meta = self.metas.get(code)
        if meta is not None and code not in self.data["explain"]:
            self.data["explain"][code] = self.explain_text(meta)

    # -- one article ----------------------------------------------------------------------

    def article(self, number: int, result) -> str:
        anchor = f"a{number}"
        counts = Counter(finding.severity for finding in result.findings)
        card = result.scorecard
        spans, finding_ids, evidence_ids = self._number(anchor, result)
        self.rows.append(self._overview_row(anchor, result.path, card, counts))
        parts = [
            f'<article class="doc" id="{anchor}" aria-labelledby="{anchor}-title">',
            '<header class="doc-head">',
            f'<h2 id="{anchor}-title">{esc(result.path)}</h2>',
            f'<p class="tally">{self._score_badge(card)}{self._counts(counts)}</p>',
            "</header>",
            '<div class="doc-body">',
            '<div class="side">',
            self._checklist(card, evidence_ids) if card is not None else "",
            self._finding_list(result.findings, finding_ids),
            "</div>",
            self._source(result, spans, finding_ids),
            "</div>",
            "</article>",
        ]
        return "\n".join(part for part in parts if part)

    def _number(self, anchor: str, result):
        """Give every finding and evidence span its report-wide number; the spans to mark."""
        index = None
        if result.source is not None:
            from mslint.reading.document import LineIndex

            index = LineIndex(result.source)
        spans, finding_ids, evidence_ids = [], [], {}
        for finding in result.findings:
            number = str(len(self.data["findings"]) + 1)
            finding_ids.append(number)
            self.explain(finding.code)
            self.data["findings"][number] = {
                "article": anchor, "placed": index is not None, **_position(finding), "code": finding.code,
                "name": finding.name, "severity": finding.severity.label, "message": finding.message,
                "suggestion": finding.suggestion, "excerpt": _shown(finding.excerpt),
            }
            if index is not None:
                spans.append(_span(index, result.source, finding, f"f{number}"))
        for key, verdict in (result.scorecard.verdicts.items() if result.scorecard else ()):
            self.explain(verdict.rule)
            evidence_ids[key] = []
            for item in verdict.evidence:
                number = str(len(self.data["evidence"]) + 1)
                evidence_ids[key].append(number)
                self.data["evidence"][number] = {"article": anchor, "placed": index is not None,
                                                 "criterion": key, **_position(item), "excerpt": _shown(item.excerpt)}
                if index is not None:
                    spans.append(_span(index, result.source, item, f"e{number}"))
        return spans, finding_ids, evidence_ids

    def _score_badge(self, card) -> str:
        if card is None:
            return ""
        if not card.applicable:
            return f'<span class="score">{esc(score_text(card).capitalize())}</span>'
        return (f'<span class="score" title="{esc(score_text(card))}">Score <b>{card.satisfactory}</b>'
                f'<span class="of">/{card.applicable}</span></span>')

    def _counts(self, counts: Counter) -> str:
        badges = []
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
            icon, label = SEVERITY_MARKS[severity]
            badges.append(f'<span class="count s-{label}{" zero" if not counts[severity] else ""}">'
                          f'<span class="icon" aria-hidden="true">{icon}</span> {_plural(counts[severity], label)}</span>')
        return "".join(badges)

    def _checklist(self, card, evidence_ids) -> str:
        items = []
        for key, verdict in card.verdicts.items():
            mark, words = VERDICT_MARKS[verdict.verdict]
            numbers = evidence_ids.get(key, [])
            jumps = ", ".join(f'<a href="#" data-goto-e="{n}">{item.line}:{item.column}</a>'
                              for n, item in zip(numbers, verdict.evidence))
            toggle = (f'<button type="button" class="crit-toggle" aria-pressed="false" '
                      f'title="Show the evidence in the text">') if numbers else '<span class="crit-toggle">'
            items.append(
                f'<li class="crit v-{verdict.verdict}" data-criterion="{esc(key)}" data-evidence="{" ".join(numbers)}">'
                f'{toggle}<span class="vmark" aria-hidden="true">{mark}</span>'
                f'<span class="crit-name" title="{esc(question(key))}">{esc(short_name(key))}</span>'
                f'<span class="verdict">{words}</span>{"</button>" if numbers else "</span>"}'
                f'<p class="why">{esc(verdict.why)}</p>'
                f'<p class="where">{("Evidence at " + jumps + " · ") if jumps else ""}'
                f'<code>{esc(verdict.rule)}</code></p></li>'
            )
        body = "".join(items) or '<li class="crit none">No criterion rules are installed.</li>'
        return (f'<section class="scorecard"><h3>Scorecard <span class="sub">{esc(score_text(card))}</span></h3>'
                f'<ul class="checklist">{body}</ul></section>')

    def _finding_list(self, findings, numbers) -> str:
        if not findings:
            return '<section class="findings"><h3>Findings</h3><p class="clean">No findings.</p></section>'
        items = []
        for number, finding in zip(numbers, findings):
            icon, label = SEVERITY_MARKS[finding.severity]
            items.append(
                f'<li><a href="#" class="finding-link s-{label}" data-goto-f="{number}">'
                f'<span class="sev"><span class="icon" aria-hidden="true">{icon}</span> {label}</span>'
                f'<span class="pos">{finding.line}:{finding.column}</span> <code>{esc(finding.code)}</code> '
                f'<span class="msg">{esc(finding.message)}</span></a></li>'
            )
        return f'<section class="findings"><h3>Findings</h3><ol class="finding-list">{"".join(items)}</ol></section>'

    def _source(self, result, spans, finding_ids) -> str:
        if result.source is None:
            return f'<div class="source unread"><p>{esc(result.error or "The source is not available.")}</p></div>'
        findings = {f"f{n}": self.data["findings"][n] for n in finding_ids}
        severities = {key: f["severity"] for key, f in findings.items()}
        titles = {key: f'{SEVERITY_MARKS[Severity.parse(f["severity"])][0]} {f["code"]} {f["severity"]}: {f["message"]}'
                  for key, f in findings.items()}
        lines = lines_of_pieces(result.source, spans)
        out = ['<div class="source" aria-label="The article\'s source, with findings marked">']
        for number, pieces in enumerate(lines, 1):
            if not pieces:
                continue  # the empty line after a final line break, with nothing marked on it
            out.append(f'<div class="ln" data-n="{number}">')
            out.extend(_piece(piece, severities, titles) for piece in pieces)
            out.append("</div>")
        out.append("</div>")
        return "".join(out)

    # -- the folder view ------------------------------------------------------------------

    def _overview_row(self, anchor, path, card, counts) -> str:
        if card is None or not card.applicable:
            score, key = "–", "-1"
        else:
            score, key = f"{card.satisfactory}/{card.applicable}", f"{card.satisfactory / card.applicable:.4f}"
        cells = "".join(f'<td class="num" data-sort="{counts[s]}">{counts[s]}</td>'
                        for s in (Severity.ERROR, Severity.WARNING, Severity.INFO))
        return (f'<tr><td data-sort="{esc(path)}"><a href="#{anchor}">{esc(path)}</a></td>'
                f'<td class="num" data-sort="{key}">{score}</td>{cells}</tr>')

    def overview(self) -> str:
        headers = [("File", "text"), ("Score", "number"), ("✖ Errors", "number"), ("▲ Warnings", "number"),
                   ("● Info", "number")]
        head = "".join(
            f'<th scope="col" aria-sort="none"{" class=num" if kind == "number" else ""}>'
            f'<button type="button" data-sort-column="{column}" data-type="{kind}">{label}</button></th>'
            for column, (label, kind) in enumerate(headers)
        )
        return (f'<section class="overview" aria-label="Overview"><h2>Overview</h2>'
                f'<p class="hint no-print">Click a column heading to sort; click a file to go to it.</p>'
                f'<div class="table-wrap"><table class="sortable"><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(self.rows)}</tbody></table></div>'
                f"</section>")

    def data_island(self) -> str:
        text = json.dumps(self.data, ensure_ascii=False, separators=(",", ":"))
        # "<" ends or confuses a script element ("</script", "<!--"): as \u003c it stays JSON.
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
        return f'<script type="application/json" id="mslint-data">{text}</script>'


def _position(item) -> dict:
    return {"line": item.line, "column": item.column, "end_line": item.end_line, "end_column": item.end_column}


def _span(index, source: str, item, key: str) -> Span:
    start = offset(index, source, item.line, item.column)
    end = offset(index, source, item.end_line, item.end_column)
    return Span(start, max(start, end), key)


def _piece(piece, severities, titles) -> str:
    if not piece.keys:
        return esc(piece.text)
    findings = [key[1:] for key in piece.keys if key[0] == "f"]
    evidence = [key[1:] for key in piece.keys if key[0] == "e"]
    attributes = []
    if findings:
        worst = max((Severity.parse(severities["f" + n]) for n in findings))
        classes = ["hl", f"s-{worst.label}"] + (["overlap"] if len(findings) > 1 else []) + (["point"] if not piece.text else [])
        title = "\n".join(titles["f" + n] for n in findings)
        attributes += [f'class="{" ".join(classes)}"', f'data-f="{" ".join(findings)}"', 'tabindex="0"',
                       'role="button"', f'title="{esc(title)}"']
    else:
        attributes.append('class="ev-only"')
    if evidence:
        attributes.append(f'data-e="{" ".join(evidence)}"')
    return f'<mark {" ".join(attributes)}>{esc(piece.text)}</mark>'


def render(report, rules) -> str:
    page = _Report(rules)
    articles = [page.article(number, result) for number, result in enumerate(report.results, 1)]
    counts = Counter(finding.severity for finding in report.findings)
    many = len(report.results) != 1
    title = "mslint report: " + (f"{len(report.results)} articles" if many else report.results[0].path)
    summary = f'{_plural(len(report.results), "article")}{page._counts(counts)}'
    legend = (
        '<p class="legend no-print">In the text: <span class="key s-error">solid underline</span> error, '
        '<span class="key s-warning">dashed</span> warning, <span class="key s-info">dotted</span> info. '
        "Click or press Enter on a marked passage for the message, suggestion and the rule's explanation; "
        "click a criterion to mark its evidence.</p>"
    )
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="mslint">',
        f"<title>{esc(title)}</title>",
        # First, so that errors in any later script are recorded for the self-test.
        f"<script>{_asset('errors.js')}</script>",
        f"<style>{_asset('report.css')}</style>",
        "</head>",
        "<body>",
        '<div class="page">',
        f'<header class="page-head"><h1>mslint report</h1><p class="tally">{summary}</p>{legend}</header>',
        page.overview() if many else "",
        "<main>",
        *articles,
        "</main>",
        "</div>",
        '<aside id="panel" class="panel" hidden aria-labelledby="panel-title">'
        '<div class="panel-head"><h2 id="panel-title">Finding</h2>'
        '<button type="button" class="close" aria-label="Close">×</button></div>'
        '<div class="panel-body"></div></aside>',
        page.data_island(),
        f"<script>{_asset('report.js')}</script>",
        "</body>",
        "</html>",
        "",
    ])
