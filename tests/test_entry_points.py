"""mslint.engine.entry_points reads a group's entry points as importlib.metadata does, or leaves
the answer to it.

The comparisons run in a fresh interpreter: a test run imports the importlib_metadata backport
(through its plugins), which takes path-based discovery over from the standard library, and
read() then rightly leaves every answer to importlib.metadata."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mslint.engine import plugins

# Prints, for each group, read()'s answer and importlib.metadata's, with sys.path as given.
_COMPARE = """
import json, sys
groups, path = json.loads(sys.argv[1])
if path is not None:
    sys.path[:] = path
from importlib.metadata import entry_points as importlib_entry_points
from mslint.engine import entry_points
out = {}
for group in groups:
    expected = [[ep.name, ep.value, ep.dist.version, ep.dist.name] for ep in importlib_entry_points(group=group)]
    found = entry_points.read(group)
    out[group] = [None if found is None else [list(row) for row in found], expected]
print(json.dumps(out))
"""


def compare(groups: list[str], path: list[str] | None = None) -> dict:
    argument = json.dumps([groups, path])
    done = subprocess.run([sys.executable, "-c", _COMPARE, argument], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_same_entry_points_as_importlib_metadata():
    groups = ["mslint.rules", "console_scripts", "pytest11", "no.such.group"]
    for group, (found, expected) in compare(groups, None).items():
        assert found is not None and found == expected, group
    assert compare(["mslint.rules"])["mslint.rules"][0][0][:2] == ["builtin", "mslint.rules.builtin:provide"]


def test_mslint_finds_its_own_provider():
    assert plugins._discover()[0][:2] == ("builtin", "mslint.rules.builtin:provide")


def dist(folder, name, entry_text=None, metadata="Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n\nBody: no\n"):
    info = folder / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    if metadata is not None:
        (info / "METADATA").write_text(metadata.format(name=name), encoding="utf-8")
    if entry_text is not None:
        (info / "entry_points.txt").write_text(entry_text, encoding="utf-8")
    return info


def test_a_made_up_path_reads_alike(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    dist(first, "Alpha_Rules", "# a comment\n[mslint.rules]\nalpha = alpha.rules:provide\n\n[console_scripts]\nx = y:z\n")
    dist(second, "alpha.rules", "[mslint.rules]\nshadowed = other:provide\n")  # the same name: the first wins
    dist(second, "beta", " [mslint.rules] \n  beta  =  beta:provide [extra]  \n")
    dist(second, "gamma", "[ mslint.rules ]\ngamma = gamma:provide\n")  # another group's name
    dist(second, "delta", "[mslint.rules]\ndelta = delta:provide\n", metadata="Name: delta\n\n")  # no version
    dist(second, "epsilon", "[mslint.rules]\nepsilon = e:p\n", metadata="Name: epsilon\nVersion: 2.0  \nVersion: 3\n")
    dist(second, "zeta")  # no entry points at all
    path = [*sys.path, str(first), str(tmp_path / "missing"), str(second)]
    found, expected = compare(["mslint.rules"], path)["mslint.rules"]
    assert found is not None and found == expected
    assert {"alpha", "beta", "delta", "epsilon"} <= {name for name, *_ in found}


@pytest.mark.parametrize("trouble", ["zip", "upper-case suffix", "no equals sign", "folded version"])
def test_anything_unusual_is_left_to_importlib_metadata(tmp_path, trouble):
    folder = tmp_path / "site"
    if trouble == "zip":
        (tmp_path / "packages.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
        dist(folder, "alpha", "[mslint.rules]\nalpha = a:p\n")
        extra = [str(folder), str(tmp_path / "packages.zip")]
    else:
        info = dist(folder, "alpha", "[mslint.rules]\nalpha = a:p\n" + ("broken\n" if trouble == "no equals sign" else ""),
                    "Name: alpha\nVersion: 1\n  .0\n" if trouble == "folded version" else "Name: alpha\nVersion: 1\n")
        if trouble == "upper-case suffix":
            info.rename(folder / "alpha-1.0.DIST-INFO")
        extra = [str(folder)]
    script = ("import sys; sys.path[:] = sys.argv[1:] + sys.path; from mslint.engine import entry_points; "
              "print(entry_points.read('mslint.rules'))")
    done = subprocess.run([sys.executable, "-c", script, *extra], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "None"
