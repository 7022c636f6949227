"""Readers: files, folders, globs, JSONL, HTML and standard input, turned into Articles.

A reader never raises for one bad input: it yields a Failure naming the file (and line)
and goes on, so a batch loses nothing.
"""
from .readers import MAX_ARTICLE_CHARS, decode_bytes, expand_paths, read_inputs, read_path

__all__ = ["MAX_ARTICLE_CHARS", "decode_bytes", "expand_paths", "read_inputs", "read_path"]
