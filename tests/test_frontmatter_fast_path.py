"""The front-matter fast path reads only what PyYAML would read the same way, and says None
for everything else (then PyYAML runs)."""

import yaml
from hypothesis import given, settings, strategies as st

from mslint.reading.frontmatter import _yaml_loader, plain_string_pairs


def yaml_reading(body: str):
    try:
        data = yaml.load(body, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError:
        return "error"
    return {str(key): value for key, value in data.items()} if isinstance(data, dict) else data


def test_the_usual_block_needs_no_yaml():
    body = 'title: "Stem cells: what works"\ndate: 2025-09-15\nauthor: Dr Leah O\'Neil, neurologist\n'
    assert plain_string_pairs(body) == {
        "title": "Stem cells: what works", "date": "2025-09-15", "author": "Dr Leah O'Neil, neurologist",
    }
    assert plain_string_pairs(body) == yaml_reading(body)


def test_values_yaml_would_type_or_structure_go_to_yaml():
    for body in ("rating: 5", "draft: yes", "on: x", "reviewed: 2025-09-15 10:00", "tags: [a, b]",
                 "title: a # note", "url: https://example.org", "title:", "  indented: x",
                 "list:\n  - a", "note: 'it''s'", 'quote: "a\\tb"', "empty: ~", "tab: a\tb"):
        assert plain_string_pairs(body) is None, body


# Lines assembled from the pieces most likely to change YAML's reading.
_KEYS = ["title", "date", "on", "Yes", "author", "x-y", "null", "_k", "a b", "2nd", "NO"]
_SEPARATORS = ["", " ", ": ", ":", ":  ", ":\t"]
_VALUES = [
    "plain words", "Dr A. O'Neil, MD", "2025-09-15", "2025-9-1", "2025-09-15T10:00", "12", "1.5", "0x1f", "1_000",
    "true", "False", "OFF", "null", "~", "y", "n", ".inf", ".nan", "a: b", "a:b", "a #b", "a#b", "[a]", "{a: b}",
    "-a", "- a", "?a", "&a", "*a", "!a", "|", ">", "%a", "@a", "`a", '"q"', "'q'", '"a\\"b"', "'a''b'", '"a: #b"',
    "'x: [y]'", 'ends with space  ', "sp ace, comma", "é accent", "trailing:", "a, [b]", "Ünïcode first",
]


def test_fast_path_agrees_with_pyyaml_on_every_combination():
    answered = 0
    for key in _KEYS:
        for separator in _SEPARATORS:
            for value in _VALUES:
                body = f"{key}{separator}{value}"
                fast = plain_string_pairs(body)
                if fast is not None:
                    answered += 1
                    assert fast == yaml_reading(body), body
    assert answered >= 100  # the common cases do take the fast path


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_KEYS), st.sampled_from(_SEPARATORS),
                          st.text(alphabet="aZ09 :#-'\"[]{},.!&*?|>%@`~\\\t", max_size=12)),
                min_size=1, max_size=4))
def test_fast_path_agrees_with_pyyaml_on_random_lines(lines):
    body = "\n".join(f"{key}{separator}{value}" for key, separator, value in lines)
    fast = plain_string_pairs(body)
    if fast is not None:
        assert fast == yaml_reading(body), body
