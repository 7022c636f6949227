"""Pass 1: quotation marks paired per paragraph.

A paragraph that reopens its mark without closing continues the quote of the one before; a mark
never closed ends where the next quote opens (a typo common in real feeds) instead of swallowing
the rest of the paragraph. Nested marks stay inside their outer span. The marks are the
language's (``lang.quote_pairs``); the straight double quote is the only one that can both open
and close, so it alone is read by its neighbours.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...lang import LanguageData

_STRAIGHT = '"'
# characters after which a straight quote opens (besides spaces and other marks)
_OPENING_CONTEXT = "([{:—–-'"
_SENTENCE_PUNCT = ".,;!?"
_SENTENCE_END = ".!?"


@dataclass
class MarkedSpan:
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when the paragraph ends first
    start: int  # content, stripped
    end: int
    paragraph: int


def marked_spans(text: str, paragraphs: list[tuple[int, int]], lang: LanguageData) -> list[MarkedSpan]:
    """Top-level quoted spans. Nested marks stay inside their outer span."""
    found: list[MarkedSpan] = []
    pairs = lang.quote_pairs
    openers = "".join(pairs)
    for number, (p0, p1) in enumerate(paragraphs):
        stack: list[tuple[str, int]] = []
        i = p0
        while i < p1:
            ch = text[i]
            if stack and ch in pairs[stack[-1][0]] and not (
                    ch == _STRAIGHT and _opens_straight(text, i, p0, openers) and len(stack) == 1
                    and stack[-1][0] != _STRAIGHT):
                opener, at = stack.pop()
                if not stack:
                    found.append(_content(text, at, i, number))
            elif ch in pairs and not (ch == _STRAIGHT and stack and stack[-1][0] == _STRAIGHT):
                if ch == _STRAIGHT and not stack and not _opens_straight(text, i, p0, openers):
                    i += 1
                    continue  # a stray closing mark
                if len(stack) == 1 and ch == stack[0][0] and ch != _STRAIGHT and not _closes_later(text, i, p1, ch, pairs[ch]):
                    # the open quote is never closed (a typo): it ends before this one starts,
                    # instead of swallowing the rest of the paragraph
                    found.append(_content(text, stack.pop()[1], None, number, i))
                stack.append((ch, i))
            i += 1
        if stack:
            found.append(_content(text, stack[0][1], None, number, p1))
    return [m for m in found if m.end > m.start]


def _opens_straight(text: str, i: int, p0: int, openers: str = "") -> bool:
    """A straight double quote opens when it follows a space, a paragraph start or an opening bracket."""
    before = text[i - 1] if i > p0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isspace() or before in _OPENING_CONTEXT or before in openers or i == p0:
        return True
    if before in _SENTENCE_END and after.isupper():
        return True  # a feed that lost its spaces: 'en 1998."On parle'

    return not before.isalnum() and after.isalnum() and before not in _SENTENCE_PUNCT


def _closes_later(text: str, i: int, p1: int, opener: str, closers: tuple[str, ...]) -> bool:
    """Whether the paragraph after i has a closing mark to spare for a quote opened before i."""
    rest = text[i:p1]
    return sum(rest.count(c) for c in closers) > rest.count(opener)


def _content(text: str, open_at: int, close_at: int | None, paragraph: int, p1: int | None = None) -> MarkedSpan:
    start = open_at + 1
    end = close_at if close_at is not None else p1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return MarkedSpan(open_at, close_at, start, end, paragraph)
