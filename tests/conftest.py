import sys
from pathlib import Path

# tests import helpers such as golden.py from this folder
sys.path.insert(0, str(Path(__file__).parent))
