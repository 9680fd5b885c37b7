"""The field each of many lines belongs to, in one pass over the file.

``yaml_syntax_errors.field_near`` answers for one line by reading the file from
the top; asking it for every line with a problem (a tab on each of 10,000
lines) reads the file 10,000 times. This gives the same answers for a set of
lines in a single pass.
"""
from __future__ import annotations

from hipguide.data.yaml_syntax_errors import _BLOCK_START, _KEY_LINE


def fields_for_lines(text: str, wanted: set[int]) -> dict[int, str]:
    """``{line: field}`` for each line in ``wanted``, as ``field_near(text, line)`` would say."""
    out: dict[int, str] = {}
    stack: list[tuple[int, str]] = []  # (indent, key) of the open fields
    block_indent = None  # inside a | or > block: its lines are text, not fields
    last = max(wanted, default=0)

    def answer(keep: int) -> str:
        return ".".join(key for _, key in stack[:keep])

    for number, raw in enumerate(text.splitlines(), start=1):
        if number > last:
            break
        want = number in wanted
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            if want:
                out[number] = answer(len(stack))
            continue
        indent = len(raw) - len(raw.lstrip(" \t"))
        if block_indent is not None:
            if indent > block_indent:  # text inside the block: the block's field
                if want:
                    out[number] = answer(len(stack))
                continue
            block_indent = None
        m = _KEY_LINE.match(raw)
        if not m:  # a line without a field of its own belongs to the field above it
            if want:
                keep = len(stack)
                while keep and stack[keep - 1][0] >= indent:
                    keep -= 1
                out[number] = answer(keep)
            continue
        key_indent = len(raw) - len(raw.lstrip(" \t-"))
        while stack and stack[-1][0] >= key_indent:
            stack.pop()
        stack.append((key_indent, m.group(2)))
        if _BLOCK_START.search(raw):
            block_indent = key_indent
        if want:
            out[number] = answer(len(stack))
    for number in wanted:  # past the end of the file: the fields still open
        out.setdefault(number, answer(len(stack)))
    return out
