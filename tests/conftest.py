import sys
from pathlib import Path

# tests import helpers such as golden.py from this folder
sys.path.insert(0, str(Path(__file__).parent))

# mslint keeps its result cache in the user's cache folder: the tests' runs use a scratch one
# (inherited by the mslint processes some tests start), never the real ~/.cache.
import os
import tempfile

os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="mslint-test-cache-")
