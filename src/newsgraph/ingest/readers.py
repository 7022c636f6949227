"""Turn paths into Articles (or Failures). No analysis here."""
from __future__ import annotations

import glob
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import BinaryInput, EmptyInput, InputTooLarge, MalformedRecord, NewsgraphError, UnreadableInput
from ..model import Article, Failure

MAX_ARTICLE_CHARS = 1_000_000  # spaCy's own default limit; a longer "article" is a dump, not an article
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def decode_bytes(raw: bytes, source: str) -> tuple[str, tuple[str, ...]]:
    """Decode as UTF-8; fall back to cp1252 (then latin-1) and say so. Binary data is refused."""
    if not raw.strip():
        raise EmptyInput("the input is empty; give it some text", source=source)
    head = raw[:8192]
    if b"\x00" in head and not (head.startswith(b"\xff\xfe") or head.startswith(b"\xfe\xff")):
        raise BinaryInput("this is a binary file, not text; give a .txt, .html or .jsonl file", source=source)
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(codec), ()
            except UnicodeDecodeError as error:
                if codec == "utf-16":
                    raise UnreadableInput(f"the file has a UTF-16 byte-order mark but is not valid UTF-16 "
                                          f"(byte {error.start}); save it as UTF-8", source=source) from None
            raw = raw[len(bom):]  # a UTF-8 mark on cp1252 text (it happens): decode the rest below
            break
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        where = error.start
    for codec in ("cp1252", "latin-1"):
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\n\r\t\f")
        if controls > 0.05 * min(len(text), 8192):
            raise BinaryInput("this looks like binary data, not text", source=source)
        return text, (f"not valid UTF-8 (byte {where}); decoded as {codec}",)
    raise UnreadableInput("could not decode the file as text", source=source)


def _check_text(text: str, source: str, max_chars: int, line: int | None = None) -> None:
    if not text or not text.strip():
        raise EmptyInput("the article has no text", source=source, line=line)
    if len(text) > max_chars:
        raise InputTooLarge(
            f"the article has {len(text):,} characters, over the limit of {max_chars:,}; "
            "split it into articles or raise the limit (--max-chars)",
            source=source, line=line,
        )


# JSON may escape half a surrogate pair ("\\ud83d" from a cut string); such a str cannot be written
# as UTF-8. Each becomes U+FFFD: one code point for one, so no offset moves.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _article_from_record(record: object, source: str, line: int, max_chars: int) -> Article:
    if not isinstance(record, dict):
        raise MalformedRecord("a JSONL line must hold a JSON object", source=source, line=line)
    text = record.get("text")
    if not isinstance(text, str):
        raise MalformedRecord("the object has no string field 'text'", source=source, line=line)
    _check_text(text, source, max_chars, line)
    notes = ()
    if _LONE_SURROGATE.search(text):
        text = _LONE_SURROGATE.sub("\ufffd", text)
        notes = ("the text held lone UTF-16 surrogates (\\udXXX escapes); each was replaced by U+FFFD",)

    def opt(name: str) -> str | None:
        value = record.get(name)
        return None if value is None or value == "" else _LONE_SURROGATE.sub("\ufffd", str(value))
    return Article(
        text=text, id=opt("id") or "", lang=opt("lang"), published=opt("published") or opt("date"),
        title=(opt("title") or "").strip() or None, url=opt("url"), source=f"{source}:{line}", notes=notes,
        outlet=(opt("outlet") or opt("source") or "").strip() or None,
        line=line,
    )


# A JSON string may hold U+2028, U+0085 and other separators raw (json.dumps(ensure_ascii=False)
# writes them so), so JSONL lines end at line feeds and carriage returns only, not str.splitlines().
_JSONL_LINE_END = re.compile(r"\r\n?|\n")
_JSONL_LINE_END_BYTES = re.compile(rb"\r\n?|\n")  # the same ends; in UTF-8 and cp1252 no character holds them


def _why_unparsable(error: Exception) -> str:
    """A parse failure of one line, said in a few words. Python's json raises more than JSONDecodeError."""
    if isinstance(error, json.JSONDecodeError):
        return f"malformed JSON ({error.msg.removesuffix(' at')} at column {error.colno})"
    if isinstance(error, RecursionError):
        return "malformed JSON (nested too deeply to read)"
    if isinstance(error, ValueError) and "digits" in str(error):
        return "malformed JSON (a number has too many digits to read)"
    detail = str(error).split(";")[0].splitlines()[0][:200] if str(error) else ""
    return f"malformed JSON ({type(error).__name__}{': ' + detail if detail else ''})"


def read_line(line: str, source: str, number: int, max_chars: int) -> Article | Failure:
    """One JSONL line: its Article, or a Failure with its line number. Never raises."""
    try:
        record = json.loads(line)
    except Exception as error:  # noqa: BLE001 - JSONDecodeError, RecursionError, ValueError, MemoryError...
        return Failure(source, MalformedRecord.code, _why_unparsable(error), line=number)
    try:
        return _article_from_record(record, source, number, max_chars)
    except NewsgraphError as error:
        return Failure(source, error.code, error.message, line=number)
    except Exception as error:  # noqa: BLE001 - one odd record never ends the file
        return Failure(source, MalformedRecord.code, f"the record could not be read ({type(error).__name__})",
                       line=number)


def read_jsonl(raw_text: str, source: str, max_chars: int) -> Iterator[Article | Failure]:
    for number, line in enumerate(_JSONL_LINE_END.split(raw_text), start=1):
        if line.strip():
            yield read_line(line, source, number, max_chars)


def _decode_legacy(line: bytes) -> tuple[str, str] | None:
    """A line of a cp1252 (else latin-1) file, and its codec; None when it looks like binary data."""
    for codec in ("cp1252", "latin-1"):
        try:
            text = line.decode(codec)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\f")
        return None if controls > 0.05 * len(text) else (text, codec)
    return None


def _looks_binary(lines: list[bytes], head: int = 8192) -> bool:
    """A file whose first 8 KB hold a NUL byte and not one line that parses as JSON is binary, not JSONL."""
    seen = 0
    for line in lines:
        if seen >= head:
            break
        seen += len(line) + 1
        if not line.strip() or b"\x00" in line:
            continue
        try:
            json.loads(line.decode("utf-8", "replace"))
            return False
        except Exception:  # noqa: BLE001
            continue
    return True


def read_jsonl_bytes(raw: bytes, source: str, max_chars: int) -> Iterator[Article | Failure]:
    """Articles of a JSONL file, decoded and parsed line by line, so that a bad line costs that line only.

    A line with a NUL byte, or a line that is not UTF-8 in a file whose other lines are, is a Failure
    with its line number. A file with no UTF-8 beyond ASCII anywhere is a legacy (cp1252) file: its
    non-UTF-8 lines are decoded as cp1252, each with a note. Raises EmptyInput or BinaryInput for the
    whole file.
    """
    if not raw.strip():
        raise EmptyInput("the input is empty; give it some text", source=source)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is not None and "\x00" not in text:  # the usual case: one decode, one split
        yield from read_jsonl(text, source, max_chars)
        return
    lines = _JSONL_LINE_END_BYTES.split(raw)
    if b"\x00" in raw[:8192] and _looks_binary(lines):
        raise BinaryInput("this is a binary file, not text; give a .txt, .html or .jsonl file", source=source)
    legacy = text is None and not any(_is_utf8_beyond_ascii(line) for line in lines)
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        if b"\x00" in line:
            yield Failure(source, BinaryInput.code, f"the line holds a NUL byte (at byte {line.index(0)}); "
                          "binary data is not JSON", line=number)
            continue
        notes: tuple[str, ...] = ()
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError as error:
            legacy_line = _decode_legacy(line) if legacy else None
            if legacy_line is None:
                yield Failure(source, UnreadableInput.code,
                              f"the line is not valid UTF-8 (byte {error.start} of the line), unlike the rest "
                              "of the file; fix or drop that line", line=number)
                continue
            decoded, codec = legacy_line
            notes = (f"not valid UTF-8 (byte {error.start} of line {number}); decoded as {codec}",)
        item = read_line(decoded, source, number, max_chars)
        if notes and isinstance(item, Article):
            item = Article(**{**_fields(item), "notes": notes + item.notes})
        yield item


def _is_utf8_beyond_ascii(line: bytes) -> bool:
    if line.isascii():
        return False
    try:
        line.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


def read_html(raw_text: str, source: str, max_chars: int) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(raw_text, with_metadata=True, include_comments=False,
                                            include_tables=False, favor_precision=True)
    if extracted is None:
        raise EmptyInput("no article text found in the HTML page", source=source)
    get = extracted.get if isinstance(extracted, dict) else (lambda k: getattr(extracted, k, None))
    text = get("text") or ""
    _check_text(text, source, max_chars)
    return Article(text=text, title=get("title"), published=get("date"), url=get("url"), source=source,
                   lang=None, outlet=(get("sitename") or "").strip() or None)


# An HTML page, possibly after an XML declaration (XHTML) and comments, as pages piped to stdin start.
_HTML_START = re.compile(r"\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>])", re.I | re.S)


def read_bytes(raw: bytes, source: str, *, kind: str | None = None,
               max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | Failure]:
    """Articles read from one input's bytes. ``kind`` is txt, html or jsonl (else guessed).

    Never raises: whatever is wrong with the input, or with one of its lines, comes as a Failure.
    """
    try:
        if kind is None and _looks_like_jsonl(raw):
            kind = "jsonl"
        if kind == "jsonl" and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 is decoded whole
            yield from read_jsonl_bytes(raw, source, max_chars)
            return
        text, notes = decode_bytes(raw, source)
        if kind is None:
            head = text.lstrip()[:200].lower()
            if head.startswith("{") and "\"text\"" in text[:100_000]:
                kind = "jsonl"
            elif _HTML_START.match(text, 0, 4000):
                kind = "html"
            else:
                kind = "txt"
        if kind == "jsonl":
            for item in read_jsonl(text, source, max_chars):
                if isinstance(item, Article) and notes:
                    item = Article(**{**_fields(item), "notes": notes + item.notes})
                yield item
            return
        if kind == "html":
            article = read_html(text, source, max_chars)
        else:
            _check_text(text, source, max_chars)
            article = Article(text=text, source=source)
        yield Article(**{**_fields(article), "notes": notes}) if notes else article
    except NewsgraphError as error:
        yield Failure(source, error.code, error.message, line=error.line)
    except Exception as error:  # noqa: BLE001 - a reader bug costs this input, never the run
        yield Failure(source, UnreadableInput.code, f"could not read the input ({type(error).__name__}: {error})")


def _looks_like_jsonl(raw: bytes) -> bool:
    head = raw[:100_000]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and b'"text"' in head


def _fields(article: Article) -> dict:
    return {name: getattr(article, name) for name in Article.__dataclass_fields__}


def read_path(path: str | Path, *, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | Failure]:
    """Articles from one file (``-`` is standard input)."""
    source = str(path)
    if source == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", max_chars=max_chars)
        return
    p = Path(path)
    try:
        raw = p.read_bytes()
    except IsADirectoryError:
        yield Failure(source, UnreadableInput.code, "is a directory; give files, or use `newsgraph ingest` for folders")
        return
    except OSError as error:
        yield Failure(source, UnreadableInput.code, f"cannot read the file: {error.strerror or error}")
        return
    suffix = p.suffix.lower()
    kind = "jsonl" if suffix in JSONL_SUFFIXES else "html" if suffix in HTML_SUFFIXES else (
        "txt" if suffix in TEXT_SUFFIXES else None)
    yield from read_bytes(raw, source, kind=kind, max_chars=max_chars)


def expand_paths(paths: Iterable[str | Path]) -> Iterator[str]:
    """Files named by paths, folders (recursively, known suffixes only) and globs, in a stable order."""
    for item in expand_inputs(paths):
        if isinstance(item, str):
            yield item


def expand_inputs(paths: Iterable[str | Path]) -> Iterator[str | Failure]:
    """What ``paths`` name, as ``expand_paths`` gives it, with what a folder holds that cannot be read.

    Inside a folder, a file with another suffix that holds binary data (an image, a PDF) is a Failure,
    and so is a folder with no .txt, .html or .jsonl file at all. Other text files (``.json``
    metadata beside the articles, a README) and hidden files and folders are passed over.
    """
    for given in paths:
        given = str(given)
        if given == "-":
            yield given
            continue
        if any(ch in given for ch in "*?[") and not os.path.exists(given):
            matches = [m for m in sorted(glob.glob(given, recursive=True)) if os.path.isfile(m)]
            # a pattern that matches nothing is passed on, so reading it reports the missing file
            yield from matches or [given]
            continue
        if os.path.isdir(given):
            found = False
            for root, dirs, files in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    path = os.path.join(root, name)
                    if Path(name).suffix.lower() in KNOWN_SUFFIXES and not name.endswith(".gold.json"):
                        found = True
                        yield path
                    else:
                        failure = _binary_file(path)
                        if failure is not None:
                            yield failure
            if not found:
                yield Failure(given, EmptyInput.code, "the folder holds no .txt, .html or .jsonl file to read; "
                              "give a folder of articles, or the files themselves")
            continue
        yield given


def _binary_file(path: str) -> Failure | None:
    """A Failure for a file found in a folder that holds binary data; None for a text file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except OSError as error:
        return Failure(path, UnreadableInput.code, f"cannot read the file: {error.strerror or error}")
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\n\r\t\f")
    if b"\x00" in head or controls > 0.05 * len(head):
        return Failure(path, BinaryInput.code, "this is a binary file, not an article; a folder is read for "
                       ".txt, .html and .jsonl files")
    return None


def read_inputs(paths: Iterable[str | Path], *, max_chars: int = MAX_ARTICLE_CHARS) -> Iterator[Article | Failure]:
    for item in expand_inputs(paths):
        if isinstance(item, Failure):
            yield item
        else:
            yield from read_path(item, max_chars=max_chars)
