"""The garbage collector during start-up.

Loading the knowledge base and the rules builds a few hundred thousand objects that live until
the process ends. The collector's passes over them while they are built find nothing to free and
cost about a tenth of a one-file run, so the command line pauses collection while it loads; once
the rules are loaded they are frozen (moved where later collections never look, which also keeps
forked workers from touching, and so copying, the pages they share) and collection resumes.
A library caller who never pauses is left alone.
"""

from __future__ import annotations

import gc

_paused = False


def pause_for_loading() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def loaded() -> None:
    """The long-lived objects exist: freeze them and collect as usual from here on."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()
