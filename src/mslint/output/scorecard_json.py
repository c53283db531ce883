"""`--scorecard --format json`: a JSON array with one scorecard object per linted file.

The findings are not printed: this array is the whole output, so tools (such as the
HealthNewsReview scorer) can read it as it is. Files that could not be read have no scorecard;
their error is on standard error and the exit status is 2.
"""

from __future__ import annotations

import json


def render(report, rules) -> str:
    cards = [result.scorecard.to_dict() for result in report.results if result.scorecard is not None]
    return json.dumps(cards, indent=2, ensure_ascii=False) + "\n"
