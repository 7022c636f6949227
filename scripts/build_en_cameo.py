#!/usr/bin/env python3
"""Rebuild ``src/newsgraph/lang/data/en_cameo_verbs.json`` from PETRARCH2's CAMEO verb dictionary.

usage: python scripts/build_en_cameo.py [--shared ../shared]

Source (read from the shared folder): ``data/petrarch2/CAMEO.2.0.txt``, the CAMEO verb pattern
dictionary of PETRARCH2 (openeventdata/petrarch2 at 676801cd; Open Event Data Alliance, MIT licence,
copyright 2015; see ``data/petrarch2/LICENSE``). The codes are typed at run time through the shipped
CAMEO-to-PLOVER table (``lang/cameo.py``, ``lang/plover/``).

What the JSON holds (all words lowercase):
- ``synsets``: name -> phrases (each a list of words; a regular plural form is added to nouns
  unless the dictionary marks the word with a trailing ``_``);
- ``blocks``: the verb synonym blocks, each with its default code and its patterns;
  a pattern is ``{"pre": [...], "post": [...], "preps": [[prep, phrase|null], ...], "target": ...,
  "code": ...}``; a phrase is a list of items, each a word or ``&SYNSET``, the last one its head;
  ``target`` is ``"obj"`` or ``"prep:<p>"`` when the pattern marks the target (``+``), else null;
  ``verb`` the verb form the dictionary's comment says the pattern was written for;
- ``verbs``: lemma -> [{"block": i, "code": own code or null, "particles": [...], "before": [...],
  "forms": irregular forms}]; regular forms (-s, -ed, -ing) are made by the loader.

The codes are CAMEO's as written; a code ``---`` is the dictionary's "no event". ``[042:043]``
(source and target codes) keeps the first.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "src" / "newsgraph" / "lang" / "data" / "en_cameo_verbs.json"


def plural(word: str) -> str:
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("s"):
        return word
    return word + "s"


def words_of(phrase: str) -> list[str]:
    return [w for w in phrase.lower().replace("_", " ").split() if w]


def read_synsets(lines: list[str]) -> dict[str, list[list[str]]]:
    synsets: dict[str, list[list[str]]] = {}
    current = None
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current = line.strip()[1:].rstrip("_")
            synsets.setdefault(current, [])
        elif line.startswith("+") and current:
            phrase = line[1:].strip()
            no_plural = phrase.endswith("_")
            ws = words_of(phrase.rstrip("_"))
            if not ws:
                continue
            synsets[current].append(ws)
            if not no_plural and ws[-1].isalpha():
                pl = ws[:-1] + [plural(ws[-1])]
                if pl != ws:
                    synsets[current].append(pl)
    return synsets


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def parse_phrase(text: str) -> list[str] | None:
    """``{FINANCIAL AID}`` / ``&WEAPON`` / ``AID`` -> items; ``+ $ ^ %`` -> None (an actor slot)."""
    text = text.strip().strip("{}").strip()
    items = []
    for w in text.split():
        if w in ("+", "$", "^", "%"):
            continue
        if w.startswith("&"):
            items.append("&" + w[1:].rstrip("_"))
        else:
            items.extend(words_of(w.rstrip("_")))
    return items or None


def parse_pattern(body: str) -> dict | None:
    if "*" not in body:
        return None
    pre_text, post_text = body.split("*", 1)
    pat = {"pre": [], "post": [], "preps": [], "target": None}
    for tok in _TOKEN.findall(pre_text):
        if tok in ("+", "$", "^", "%"):
            continue
        ph = parse_phrase(tok)
        if ph:
            pat["pre"].append(ph)
    for tok in _TOKEN.findall(post_text):
        if tok.startswith("("):
            inner = tok[1:-1].split(None, 1)
            if not inner:
                continue
            prep = inner[0].lower()
            rest = inner[1] if len(inner) > 1 else ""
            ph = parse_phrase(rest) if rest else None
            pat["preps"].append([prep, ph])
            if "+" in rest.split() and pat["target"] is None:
                pat["target"] = f"prep:{prep}"
        elif tok == "+":
            if pat["target"] is None:
                pat["target"] = "obj"
        elif tok in ("$", "^", "%"):
            continue
        else:
            ph = parse_phrase(tok)
            if ph:
                pat["post"].append(ph)
    return pat


def parse_code(text: str) -> str | None:
    m = re.search(r"\[([^\]]*)\]", text)
    if not m:
        return None
    code = m.group(1).strip().split(":")[0].strip()
    return code or None


def parse_verb_line(line: str) -> tuple[str, list[str], list[str], str | None, list[str]] | None:
    """``ASK`` / ``+ASK_FOR {...} [020]`` / ``WIRE_+TAP`` -> (lemma, particles after, words before, code,
    irregular forms)."""
    line = line.split("#", 1)[0].split(";", 1)[0].strip()
    if not line:
        return None
    code = parse_code(line)
    braces = re.search(r"\{([^}]*)\}", line)
    forms = []
    for f in (braces.group(1).split() if braces else []):
        parts = [p.lstrip("+").lower() for p in f.split("_") if p]
        at = next((i for i, p in enumerate(f.split("_")) if p.startswith("+")), 0)
        if parts and re.fullmatch(r"[a-z'-]+", parts[min(at, len(parts) - 1)]):
            forms.append(parts[min(at, len(parts) - 1)])
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", line).split()
    if not head:
        return None
    phrase = head[0]
    parts = phrase.split("_")
    verb_at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    parts = [p.lstrip("+").lower() for p in parts]
    parts = [p for p in parts if p]
    if not parts or not re.fullmatch(r"[a-z'-]+", parts[min(verb_at, len(parts) - 1)]):
        return None
    verb_at = min(verb_at, len(parts) - 1)
    return parts[verb_at], parts[verb_at + 1:], parts[:verb_at], code, forms


def build(shared: Path) -> dict:
    src = shared / "data" / "petrarch2" / "CAMEO.2.0.txt"
    lines = src.read_text(encoding="utf-8", errors="replace").splitlines()
    start = next(i for i, l in enumerate(lines) if l.startswith("####### VERB PATTERNS"))
    end = next(i for i, l in enumerate(lines) if l.startswith("######## TRANSFORMATIONS"))
    synsets = read_synsets(lines[:start])
    blocks: list[dict] = []
    verbs: dict[str, list[dict]] = {}
    for raw in lines[start + 1:end]:
        line = raw.rstrip()
        if not line.strip() or line.startswith("#"):
            continue
        m = re.match(r"^---\s+(.*?)\s+\[([^\]]*)\]\s+---", line)
        if m:
            code = m.group(2).strip().split(":")[0]
            blocks.append({"name": m.group(1).strip(), "code": None if code == "---" else code, "patterns": []})
            continue
        if not blocks:
            continue
        block = blocks[-1]
        if line.startswith("- "):
            body, _, comment = line[2:].partition("#")
            code = parse_code(body)
            body = re.sub(r"\[[^\]]*\]", " ", body)
            pat = parse_pattern(body)
            if pat is None or code is None:
                continue
            pat["code"] = code
            # the verb the pattern was written for (the dictionary's comment): "# RUSH"
            first = comment.split()[0].lower().split("_")[0] if comment.split() else ""
            pat["verb"] = first if re.fullmatch(r"[a-z'-]+", first) else None
            if pat not in block["patterns"]:
                block["patterns"].append(pat)
            continue
        parsed = parse_verb_line(line)
        if parsed is None:
            continue
        lemma, after, before, code, forms = parsed
        entry = {"block": len(blocks) - 1, "code": code, "particles": after, "before": before,
                 "forms": sorted(set(forms) - {lemma})}
        if entry not in verbs.setdefault(lemma, []):
            verbs[lemma].append(entry)
    return {
        "source": "PETRARCH2 CAMEO verb dictionary CAMEO.2.0.txt (openeventdata/petrarch2 at 676801cd, "
                  "Open Event Data Alliance, 30 April 2015)",
        "licence": "MIT (c) 2015 Open Event Data Alliance, see LICENSE-PETRARCH2.txt beside this file",
        "built_by": "scripts/build_en_cameo.py",
        "synsets": synsets,
        "blocks": blocks,
        "verbs": dict(sorted(verbs.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    data = build(args.shared)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=False) + "\n",
                        encoding="utf-8")
    n_pat = sum(len(b["patterns"]) for b in data["blocks"])
    print(f"{args.out}: {len(data['blocks'])} blocks, {len(data['verbs'])} verb lemmas, {n_pat} patterns, "
          f"{len(data['synsets'])} synsets", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
