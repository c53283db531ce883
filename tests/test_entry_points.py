"""mslint.engine.entry_points reads a group's entry points as importlib.metadata does, or leaves
the answer to it."""

from __future__ import annotations

import sys
from importlib.metadata import entry_points as importlib_entry_points

import pytest

from mslint.engine import entry_points, plugins


def expected(group: str) -> list[tuple]:
    return [(ep.name, ep.value, ep.dist.version, ep.dist.name) for ep in importlib_entry_points(group=group)]


@pytest.mark.parametrize("group", ["mslint.rules", "console_scripts", "pytest11", "no.such.group"])
def test_same_entry_points_as_importlib_metadata(group):
    assert entry_points.read(group) == expected(group)


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


def test_a_made_up_path_reads_alike(tmp_path, monkeypatch):
    first, second = tmp_path / "first", tmp_path / "second"
    dist(first, "Alpha_Rules", "# a comment\n[mslint.rules]\nalpha = alpha.rules:provide\n\n[console_scripts]\nx = y:z\n")
    dist(second, "alpha.rules", "[mslint.rules]\nshadowed = other:provide\n")  # the same name: the first wins
    dist(second, "beta", " [mslint.rules] \n  beta  =  beta:provide [extra]  \n")
    dist(second, "gamma", "[ mslint.rules ]\ngamma = gamma:provide\n")  # another group's name
    dist(second, "delta", "[mslint.rules]\ndelta = delta:provide\n", metadata="Name: delta\n\n")  # no version
    dist(second, "epsilon", "[mslint.rules]\nepsilon = e:p\n", metadata="Name: epsilon\nVersion: 2.0  \nVersion: 3\n")
    dist(second, "zeta")  # no entry points at all
    monkeypatch.setattr(sys, "path", [str(first), str(tmp_path / "missing"), str(second)])
    found = entry_points.read("mslint.rules")
    assert found is not None and found == expected("mslint.rules")
    assert {name for name, *_ in found} == {"alpha", "beta", "delta", "epsilon"}


@pytest.mark.parametrize("trouble", ["zip", "upper-case suffix", "no equals sign", "folded version"])
def test_anything_unusual_is_left_to_importlib_metadata(tmp_path, monkeypatch, trouble):
    folder = tmp_path / "site"
    if trouble == "zip":
        (tmp_path / "packages.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18)
        dist(folder, "alpha", "[mslint.rules]\nalpha = a:p\n")
        path = [str(folder), str(tmp_path / "packages.zip")]
    else:
        info = dist(folder, "alpha", "[mslint.rules]\nalpha = a:p\n" + ("broken\n" if trouble == "no equals sign" else ""),
                    "Name: alpha\nVersion: 1\n  .0\n" if trouble == "folded version" else "Name: alpha\nVersion: 1\n")
        if trouble == "upper-case suffix":
            info.rename(folder / "alpha-1.0.DIST-INFO")
        path = [str(folder)]
    monkeypatch.setattr(sys, "path", path)
    assert entry_points.read("mslint.rules") is None
