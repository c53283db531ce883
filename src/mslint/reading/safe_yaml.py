"""YAML front matter parsed so that a few hundred bytes cannot take minutes, memory or the run.

PyYAML's safe loader builds no arbitrary objects, but it does honour aliases: `&a [x, x]`, then
`&b [*a, *a]`, and so on, doubles the data at every line, so 370 bytes stand for billions of
values, and anything that walks them (mslint turning front matter into metadata, a rule reading
it) takes that many steps; `&a [*a]` is a list that holds itself, on which such a walk never
ends. So the parsed document is measured before it is turned into data: at most MAX_NODES values
once aliases are expanded, and no alias inside what it names. Parsing is pure Python and takes
seconds per megabyte, so front matter is at most MAX_BYTES long; and a document nested too deeply
for the parser's recursion is refused rather than crashing the run.

A refusal is an InputError: one line for that file, exit 2, and the other files are linted.
"""

from __future__ import annotations

from mslint.reading.source import InputError

MAX_NODES = 10_000
MAX_BYTES = 256 * 1024


class FrontMatterRefused(InputError):
    pass


def load(body: str, loader_class):
    """The data of one YAML document, with aliases and size bounded (raises FrontMatterRefused)."""
    if len(body.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise FrontMatterRefused(f"has YAML front matter larger than {MAX_BYTES:,} bytes; it is not read")
    loader = loader_class(body)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expanded_size(node)
        return loader.construct_document(node)
    except RecursionError:
        raise FrontMatterRefused("has YAML front matter nested too deeply to read") from None
    finally:
        loader.dispose()


def _children(node) -> list:
    value = node.value
    if not isinstance(value, list):
        return []  # a scalar
    children = []
    for item in value:
        children.extend(item if isinstance(item, tuple) else (item,))  # mappings hold (key, value) pairs
    return children


def _check_expanded_size(root) -> None:
    """Count values as if every alias were copied out, without copying: each node's expanded size
    is computed once (an aliased node is shared), depth first without recursion."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # started but not finished: an alias to one of them is a cycle
    stack = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > MAX_NODES:
                raise FrontMatterRefused(
                    f"has YAML front matter whose aliases expand to more than {MAX_NODES:,} values; it is not read")
            sizes[key] = size
            continue
        if key in sizes:
            continue
        open_nodes.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_nodes:
                raise FrontMatterRefused("has YAML front matter with an alias inside the value it names; it is not read")
            if id(child) not in sizes:
                stack.append((child, False))
