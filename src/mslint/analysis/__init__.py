"""Analysis: what the text says, read once per document and shared by every rule."""
