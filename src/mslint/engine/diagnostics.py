"""The engine's own diagnostics (MSL codes): documented like rules, raised by the engine itself."""

from __future__ import annotations

from mslint.model import RuleDocs, RuleMeta, Severity

_ENGINE_REFERENCE = ("mslint documentation: inline suppression and exit codes (README)",)

UNUSED_SUPPRESSION = RuleMeta(
    code="MSL001",
    name="unused-suppression",
    category="mslint",
    severity=Severity.INFO,
    scope="document",
    summary="An inline mslint-disable comment that suppressed nothing",
    docs=RuleDocs(
        what="Reports `<!-- mslint-disable ... -->` comments that did not suppress any finding.",
        why="A stale suppression hides the next real problem at that spot and misleads reviewers "
        "into thinking a claim was checked and accepted.",
        bad=("<!-- mslint-disable-next-line CLM001 -->\nThere is no cure for MS.",),
        good=("<!-- mslint-disable-next-line CLM001 -- quoting the clinic -->\nThe clinic said it cures MS.",),
        better="Delete the comment, or name the rule it is meant for.",
    ),
    references=("pylint: useless-suppression (I0021), the same idea for code",),
)

UNREADABLE_FILE = RuleMeta(
    code="MSL002",
    name="unreadable-file",
    category="mslint",
    severity=Severity.ERROR,
    scope="document",
    summary="A file that could not be read or decoded as UTF-8 text, or was refused",
    docs=RuleDocs(
        what="Reports inputs that are binary, not UTF-8 or cannot be opened, and inputs refused unread: larger "
        "than `max-file-size`, not a regular file (a FIFO, a device, a symlink loop), or with front matter "
        "built to blow up when parsed. The run exits 2.",
        why="A file mslint cannot read is a file nobody checked; CI must not pass it silently.",
        bad=("A Word document or a Latin-1 file saved with a .txt extension.",),
        good=("The same text saved as UTF-8.",),
        better="Save the file as UTF-8 text, Markdown or HTML.",
    ),
    references=_ENGINE_REFERENCE,
)

RULE_CRASHED = RuleMeta(
    code="MSL003",
    name="rule-crashed",
    category="mslint",
    severity=Severity.ERROR,
    scope="document",
    summary="A rule raised an exception on this file; its results are missing",
    docs=RuleDocs(
        what="Reports a rule that failed with an exception. The other rules still ran. The run exits 2.",
        why="A crashed rule means part of the article went unchecked; CI must not treat that as clean.",
        bad=("A plugin rule that divides by zero on an empty paragraph.",),
        good=("The same rule guarding the empty case.",),
        better="Report the message to the rule's author; meanwhile `--ignore` the rule to lint with the rest.",
    ),
    references=_ENGINE_REFERENCE,
)

MALFORMED_SUPPRESSION = RuleMeta(
    code="MSL004",
    name="malformed-suppression",
    category="mslint",
    severity=Severity.WARNING,
    scope="document",
    summary="An inline mslint comment that cannot be understood as written",
    docs=RuleDocs(
        what="Reports `<!-- mslint-... -->` comments with an unknown verb (`mslint-disabel`) or a word in the "
        "code list that names no rule code, prefix, name or category, as when a reason is written without a "
        "colon or a dash before it. The words that do name rules still apply; a comment left with none "
        "suppresses nothing.",
        why="A suppression that quietly does something else than its writer meant either hides nothing (and "
        "the finding it was for stays) or, worse, hides everything.",
        bad=("<!-- mslint-disable-next-line COM001 quoting the advert -->\nBook your consultation today.",),
        good=("<!-- mslint-disable-next-line COM001: quoting the advert -->\nBook your consultation today.",),
        better="Put the reason after a colon or ` -- `: `<!-- mslint-disable COM001: quoting the advert -->`.",
    ),
    references=_ENGINE_REFERENCE,
)

RULE_TIMED_OUT = RuleMeta(
    code="MSL005",
    name="rule-timed-out",
    category="mslint",
    severity=Severity.ERROR,
    scope="document",
    summary="A rule ran longer than rule-timeout on this file and was stopped; its results are missing",
    docs=RuleDocs(
        what="Reports a rule (built-in, from a rule pack or a plugin) that was still running on this file after "
        "`rule-timeout` seconds (5 by default). It was stopped; the other rules still ran. The run exits 2.",
        why="A rule that never finishes would hang CI, and one that is stopped left part of the article "
        "unchecked; neither may pass as clean. A pattern that backtracks catastrophically on one sentence, or "
        "a plugin stuck in a loop, is the usual cause.",
        bad=("A pack pattern such as (a+)+b meeting a long run of a's.",),
        good=("The same pattern written without nested repetition: a+b.",),
        better="Report the file to the rule's author; meanwhile `--ignore` the rule, or raise `rule-timeout` if "
        "the file is simply very long.",
    ),
    references=_ENGINE_REFERENCE,
)

RULES_NOT_LOADED = RuleMeta(
    code="MSL006",
    name="rules-not-loaded",
    category="mslint",
    severity=Severity.ERROR,
    scope="document",
    summary="A rule pack or plugin failed to load, so its rules did not check this text",
    docs=RuleDocs(
        what="Reported by the Python API's `lint_text` on every text it checks while a rule pack or plugin "
        "could not be loaded (a malformed pack, a plugin that raises on import). The rules that did load still "
        "ran. The command line reports the same problem on standard error and exits 2.",
        why="A text checked without some of the rules must not look clean to a program that only reads the "
        "findings.",
        bad=("A knowledge pack whose TOML has an unclosed array.",),
        good=("Every installed pack and plugin loads.",),
        better="Fix or remove the pack or plugin named in the message; `mslint --list-rules` shows the problem.",
    ),
    references=_ENGINE_REFERENCE,
)

ENGINE_DIAGNOSTICS = (UNUSED_SUPPRESSION, UNREADABLE_FILE, RULE_CRASHED, MALFORMED_SUPPRESSION, RULE_TIMED_OUT,
                      RULES_NOT_LOADED)
